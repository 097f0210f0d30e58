"""The words that set a relation's status: negation, modals and conditions, denials, claims, proposals.

Part of the trigger lexicon (``loaders.frames`` re-exports them): the parse rules read them on the words
that govern a trigger (``loaders.dependency.emit``) and on a frame's own words ("former", "no longer").
"""

from __future__ import annotations

from typing import Final

NEGATORS: Final = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
OVER_ADVERBS: Final = frozenset({"once", "formerly", "previously", "erstwhile", "then", "longer"})
OVER_ADJECTIVES: Final = frozenset({"former", "ex", "erstwhile", "late", "then", "one-time", "onetime",
                                    "previous", "old", "past", "outgoing", "ousted", "deposed"})
MODALS: Final = frozenset({"would", "could", "might", "may", "should", "will", "shall", "can", "must", "'d",
                           "wo", "ca"})
CONDITIONS: Final = frozenset({"if", "unless", "whether"})
DENY_VERBS: Final = frozenset({"deny", "denies", "denied", "denying", "reject", "rejects", "rejected",
                               "rejecting", "dismiss", "dismissed", "dismisses", "refute", "refuted",
                               "refutes", "dispute", "disputed", "disputes",
                               # "X repudiated claims that it arms Y", "X rebuffed accusations", "X disavowed"
                               "repudiate", "repudiated", "repudiates", "repudiating", "rebuff", "rebuffed",
                               "rebuffs", "rebuffing", "disavow", "disavowed", "disavows", "disavowing",
                               "rebut", "rebutted", "rebuts", "rebutting", "dismissing", "refuting",
                               "disputing"})
CLAIM_VERBS: Final = frozenset({
    "accuse", "accused", "accuses", "accusing", "allege", "alleged", "alleges", "claim", "claimed",
    "claims", "claiming", "suspect", "suspected", "suspects", "blame", "blamed", "blames", "say", "said",
    "says", "saying", "report", "reported", "reports", "believe", "believed", "believes", "insist",
    "insisted", "insists", "argue", "argued", "argues", "charge", "charged", "charges", "assert",
    "asserted", "contend", "contended", "tell", "told", "tells", "testify", "suggest",
    "suggested", "suggests", "think", "thinks", "thought",
    # "Z, alleging that X arms Y, ...", "X affirmed that Y funds Z"
    "alleging", "blaming", "asserting", "asserts", "contends", "contending", "insisting", "arguing",
    "testified", "testifies", "suggesting", "affirm", "affirmed", "affirms", "affirming",
})
HYPOTHETICAL_VERBS: Final = frozenset({
    "propose", "proposed", "proposes", "proposing", "plan", "planned", "plans", "planning", "offer",
    "offered", "offers", "offering", "urge", "urged", "urges", "call", "called", "calls", "want", "wants",
    "wanted", "seek", "seeks", "sought", "hope", "hopes", "hoped", "threaten", "threatened", "threatens",
    "consider", "considered", "considers", "demand", "demanded", "demands", "intend", "intends", "intended",
    "aim", "aims", "aimed", "expect", "expected", "expects", "ready", "prepared", "willing", "due", "set",
    "try", "tried", "tries", "attempt", "attempted", "refuse", "refused", "refuses", "decline", "declined",
    "declines", "fail", "failed", "fails", "ask", "asked", "asks", "invite", "invited", "invites", "push",
    "pushed", "pushing", "press", "pressed", "pressing", "vow", "vowed", "vows", "promise", "promised",
    "promises", "likely", "unlikely", "able", "unable", "possible", "poised", "about", "need", "needs",
    "needed", "wish", "wishes", "encourage", "encouraged", "encourages", "persuade", "persuaded",
    "convince", "convinced", "stop", "stopped", "stops", "cease", "ceased", "ceases", "end", "ended",
    "ends", "quit", "halt", "halted", "halts", "suspend", "suspended", "suspends", "abandon", "abandoned",
    # the same verbs in their -ing forms ("X is considering contributing troops to Y")
    "considering", "hoping", "seeking", "wanting", "intending", "aiming", "threatening", "trying",
    "attempting", "refusing", "declining", "failing", "asking", "promising", "vowing", "demanding",
    # "X is mulling sending troops to back Y", "X is contemplating joining the accord"
    "mull", "mulls", "mulled", "mulling", "contemplate", "contemplates", "contemplated", "contemplating",
    "weighing", "preparing",
    # the verbs of ending below that are not above
    "stopping", "ceasing", "ending", "halting", "suspending", "abandoning", "quitting", "discontinue",
    "discontinued", "discontinues", "discontinuing", "terminate", "terminated", "terminates", "terminating",
    "renounce", "renounced", "renounces", "renouncing",
})
#: "accuse(s) Y of ...", "blamed Y for ...": the verbs of an accusation that names its target.
ACCUSE_FORMS: Final = frozenset({"accuse", "accuses", "accused", "accusing", "suspect", "suspects",
                                 "suspected", "charge", "charges", "charged"})
#: Of those, the ones that negate what they govern ("refused to sign", "stopped backing").
NEGATING_VERBS: Final = frozenset({
    "refuse", "refused", "refuses", "decline", "declined", "declines", "fail", "failed", "fails", "stop",
    "stopped", "stops", "cease", "ceased", "ceases", "end", "ended", "ends", "quit", "halt", "halted",
    "halts", "suspend", "suspended", "suspends", "abandon", "abandoned", "refusing", "declining", "failing",
    # "X discontinued funding Y", "X terminated its support for Y", "X stopping its backing of Y"
    "stopping", "ceasing", "ending", "halting", "suspending", "abandoning", "quitting", "discontinue",
    "discontinued", "discontinues", "discontinuing", "terminate", "terminated", "terminates", "terminating",
    "renounce", "renounced", "renounces", "renouncing",
})
