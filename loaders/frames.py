"""The trigger lexicon: which words state a relation, and where their arguments stand in the parse.

Words, never names: a frame says that "arm" states ``backs`` from its subject to its object,
or that "backer" states ``backs`` from the one the noun describes to the one it belongs to
("Y's backer", "the backer of Y"). ``loaders.dependency`` walks the parse with these tables. The noun
tables live in ``loaders.frame_nouns`` and the status words in ``loaders.status_words``; both are
re-exported here.

Slots of a verb frame, for the active voice (the passive swaps subject and object itself):

* ``obj``: the direct object ("X arms Y");
* ``obl:P``: a prepositional argument with the preposition(s) P ("clashed with Y",
  "grew out of Y", "fought alongside Y");
* ``to<obj``: the object is a place handed over and the relation's subject is the one it goes to
  after "to" ("handed Z over to Y");
* ``obj>to`` / ``obj>with``: the object is the thing handed over and the relation's object is the
  recipient after "to" ("sent drones to Y"), or the object is the recipient ("supplied Y with arms").
"""

from __future__ import annotations

from typing import Final, NamedTuple

from pactgraph.loaders import frame_nouns as _nouns
from pactgraph.loaders.status_words import (  # the status words, re-exported with the lexicon
    ACCUSE_FORMS as ACCUSE_FORMS,
)
from pactgraph.loaders.status_words import (
    CLAIM_VERBS as CLAIM_VERBS,
)
from pactgraph.loaders.status_words import (
    CONDITIONS as CONDITIONS,
)
from pactgraph.loaders.status_words import (
    DENY_VERBS as DENY_VERBS,
)
from pactgraph.loaders.status_words import (
    HYPOTHETICAL_VERBS as HYPOTHETICAL_VERBS,
)
from pactgraph.loaders.status_words import (
    MODALS as MODALS,
)
from pactgraph.loaders.status_words import (
    NEGATING_VERBS as NEGATING_VERBS,
)
from pactgraph.loaders.status_words import (
    NEGATORS as NEGATORS,
)
from pactgraph.loaders.status_words import (
    OVER_ADJECTIVES as OVER_ADJECTIVES,
)
from pactgraph.loaders.status_words import (
    OVER_ADVERBS as OVER_ADVERBS,
)

#: The noun tables (``loaders.frame_nouns``), re-exported with the lexicon: the same objects, not copies.
HOLDER_NOUNS = _nouns.HOLDER_NOUNS
PART_NOUNS = _nouns.PART_NOUNS
SUBORDINATE_MODIFIERS = _nouns.SUBORDINATE_MODIFIERS
HEAD_MODIFIERS = _nouns.HEAD_MODIFIERS
SPLIT_MODIFIERS = _nouns.SPLIT_MODIFIERS
SPEAKS_FOR = _nouns.SPEAKS_FOR
INDEFINITE_MEMBER = _nouns.INDEFINITE_MEMBER
ACTION_NOUNS = _nouns.ACTION_NOUNS
AGENT_PREPS = _nouns.AGENT_PREPS
PATIENT_PREPS = _nouns.PATIENT_PREPS
GOVERNS_PREPS = _nouns.GOVERNS_PREPS
BETWEEN = _nouns.BETWEEN
TALK_NOUNS = _nouns.TALK_NOUNS
ROLE_NOUNS = _nouns.ROLE_NOUNS
FORCE_NOUNS = _nouns.FORCE_NOUNS
WRAPPER_NOUNS = _nouns.WRAPPER_NOUNS
PLACE_WRAPPERS = _nouns.PLACE_WRAPPERS
OPPOSING = _nouns.OPPOSING
CONTRIBUTOR_NOUNS = _nouns.CONTRIBUTOR_NOUNS
CONTRIBUTOR_IN = _nouns.CONTRIBUTOR_IN
NOUN_OF_KIND = _nouns.NOUN_OF_KIND
PART_PLURALS = _nouns.PART_PLURALS
BODY_OF_MEMBERS = _nouns.BODY_OF_MEMBERS
STATE_UNIT_HEADS = _nouns.STATE_UNIT_HEADS
FORCE_OF_NOUNS = _nouns.FORCE_OF_NOUNS


