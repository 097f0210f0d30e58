"""allied_with and evolved_from constructions, on sentences written for these tests (invented names).

Each row: an invented sentence, then a relation that must be read (subject, predicate, object,
status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "X and Y fought side by side", "X fought shoulder to shoulder with Y", "moving alongside each other"
    ("Valdorian and Tessalian troops, now fighting side by side, crossed the Amber River.",
     ("Valdoria", "allied_with", "Tessaly", "asserted")),
    ("Norland and the Ash Reed Brigade have fought side by side since the spring offensive.",
     ("Norland", "allied_with", "Ash Reed Brigade", "asserted")),
    ("Ostmark, which has fought shoulder to shoulder with the Ash Reed Brigade since May, sent medics.",
     ("Ostmark", "allied_with", "Ash Reed Brigade", "asserted")),
    ("This week Ostmarker and Norlandic patrols were moving alongside each other near the dam.",
     ("Ostmark", "allied_with", "Norland", "asserted")),
    # "X, which ..., has since fought alongside Y" with X read as the subject of a passive
    ("The Ash Reed Brigade, which split from the Green Banner Movement in 2019, has since fought "
     "alongside the Sunrise Brigades.", ("Ash Reed Brigade", "allied_with", "Sunrise Brigades", "asserted")),
    ("The Ash Reed Brigade, which split from the Green Banner Movement in 2019, has never fought "
     "alongside the Sunrise Brigades.", ("Ash Reed Brigade", "allied_with", "Sunrise Brigades", None)),
    # "X fighters broke away and formed Z": Z grew out of X, the group named on the ones who split
    ("The Ash Reed Brigade's commanders broke away and founded the Sunrise Brigades.",
     ("Sunrise Brigades", "evolved_from", "Ash Reed Brigade", "asserted")),
    ("In 2016, as talks stalled, a few hundred Ash Reed Brigade fighters led by a cleric, Omar Kessel, "
     "better known as Abu Lina, broke away and formed the Sunrise Brigades.",
     ("Sunrise Brigades", "evolved_from", "Ash Reed Brigade", "asserted")),
    ("Ash Reed Brigade fighters broke away but did not form the Sunrise Brigades.",
     ("Sunrise Brigades", "evolved_from", "Ash Reed Brigade", None)),
    # not a verb of fighting, or denied
    ("Norland and the Ash Reed Brigade sat side by side at the signing dinner.",
     ("Norland", "allied_with", "Ash Reed Brigade", None)),
    ("Norland and the Ash Reed Brigade have never fought side by side.",
     ("Norland", "allied_with", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text: str, expected: tuple[str, str, str, str | None]) -> None:
    check(text, expected)
