"""What the frames of ``loaders.dependency`` share: the word sets of the triggers and their
constructions, ``rule_for`` (the rule of a construction and predicate), and small helpers on
tokens of the parse.
"""

from __future__ import annotations

import re
from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.phrasing import Rule

_NEVER = re.compile(r"(?!)")
#: "the former Nineveh governor X", "its one-time ally X", "then-leader X": over.
_FORMER_ROLE_BEFORE = re.compile(r"\b(?:former|ex-|late|one-time|onetime|erstwhile|then-?)\s+"
                                 r"(?:[\w-]+\s+){0,3}$", re.I)
#: "by the former governor X": the agent of a passive, described by an office he held.
_BY_FORMER = re.compile(r"\bby\s+(?:the\s+)?(?:former|ex-)\s*(?:[\w-]+\s+){0,3}$", re.I)
_WORD = re.compile(r"[a-z]+")
#: A head of state or government's title right before the name ("Russian President X").
_HEAD_TITLE_BEFORE = re.compile(rf"\b(?:{lx.HEAD_OF_STATE_TITLE}|leader)\s+(?:[A-Z][\w.-]*\s+)*$")

#: Nouns in apposition to a place that name the one who holds it ("Z, a Y stronghold", "Z, the rebels' base").
_HELD_BY = frozenset({"stronghold", "bastion", "fiefdom", "fief", "base", "heartland", "headquarters"})
#: Every inflected form of a trigger verb, to its lemma.
VERB_FORMS: dict[str, str] = {}
for _lemma in fr.VERBS:
    for _form in fr.verb_forms(_lemma):
        VERB_FORMS.setdefault(_form, _lemma)
LIGHT_FORMS = frozenset(f for v in fr.LIGHT_VERBS | fr.RECEIVE_VERBS for f in fr.verb_forms(v))
#: Verbs of serving in a force, on the contributors' noun ("X troops who served in the force", "troops
#: from X serving with the mission"), and what puts them in it (the serving verbs also let the parse run).
_SERVING_FORMS = frozenset({"serve", "served", "serving", "serves", "stationed", "deployed"})
_SERVING_IN = frozenset({"under", "in", "within", "with"})

TRIGGER_WORDS = frozenset(VERB_FORMS) | frozenset(fr.HOLDER_NOUNS) | frozenset(fr.ACTION_NOUNS) | \
    frozenset({"alongside", "between", "ceasefire", "truce", "deal", "agreement", "accord", "pact",
               "treaty", "protocol", "armistice", "memorandum", "declaration", "understanding", "known",
               "renamed", "rebranded", "sides", "camps", "anti", "pro", "linked", "affiliated", "aligned",
               "backed", "led", "brokered", "mediated", "held", "controlled", "allied"}) | \
    frozenset(fr.ADJECTIVES) | fr.VIEW_VERBS | fr.BODY_OF_MEMBERS | \
    frozenset(w.lower() for w in fr.STATE_UNIT_HEADS) | fr.FORCE_OF_NOUNS | _SERVING_FORMS
#: "X, Y's last rebel army", "the Z opposition group" (``dependency.described``)
TRIGGER_WORDS = TRIGGER_WORDS | frozenset({"rebel", "insurgent", "guerrilla", "guerilla", "opposition"})

#: "the X-led mission", "the X-brokered deal": the participle after a hyphen, and what it states.
_COMPOUND_PARTICIPLES = {"led": "leader_of", "brokered": "brokered", "mediated": "brokered",
                         "facilitated": "brokered", "backed": "backs", "supported": "backs",
                         "funded": "backs",
                         "armed": "backs", "sponsored": "backs", "financed": "backs", "held": "controls",
                         "controlled": "controls", "run": "controls", "occupied": "controls",
                         "allied": "allied_with", "aligned": "allied_with", "linked": "member_of<",
                         "affiliated": "member_of<"}
# "the X-trained militia", "X-equipped units", "an X-headed coalition", "X-dominated Z": more of the same (not
# "X-administered Z", the name of a region more often than the hold of a place)
_COMPOUND_PARTICIPLES.update({"trained": "backs", "equipped": "backs", "supplied": "backs",
                              "bankrolled": "backs", "headed": "leader_of", "commanded": "leader_of",
                              "dominated": "controls"})
#: Words of a part of a place ("much of Z"): holding it is no hold of Z.
_PART_WORDS = frozenset({"much", "most", "parts", "part", "half", "swathes", "swaths", "pockets"})
#: The parts of an agreement that stand for it ("its core chapters apply to Z").
_AGREEMENT_PARTS = frozenset({"chapters", "provisions", "terms", "clauses", "articles", "text", "annex",
                              "annexes", "protocols"})
#: "X is to V": what is planned or owed, not done.
_BE_TO = frozenset({"is", "are", "was", "were", "'s", "'re"})


def _forms(*lemmas: str) -> frozenset[str]:
    """Every form of the verbs (``frames.verb_forms``)."""
    return frozenset(f for lemma in lemmas for f in fr.verb_forms(lemma))


