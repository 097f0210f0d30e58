"""Go-betweens of agreements (``brokered``): constructions of round 8, each on texts written for these tests
(invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

_SIGNED = "Late on Friday the Dawn Front and Valdoria signed the Pell Truce in Olo. "

CASES = [
    # a measure of the talks stands for them: "mediated five days of talks", "chaired two rounds of ..."
    (_SIGNED + "Lena Varo, a retired judge who mediated five days of talks, read the text aloud.",
     ("Lena Varo", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Ostmark chaired two rounds of negotiations at a lakeside hotel.",
     ("Ostmark", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Lena Varo attended five days of talks as an observer.",
     ("Lena Varo", "brokered", "Pell Truce", None)),
    # the go-between's role taken or held: "X assumed the role of guarantor of Y", "X's role as mediator"
    (_SIGNED + "Both delegations later thanked Norland, which has taken up the role of guarantor of the "
     "truce.",
     ("Norland", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Both delegations later thanked Norland and the Grey Sea Council, which have taken on the "
     "role of guarantors for the truce.",
     ("Norland", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Both delegations later thanked Norland and the Grey Sea Council, which have taken on the "
     "role of guarantors for the truce.",
     ("Grey Sea Council", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Ostmark's role as facilitator was praised by both delegations.",
     ("Ostmark", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Tessaly turned down the role of mediator in Olo.",
     ("Tessaly", "brokered", "Pell Truce", None)),
    (_SIGNED + "Tessaly refused the role of guarantor of the truce.",
     ("Tessaly", "brokered", "Pell Truce", None)),
    (_SIGNED + "Tessaly played a large role in the fighting before the accord.",
     ("Tessaly", "brokered", "Pell Truce", None)),
]


@pytest.mark.parametrize("text, expected", CASES,
                         ids=[c[1][0] + ":" + c[0][len(_SIGNED):][:40] for c in CASES])
def test_brokered_round8(text, expected):
    check(text, expected)
