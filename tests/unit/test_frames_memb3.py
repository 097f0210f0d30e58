"""Memberships stated by a role noun in a clause's subject and by a body listed with its members, on
sentences written for these tests.

Each row is an invented sentence (states and groups from the phrasing tests' gazetteer, or unknown
names typed by their context), then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a role noun in the subject is the narrator's: the verb's denial or modality is not the role's
    ("The Green Banner Movement and its armed wing, the Red Hand Brigade, rejected the offer from Norland.",
     ("Red Hand Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement's armed wing, the Red Hand Brigade, refused to sign the accord.",
     ("Red Hand Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("Norland denied that the Red Hand Brigade is the armed wing of the Green Banner Movement.",
     ("Red Hand Brigade", "member_of", "Green Banner Movement", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