#: Copular verbs of a role gained or kept: "X became Y's main backer", "X remains its leader".
_BECOMING_VERBS = _forms("become", "remain")
#: Verbs whose object takes a role named by a second object ("made Y its partner").
_NAMING_VERBS = frozenset({"make", "makes", "made", "making", "name", "names", "named", "naming", "appoint",
                           "appoints", "appointed", "elect", "elects", "elected", "declare", "declared"})
#: Verbs whose object takes the role after "as" ("chose X as chairman", "installed X as emir").
_CHOOSING_VERBS = _NAMING_VERBS | frozenset({"chose", "choose", "chooses", "chosen", "choosing", "select",
                                             "selected", "selects", "install", "installed", "installs",
                                             "nominate", "nominated", "nominates", "confirm", "confirmed",
                                             "confirms", "proclaim", "proclaimed", "proclaims"})
#: "anti-X", "pro-X" before a group's noun.
_PREFIXES = {"anti": "opposes", "pro": "allied_with"}
#: The prepositions by which an action noun's patient is the clause around it ("Y advanced with the
#: backing of X", "Z, under the control of X", "the town, in the hands of X").
_RECEIVER_CASES = {"backs": ("with",), "controls": ("under", "in", "into"), "leader_of": ("under",),
                   "brokered": ("under", "through", "thanks to", "with")}
#: Relations that are states, not events: a past perfect puts them in the past.
_ROLES = frozenset({"member_of", "leader_of"})
_STATES = frozenset({"backs", "controls", "leader_of", "member_of", "allied_with"})
#: Nouns of a facility whose "at" phrase names the place ("the airport at Z").
_FACILITY_NOUNS = frozenset({"airport", "airbase", "base", "headquarters", "depot", "garrison", "barracks",
                             "harbour", "harbor", "port", "dam", "bridge", "crossing"})
#: Verbs that undo a hold: "captured Z and then handed it over", "seized Z but lost it", "... and withdrew".
_LOSING_FORMS = _forms("hand", "lose", "abandon", "cede", "withdraw", "surrender", "evacuate", "quit")
#: Verbs of signing: "signed a truce in Z" is where it was signed.
_SIGN_FORMS = _forms("sign", "ink", "seal", "initial") | {"initialed"}
#: Determiners of a definite noun ("the talks", "their negotiations").
_DEFINITE = frozenset({"the", "these", "those", "its", "their"})
#: Nouns that stand for the agreement in context when signed ("the document was signed by X").
_DOCUMENT_NOUNS = frozenset({"document", "documents", "text"})
#: Tags of a finite verb: a new clause ends a list of signers.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Words that end a "by" list of signers ("as X looked on", "under the auspices of W", "in the presence of").
_LIST_STOPS = frozenset({"as", "under", "presence", "while", "which", "who", "whose", "after", "before",
                         "witnessed", "watched", "attended", "mediated", "brokered"})
#: Tags of the words of a title or a role before a name ("the government negotiator", "Senior General").
_TITLE_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "DT", "HYPH", "POS", "CD", "PRP$"})
#: Nouns of a kind of place ("the town of A, the hub of B"), not of a part of one ("the capital of B").
_PLACE_KIND_NOUNS = frozenset({
    "town", "towns", "city", "cities", "village", "villages", "port", "ports", "hub", "hubs", "district",
    "districts", "province", "provinces", "enclave", "island", "islands", "crossing", "base", "bases",
    "stronghold", "strongholds", "municipality", "area",
})
#: "Y split from X and founded Z": the verbs of founding after one of splitting, and what the split left.
_FOUND_FORMS = _forms("form", "found", "create", "launch", "establish")
_SPLIT_VERBS = frozenset({"break", "split", "splinter", "defect", "secede"})
_SPLIT_PREPS = frozenset({"from", "away from", "off from", "with"})
#: The people of a group whose split is the group's ("Its founders broke away from X").
_FOUNDER_NOUNS = frozenset({"founders", "founder"})
#: Who may break away from a group and form another ("X fighters broke away and formed Z").
_SPLITTER_NOUNS = frozenset({"fighters", "commanders", "members", "officers", "militants", "cadres",
                             "leaders", "founders", "men", "soldiers", "dissidents", "hardliners"})
#: "X helped broker the deal": the forms of "help" before a bare verb.
_HELP_FORMS = _forms("help")
_AUX_WORDS = frozenset({"are", "is", "were", "was", "have", "has", "had", "be", "been", "being"})
_FIGHT_FORMS = frozenset(f for v in fr.FIGHT_VERBS for f in fr.verb_forms(v))
#: Nouns of time the parse may take for a subject ("and since last year has held Z").
_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "night",
                         "morning", "evening", "spring", "summer", "autumn", "winter", "time"})
#: Verbs of taking a place: what the place was before ("captured Z, an X stronghold") is over.
_TAKING_VERBS = frozenset({"capture", "seize", "take", "retake", "recapture", "overrun", "storm"})
#: Passive participles of doing whose agent did what their subject names ("the attack was carried out by
#: X", "much of the fighting has been done by X").
_DONE_FORMS = frozenset({"done", "carried", "conducted", "launched", "mounted", "staged", "waged", "led",
                         "perpetrated", "committed", "executed", "fought", "provided", "given", "extended"})
