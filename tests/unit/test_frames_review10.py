"""Fixes from a review of the constructions merged this round: sources of a report, clauses set apart,
relative clauses after a list, and a passive in a clause of its own (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a passive in a "while" clause with a subject of its own does not borrow the main clause's
    ("The Harbour Council met again on Monday. It is chaired by Admiral Tova Kirrin, while the civilian "
     "cabinet is run by Premier Ilko Sarv.", ("Tova Kirrin", "leader_of", "Harbour Council", "asserted")),
    ("The Harbour Council met again on Monday. It is chaired by Admiral Tova Kirrin, while the civilian "
     "cabinet is run by Premier Ilko Sarv.", ("Ilko Sarv", "leader_of", "Harbour Council", None)),
    # an unnamed source that is an opinion, not a witness, is a claim; a witness is the wire's sourcing
    ("Commentators say Norland quietly bankrolls the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "alleged")),
    ("The Dawn Front seized the ferry port of Olo at dawn, witnesses said.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    ("Norland supplies the Dawn Front with mortars, according to unverified accounts.",
     ("Norland", "backs", "Dawn Front", "alleged")),
    # a reason given under a report is the speaker's; a later event after "after" is the text's
    ("Tessaly said it shelled the dam because Norland was arming the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "alleged")),
    # a third party's denial of a statement does not deny it
    ("Norland armed the Dawn Front for years, a charge Kessa rejects.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    # a name set apart keeps what its own relative clause says of it
    ("Unlike Norland, which funds the Dawn Front, Tessaly sent only observers.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    ("Unlike Norland, which funds the Dawn Front, Tessaly sent only observers.",
     ("Norland", "backs", "observers", None)),
    # a relative clause after names of two kinds, with a verb that shows no number: the last name's
    ("Tessaly and the Dawn Front, which captured Olo in May, met in Pell.",
     ("Tessaly", "allied_with", "Dawn Front", None)),
    # soldiers sent to guard a mission back it; sent to reinforce it, they make the sender a member
    ("Norland flew 90 soldiers in to guard the Lisk Observer Mission.",
     ("Norland", "member_of", "Lisk Observer Mission", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_review_case(text, expected):
    check(text, expected)
