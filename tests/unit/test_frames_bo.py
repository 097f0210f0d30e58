"""Backing of what an actor owns (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

POSSESSED = [
    # a passive verb of backing whose patient is a thing the actor owns: the owner is backed
    ("The Red Hand Brigade's campaign was funded by grants from Ostmark and Kessa.",
     ("Kessa", "backs", "Red Hand Brigade", "asserted")),
    ("For a decade the Green Banner Movement's arsenal was supplied by Norland through the mountain passes.",
     ("Norland", "backs", "Green Banner Movement", "asserted")),
    # a negated verb asserts nothing; a man's campaign is no actor's
    ("The Red Hand Brigade's campaign was never funded by Ostmark, the minister insisted.",
     ("Ostmark", "backs", "Red Hand Brigade", None)),
    ("Arno Vesic's election campaign was funded by Ostmark.",
     ("Ostmark", "backs", "Arno Vesic", None)),
]


@pytest.mark.parametrize("text, expected", POSSESSED, ids=[c[0][:50] for c in POSSESSED])
def test_possessed_thing_backed(text, expected):
    check(text, expected)