class VerbFrame(NamedTuple):
    predicate: str
    slot: str
    #: A particle or adverb the verb needs ("prop up", "take over", "break away").
    particle: str = ""
    #: The direct object the verb needs ("wage war", "pledge allegiance"), by word.
    needs_obj: frozenset[str] = frozenset()


def _v(predicate: str, *slots: str, particle: str = "", needs: str = "") -> tuple[VerbFrame, ...]:
    need = frozenset(needs.split()) if needs else frozenset()
    return tuple(VerbFrame(predicate, s, particle, need) for s in slots)


#: What may be handed over to an actor to back it ("sent drones to Y", "supplies Y with weapons").
AID_NOUNS: Final = frozenset({
    "weapons", "weapon", "arms", "drones", "drone", "troops", "soldiers", "aid", "missiles", "ammunition",
    "fighters", "advisers", "advisors", "money", "funds", "funding", "support", "equipment", "jets",
    "aircraft", "tanks", "rockets", "shells", "intelligence", "training", "trainers", "mercenaries",
    "assistance", "backing", "cash", "supplies", "materiel", "munitions", "artillery", "vehicles",
    "helicopters", "instructors", "officers", "specialists", "forces", "units", "personnel", "loans",
    "grants", "credits", "subsidies", "donations", "payments", "oil", "fuel", "guns", "rifles",
    # refuge given ("gave Y safe haven", "provided sanctuary to Y")
    "haven", "sanctuary", "refuge",
})

