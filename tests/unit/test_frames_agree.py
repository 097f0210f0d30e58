"""Agreements, the places they govern, the places actors control, sides and brokers: constructions
added for those predicates, each on sentences written for these tests (invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # two agreements with capitalised heads in one text are two agreements, each with its own broker
    ("Valdoria and the Dawn Front signed the Pell Truce in 2001. Three years later they signed the "
     "Rook Peace Agreement, mediated by Ostmark.",
     ("Ostmark", "brokered", "Rook Peace Agreement", "asserted")),
    ("Valdoria and the Dawn Front signed the Pell Truce in 2001. Three years later they signed the "
     "Rook Peace Agreement, mediated by Ostmark.",
     ("Ostmark", "brokered", "Pell Truce", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
