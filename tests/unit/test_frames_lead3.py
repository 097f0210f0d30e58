"""Heads of states and groups: which state a title with no state of its own belongs to, and the
phrasings that name a group's head.

Invented sentences with the phrasing tests' gazetteer: a relation that must be read (subject,
predicate, object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a demonym on a hyphenated word describes someone else's noun ("Tessalian-backed"), not the man's state
    ("Prime Minister Ivo Pelt clings to office with a Tessalian-backed cabinet behind him.",
     ("Ivo Pelt", "leader_of", "Tessaly", None)),
    ("The alliance is Tessalian-led; President Ivo Pelt said it would not intervene.",
     ("Ivo Pelt", "leader_of", "Tessaly", "asserted")),
    # a state the sentence names as a place is not the man's by the text's count either
    ("Valdoria denied the charge. Its army moved north. The rain fell for days. The talks stalled. "
     "Prime Minister Ivo Pelt said the raid was planned from Valdoria.",
     ("Ivo Pelt", "leader_of", "Valdoria", None)),
    # the state the text names most has a stated head: the runner-up is no better a guess
    ("Valdoria's president, Ana Rusk, spoke first. Tessaly sent aid. Valdoria said the talks had failed. "
     "Valdoria closed the border. The rain fell for days. The talks stalled. Later, President Ivo Pelt "
     "spoke.",
     ("Ivo Pelt", "leader_of", "Tessaly", None)),
    # a title the pass guessed does not bar the next holder of the office in a timeline
    ("Valdoria and the Dawn Front signed a truce in 1990. Valdoria withdrew its army. "
     "1997 — Prime Minister Ivo Pelt calls new elections. 2001 — The rains fail. 2005 — Floods hit the "
     "coast. 2022 — Prime Minister Sven Aaby signs a new pact.",
     ("Sven Aaby", "leader_of", "Valdoria", "asserted")),
    # ... nor in the sentences before
    ("Tessaly closed its border. President Ivo Pelt fled the capital for Brenn last month.",
     ("Ivo Pelt", "leader_of", "Tessaly", None)),
    # several states in the sentence before: the one the text names most, when it is among them
    ("Valdoria closed its border. Valdoria recalled its envoy. Valdoria said the talks had failed. "
     "Valdoria and Tessaly signed a grain deal on Friday. President Ivo Pelt thanked his friends.",
     ("Ivo Pelt", "leader_of", "Valdoria", "asserted")),
    ("Valdoria closed its border. Valdoria recalled its envoy. Valdoria said the talks had failed. The rain "
     "fell for days. Tessaly and Ostmark signed a grain deal on Friday. President Ivo Pelt thanked his "
     "friends.",
     ("Ivo Pelt", "leader_of", "Valdoria", None)),
    # two lists paired in order
    ("On Friday the leaders of the rebel Dawn Front and Salt Bay Militia, Arno Vesic and Ivo Brenk, "
     "initialled each page of the truce in a barn.",
     ("Ivo Brenk", "leader_of", "Salt Bay Militia", "asserted")),
    ("On Friday the leaders of the rebel Dawn Front and Salt Bay Militia, Arno Vesic and Ivo Brenk, "
     "initialled each page of the truce in a barn.",
     ("Ivo Brenk", "leader_of", "Dawn Front", None)),
    ("The talks in Brenn closed on Sunday with no deal in sight and no date for another round. Arno Vesic, "
     "Ivo Brenk and Lena Dorn, who head, respectively, the Dawn Front (DF), the Salt Bay Militia (SBM) and "
     "the Green Banner Movement, flew home the same night.",
     ("Lena Dorn", "leader_of", "Green Banner Movement", "asserted")),
    ("The talks in Brenn closed on Sunday with no deal in sight and no date for another round. Arno Vesic, "
     "Ivo Brenk and Lena Dorn, who head, respectively, the Dawn Front (DF), the Salt Bay Militia (SBM) and "
     "the Green Banner Movement, flew home the same night.",
     ("Arno Vesic", "leader_of", "Salt Bay Militia", None)),
    # lists of unequal length pair nothing
    ("The talks in Brenn closed on Sunday with no deal in sight. Arno Vesic and Ivo Brenk, who head, "
     "respectively, the Dawn Front, the Salt Bay Militia and the Green Banner Movement, stayed on for a "
     "week.", ("Ivo Brenk", "leader_of", "Salt Bay Militia", None)),
    # "X's Operation Y", "X's North-West region": not a man X's own
    ("Weeks later Valdoria's Operation Thunder retakes the hills.",
     ("Operation Thunder", "leader_of", "Valdoria", None)),
    ("Valdoria's Ivo Pelt and Tessaly's Sven Aaby met on Monday.",
     ("Ivo Pelt", "leader_of", "Valdoria", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_leaders(text, expected):
    check(text, expected)