VERBS: Final[dict[str, tuple[VerbFrame, ...]]] = {
    # backs
    "back": _v("backs", "obj"), "support": _v("backs", "obj"), "arm": _v("backs", "obj"),
    "fund": _v("backs", "obj"), "finance": _v("backs", "obj"), "bankroll": _v("backs", "obj"),
    "sponsor": _v("backs", "obj") + _v("brokered", "obj"), "equip": _v("backs", "obj"),
    "train": _v("backs", "obj"), "aid": _v("backs", "obj"), "assist": _v("backs", "obj"),
    "help": _v("backs", "obj"), "protect": _v("backs", "obj"), "bolster": _v("backs", "obj"),
    "prop": _v("backs", "obj", particle="up"), "shield": _v("backs", "obj"), "pay": _v("backs", "obj"),
    "advise": _v("backs", "obj"), "reinforce": _v("backs", "obj"), "shelter": _v("backs", "obj"),
    "supply": _v("backs", "obj>with", "obj>to"), "provide": _v("backs", "obj>with", "obj>to"),
    "send": _v("backs", "obj>to"), "deliver": _v("backs", "obj>to"), "give": _v("backs", "obj>to"),
    "ship": _v("backs", "obj>to"), "sell": _v("backs", "obj>to"), "deploy": _v("backs", "obj>to"),
    # opposes
    "fight": _v("opposes", "obj", "obl:against") + _v("backs", "obl:for")
    + _v("opposes", "among", needs="war wars battle battles") + _v("opposes", "between"),
    "battle": _v("opposes", "obj", "obl:against"),
    "combat": _v("opposes", "obj"), "oppose": _v("opposes", "obj"), "attack": _v("opposes", "obj"),
    "clash": _v("opposes", "obl:with", "among", "between"),
    "exchange": _v("opposes", "among", "obl:with", needs="fire shots blows"),
    "trade": _v("opposes", "among", "obl:with", needs="fire shots blows"),
    "resist": _v("opposes", "obj"), "confront": _v("opposes", "obj"),
    "ambush": _v("opposes", "obj"), "invade": _v("opposes", "obj"), "besiege": _v("opposes", "obj"),
    "shell": _v("opposes", "obj"), "bomb": _v("opposes", "obj"), "raid": _v("opposes", "obj"),
    "target": _v("opposes", "obj"), "strike": _v("party_to", "obj"),
    "wage": _v("opposes", "obl:against", "obl:on", needs="war campaign insurgency offensive"),
    "war": _v("opposes", "obl:with", "obl:against"), "topple": _v("opposes", "obj"),
    "detain": _v("opposes", "obj"), "arrest": _v("opposes", "obj"), "abduct": _v("opposes", "obj"),
    "kidnap": _v("opposes", "obj"), "assassinate": _v("opposes", "obj"), "depose": _v("opposes", "obj"),
    "overthrow": _v("opposes", "obj"), "oust": _v("opposes", "obj"),
    # allied_with
    "ally": _v("allied_with", "obl:with", "obj"), "align": _v("allied_with", "obl:with"),
    "side": _v("allied_with", "obl:with"), "partner": _v("allied_with", "obl:with"),
    "team": _v("allied_with", "obl:with", particle="up"),
    "cooperate": _v("allied_with", "obl:with"),
    # "fight alongside Y" is read by ``ALONGSIDE`` for every verb of fighting
    # party_to
    "sign": _v("party_to", "obj", "obl:to", "none"),
    "conclude": _v("party_to", "obj"),
    "ink": _v("party_to", "obj"), "reach": _v("party_to", "obj"), "agree": _v("party_to", "obj", "obl:to"),
    "accept": _v("party_to", "obj"), "seal": _v("party_to", "obj"), "clinch": _v("party_to", "obj"),
    "put": _v("party_to", "obl:to", needs="names name signatures signature"),
    "affix": _v("party_to", "obl:to", needs="names name signatures signature"),
    "honour": _v("party_to", "obj"), "honor": _v("party_to", "obj"),
    # "X has committed (itself) to the deal", "X will abide by the accord": a side bound by its terms (not
    # "respect" or "endorse", which outsiders do too, nor "observe", which monitors do)
    "commit": _v("party_to", "obl:to"), "abide": _v("party_to", "obl:by"),
    # brokered
    "broker": _v("brokered", "obj"), "mediate": _v("brokered", "obj", "obl:between"),
    "facilitate": _v("brokered", "obj"), "pit": _v("opposes", "obj~against"),
    "drive": _v("controls", "obl:out of", "obl:from") + _v("opposes", "obj"),
    "push": _v("controls", "obl:out of") + _v("opposes", "obj"), "expel": _v("controls", "obl:from")
    + _v("opposes", "obj"), "defend": _v("backs", "obj"),
    "guarantee": _v("brokered", "obj"), "convene": _v("brokered", "obj"),
    # governs
    "cover": _v("governs", "obj"), "govern": _v("governs", "obj"),
    "apply": _v("governs", "obl:to", "obl:in", "obl:across", "obl:along", "obl:around"),
    "extend": _v("governs", "obl:to"),
    # "the deal silenced the guns in Z", "the truce halted the fighting across Z": where it holds
    "silence": _v("governs", "obl:in", "obl:across", "obl:along", needs="guns fighting"),
    "halt": _v("governs", "obl:in", "obl:across", "obl:along",
               needs="fighting hostilities operations attacks clashes offensive offensives violence"),
    # leader_of
    "lead": _v("leader_of", "obj") + _v("brokered", "obj"), "head": _v("leader_of", "obj"),
    "command": _v("leader_of", "obj"), "chair": _v("leader_of", "obj") + _v("brokered", "obj"),
    "run": _v("leader_of", "obj") + _v("controls", "obj"),
    "preside": _v("leader_of", "obl:over"), "rule": _v("leader_of", "obj") + _v("controls", "obj"),
    # member_of
    "join": _v("member_of", "obj") + _v("party_to", "obj"), "belong": _v("member_of", "obl:to"),
    "pledge": _v("member_of", "obl:to", needs="allegiance loyalty"),
    "swear": _v("member_of", "obl:to", needs="allegiance loyalty"),
    "contribute": _v("member_of", "obl:to"), "affiliate": _v("member_of", "obl:with", "obl:to"),
    # evolved_from
    "grow": _v("evolved_from", "obl:out of", "obl:from"),
    "emerge": _v("evolved_from", "obl:from", "obl:out of"),
    "break": _v("evolved_from", "obl:from", "obl:with", "obl:away from"),
    "split": _v("evolved_from", "obl:from", "obl:with", "obl:off from"),
    "splinter": _v("evolved_from", "obl:from", "obl:off from"),
    "secede": _v("evolved_from", "obl:from"), "defect": _v("evolved_from", "obl:from"),
    "form": _v("evolved_from", "obl:from", "obl:out of"), "spring": _v("evolved_from", "obl:from"),
    "succeed": _v("evolved_from", "obj"), "replace": _v("evolved_from", "obj"),
    # "turn X into Y", "transform X into Y": Y grew out of X
    "turn": _v("evolved_from", "obj>into"), "transform": _v("evolved_from", "obj>into"),
    "convert": _v("evolved_from", "obj>into"), "reorganise": _v("evolved_from", "obj>into"),
    "reorganize": _v("evolved_from", "obj>into"), "merge": _v("evolved_from", "obj>into", "among>into"),
    # controls
    "control": _v("controls", "obj"), "hold": _v("controls", "obj"), "seize": _v("controls", "obj"),
    "capture": _v("controls", "obj"), "take": _v("controls", "obj"), "retake": _v("controls", "obj"),
    "recapture": _v("controls", "obj"), "overrun": _v("controls", "obj"), "occupy": _v("controls", "obj"),
    "administer": _v("controls", "obj"), "dominate": _v("controls", "obj"),
    "keep": _v("controls", "obj"), "secure": _v("controls", "obj"),
    "guard": _v("controls", "obj"),
    # "X handed Z over to Y", "the truce returned Z to Y": Y holds the place now (``to<obj``)
    "hand": _v("controls", "to<obj"), "return": _v("controls", "to<obj"), "cede": _v("controls", "to<obj"),
    "transfer": _v("controls", "to<obj"), "lose": _v("controls", "to<obj"),
    # "Y receives weapons from X", "Y gets money from X"
    "receive": _v("backs", "obj<from"), "get": _v("backs", "obj<from"), "obtain": _v("backs", "obj<from"),
    "acquire": _v("backs", "obj<from"), "buy": _v("backs", "obj<from"), "rely": _v("backs", "obl<on"),
    "depend": _v("backs", "obl<on"),
    # "X lined up behind Y", "X stands behind Y", "X rallied behind Y"
    "line": _v("backs", "obl:behind"), "stand": _v("backs", "obl:behind"), "rally": _v("backs", "obl:behind"),
    "throw": _v("backs", "obl:behind"),
    # "the alliance includes Y", "a front that unites Y and W": Y is a member of the subject
    "include": _v("member_of", "obj<"), "comprise": _v("member_of", "obj<"),
    "encompass": _v("member_of", "obj<"), "unite": _v("member_of", "obj<"),
    # "X intervened against Y"
    "intervene": _v("opposes", "obl:against"),
    # "X struck Y's positions" (a deal struck is an agreement, which no actor opposes)
    "hit": _v("opposes", "obj"),
}
VERBS["strike"] = VERBS["strike"] + _v("opposes", "obj")
# "X lent surveillance aircraft to Y", "X dispatched troops to Y"; "X has shared intelligence with Y" (what
# is shared must be intelligence)
VERBS["lend"] = _v("backs", "obj>to")
VERBS["dispatch"] = _v("backs", "obj>to")
VERBS["share"] = _v("backs", "obl:with", needs="intelligence")
# "X has stood firmly with Y", "X stands by Y" (a person standing with another is read in ``dependency``)
VERBS["stand"] = VERBS["stand"] + _v("backs", "obl:with", "obl:by")
# "X seized Z from Y", "X wrested the town of Z from Y", "X overran Z, a Y stronghold": the one a place is
# taken from is fought
for _taker in ("seize", "capture", "take", "retake", "recapture", "wrest", "overrun"):
    VERBS[_taker] = VERBS.get(_taker, _v("controls", "obj")) + _v("opposes", "place>from")
