"""Backing constructions and their ends (invented sentences).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "Kessan surveillance aircraft", "Ostmarker armed forces": a modifier of the armed men's kind between
    # the demonym and the noun of the men keeps the demonym the state's
    ("In the spring the Ash Reed Brigade, supported by Norlandic reconnaissance aircraft, crossed the river.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("The Salt Bay Militia has held the coast since 2019 with support from Ostmarker armed forces.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    # any other word between them leaves the demonym a people's, not the state
    ("In the spring the Ash Reed Brigade, supported by Norlandic exile aircraft, crossed the river.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("The Salt Bay Militia has held the coast since 2019 with support from Ostmarker rebel forces.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)


BECOMING = [
    # "X has become Y's main arms supplier", "X remains the chief sponsor of Y": the subject of the copular
    # verb holds the role, whatever slot the parse gave the noun
    ("Since the coup Ostmark has become the Ash Reed Brigade's main arms supplier.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("Tessaly remains the chief sponsor of the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", "asserted")),
    # a role hoped for is not held
    ("Ostmark hopes to become the Ash Reed Brigade's main arms supplier.",
     ("Ostmark", "backs", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", BECOMING, ids=[c[1][1] + ":" + c[0][:40] for c in BECOMING])
def test_becoming(text, expected):
    check(text, expected)


PROXIES = [
    # "the X administration", "the X government" for a man X: the state he leads, once the text says which
    ("President Arno Vesic of Ostmark flew to Hale on Monday. The Vesic administration remains the Ash Reed "
     "Brigade's main sponsor.", ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("President Arno Vesic of Ostmark flew to Hale on Monday. The Vesic administration remains the Ash Reed "
     "Brigade's main sponsor.", ("Arno Vesic", "backs", "Ash Reed Brigade", None)),
    ("President Arno Vesic of Ostmark flew to Hale on Monday. The Vesic government backs the Ash Reed "
     "Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
]


@pytest.mark.parametrize("text, expected", PROXIES, ids=[c[1][1] + ":" + c[0][-40:] for c in PROXIES])
def test_proxy(text, expected):
    check(text, expected)


TERMS = [
    # "Under the accord, ... until 2030, ... in Z": in an agreement's terms "until" is a time limit
    ("Under the Harbour Accord, a vote on the islands' status is put off until 2030, and a joint board will "
     "keep order on the islands of Pell and Rook.", ("Harbour Accord", "governs", "Rook", "asserted")),
    # what the terms mark as over still is
    ("Under the Harbour Accord, the board once kept order on the islands of Pell and Rook.",
     ("Harbour Accord", "governs", "Rook", None)),
]


@pytest.mark.parametrize("text, expected", TERMS, ids=[c[1][1] + ":" + c[0][:40] for c in TERMS])
def test_terms(text, expected):
    check(text, expected)


PLANS = [
    # "X is to V": a plan or a duty, like "will"
    ("Tessalian forces are to help the Salt Bay Militia for two more years.",
     ("Tessaly", "backs", "Salt Bay Militia", "hypothetical")),
    ("Tessalian forces are to help the Salt Bay Militia for two more years.",
     ("Tessaly", "backs", "Salt Bay Militia", None)),
    # "is" as the verb's own auxiliary is no plan
    ("Tessalian forces are helping the Salt Bay Militia on the coast.",
     ("Tessaly", "backs", "Salt Bay Militia", "asserted")),
]


@pytest.mark.parametrize("text, expected", PLANS, ids=[c[1][3] or "none" for c in PLANS])
def test_plans(text, expected):
    check(text, expected)
