"""Backing read through a demonym with a modifier of its armed men's kind (invented sentences).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "Kessan surveillance aircraft", "Ostmarker armed forces": a modifier of the armed men's kind between
    # the demonym and the noun of the men keeps the demonym the state's
    ("In the spring the Red Hand Brigade, supported by Norlandic reconnaissance aircraft, crossed the river.",
     ("Norland", "backs", "Red Hand Brigade", "asserted")),
    ("The Salt Bay Militia has held the coast since 2019 with support from Ostmarker armed forces.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    # any other word between them leaves the demonym a people's, not the state
    ("In the spring the Red Hand Brigade, supported by Norlandic exile aircraft, crossed the river.",
     ("Norland", "backs", "Red Hand Brigade", None)),
    ("The Salt Bay Militia has held the coast since 2019 with support from Ostmarker rebel forces.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
