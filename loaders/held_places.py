"""Context words that make a name no list knows a place held or taken.

News names a town after the verb that takes it ("seized Z", read in ``names``), but as often before it:
"Z was overrun by X", "Z fell to X", "Z, now in the hands of X", "Z, under X control", "Z, which X
captured", and after a noun of taking ("the capture of Z", "the fall of Z"). Each is a vote for a place
(``loaders.names``): the name keeps whatever other clues say of it. Verbs and nouns that are as often said
of a man ("was captured by", "the capture of", "the fall of") vote only for a one-word name, which a man's
full name seldom is.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Participles of taking a place, said of places only ("Z was overrun by X", "Z, recaptured by X").
_PLACE_PASSIVES = frozenset({"overrun", "retaken", "recaptured", "occupied", "liberated", "besieged",
                             "encircled", "shelled", "annexed", "conquered", "surrounded"})
#: "Z is a town ...": a name said to be a kind of place.
_COPULAS = frozenset({"is", "was", "remains", "remained"})
_KINDS = frozenset({"town", "city", "port", "village", "province", "district", "region", "enclave",
                    "island", "governorate", "county", "municipality", "hub", "stronghold", "bastion",
                    "garrison", "crossing", "valley", "capital", "outpost", "suburb"})
#: Forms of "fall" ("Z fell to X", "Z has fallen to X", "Z falls into the hands of X").
_FALL = frozenset({"fell", "falls", "fall", "fallen", "falling"})
#: Words between the name and the verb or phrase ("Z, which has now been retaken by", "Z remains firmly in").
_BETWEEN = frozenset({",", "which", "that", "is", "was", "are", "were", "has", "have", "had", "been", "being",
                      "now", "still", "soon", "quickly", "later", "eventually", "finally", "briefly",
                      "remains", "remained", "remain", "firmly", "entirely", "largely", "then", "already",
                      "long", "once", "again", "reportedly"})
#: After "fell to": what a man or a number falls to ("fell to his death", "fell to 10 per cent").
_NOT_HOLDERS = frozenset({"his", "her", "its", "their", "death", "pieces", "earth", "this", "that",
                          "ground", "knees", "second", "third", "fourth", "last", "zero", "one"})
#: Nouns of taking a place before "of" ("the occupation of Z", "the siege of Z"): said of places only.
_PLACE_TAKINGS = frozenset({"occupation", "recapture", "liberation", "siege", "annexation", "conquest",
                            "encirclement", "blockade", "outskirts", "environs"})
#: Verbs of taking whose subject is named between "which" and the verb ("Z, which X captured").
_TAKING_VERBS = frozenset({"captured", "seized", "took", "retook", "overran", "occupied", "holds", "held",
                           "controls", "controlled", "recaptured", "liberated", "besieged", "shelled"})
#: Verbs of driving out, before "out of Z" ("drove the rebels out of Z"; not "grew out of Y").
DRIVE_FORMS = frozenset({"drove", "driven", "drive", "drives", "driving", "pushed", "push", "forced",
                         "chased", "kicked", "flushed", "ousted", "expelled", "threw", "thrown", "pushing",
                         "forcing", "dislodged", "evicted", "routed"})
#: Of those, the ones whose "from Z" names a place left ("ousted X from Z"; not "expelled from the party").
DRIVE_FROM = frozenset({"drove", "driven", "pushed", "chased", "ousted", "dislodged", "evicted", "routed"})
_PRONOUNS = frozenset({"they", "it", "he", "she", "we", "you", "i"})
#: Words that end the span a relative clause's verb is looked for in.
_STOPS = frozenset({",", ".", ";", ":", "says", "said", "say", "who", "whose", "and", "but"})


def held_after(words: Sequence[str], one_word: bool) -> bool:
    """Whether the words after a name (lower case, from the word right after it) say it was taken or is
    held: "was overrun by", "fell to X", ", now in the hands of", ", under X control", ", which X seized"."""
    k = 0
    while k < len(words) and words[k] in _BETWEEN:
        if words[k] == "which" and k + 1 < len(words) and words[k + 1] not in _BETWEEN and \
                words[k + 1] not in _FALL and words[k + 1] not in _PLACE_PASSIVES and \
                words[k + 1] not in _PRONOUNS:  # (a pronoun's antecedent is too loose a clue)
            # "Z, which the rebels captured": a subject of its own, then a verb of taking, nothing else
            # between that ends the clause ("Z, which Y says controls W" is the subject's claim of W)
            for w in words[k + 1:k + 7]:
                if w in _STOPS:
                    return False
                if w in _TAKING_VERBS:
                    return words[k + 1] not in _TAKING_VERBS
            return False
        k += 1
    rest = words[k:]
    if not rest:
        return False
    w = rest[0]
    nxt = rest[1] if len(rest) > 1 else ""
    if w in _PLACE_PASSIVES and nxt == "by" and k and \
            (len(rest) < 3 or rest[2] != "surprise"):
        return True
    if w in _FALL:
        if nxt == "to":
            held = [x for x in rest[2:4] if x not in ("the", "a", "an")]
            return bool(held) and held[0] not in _NOT_HOLDERS and not held[0][:1].isdigit()
        return nxt == "into" and "hands" in rest[2:6] or \
            nxt == "under" and "control" in rest[2:7]
    if w == "under" and k and "control" in rest[1:6] and "pressure" not in rest[1:6]:
        return True  # "Z, under X control since 2019", "Z is under the control of X"
    # "Z is a city the rebels have held", "Z was the main port"
    return w in ("a", "the") and 0 < k <= 2 and words[0] in _COPULAS and any(
        x in _KINDS for x in rest[1:4])


def taken_before(prev: str, prev2: str, one_word: bool) -> bool:
    """"the occupation of Z", "the siege of Z" (not "the capture of Z", "the fall of Z": said of men too)."""
    return prev == "of" and prev2 in _PLACE_TAKINGS
