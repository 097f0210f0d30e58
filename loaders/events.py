"""Events: what a sentence says happened, by whom, to whom, where, when, at what toll.

Built on the mentions and resolved entities the relation extractor uses. One
regular expression finds every trigger of the document in one pass (verbs and
nouns per type, see :data:`pactgraph.ontology.vocabulary.EVENT_TYPES`); only sentences
holding a trigger are read further. In each:

* clauses are cut at ``;``, dashes, quotes, ", as", "while", "but", ... and
  at speech acts ("X said", "according to X"), whose speaker becomes the
  event's ``reported_by``;
* triggers of one type in one clause make one event ("air raids on Idlib,
  barrel bombing areas") unless the later one has actors of its own
  ("Russia bombed Idlib and Turkey shelled Afrin"); a bare "killed" joins the
  violent event of its clause and only stands alone when there is none;
* agents are the actor mentions in subject position before the trigger
  ("Syrian and Russian jets ...") and after "by"/"between"; targets follow
  "on"/"against"/"targeting"/"with" or are a verb's object; the place is the
  first place after "in"/"near"/"on"/... (a state named there becomes its
  territory);
* the date is the time expression nearest the trigger in its clause, resolved
  against the publication date; killed and displaced come from number
  phrases around "killed", "displaced", "forced ... to flee";
* the status is ``hypothetical`` under a modal or a verb of prevention ("would",
  "averted a ground assault", "deterring any offensive"), ``denied`` under a
  denial, ``alleged`` when the event is an accusation's content ("accused X of
  shelling"), "allegedly"/"reportedly" or a claim ("X claimed"); else
  ``asserted``. A neutral report ("the UN says") keeps ``asserted`` and names
  the reporter: monitors and agencies are how news knows of most events.
  A negated trigger ("no air strikes") is no event.

Events with no agent, target, place or toll say too little and are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from pactgraph.loaders.dates import TimeRef, combine, find_dates
from pactgraph.loaders.mentions import GROUP_NOUNS, STATE_NOUNS, Mention
from pactgraph.loaders.resolve import ResolvedEntity
from pactgraph.loaders.text import Sentence
from pactgraph.ontology.statements import Entity, Event, Evidence, slug
from pactgraph.ontology.vocabulary import ACTOR_TYPES

# --- the lexicon ------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100,
}
_MULTIPLIERS = {"m": 1_000_000, "mn": 1_000_000, "million": 1_000_000, "k": 1_000, "thousand": 1_000,
                "bn": 1_000_000_000, "billion": 1_000_000_000}

#: Trigger words per event type (every form spelled out, so a set lookup finds them); ``kill`` is
#: a weak trigger of ``assault`` (see the module doc).
_TRIGGER_WORDS: dict[str, str] = {
    "assault": """airstrike airstrikes bomb bombs bombed bombing bombings bombard bombards bombarded
        bombarding bombardment bombardments shelled shelling shells attack attacks attacked attacking
        assault assaults assaulted assaulting offensive offensives raid raids raided raiding ambush ambushes
        ambushed invasion invade invades invaded invading massacre massacres massacred stormed overran
        recaptured retook captured assassinated assassination assassinations abducted abduction abductions
        kidnapped kidnapping kidnappings""",
    "kill": "kill kills killed killing slain slaughtered",
    "fight": """clash clashes clashed fighting fought battle battles battled skirmish skirmishes firefight
        firefights gunbattle gunbattles""",
    "consult": """talks met meet meets meeting meetings summit visit visits visited visiting negotiations
        negotiated negotiating hosted conferred discussed""",
    "agree": "signed signing",
    "protest": """protest protests protested protesting protesters demonstration demonstrations demonstrated
        demonstrators rally rallies rallied marched riot riots rioted""",
    "accuse": """condemn condemns condemned condemning condemnation denounce denounces denounced denouncing
        accuse accuses accused accusing accusation accusations blame blames blamed blaming criticise
        criticises criticised criticising criticize criticizes criticized criticizing slammed censured""",
    "coerce": """arrest arrests arrested arresting detain detains detained detaining detention sanction
        sanctions sanctioned sanctioning blockade blockaded expel expels expelled expelling deport deports
        deported deporting deportation deportations banned seized confiscated jailed imprisoned""",
    "displace": """displace displaces displaced displacing displacement fled flee flees fleeing uprooted
        exodus""",
}
_AID_VERBS = ("deliver delivers delivered delivering send sends sent sending provide provides provided "
              "providing supply supplies supplied supplying shipped airlifted donated")
_AID_OBJECT = (r"\s+(?:[\w,-]+\s+){0,3}?(?:aid|assistance|supplies|weapons|arms|ammunition|food|medicine|"
               r"troops|equipment|drones)\b")
#: Triggers of several words, by their first word: checked only where that word occurs.
_TRIGGER_PHRASES: dict[str, tuple[str, str]] = {
    "air": ("assault", r"air[\s-]?(?:strikes?|raids?)\b"),
    **{w: ("assault", w + r"\s+(?:strikes?|attacks?|fire|barrages?)\b")
       for w in ("drone", "missile", "rocket", "artillery", "mortar")},
    "shot": ("assault", r"shot\s+(?:dead|down)\b"),
    "gunned": ("assault", r"gunned\s+down\b"),
    "fired": ("assault", r"fired\s+(?:rockets|missiles|shells|mortars|on|at|upon)\b"),
    "gun": ("fight", r"gun\s+battles?\b"),
    "fire": ("fight", r"fire-fights?\b"),
    "exchanged": ("fight", r"exchanged\s+fire\b"),
    "exchange": ("fight", r"exchanges?\s+of\s+fire\b"),
    "exchanges": ("fight", r"exchanges?\s+of\s+fire\b"),
    **{w: ("consult", w + r"\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b")
       for w in ("spoke", "speak", "spoken", "talked")},
    "phone": ("consult", r"phone\s+(?:calls?|conversations?)\b"),
    "telephone": ("consult", r"telephone\s+(?:calls?|conversations?)\b"),
    "held": ("consult", r"held\s+discussions\b"),
    **{w: ("agree", w + r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|truce|ceasefire|pact)\b")
       for w in ("struck", "reached", "clinched", "sealed", "concluded")},
    "agreed": ("agree", r"agreed\s+(?:to|on|a|an)\b"),
    **{w: ("aid", w + _AID_OBJECT) for w in _AID_VERBS.split()},
    "aid": ("aid", r"aid\s+(?:convoys?|deliveries|shipments?|flights?)\b"),
    "humanitarian": ("aid", r"humanitarian\s+(?:aid|assistance)\b"),
    "took": ("protest", r"took\s+to\s+the\s+streets\b"),
    "hunger": ("protest", r"hunger\s+strikes?\b"),
    "general": ("protest", r"general\s+strikes?\b"),
    "sit": ("protest", r"sit-ins?\b"),
    "imposed": ("coerce", r"imposed\s+(?:a\s+)?curfew\b"),
}
_WORD_KIND: dict[str, str] = {w: kind for kind, words in _TRIGGER_WORDS.items() for w in words.split()}
_PHRASE: dict[str, tuple[str, re.Pattern[str]]] = {
    head: (kind, re.compile(pattern)) for head, (kind, pattern) in _TRIGGER_PHRASES.items()}
_KEYS = frozenset(_WORD_KIND) | frozenset(_PHRASE)
_LOWER_WORD = re.compile(r"[a-z]+")
#: Triggers that are verbs (their object is a target or place without a preposition).
#: Trigger words that are only nouns: their object is never a bare mention ("talks Syria").
_NOUNS = frozenset(_words("""airstrike airstrikes bombings bombardment bombardments offensive offensives
    invasion massacre massacres assassination assassinations abduction abductions kidnappings clashes
    fighting battle battles skirmish skirmishes firefight firefights gunbattle gunbattles talks summit
    meeting meetings negotiations protest protests protesters demonstration demonstrations demonstrators
    rally rallies riot riots condemnation accusation accusations detention sanctions deportation
    deportations displacement exodus strike strikes raids attacks fire barrage barrages call calls
    conversation conversations"""))
#: Verbs whose subject performs the event named by their object ("X launched an offensive").
_SUPPORT = re.compile(r"\b(?:launch|launched|launches|launching|carr(?:y|ies|ied|ying)\s+out|"
                      r"conduct(?:s|ed|ing)?|"
                      r"intensif(?:y|ies|ied|ying)|step(?:s|ped|ping)?\s+up|escalat(?:e|es|ed|ing)|beg[au]n|began|"
                      r"start(?:s|ed|ing)?|stag(?:e|es|ed|ing)|h[oe]ld|holds|holding|mount(?:s|ed|ing)?|"
                      r"resum(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|wag(?:e|es|ed|ing)|unleash(?:es|ed|ing)?|"
                      r"press(?:es|ed|ing)?|join(?:s|ed|ing)?|attend(?:s|ed|ing)?|took\s+part\s+in|"
                      r"order(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|impos(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|"
                      r"issu(?:e|es|ed|ing)|ma(?:de|ke|kes|king)|announc(?:e|es|ed|ing))\b")
_PAST = frozenset({"met", "fought", "fled", "spoke", "spoken", "overran", "retook", "sent", "struck", "shot",
                   "gunned", "slain", "took", "held"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "this", "that", "these",
                          "those", "new", "fresh", "latest", "recent", "heavy", "deadly", "major", "renewed"})
_VIOLENT = frozenset({"assault", "fight"})

_QUALIFIER = (r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|"
              r"roughly|approximately|an\s+estimated|close\s+to|another|a\s+further)\s+)?")
_NUM = (r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<mult>m|mn|million|k|thousand|bn|billion)\b)?"
        r"|(?P<word>a\s+dozen|a\s+hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
        r"seventy|eighty|ninety)(?!-)")
_COUNT_PHRASE = re.compile(rf"\s*{_QUALIFIER}(?:{_NUM})(?:\s+[\w-]+)*\s*", re.IGNORECASE)
_NUMBER = re.compile(rf"(?<![\w.,-])(?:{_NUM})(?![\w-])")
_PEOPLE_WORDS = r"(?:\s+(?!(?:were|was|have|has|had|are|been|being)\b)[a-z][\w-]*){0,3}?"
_BE = r"(?:\s+(?:were|was|have|has|had|are|been|being|reportedly|also))*"
#: Read after a number ("39 civilians had been killed"), or before it ("killed more than 200").
_COUNT_AFTER = (
    ("killed", re.compile(rf"{_PEOPLE_WORDS}{_BE}\s+(?P<cue>killed|dead|died|slain|massacred"
                          r"|lost\s+their\s+lives)\b")),
    ("displaced", re.compile(rf"{_PEOPLE_WORDS}{_BE}\s+(?P<cue>displaced|fled|uprooted|forced\s+to\s+flee"
                             r"|forced\s+from\s+their\s+homes)\b")),
)
_COUNT_BEFORE = (
    ("killed", re.compile(rf"\b(?P<cue>kill(?:ed|ing|s)?|massacred|claimed\s+the\s+lives\s+of|death\s+toll\s+"
                          rf"(?:\w+\s+){{0,2}}?(?:to|at|of))\s+{_QUALIFIER}$"), None),
    ("displaced", re.compile(rf"\b(?P<cue>displac(?:ed|ing|es?)|uprooted)\s+{_QUALIFIER}$"), None),
    ("displaced", re.compile(rf"\bforc(?:ed|ing|es?)\s+{_QUALIFIER}$"),
     re.compile(rf"{_PEOPLE_WORDS}\s+(?:to\s+(?P<cue>flee|leave)|(?P<cue2>from|out\s+of)\s+their\s+homes)\b")),
)
_COUNT_CUES = frozenset(_words("""kill kills killed killing dead died slain massacred lives toll displaced
    displacing displace displaces fled uprooted forced forcing force forces"""))

_BOUNDARY = re.compile(
    r";|:(?=\s)|\s[—–]\s|\s--\s|[“”\"]|\((?=\s*[a-z])|,\s*(?:as|while|whereas|but|although|though|because|after|"
    r"before|when|where|saying)\b|\b(?:while|whereas|but|although|though|because|after|before|when|meanwhile|however)\b",
)
_SPEECH_VERBS = frozenset(_words("""says said say told tells added adds noted notes stated announced
    announces confirmed confirms reported reports estimated estimates warned warns claimed claims
    alleged alleges insisted insists"""))
_SPEECH = re.compile(rf"\b(?P<verb>{'|'.join(sorted(_SPEECH_VERBS))})\b|\b(?P<according>according\s+to)\b")
_CLAIM_VERBS = frozenset({"claimed", "claims", "alleged", "alleges", "insisted", "insists"})
#: Words allowed between a speaker and its verb ("the Syrian regime say", "the WHO on Friday said").
_SPEAKER_GAP = frozenset(STATE_NOUNS) | {
    "the", "has", "have", "had", "also", "later", "earlier", "previously", "then", "separately",
    "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "ministry", "media",
    "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "'s", "’s",
    "air", "force", "forces", "press", "office", "agency", "news", "told", "reporters", "refugee", "rights",
    "aid", "health", "foreign", "defence", "defense", "interior", "agencies", "monitor", "monitors", "group",
    "observers", "mission", "envoy", "chief", "commander", "human", "relief", "humanitarian",
}

_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|should|will|shall|if|unless|whether|plans?\s+to|planned|planning|intends?\s+to|"
    r"threat(?:en|ens|ened|ening)\s+(?:to|of|with)|threat\s+of|warn(?:s|ed|ing)?\s+(?:of|against)|seek(?:s|ing)?\s+to|"
    r"sought\s+to|trying\s+to|tried\s+to|aim(?:s|ed|ing)?\s+to|vow(?:s|ed)?\s+to|prepar(?:e|es|ed|ing)\s+(?:to|for)|"
    r"ready\s+to|expected\s+to|possible|potential|looming|imminent|proposed|risk\s+of|fears?|feared)\b"
)
_PREVENTION = re.compile(r"\b(?:avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?|deter(?:s|red|ring)?|"
                         r"avoid(?:s|ed|ing)?|"
                         r"forestall(?:s|ed|ing)?|stave\s+off|staved\s+off|ward\s+off|warded\s+off)\b", re.I)
_MODAL_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:would|could|might|will)\s+(?:be|have|not|never)\b")
_NEGATED = re.compile(r"\b(?:no|not|never|n't|without|nor)\s+(?:[a-z-]+\s+){0,3}$"
                      r"|\bno\s+(?:new\s+|further\s+)?$")
_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\b|\brejected\s+(?:claims|reports|accusations)\b", re.I)
_ALLEGED = re.compile(r"\b(?:allegedly|reportedly|purportedly|alleged|suspected)\b", re.I)
_ACCUSED_TAIL = re.compile(r"\b(?:of|for)\s+(?:[a-z-]+\s+){0,3}$")
_THAT = re.compile(r"\s*(?:that\s+)?")
_ANONYMOUS_SPEAKER = re.compile(r"\b(?:he|she|they|officials|sources|residents|witnesses)\s*$", re.I)
_ACCUSED_OF = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\b", re.I)

_PREPOSITIONS = {
    "on": "target", "against": "target", "targeting": "target", "targetting": "target", "at": "target",
    "toward": "target", "towards": "target", "upon": "target",
    "in": "place", "near": "place", "inside": "place", "around": "place", "across": "place",
    "outside": "place", "into": "place", "over": "place", "throughout": "place", "within": "place",
    "by": "agent", "between": "between", "with": "with", "from": "from", "to": "to", "of": "of",
    "for": None, "about": None, "since": None, "during": None, "after": None, "before": None, "than": None,
    "under": None, "as": None, "like": None, "amid": None, "despite": None,
}
_PREP = re.compile(r"\b(?:close\s+to|next\s+to|" + "|".join(_PREPOSITIONS) + r")\b", re.I)
#: Words a trigger's object may start with ("bombed the rebel-held town of Idlib").
_OBJECT_GAP = re.compile(r"^(?:\s+(?:the|a|an|its|their|his|her|several|two|three|some|many|rebel-held|"
                         r"government-held|opposition-held|[a-z]+-held|positions|areas|parts|town|city|village|"
                         r"province|region|district|of|and|northern|southern|eastern|western|central))*\s*$",
                         re.I)
_COORDINATION = re.compile(r"^(?:\s*,\s*|\s+)(?:and\s+|or\s+|as\s+well\s+as\s+)?(?:the\s+|a\s+|an\s+)?$"
                           r"|^\s*,\s*$", re.I)
_WORD = re.compile(r"[a-z’'-]+", re.I)
_DATE_HINT = re.compile(r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|"
                        r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"last\s+(?:year|month|week)|this\s+year|yesterday|today)\b")
_MAY = re.compile(r"\bmay\b")  # read on the body: the month is "May"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PUNCTUATION_GATE = re.compile(r"[;:—–“”\"(]|\s--\s")
#: Words without which the regular expressions above cannot match (cheap gates per sentence).
_BOUNDARY_GATE = frozenset({"while", "whereas", "but", "although", "though", "because", "after", "before",
                            "when", "where", "meanwhile", "however", "as", "saying"})
_SPEECH_GATE = _SPEECH_VERBS | {"according"}
_HYPOTHETICAL_GATE = frozenset(_words("""would could might should will shall if unless whether plan plans
    planned planning intend intends threaten threatens threatened threatening threat warn warns warned
    warning seek seeks seeking sought trying tried aim aims aimed aiming vow vows vowed prepare prepares
    prepared preparing ready expected possible potential looming imminent proposed risk fear fears
    feared may"""))
_PREVENTION_GATE = frozenset(_words("""avert averts averted averting prevent prevents prevented preventing
    deter deters deterred deterring avoid avoids avoided avoiding forestall forestalls forestalled
    forestalling stave staved ward warded"""))
_DENIAL_GATE = frozenset({"deny", "denies", "denied", "denying", "rejected"})
_ALLEGED_GATE = frozenset({"allegedly", "reportedly", "purportedly", "alleged", "suspected", "accuse",
                           "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming"})
_NEGATION_GATE = frozenset({"no", "not", "never", "t", "without", "nor"})
_DATE_GATE = frozenset(_words("""january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday last this yesterday today"""))
_RELATIVE = re.compile(r",\s*(?:which|who)\b")
_RELATIVE_GATE = frozenset({"which", "who"})
_COMPOUND = re.compile(r"-[a-z]")
_TITLE_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "president", "prime", "minister", "general",
                          "gen", "leader", "commander", ""})
_STATE_MODIFIERS = frozenset({"foreign", "defence", "defense", "interior", "security", "armed", "special",
                              "top", "senior", "government", "military", "state", "naval", "border"})
_STATE_HEADS = frozenset(STATE_NOUNS) | GROUP_NOUNS | {
    "positions", "base", "bases", "air", "officials", "delegation", "delegations", "leaders", "envoys",
    "ministers", "president"}


# --- per-document state -----------------------------------------------------------------------


@dataclass(slots=True)
class _Trigger:
    kind: str  # an event type, or "kill"
    start: int
    end: int
    text: str
    subjects: list[Mention] = field(default_factory=list)
    by: list[Mention] = field(default_factory=list)
    clause_start: int = 0
    prevented: bool = False


@dataclass(slots=True)
class _Speech:
    verb_start: int
    verb_end: int
    cut_start: int  # the speaker and verb are no part of any event
    speakers: list[ResolvedEntity]
    claim: bool
    #: ", Kyiv said," after what it reports: it reports only what comes before it
    trailing: bool = False


@dataclass(slots=True)
class _Event:
    type: str
    triggers: list[_Trigger]
    agents: list[ResolvedEntity] = field(default_factory=list)
    targets: list[ResolvedEntity] = field(default_factory=list)
    place: ResolvedEntity | None = None
    killed: int | None = None
    displaced: int | None = None
    start: int = 0  # the span whose dates are the event's
    end: int = 0

    @property
    def main(self) -> _Trigger:
        return next((t for t in self.triggers if t.kind != "kill"), self.triggers[0])


def parse_count(text: str) -> int | None:
    """A stated number of people: "39" -> 39, "140,000" -> 140000, "2.5m" -> 2500000, "twelve" -> 12."""
    m = _COUNT_PHRASE.fullmatch(text)
    return _count(m) if m else None


def _count(m: re.Match[str]) -> int | None:
    if m.group("word"):
        return _NUMBER_WORDS.get(" ".join(m.group("word").lower().split()))
    number = float(m.group("num").replace(",", ""))
    mult = (m.group("mult") or "").lower()
    return int(round(number * _MULTIPLIERS.get(mult, 1)))


class _Reader:
    """Reads the sentences of one document; holds per-document state only."""

    def __init__(self, body: str, lower: str, mentions: list[Mention],
                 resolved: list[ResolvedEntity | None]) -> None:
        self.body = body
        self.lower = lower
        self.mentions = mentions
        self.resolved = resolved
        self._places: dict[str, ResolvedEntity] = {}
        self._use: dict[int, str] = {}

    # -- entities --------------------------------------------------------------------------------
    def entity(self, m: Mention) -> ResolvedEntity | None:
        return self.resolved[m.entity] if 0 <= m.entity < len(self.resolved) else None

    def territory(self, m: Mention, e: ResolvedEntity) -> ResolvedEntity | None:
        """The place a mention names: a place, a capital, or a state named as a territory."""
        if e.type == "Place":
            return e
        if e.type != "State" or m.kind not in ("gaz", "name"):
            return None
        if m.form == "capital":
            key, name = "place-" + slug(m.text), m.text
        elif m.form == "demonym":
            return None
        else:
            key, name = "place-" + e.id, e.name
        place = self._places.get(key)
        if place is None:
            place = self._places[key] = ResolvedEntity(-1, key, name, "Place", (), None, None)
        return place

    def actor(self, m: Mention, e: ResolvedEntity | None, trigger_start: int | None = None) -> bool:
        """Whether the mention stands for an actor taking part (not "anti-Assad", "Turkey-backed").

        An owner ("Russia's", "its") takes part only in the event named right after it
        ("Russia's air strikes", not "Turkey's president ... pledged").
        """
        use = self._use.get(m.index)
        if use is None:
            use = self._use[m.index] = self._usability(m, e)
        if use == "owner":
            following = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
            return trigger_start is not None and 0 <= trigger_start - m.end <= 30 and (
                following is None or following.start >= trigger_start)
        return use == "yes"

    def _usability(self, m: Mention, e: ResolvedEntity | None) -> str:
        if m.kind == "pronoun" and e is None:
            # may still stand for a speaker ("Azerbaijan said its forces had shelled ...")
            return "owner" if m.text.lower() in ("its", "their") else "yes"
        if e is None or e.type not in ACTOR_TYPES:
            return "no"
        lower = self.lower
        if lower.endswith(("anti-", "pro-"), max(0, m.start - 5), m.start):
            return "no"
        after = lower[m.end:m.end + 32]
        if _COMPOUND.match(after):
            return "no"
        if after.startswith(("'s", "’s")):
            return "owner"
        if m.kind == "pronoun":
            word = m.text.lower()
            if word in ("it", "they", "he", "she"):
                return "yes"
            return "owner" if word in ("its", "their") else "no"
        if m.kind == "gaz" and m.form == "demonym":
            following = [w.strip(",.;:") for w in after.replace("“", " ").replace('"', " ").split()[:2]]
            if following and following[0] in _STATE_MODIFIERS:
                following = following[1:]
            head = following[0] if following else ""
            return "yes" if head in _STATE_HEADS or after.lstrip().startswith((",", "and ", "or ")) else "no"
        return "yes"

    def nominal(self, t: _Trigger, subject: Mention | None) -> bool:
        """Whether the trigger is a noun here ("the attack", "Israeli air strikes"), not a verb."""
        words = t.text.lower().split()
        word = words[-1]
        if word in _NOUNS or word.endswith(("ion", "ions", "ment", "ments")):
            return True
        if words[0].endswith("ed") or words[0] in _PAST:
            return False
        before = self.lower[max(0, t.start - 20):t.start].split()
        if before and before[-1].strip(",") in _DETERMINERS:
            return True
        return subject is not None and not self.lower[subject.end:t.start].strip(" ’'s")

    def subject_position(self, m: Mention, floor: int) -> bool:
        """No preposition governs the mention ("on Idlib", "brokered by Russia"), bar "officials from X"."""
        words = [w.strip(",.;:\"“”'()") for w in self.lower[max(floor, m.start - 40):m.start].split()]
        while words and words[-1] in _TITLE_WORDS:
            words.pop()
        if not words:
            return True
        last = words[-1]
        if last in ("of", "from") and len(words) >= 2 and words[-2] in _STATE_HEADS:
            return True
        return last not in _PREPOSITIONS and last not in ("close", "next")

    # -- one sentence ----------------------------------------------------------------------------
    def sentence(self, s: Sentence, triggers: list[_Trigger], ms: list[Mention],
                 words: frozenset[str]) -> tuple[list[_Event], list[_Speech]]:
        """The sentence's events (before status and filtering) and its speech acts."""
        ms = [m for m in ms if m.text.lower() not in _WORD_KIND]  # "Talks ..." opening a sentence
        triggers = [t for t in triggers if not any(m.start <= t.start < m.end for m in ms)]
        if not triggers:
            return [], []
        speeches = self.speeches(s, ms) if words & _SPEECH_GATE else []
        cuts = [(sp.cut_start, sp.verb_end) for sp in speeches]
        text = self.lower[s.start:s.end]
        if words & _BOUNDARY_GATE or _PUNCTUATION_GATE.search(text):
            cuts += [(s.start + b.start(), s.start + b.end()) for b in _BOUNDARY.finditer(text)]
        cuts.sort()
        prevent = bool(words & _PREVENTION_GATE)
        antecedents: dict[int, Mention] = {}
        if words & _RELATIVE_GATE:
            for r in _RELATIVE.finditer(self.lower, s.start, s.end):
                head = next((m for m in reversed(ms) if m.end <= r.start()), None)
                if head is not None and not self.lower[head.end:r.start()].strip() and self.actor(
                        head, self.entity(head)):
                    antecedents[r.end()] = head
                    cuts.append((r.start(), r.end()))
            cuts.sort()

        def boundary_before(pos: int, floor: int) -> int:
            out = floor
            for _, b in cuts:
                if b <= pos:
                    out = max(out, b)
            return out

        def cut_between(a: int, b: int) -> bool:
            return any(a <= x < b or a < y <= b for x, y in cuts)

        previous_end = s.start
        for t in triggers:
            t.clause_start = boundary_before(t.start, max(s.start, previous_end))
            previous_end = t.end
            prevention = list(_PREVENTION.finditer(self.lower, t.clause_start, t.start)) if prevent else []
            floor = t.clause_start
            if prevention:
                t.prevented = True
                floor = prevention[-1].end()
            subjects = [m for m in ms if floor <= m.start and m.end <= t.start
                        and self.actor(m, self.entity(m), t.start) and self.subject_position(m, floor)]
            if subjects and self.nominal(t, subjects[-1]):
                # a noun: its own modifiers ("Israeli air strikes", "Haftar's assault"), or the
                # subject of a verb that makes it happen ("X launched an offensive")
                last = subjects[-1]
                gap = self.lower[last.end:t.start]
                modifier = len(gap.split()) <= 3 and "," not in gap and not any(
                    w.endswith("ed") for w in gap.split())
                if not _SUPPORT.search(gap) and not modifier:
                    subjects = []
                elif not _SUPPORT.search(gap):
                    subjects = [m for m in subjects
                                if m is last or _COORDINATION.match(self.lower[m.end:last.start])]
            if not subjects and antecedents:
                # ", which sent ...": the clause's subject is what the relative pronoun stands for
                head = antecedents.get(t.clause_start)
                if head is not None and not self.nominal(t, None):
                    subjects = [head]
            t.subjects = subjects

        # the roles after each trigger, up to the next trigger or boundary
        events: list[_Event] = []
        for i, t in enumerate(triggers):
            nxt = triggers[i + 1] if i + 1 < len(triggers) else None
            end = s.end
            for a, _ in cuts:
                if a >= t.end:
                    end = min(end, a)
                    break
            if nxt is not None:
                # "accused Russia of shelling": Russia is the accused and the shelling's agent
                own = nxt.subjects and t.kind != "accuse"
                end = min(end, nxt.subjects[0].start if own else nxt.start)
            roles = self.after(t, [m for m in ms if t.end <= m.start and m.end <= end], end)
            t.by = roles["agent"]
            current = events[-1] if events else None
            joins = current is not None and not t.subjects and not t.by and not cut_between(
                current.triggers[-1].end, t.start) and (
                t.kind == current.type or (t.kind == "kill" and current.type in _VIOLENT)
                or (current.type == "assault" and all(x.kind == "kill" for x in current.triggers)
                    and t.kind in _VIOLENT))
            if joins:
                assert current is not None
                current.triggers.append(t)
                if t.kind in _VIOLENT and current.main.kind == "kill":
                    current.type = t.kind
            else:
                current = _Event("assault" if t.kind == "kill" else t.kind, [t])
                current.start = t.subjects[0].start if t.subjects else t.start
                events.append(current)
            current.end = end
            self.add_roles(current, t, roles)
        if words & _COUNT_CUES:
            self.counts(s, events)
        return events, speeches

    def after(self, t: _Trigger, ms: list[Mention], end: int) -> dict[str, list]:
        """Mentions after the trigger by the preposition that governs them."""
        body = self.body
        out: dict[str, list] = {"agent": [], "between": [], "target": [], "with": [], "place": [], "from": [],
                                "to": [], "object": []}
        role: str | None = None if t.text.lower().split()[-1] in _NOUNS else "object"
        last: str | None = None
        cursor = t.end
        for m in ms:
            gap = body[cursor:m.start]
            preps = _PREP.findall(gap)
            if preps:
                prep = " ".join(preps[-1].lower().split())
                role = "place" if prep in ("close to", "next to") else _PREPOSITIONS.get(prep)
                if role == "of":
                    role = last if last in ("target", "place", "object") else None
            elif role == "object" and cursor == t.end:
                role = "object" if _OBJECT_GAP.match(gap) else None
            elif not _COORDINATION.match(gap):
                role = None
            cursor = m.end
            last = role
            if role is not None:
                out[role].append(m)
        return out

    def add_roles(self, event: _Event, t: _Trigger, roles: dict[str, list[Mention]]) -> None:
        kind = event.type

        def add(entities: list[ResolvedEntity], e: ResolvedEntity | None) -> None:
            if e is not None and all(x.id != e.id for x in entities):
                entities.append(e)

        for m in t.subjects:
            add(event.agents, self.entity(m))
        for m in roles["agent"] + roles["between"]:
            e = self.entity(m)
            if self.actor(m, e):
                add(event.agents, e)
        for role_name in ("object", "target", "with", "to", "place", "from"):
            # "fled Sudan": the place left
            role = "from" if role_name == "object" and kind == "displace" else role_name
            for m in roles[role_name]:
                e = self.entity(m)
                if e is None:
                    continue
                place = self.territory(m, e)
                is_actor = self.actor(m, e) and m.kind != "pronoun" and not (
                    m.kind == "gaz" and m.form == "capital")
                if place is not None and (role in ("place", "from") or not is_actor):
                    if role == "from" and kind != "displace":
                        continue
                    if role == "target" and kind in ("consult", "agree", "protest"):
                        continue  # "talks on Syria": a topic
                    if event.place is None:
                        event.place = place
                    continue
                if not is_actor or role == "from" or (role == "place" and kind not in _VIOLENT | {"coerce"}):
                    continue  # "strikes on areas near Idlib and a Russian base": the base is a target
                if role == "to" and kind != "aid":
                    continue
                if role == "target" and kind in ("consult", "agree"):
                    continue
                if role == "object" and kind in ("displace", "protest", "aid"):
                    continue
                add(event.targets, e)
        event.targets = [e for e in event.targets if all(a.id != e.id for a in event.agents)]

    def speeches(self, s: Sentence, ms: list[Mention]) -> list[_Speech]:
        out: list[_Speech] = []
        body = self.body
        for v in _SPEECH.finditer(self.lower, s.start, s.end):
            vs, ve = v.start(), v.end()
            if v.group("according"):
                after = [m for m in ms if ve <= m.start < ve + 60 and self.actor(m, self.entity(m))]
                if after and not _BOUNDARY.search(self.lower, ve, after[0].start):
                    e = self.entity(after[0])
                    assert e is not None
                    out.append(_Speech(vs, after[0].end, vs, [e], False))
                continue
            before = [m for m in ms if m.end <= vs]
            speaker: Mention | None = None
            if before:
                last = before[-1]
                gap = body[last.end:vs]
                words = [w.lower() for w in _WORD.findall(gap)]
                if "," not in gap and all(w in _SPEAKER_GAP for w in words) and len(words) <= 4:
                    speaker = last
                else:
                    first = before[0]
                    lead = body[s.start:first.start].strip().lower()
                    if lead in ("", "the", "“", '"') and gap.rstrip().endswith(",") and \
                            body[first.end:first.end + 2].startswith(","):
                        speaker = first
            if speaker is None:
                if before or _ANONYMOUS_SPEAKER.search(body, max(s.start, vs - 20), vs):
                    out.append(_Speech(vs, ve, max(s.start, vs - 20) if not before else vs, [],
                                       v.group("verb") in _CLAIM_VERBS))
                continue
            speakers = [speaker]
            k = before.index(speaker)
            while k > 0 and _COORDINATION.match(body[before[k - 1].end:before[k].start]):
                k -= 1
                speakers.insert(0, before[k])
            entities = [e for m in speakers if (e := self.entity(m)) is not None and self.actor(m, e)]
            trailing = body[max(s.start, speakers[0].start - 8):speakers[0].start].rstrip().endswith(",")
            claim = v.group("verb") in _CLAIM_VERBS
            out.append(_Speech(vs, ve, speakers[0].start, entities, claim, trailing))
        return out

    def counts(self, s: Sentence, events: list[_Event]) -> None:
        """Killed and displaced from number phrases, each given to the event its cue word belongs to."""
        lower = self.lower
        for n in _NUMBER.finditer(lower, s.start, s.end):
            if n.group("num") and not n.group("mult") and _YEAR.fullmatch(n.group("num")):
                continue  # a year
            found: list[tuple[str, int]] = []
            for kind, pattern in _COUNT_AFTER:
                m = pattern.match(lower, n.end(), s.end)
                if m:
                    found.append((kind, m.start("cue")))
            for kind, pattern, tail in _COUNT_BEFORE:
                m = pattern.search(lower, max(s.start, n.start() - 60), n.start())
                if m and tail is None:
                    found.append((kind, m.start()))
                elif m and tail is not None and (t := tail.match(lower, n.end(), s.end)):
                    found.append((kind, t.start("cue") if t.group("cue") else t.start("cue2")))
            value = _count(n)
            for kind, cue in found[:1]:
                wanted = _VIOLENT if kind == "killed" else {"displace"}
                own = [e for e in events if any(t.start <= cue < t.end for t in e.triggers)]
                fits = own or [e for e in events if e.type in wanted]
                if not fits or value is None:
                    continue
                event = own[0] if own else min(fits, key=lambda e: abs(e.main.start - cue))
                if getattr(event, kind) is None:
                    setattr(event, kind, value)


