"""A seat of power standing for the state ruled from it ("the government in Z", "the new rulers in Z"),
on sentences written for these tests (invented states, capitals and groups)."""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import extract
from pactgraph.loaders.gazetteer import Gazetteer

from .test_extract_phrasings import check

CASES = [
    # a capital after "the government in", "the rulers in": the state whose capital it is
    ("The Salt Bay Militia has backed the government in Brenn since 1993.",
     ("Salt Bay Militia", "backs", "Tessaly", "asserted")),
    ("Norland and Ostmark have backed the new rulers in Corvin.",
     ("Ostmark", "backs", "Valdoria", "asserted")),
    ("The Ash Reed Brigade fought the government in Vesk for a decade.",
     ("Ash Reed Brigade", "opposes", "Norland", "asserted")),
    ("The authorities in Hale, led by Arno Vesic, have refused to let the monitors in.",
     ("Arno Vesic", "leader_of", "Ostmark", "asserted")),
    # a city no list knows: the text makes it the seat of a government
    ("Last year the Ash Reed Brigade signed the Harbour Accord with the government in Port Lerin, but "
     "fighting resumed within weeks of the ceremony.",
     ("Port Lerin", "party_to", "Harbour Accord", "asserted")),
    # a capital that is only where something happens stays a place
    ("The Ash Reed Brigade met envoys in Brenn before it fought the Green Banner Movement.",
     ("Tessaly", "opposes", "Green Banner Movement", None)),
    # glossed as a city by the text, the seat is a place ("the government in Z, the capital of Y")
    ("The Ash Reed Brigade fought the government in Port Lerin, the capital of the island.",
     ("Port Lerin", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_seat_of_power(text, expected):
    check(text, expected)


#: A capital that is also a common name elsewhere (a person, another city): an actor only where the syntax
#: makes it one.
AMBIGUOUS = Gazetteer.from_rows([
    {"id": "marrow", "name": "Marrow", "demonyms": "Marrowan|Marrowans", "capitals": "Linden",
     "ambiguous": "Linden"},
    {"id": "tessaly", "name": "Tessaly", "demonyms": "Tessalian|Tessalians", "capitals": "Brenn"},
])

AMBIGUOUS_CASES = [
    # the agent of a passive participle
    ("The Ash Reed Brigade, backed by Linden, took the pass in May.",
     ("Marrow", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade is armed by Linden and Brenn.",
     ("Marrow", "backs", "Ash Reed Brigade", "asserted")),
    # the giver of aid
    ("The Ash Reed Brigade receives weapons from Linden.",
     ("Marrow", "backs", "Ash Reed Brigade", "asserted")),
    # a place where something happens is no actor
    ("Envoys of the Ash Reed Brigade flew in from Linden and fought the Tessalian army.",
     ("Marrow", "opposes", "Tessaly", None)),
    ("The Ash Reed Brigade met in Linden, backed by its allies.",
     ("Marrow", "backs", "Ash Reed Brigade", None)),
]


def _ambiguous_triples(text: str) -> set[tuple[str, str, str, str]]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    out = set()
    for r in extract(doc, gazetteer=AMBIGUOUS).relations:
        out.add((r.subject.name, r.predicate, r.object.name, r.status))
        if r.predicate in ("opposes", "allied_with"):
            out.add((r.object.name, r.predicate, r.subject.name, r.status))
    return out


@pytest.mark.parametrize("text, expected", AMBIGUOUS_CASES,
                         ids=[c[1][1] + ":" + c[0][:40] for c in AMBIGUOUS_CASES])
def test_an_ambiguous_capital_acts_where_the_syntax_says(text, expected):
    check(text, expected, read=_ambiguous_triples)
