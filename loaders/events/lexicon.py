"""The words, phrasings and gates events are read by (see :mod:`pactgraph.loaders.events`)."""

from __future__ import annotations

import re

from pactgraph.loaders.noun_phrases import GROUP_NOUNS, STATE_NOUNS

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
