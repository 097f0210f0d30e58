"""The words of a pair named after the two it stands for: "the two sides", "both countries", "the three
governments" (``loaders.noun_phrases`` finds them; the extractor reads them as the sides named before).
"""

from __future__ import annotations

import re

from pactgraph.loaders import frames as fr

#: "the two sides", "both camps", "the warring parties", "rival camps": a pair named earlier.
PAIR_NOUNS = frozenset({"sides", "camps", "parties", "belligerents", "countries", "republics", "governments",
                        "nations", "neighbours", "neighbors", "states"})
PAIR_MODIFIERS = frozenset({"two", "rival", "warring", "opposing", "sister", "brotherly", "neighbouring",
                             "neighboring", "fraternal", "three", "four", "five", "six"})
#: A count of more than two before a pair noun ("the three countries"), and the nouns it may count.
COUNTED = re.compile(r"\b(three|four|five|six)\b", re.I)
STATE_PAIR_NOUNS = frozenset({"countries", "republics", "nations", "states", "governments", "neighbours",
                              "neighbors"})
#: What may follow a pair that is a clause's subject: a verb of the lexicon, an auxiliary or an adverb
#: ("both countries back Y", "the two sides have since signed").
PAIR_VERBS = frozenset({"signed", "agreed", "struck", "reached", "sealed", "concluded", "accepted", "have",
                        "has", "had", "will", "are", "were", "also", "later", "then", "each", "both",
                        "formally", "finally", "jointly", "sign", "agree", "reach", "conclude", "seal",
                        "since", "still", "now", "long", "openly", "reportedly", "would", "continue",
                        "continued"}) | \
    frozenset(f for v in fr.VERBS for f in fr.verb_forms(v))