#: The ties between two actors (backing, hostility, alliance).
_TIES = frozenset({"backs", "opposes", "allied_with"})
#: Ties a role noun in the clause's subject states as the narrator's ("Y and its armed wing, X, rejected
#: the deal", "X, Y's envoy, is expected"): the verb's modality or denial is not the role's.
_SUBJECT_ROLE_TIES = _TIES | _ROLES
#: The constructions, one rule each (the evidence's ``rule``), by predicate.
CONSTRUCTIONS = ("verb", "passive", "holder", "action", "agreement", "alongside", "compound", "prefix")
_RULES: dict[tuple[str, str], Rule] = {}
#: Participles by which a force belongs to the one who sends or runs it ("the force sent by Y").
_SENT_FORMS = frozenset({"sent", "deployed", "dispatched", "run", "raised", "fielded"})
_FORCE_HEADS = frozenset({"force", "forces", "mission", "contingent", "unit", "units", "militia", "corps",
                          "army", "brigade"})
#: Verbs of sending a force whose "at the request of Y" makes the sender Y's backer ("sent troops at the
#: request of Y", "deployed in answer to a request from Y"), and the nouns of what Y asked.
_SENDING_FORMS = _forms("send", "deploy", "dispatch", "intervene", "station")
_REQUEST_NOUNS = frozenset({"request", "invitation", "behest"})
#: The nouns that put a request after "in ... to" ("in answer to a request from Y").
_ANSWER_NOUNS = frozenset({"answer", "response", "reply"})
#: Verbs of giving an amount "in aid" ("X pledged $1bn in military aid to Y").
_GIVING_FORMS = _forms("pledge", "give", "provide", "send", "approve", "announce", "allocate", "commit",
                       "deliver", "grant", "extend", "supply", "promise", "offer")
#: Modifiers of "partner" that make it a partner in trade ("Y's largest trading partner").
_TRADE_WORDS = frozenset({"trading", "trade", "business", "economic", "commercial", "investment", "energy"})
#: "X came to the aid of Y".
_COME_FORMS = frozenset({"come", "comes", "came", "coming"})
#: Words of a part of a group of holders ("one of Y's backers", "two of its allies").
_PARTITIVES = frozenset({"one", "two", "three", "four", "some", "several", "many", "each", "both"})
#: Verbs through which a role noun that is their subject is given its holder ("Y's backers include X").
_HOLDING_FORMS = _forms("include", "become", "remain", "be") | {"is", "are", "was", "were", "been", "'s"}
#: The quantifiers of an apposition that says where part of a force comes from ("many of them from X").
_QUANTIFIERS = frozenset({"many", "most", "some", "all", "half", "several", "nearly", "mostly"})


def rule_for(construction: str, predicate: str) -> Rule:
    key = (construction, predicate)
    r = _RULES.get(key)
    if r is None:
        conf = {"verb": 0.8, "passive": 0.8, "holder": 0.75, "action": 0.7, "agreement": 0.75,
                "alongside": 0.7, "compound": 0.85, "prefix": 0.75}[construction]
        r = _RULES[key] = Rule(f"dep-{construction}-{predicate.replace('_', '-')}", predicate, _NEVER, (),
                               descriptive=construction in ("holder", "passive", "compound", "prefix"),
                               confidence=conf)
    return r


def _case(tok: Any) -> str:
    """The preposition(s) of a nominal ("out of", "against")."""
    return " ".join(c.lower_ for c in tok.children if c.dep_ in ("case", "fixed") and c.i < tok.i)


def _is_noun(tok: Any) -> bool:
    return tok.tag_.startswith(("NN", "PRP", "CD")) or tok.pos_ in ("NOUN", "PROPN", "PRON")


def _same_clause(a: Any, b: Any) -> bool:
    """No ";" between two words: a name the parse hung across one is another clause's subject."""
    return not any(t.text == ";" for t in a.doc[min(a.i, b.i):max(a.i, b.i)])


def _after_comma(tok: Any) -> bool:
    """Whether the phrase of ``tok`` follows a comma (which the parse may hang inside the phrase)."""
    first = next(x for x in tok.subtree if not x.is_punct or x.i == tok.i)
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def _is_verbal(tok: Any) -> bool:
    return tok.tag_.startswith(("VB", "JJ"))


#: Words that hedge what they qualify: "X reportedly arms Y", "X's alleged support for Y".
_HEDGE_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly", "ostensibly"})
_HEDGE_ADJECTIVES = frozenset({"alleged", "suspected", "purported", "supposed", "rumoured", "rumored",
                               "reported"})
#: Nouns of a claim whose "that" clause is the claim's content ("accusations that X arms Y").
_CLAIM_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "claim", "claims",
                          "charge", "charges", "suspicion", "suspicions", "rumour", "rumours", "rumor",
                          "rumors", "reports", "report"})
#: Personal pronouns as objects (not possessives: "X sent its troops" may be X's own).
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})