# "Z fell to X", "Z has fallen to X": the one a place falls to holds it (``obl<to``: the holder after "to",
# the place the subject; "Z fell silent", "support fell to 10 per cent" name no holder)
VERBS["fall"] = _v("controls", "obl<to")
# "X ousted Y from Z": as "X expelled Y from Z"
VERBS["oust"] = VERBS.get("oust", ()) + _v("controls", "obl:from")
# "X stormed Z, a Y stronghold" fights Y, but storming a place is no hold of it ("stormed the border towns")
VERBS["storm"] = _v("opposes", "place>from")
# "X turned sharply against Y", "X rose up against Y", "the garrison mutinied against Y": a side that turns on
# another fights it
for _riser in ("turn", "rise", "revolt", "mutiny"):
    VERBS[_riser] = VERBS.get(_riser, ()) + _v("opposes", "obl:against")
# "the accord established a separation zone", "the treaty delimits the border": an agreement that sets up or
# fixes a place governs it (the subject must be an agreement, the object a place)
for _maker in ("establish", "create", "demarcate", "delimit", "fix"):
    VERBS[_maker] = VERBS.get(_maker, ()) + _v("governs", "obj")

#: Adjectives that state a relation with the one after their preposition: "militias loyal to X", "a party
#: hostile to Y", "X is opposed to Y". The subject is what the adjective describes.
ADJECTIVES: Final[dict[str, tuple[str, frozenset[str]]]] = {
    "loyal": ("allied_with", frozenset({"to"})),
    "hostile": ("opposes", frozenset({"to", "towards", "toward"})),
    "opposed": ("opposes", frozenset({"to"})),
    # "Y remains dependent on X for arms": the one after the preposition backs the one described ("<")
    "dependent": ("backs<", frozenset({"on", "upon"})),
    # (not "X remains committed to the truce": monitors and mediators say so too)
    "reliant": ("backs<", frozenset({"on", "upon"})),
}

