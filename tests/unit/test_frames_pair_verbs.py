"""A pair named after the two it stands for ("both countries", "the two governments") as the subject of any
verb of the lexicon, and the plural forms of the backing verbs (invented sentences, invented names)."""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    ("Norland and Tessaly met in Pell in May. Both countries back the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland and Tessaly met in Pell in May. Both countries back the Dawn Front.",
     ("Tessaly", "backs", "Dawn Front", "asserted")),
    ("Norland and Tessaly met in Pell in May. Both countries now fund the Dawn Front.",
     ("Tessaly", "backs", "Dawn Front", "asserted")),
    ("Norland and Tessaly fund the Dawn Front.", ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland and Tessaly supply the Dawn Front, officials said.",
     ("Tessaly", "backs", "Dawn Front", "asserted")),
    # "arm" after a possessive is the body's arm, no verb
    ("The Dawn Front's military arm Tessaly Guards attacked Olo.",
     ("Tessaly", "backs", "Tessaly Guards", None)),
    # the pair stands for the two named before it only as a clause's subject
    ("Norland and Tessaly met in Pell in May. Aid to both countries rose.",
     ("Norland", "backs", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_pair_verbs(text, expected):
    check(text, expected)