def _status(body: str, lower: str, event: _Event, speech: _Speech | None, sentence: Sentence,
            words: frozenset[str]) -> str:
    t = event.main
    if words & _DENIAL_GATE and (_DENIAL.search(lower, t.clause_start, t.start) or (
            event.type != "accuse" and _DENIAL.search(lower, t.end, sentence.end))):
        return "denied"
    if any(x.prevented for x in event.triggers) or words & _HYPOTHETICAL_GATE and (
            _HYPOTHETICAL.search(lower, t.clause_start, t.start)
            or _MODAL_AFTER.match(lower, t.end, event.end)
            or "may" in words and _MAY.search(body, t.clause_start, t.start)):
        return "hypothetical"
    if speech is not None and speech.claim:
        return "alleged"
    if words & _ALLEGED_GATE:
        if _ALLEGED.search(lower, sentence.start, t.start):
            return "alleged"
        accused = list(_ACCUSED_OF.finditer(lower, sentence.start, t.start))
        if accused and _ACCUSED_TAIL.search(lower, accused[-1].end(), t.start):
            return "alleged"
    return "asserted"


def _negated(lower: str, t: _Trigger, words: frozenset[str]) -> bool:
    if not words & _NEGATION_GATE:
        return False
    before = lower[max(t.clause_start, t.start - 30):t.start]
    return bool(_NEGATED.search(before)) and not _DENIAL.search(before)


