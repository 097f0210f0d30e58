"""Two sides named in one clause ("X on one side and Y on the other") oppose each other; a side of a
place ("on one side of the valley") names no camp.

Invented sentences with the phrasing tests' gazetteer: a relation that must be read (subject,
predicate, object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    ("Fighting between Valdoria on one side and the Dawn Front on the other killed 40 people.",
     ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("The war pits the Dawn Front on one side against Tessaly and its allies on the other.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("The Dawn Front on one side of the valley and Tessaly on the other side of the valley traded salt.",
     ("Dawn Front", "opposes", "Tessaly", None)),
    ("On one side of the river, the Dawn Front held the town; on the other, Tessaly sent grain.",
     ("Dawn Front", "opposes", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_sides_in_one_clause(text, expected):
    check(text, expected)
