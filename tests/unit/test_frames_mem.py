"""Member lists the parse hangs away from their role or force, on sentences written for these tests.

* the names after the first one in a list apposed to a plural role ("three commanders of Y: A, B and C");
* a plural noun with a list in apposition stands for the whole list ("troops from three states — A, B
  and C — serve in Y");
* a name joined by "as well as" after a list, wherever the parse hung it ("A and B — as well as C").
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a list apposed (after a colon) to a plural role with one owner: every name is one of its people
    ("Across the table sat three field commanders of the Dawn Front: Arno Vesic, Mira Dale and Piet Moran.",
     ("Piet Moran", "member_of", "Dawn Front", "asserted")),
    ("Across the table sat three field commanders of the Dawn Front: Arno Vesic, Mira Dale and Piet Moran.",
     ("Mira Dale", "member_of", "Dawn Front", "asserted")),
    # two owners: whose man is whose is not said
    ("Across the table sat the field commanders of the Dawn Front and the Red Hand Brigade: Arno Vesic and "
     "Mira Dale.",
     ("Mira Dale", "member_of", "Dawn Front", None)),
    # a plural noun with a list in apposition
    ("Troops from three states — Tessaly, Ostmark and Kessa — serve in the Harbour Observer Mission.",
     ("Kessa", "member_of", "Harbour Observer Mission", "asserted")),
    ("Troops from three states — Tessaly, Ostmark and Kessa — serve in the Harbour Observer Mission.",
     ("Ostmark", "member_of", "Harbour Observer Mission", "asserted")),
    ("Norland criticised the Harbour Observer Mission, which has observers from two states — Tessaly "
     "and Ostmark.",
     ("Norland", "member_of", "Harbour Observer Mission", None)),
    # "as well as" after a list in dashes, hung on the verb instead of the list
    ("Officers from two neighbours — Tessaly and Ostmark — as well as Kessa serve in the Coastal Watch "
     "Force.",
     ("Kessa", "member_of", "Coastal Watch Force", "asserted")),
    ("Valdoria armed the Red Hand Brigade as well as fighting the Dawn Front.",
     ("Valdoria", "backs", "Dawn Front", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"{c[1][0]}:{c[1][3]}:{c[0][:30]}" for c in CASES])
def test_member_lists(text, expected):
    check(text, expected)