def _dates(lower: str, body: str, sentences: list[Sentence], reference: str | None) -> list[TimeRef]:
    """The time expressions of the sentences, read in one pass over the text around date words."""
    windows: list[tuple[int, int]] = []
    for s in sentences:
        for h in _DATE_HINT.finditer(lower, s.start, s.end):
            lo, hi = max(s.start, h.start() - 24), min(s.end, h.end() + 24)
            while lo > s.start and body[lo - 1].isalnum():
                lo -= 1
            while hi < s.end and body[hi].isalnum():
                hi += 1
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            else:
                windows.append((lo, hi))
    if not windows:
        return []
    # One call over the windows joined by blank lines (no pattern spans one), offsets mapped back.
    parts: list[str] = []
    origins: list[tuple[int, int]] = []  # (offset in the joined text, offset in the body)
    cursor = 0
    for lo, hi in windows:
        origins.append((cursor, lo))
        parts.append(body[lo:hi])
        cursor += hi - lo + 3
    joined = " \n\n".join(parts)
    keys = [o[0] for o in origins]
    out = []
    for ref in find_dates(joined, reference):
        joined_start, body_start = origins[bisect_right(keys, ref.start) - 1]
        shift = body_start - joined_start
        out.append(TimeRef(ref.value, ref.precision, ref.start + shift, ref.end + shift, ref.text))
    return out


