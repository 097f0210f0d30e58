"""A head of state or government named by title alone, on sentences written for these tests.

Each row is an invented sentence (states from the phrasing tests' gazetteer), then a relation that must
be read (subject, predicate, object, status) or, with ``None`` as status, one that must not be read as
asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a state the titled man speaks of or acts on after him ("did not mention X", "the weakness of the
    # Xian state") is not his own; the state the text sets him beside is
    ("Ostmark held elections in May. Prime Minister Ilse Marten, speaking on the radio on Monday, did not "
     "mention Valdoria once.",
     ("Ilse Marten", "leader_of", "Ostmark", "asserted")),
    ("Ostmark held elections in May. Prime Minister Ilse Marten, speaking on the radio on Monday, did not "
     "mention Valdoria once.",
     ("Ilse Marten", "leader_of", "Valdoria", None)),
    ("Ostmark held elections in May. President Tomas Verlin says the vote shows the weakness of the "
     "Valdorian state.",
     ("Tomas Verlin", "leader_of", "Ostmark", "asserted")),
    ("President Tomas Verlin says the vote shows the weakness of the Valdorian state.",
     ("Tomas Verlin", "leader_of", "Valdoria", None)),
    # the state as the subject of what he says is still his
    ("Ostmark held elections in May. Prime Minister Ilse Marten, speaking on the radio on Monday, said "
     "Valdoria would keep its promise.",
     ("Ilse Marten", "leader_of", "Valdoria", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][2] + ":" + c[0][:40] for c in CASES])
def test_titled_official(text, expected):
    check(text, expected)
