"""A seat of power standing for the state ruled from it ("the government in Z", "the new rulers in Z"),
on sentences written for these tests (invented states, capitals and groups)."""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a capital after "the government in", "the rulers in": the state whose capital it is
    ("The Salt Bay Militia has backed the government in Brenn since 1993.",
     ("Salt Bay Militia", "backs", "Tessaly", "asserted")),
    ("Norland and Ostmark have backed the new rulers in Corvin.",
     ("Ostmark", "backs", "Valdoria", "asserted")),
    ("The Red Hand Brigade fought the government in Vesk for a decade.",
     ("Red Hand Brigade", "opposes", "Norland", "asserted")),
    ("The de facto authorities in Hale, led by Arno Vesic, call the raid a provocation.",
     ("Arno Vesic", "leader_of", "Ostmark", "asserted")),
    # a city no list knows: the text makes it the seat of a government
    ("The Red Hand Brigade signed the Harbour Accord with the government in Port Lerin.",
     ("Port Lerin", "party_to", "Harbour Accord", "asserted")),
    # a capital that is only where something happens stays a place
    ("The Red Hand Brigade met envoys in Brenn before it fought the Green Banner Movement.",
     ("Tessaly", "opposes", "Green Banner Movement", None)),
    # glossed as a city by the text, the seat is a place ("the government in Z, the capital of Y")
    ("The Red Hand Brigade fought the government in Port Lerin, the capital of the island.",
     ("Port Lerin", "opposes", "Red Hand Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_seat_of_power(text, expected):
    check(text, expected)
