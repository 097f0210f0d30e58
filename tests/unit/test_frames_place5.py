"""Sides taken, borders and lines agreements cover, places held (invented sentences and names).

Each row: a sentence, then a relation that must be read (subject, predicate, object, status) or, with
``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "on Y's side", "on the side of Y": a side taken is an alliance
    ("Kessa is on Valdoria's side in the war.", ("Kessa", "allied_with", "Valdoria", "asserted")),
    ("Norland entered the war on the side of Tessaly in 1999.",
     ("Norland", "allied_with", "Tessaly", "asserted")),
    ("The Dawn Front, which is armed by Tessaly, has fought on the side of Kessa since 2012.",
     ("Dawn Front", "allied_with", "Kessa", "asserted")),
    # a modal of the clause the parse hangs it on is not the side-taking's
    ("In a turn few would have foreseen, the Dawn Front is now fighting on Kessa's side.",
     ("Dawn Front", "allied_with", "Kessa", "asserted")),
    # negatives: a stretch of ground on someone's side, the other side, a denial
    ("Norland troops stayed on Kessa's side of the border.", ("Norland", "allied_with", "Kessa", None)),
    ("Ostmark troops massed on the other side of Tessaly.", ("Ostmark", "allied_with", "Tessaly", None)),
    ("Kessa is not on Valdoria's side.", ("Kessa", "allied_with", "Valdoria", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_place5_frame(text, expected):
    check(text, expected)
