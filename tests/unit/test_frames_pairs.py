"""Two lists paired in order by "respectively": the n-th of one goes with the n-th of the other, for any
predicate, and lists of unequal length pair nothing.

Invented sentences with the phrasing tests' gazetteer: a relation that must be read (subject,
predicate, object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a verb between the lists (the phrasing rules)
    ("Tessaly and Ostmark backed the Dawn Front and the Salt Bay Militia respectively.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Tessaly and Ostmark backed the Dawn Front and the Salt Bay Militia respectively.",
     ("Tessaly", "backs", "Salt Bay Militia", None)),
    # "respectively" before the verb (the parse frames)
    ("Tessaly and Ostmark respectively arm the Dawn Front and the Salt Bay Militia.",
     ("Tessaly", "backs", "Dawn Front", "asserted")),
    ("Tessaly and Ostmark respectively arm the Dawn Front and the Salt Bay Militia.",
     ("Ostmark", "backs", "Dawn Front", None)),
    # three against two: nothing is paired
    ("Tessaly, Ostmark and Valdoria back the Dawn Front and the Salt Bay Militia, respectively.",
     ("Tessaly", "backs", "Dawn Front", None)),
    # with no "respectively" every one still backs every one
    ("Tessaly and Ostmark back the Dawn Front and the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", "asserted")),
    # the bodies first, their leaders after a passive "led ... by"
    ("In the old customs house the Dawn Front and the Salt Bay Militia, led respectively by Arno Vesic and "
     "Ivo Brenk, signed on Friday night.",
     ("Ivo Brenk", "leader_of", "Salt Bay Militia", "asserted")),
    ("After weeks of haggling over the wording, the Dawn Front and the Salt Bay Militia, led by Arno Vesic "
     "and Ivo Brenk respectively, signed in the old customs house.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("After weeks of haggling over the wording, the Dawn Front and the Salt Bay Militia, led by Arno Vesic "
     "and Ivo Brenk respectively, signed in the old customs house.",
     ("Arno Vesic", "leader_of", "Salt Bay Militia", None)),
    # the passive pair with a longer main clause after it: still one leader each
    ("Before the vote the Dawn Front and the Salt Bay Militia, led by Arno Vesic and Ivo Brenk respectively, "
     "dropped their demands.", ("Arno Vesic", "leader_of", "Salt Bay Militia", None)),
    # one against several with "respectively": the parse holds part of a list, so nothing is paired
    ("Tessaly and Ostmark respectively shelled the Dawn Front.", ("Tessaly", "opposes", "Dawn Front", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_paired_lists(text, expected):
    check(text, expected)