def find_events(body: str, sentences: list[Sentence], mentions: list[Mention],
                resolved: list[ResolvedEntity | None], reference_date: str | None = None, doc_id: str = "",
                *, entity: Callable[[ResolvedEntity], Entity] | None = None) -> list[Event]:
    """Every event the document's sentences state, in text order (see the module doc).

    ``entity`` turns a resolved entity into the ontology's ``Entity`` (the extractor passes its
    own, so that an entity is one object across relations and events).
    """
    if not sentences:
        return []
    lower = _lower(body)
    found = find_triggers(body, lower)
    if not found:
        return []
    convert = entity or _to_entity
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[_Trigger]] = {}
    for start, end, kind, text in found:
        k = bisect_right(starts, start) - 1
        if k >= 0 and start < sentences[k].end:
            by_sentence.setdefault(k, []).append(_Trigger(kind, start, end, text))
    mentions_of: dict[int, list[Mention]] = {k: [] for k in by_sentence}
    for m in mentions:
        if m.sent in mentions_of:
            mentions_of[m.sent].append(m)

    reader = _Reader(body, lower, mentions, resolved)
    read: list[tuple[Sentence, frozenset[str], list[_Event], list[_Speech]]] = []
    dated: list[Sentence] = []
    for k in sorted(by_sentence):
        s = sentences[k]
        words = frozenset(_LOWER_WORD.findall(lower, s.start, s.end))
        events, speeches = reader.sentence(s, by_sentence[k], mentions_of[k], words)
        if events:
            read.append((s, words, events, speeches))
            if words & _DATE_GATE or _YEAR.search(lower, s.start, s.end):
                dated.append(s)
    dates = _dates(lower, body, dated, reference_date)
    starts = [d.start for d in dates]  # in text order: ``_date`` looks them up by offset

    out: list[Event] = []
    for s, words, events, speeches in read:
        text = body[s.start:s.end]
        for event in events:
            main = event.main
            if _negated(lower, main, words):
                continue
            speech = _speech_for(main, speeches)
            agents = list(event.agents)
            if speech is not None and speech.speakers:
                # "Russia says its jets struck ...": the pronoun is the speaker
                pronouns = [m for m in event.triggers[0].subjects
                            if m.kind == "pronoun" and speech.verb_end <= m.start]
                if pronouns and _THAT.fullmatch(body, speech.verb_end, pronouns[0].start):
                    wrong = reader.entity(pronouns[0])
                    kept = [e for e in agents if e is not wrong]
                    agents = kept + [e for e in speech.speakers if e not in kept]
            if not (agents or event.targets or event.place or event.killed is not None
                    or event.displaced is not None):
                continue
            status = _status(body, lower, event, speech, s, words)
            date = _date(dates, starts, event, main)
            evidence = Evidence(doc=doc_id, sentence=text, start=s.start, end=s.end,
                                rule=f"event-{event.type}")
            reporter = speech.speakers[0] if speech is not None and speech.speakers else None
            out.append(Event(
                type=event.type, trigger=main.text, trigger_start=main.start, evidence=evidence,
                agents=tuple(convert(e) for e in agents),
                targets=tuple(convert(e) for e in event.targets if e not in agents),
                place=convert(event.place) if event.place else None,
                date=date.value if date else None, date_precision=date.precision if date else None,
                killed=event.killed, displaced=event.displaced,
                reported_by=convert(reporter) if reporter is not None else None,
                status=status,
            ))
    return out


