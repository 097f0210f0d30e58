"""leader_of, member_of, allied_with and evolved_from constructions of round 8 (lead), on sentences written
for these tests with invented names.

Each row: an invented sentence, then a relation that must be read (subject, predicate, object, status) or,
with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "a Y faction led by X", "the wing of Y commanded by X": X is one of Y's men, not Y's leader
    ("Police arrested nine men from a Green Banner Movement faction led by Arno Vesic near the old mill.",
     ("Arno Vesic", "member_of", "Green Banner Movement", "asserted")),
    ("Police arrested nine men from a Green Banner Movement faction led by Arno Vesic near the old mill.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", None)),
    ("Two groups stayed in the hills: a Green Banner Movement faction headed by Arno Vesic, and a wing of "
     "the Red Hand Brigade commanded by Lio Barsk.",
     ("Lio Barsk", "member_of", "Red Hand Brigade", "asserted")),
    ("Two groups stayed in the hills: a Green Banner Movement faction headed by Arno Vesic, and a wing of "
     "the Red Hand Brigade commanded by Lio Barsk.",
     ("Lio Barsk", "leader_of", "Red Hand Brigade", None)),
    # the group itself led by the man stays his
    ("Arno Vesic has led the Green Banner Movement since its founders died in a river crossing.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement, led by Arno Vesic, rejected the talks in the capital.",
     ("Arno Vesic", "member_of", "Green Banner Movement", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text: str, expected: tuple[str, str, str, str | None]) -> None:
    check(text, expected)