#: Irregular verb forms (others are made by rule in ``verb_forms``).
_IRREGULAR: Final = {
    "fight": "fought", "hold": "held", "lead": "led", "break": "broke broken", "grow": "grew grown",
    "split": "split", "take": "took taken", "run": "ran", "strike": "struck stricken", "send": "sent",
    "give": "gave given", "sell": "sold", "swear": "swore sworn", "keep": "kept", "spring": "sprang sprung",
    "overrun": "overran", "ship": "shipped shipping", "pay": "paid", "fall": "fell fallen falling",
    "retake": "retook retaken", "prop": "propped propping",
    "ally": "allied allies allying", "supply": "supplied supplies", "occupy": "occupied occupies",
    "equip": "equipped equipping",
    "war": "warred warring",
    "shell": "shelled shelling", "ambush": "ambushes", "kidnap": "kidnapped kidnapping",
    "stand": "stood", "throw": "threw thrown", "get": "got gotten getting", "buy": "bought",
    "drive": "drove driven", "pit": "pitted pitting", "expel": "expelled expelling",
    "become": "became", "lose": "lost", "withdraw": "withdrew withdrawn", "quit": "quit quitting",
    "initial": "initialled initialling",
    "lend": "lent", "commit": "committed committing", "abide": "abode",
    "begin": "began begun beginning",
    "rise": "rose risen",
    "set": "set setting",
}
#: Verbs whose past is irregular only ("fought", never "fighted").
_STRONG: Final = frozenset({"fight", "hold", "lead", "break", "grow", "take", "run", "strike", "send", "give",
                            "sell", "swear", "keep", "spring", "overrun", "retake", "stand", "throw", "get",
                            "buy", "drive", "become", "lose", "withdraw", "quit", "lend", "begin", "set"})


def verb_forms(lemma: str) -> set[str]:
    """The inflected forms of a trigger verb, by the regular rules plus ``_IRREGULAR``."""
    forms = {lemma}
    forms.update(_IRREGULAR.get(lemma, "").split())
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma in _STRONG:
        forms -= {lemma + "ed", lemma + "d"}
    return forms


#: Verbs of fighting: "X fought alongside Y" makes them allies.
FIGHT_VERBS: Final = frozenset({"fight", "battle", "combat", "clash", "attack", "operate", "advance", "serve",
                               "deploy", "march", "stand", "move", "push"})
