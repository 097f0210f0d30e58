"""A coalition's leader wages its war; a body it merely joins, or that officers of it join, does not."""

from __future__ import annotations

import pytest

from .test_extract_phrasings import triples

CASES = [
    ("The coalition, which is led by Valdoria, has fought the Ash Reed Brigade since 2015.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted"), True),
    ("The Valdorian-led coalition has fought the Ash Reed Brigade since 2015.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted"), True),
    ("The Dawn Front was joined by officers of the Ostmark army. It has waged a long campaign against the "
     "Ash Reed Brigade.", ("Ostmark", "opposes", "Ash Reed Brigade", "asserted"), False),
    ("The Dawn Front, led by Ivo Brenk and joined by Ostmark, has fought the Ash Reed Brigade since May.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted"), False),
]


@pytest.mark.parametrize(("text", "triple", "found"), CASES, ids=[c[0][:40] for c in CASES])
def test_only_the_leader_of_a_body_wages_its_war(text, triple, found):
    assert (triple in triples(text)) is found