def _lower(body: str) -> str:
    """The body in lower case, offset for offset (what the regular expressions read)."""
    lower = body.lower()
    if len(lower) != len(body):  # a few characters lower-case to two: keep offsets exact
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
    return lower


def find_triggers(body: str, lower: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) of every trigger, in text order, none inside another."""
    lower = lower if lower is not None else _lower(body)
    keys = _KEYS.intersection(_LOWER_WORD.findall(lower))
    if not keys:
        return []
    found: list[tuple[int, int, str, str]] = []
    for word in keys:
        size = len(word)
        pos = lower.find(word)
        while pos >= 0:
            end = pos + size
            if (pos == 0 or not lower[pos - 1].isalpha()) and (end == len(lower) or not lower[end].isalpha()):
                phrase = _PHRASE.get(word)
                m = phrase[1].match(lower, pos) if phrase else None
                if m is not None:
                    found.append((pos, m.end(), phrase[0], body[pos:m.end()]))  # type: ignore[index]
                elif word in _WORD_KIND:
                    found.append((pos, end, _WORD_KIND[word], body[pos:end]))
            pos = lower.find(word, end)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _speech_for(t: _Trigger, speeches: list[_Speech]) -> _Speech | None:
    """The speech act that reports the trigger: the last one before it, else the first after it."""
    before = [sp for sp in speeches if sp.verb_end <= t.start and not sp.trailing]
    if before:
        return before[-1]
    after = [sp for sp in speeches if sp.verb_start >= t.end]
    return after[0] if after else None


def _date(dates: list[TimeRef], starts: list[int], event: _Event, main: _Trigger) -> TimeRef | None:
    """The time expression nearest the trigger within the event's span, else within its clause.

    ``dates`` are in text order and ``starts`` are their offsets: only those that start inside the
    span are read, not every date of the document for every event (quadratic in a long document).
    """
    for lo in (event.start, main.clause_start):
        window = dates[bisect_left(starts, lo):bisect_right(starts, event.end)]
        inside = [d for d in window if d.end <= event.end]
        if inside:
            nearest = min(inside, key=lambda d: min(abs(d.start - main.end), abs(main.start - d.end)))
            years = [d for d in inside if d.precision == "year" and d is not nearest]
            return combine([nearest, *years]) if years else nearest
    return None


def _to_entity(e: ResolvedEntity) -> Entity:
    return Entity(id=e.id, name=e.name, type=e.type, aliases=e.aliases, wikidata=e.wikidata, kind=e.kind)


__all__ = ["find_events", "find_triggers", "parse_count"]