ALONGSIDE: Final = frozenset({"alongside", "beside"})
#: Words that, right after a verb of fighting, make its subjects allies, or its subject and the one after
#: "with" ("X and Y fought side by side", "X fought shoulder to shoulder with Y", "X and Y are moving
#: alongside each other"): the first word and the words that must follow it.
TOGETHER_PHRASES: Final = {"side": ("by", "side"), "shoulder": ("to", "shoulder"),
                           "alongside": ("each", "other"), "beside": ("each", "other")}

#: Light verbs whose object is an action noun whose agent is the verb's subject ("X waged a war on Y",
#: "X gave its backing to Y", "X launched an offensive against Y").
LIGHT_VERBS: Final = frozenset({
    "carry", "stage", "wage", "launch", "mount", "conduct", "lead", "fight", "continue", "step", "intensify",
    "offer",
    # "X forged an alliance with Y", "X cemented its partnership with Y"
    "forge", "cement", "form", "build",
    "provide", "give", "lend", "extend", "pledge", "declare", "receive", "get", "enjoy", "have", "win",
    "seek", "gain", "voice", "express", "announce", "take", "exercise", "keep", "maintain", "retain",
    "regain", "assume", "seize", "tighten", "consolidate", "expand", "establish",
    # "X began an offensive against Y", "X resumed its attacks on Y"
    "begin", "start", "open", "resume", "renew", "press", "escalate", "unleash", "initiate",
})
#: Verbs of which an attack noun is the subject and the target the object ("X's strikes hit Y").
HIT_VERBS: Final = frozenset({"hit", "hits", "struck", "strike", "strikes", "targeted", "targets", "target",
                              "killed", "kill", "kills", "destroyed", "destroy", "pounded", "pound",
                              "battered"})
#: Light verbs whose subject receives what the noun names ("Y receives support from X").
RECEIVE_VERBS: Final = frozenset({"receive", "get", "enjoy", "win", "seek", "gain", "have", "rely", "depend"})


#: Verbs of a view that casts their object in a role ("X regards Y as a threat", "X designated Y as a
#: terrorist organisation", "X sees Y as its main ally"), every form.
VIEW_VERBS: Final = frozenset({
    "regard", "regards", "regarded", "regarding", "consider", "considers", "considered", "considering",
    "designate", "designates", "designated", "designating", "brand", "brands", "branded", "branding",
    "label", "labels", "labelled", "labeled", "labelling", "labeling", "view", "views", "viewed", "viewing",
    "see", "sees", "saw", "seen", "seeing", "deem", "deems", "deemed", "classify", "classifies",
    "classified", "list", "lists", "listed", "declare", "declares", "declared",
})
#: What a view casts its object as that makes the viewer its opponent ("as a threat", "as terrorists",
#: "as a terrorist group", "as foreign terrorist organisations").
HOSTILE_ROLES: Final = frozenset({"threat", "threats", "terrorists", "menace"})
HOSTILE_ROLE_MODIFIERS: Final = frozenset({"terrorist", "terror", "hostile", "enemy",
                                           # "designated Y a banned organisation", "an outlawed group"
                                           "banned", "outlawed", "proscribed", "illegal"})


# "X, who represents Y at the talks", "X, representing Y, signed": a person who speaks for an actor is one of
# its people
VERBS["represent"] = _v("member_of", "obj")
# "Y is made up of A and B", "Y consists of A", "a force composed of A and B", "A and B make up Y", "Y brings
# together A and B": A and B are members of Y (``of<``: the members after "of", the body the subject)
_IRREGULAR.update({"make": "made", "bring": "brought"})
VERBS.update({"make": _v("member_of", "obj", particle="up") + _v("member_of", "of<"),
              "consist": _v("member_of", "of<"), "compose": _v("member_of", "of<"),
              "bring": _v("member_of", "obj<", particle="together"),
              # "the alliance groups A and B", "a front that groups A and B"
              "group": _v("member_of", "obj<")})
VERBS["comprise"] = VERBS["comprise"] + _v("member_of", "of<")
# More verbs of news for the same frames: "X harbours Y", "X has underwritten Y", "X resupplied Y" (backs);
# "X pounded Y", "X bombarded Y", "jets strafed Y", "X stormed Y's headquarters", "X routed Y" (opposes);
# "X helms Y", "X spearheads Y" (leads); "X shepherded the deal", "X engineered the truce" (brokered);
# "X ratified the accord", "X acceded to the treaty" (party_to; not "initialled", which ministers do for their
# states); "X evolved from Y",
# "X descends from Y" (evolved_from); "X conquered Z", "X annexed Z", "X reclaimed Z" (controls).
_IRREGULAR.update({"funnel": "funnelled funnelling funneled funneling",
                   "channel": "channelled channelling channeled channeling"})
_IRREGULAR.update({"underwrite": "underwrote underwritten", "repel": "repelled repelling",
                   "pummel": "pummelled pummelling pummeled pummeling"})
for _lemma, _frames in {
    "harbour": _v("backs", "obj"), "harbor": _v("backs", "obj"), "underwrite": _v("backs", "obj"),
    "resupply": _v("backs", "obj"), "rearm": _v("backs", "obj"), "subsidise": _v("backs", "obj"),
    "subsidize": _v("backs", "obj"),
    "pound": _v("opposes", "obj"), "bombard": _v("opposes", "obj"), "strafe": _v("opposes", "obj"),
    "storm": _v("opposes", "obj"), "repel": _v("opposes", "obj"),
    "assault": _v("opposes", "obj"), "blockade": _v("opposes", "obj"), "batter": _v("opposes", "obj"),
    "helm": _v("leader_of", "obj"), "spearhead": _v("leader_of", "obj") + _v("brokered", "obj"),
    "shepherd": _v("brokered", "obj"), "engineer": _v("brokered", "obj"),
    "ratify": _v("party_to", "obj"), "accede": _v("party_to", "obl:to"),
    "evolve": _v("evolved_from", "obl:from", "obl:out of"), "descend": _v("evolved_from", "obl:from"),
    "conquer": _v("controls", "obj"), "annex": _v("controls", "obj"),
    # "X liberated Z from Y", "X reclaimed Z from Y": the one a place is taken from is fought, as above
    "reclaim": _v("controls", "obj") + _v("opposes", "place>from"),
    "liberate": _v("controls", "obj") + _v("opposes", "place>from"), "pummel": _v("opposes", "obj"),
    "encircle": _v("opposes", "obj"),
    # "X routed Y", "X crushed Y", "X dislodged Y from Z" (not "routed Y 4-0 in the final": a contest is no
    # fight, see ``loaders.dependency``; not "disarm": a deal often has one side disarm a group it backs)
    "rout": _v("opposes", "obj"), "crush": _v("opposes", "obj"), "dislodge": _v("opposes", "obj"),
    # "the raids set X and Y against each other", "the dispute has set X against Y" (as "pit")
    "set": _v("opposes", "obj~against"),
    # "X joined forces with Y"; "X colluded with Y"; "X enlisted in Y" (not "collaborated with", which
    # partners in any work do)
    "join": _v("allied_with", "obl:with", needs="forces"),
    "collude": _v("allied_with", "obl:with"),
    # "X smuggled weapons to Y", "X funnelled money to Y", "X airlifted ammunition to Y", "X passed
    # intelligence to Y" (what is handed over must be aid: not "smuggled refugees", "passed the message");
    # "X intervened to shore up Y"
    "smuggle": _v("backs", "obj>to"), "funnel": _v("backs", "obj>to"), "channel": _v("backs", "obj>to"),
    "airlift": _v("backs", "obj>to"), "donate": _v("backs", "obj>to"), "pass": _v("backs", "obj>to"),
    "shore": _v("backs", "obj", particle="up"), "pay": _v("backs", "for>owner"),
}.items():
    VERBS[_lemma] = VERBS.get(_lemma, ()) + _frames
# "X and Y joined forces", "X and Y teamed up", "X and Y allied in 2019": a plural subject and no partner
# after "with" (the "among" slot reads each with the others)
for _lemma, _frames in {
    "join": _v("allied_with", "among", needs="forces"), "team": _v("allied_with", "among", particle="up"),
    "ally": _v("allied_with", "among"),
    "enlist": _v("member_of", "obl:in", "obl:with"),
}.items():
    VERBS[_lemma] = VERBS.get(_lemma, ()) + _frames
