"""Memberships stated by a bare "joined" after a coalition, by a plural role with a list of names, by
contingents serving in a force and by "among them", on sentences written for these tests.

Each row is an invented sentence (states and groups from the phrasing tests' gazetteer, or unknown
names typed by their context), then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

_COALITION = "Since April, the Harbour Coalition has been shelling the Dawn Front's positions near Olo. "

CASES = [
    # "A coalition ... . X, Y and Z have joined": a "join" with nothing joined is a joining of the coalition
    (_COALITION + "Tessaly, Ostmark and Norland have joined.",
     ("Ostmark", "member_of", "Harbour Coalition", "asserted")),
    (_COALITION + "Tessaly, Ostmark and Norland have joined.",
     ("Norland", "member_of", "Harbour Coalition", "asserted")),
    (_COALITION + "Kessa and Valdoria joined in May.",
     ("Valdoria", "member_of", "Harbour Coalition", "asserted")),
    # something joined of its own is no joining of the coalition
    (_COALITION + "Tessaly joined the talks in Brenn on Monday.",
     ("Tessaly", "member_of", "Harbour Coalition", None)),
    (_COALITION + "Tessaly has joined forces with Ostmark.",
     ("Tessaly", "member_of", "Harbour Coalition", None)),
    # "Y's negotiators, A and B", "two envoys of Y, A and B": every name listed holds the role
    ("The Dawn Front's negotiators, Ilse Marten and Tomas Brel, arrived in Brenn on Monday.",
     ("Tomas Brel", "member_of", "Dawn Front", "asserted")),
    ("Two envoys of the Dawn Front, Ilse Marten and Tomas Brel, spent Monday waiting for visas at the Brenn "
     "border post.",
     ("Tomas Brel", "member_of", "Dawn Front", "asserted")),
    ("Two envoys of the Dawn Front, Ilse Marten and Tomas Brel, spent Monday waiting for visas at the Brenn "
     "border post.",
     ("Ilse Marten", "member_of", "Dawn Front", "asserted")),
    # the leaders of two actors, two names: one each, not every pair
    ("At the ceremony in Olo the leaders of the Dawn Front and the Ash Reed Brigade, Ilse Marten and Tomas "
     "Brel, each read a short statement to the crowd and then left without taking any questions.",
     ("Ilse Marten", "leader_of", "Ash Reed Brigade", None)),
    # "X troops who have served in the force", "soldiers from X serving with the mission"
    ("Some 400 Tessalian troops who have served in the Harbour Stabilisation Force came home on Friday.",
     ("Tessaly", "member_of", "Harbour Stabilisation Force", "asserted")),
    ("Two soldiers from Ostmark serving with the Harbour Stabilisation Force were killed on Monday.",
     ("Ostmark", "member_of", "Harbour Stabilisation Force", "asserted")),
    ("Tessalian troops who clashed with the Harbour Stabilisation Force withdrew to Brenn.",
     ("Tessaly", "member_of", "Harbour Stabilisation Force", None)),
    # "Y, among them X": the groups named after "among them" are members of the group it stands for
    ("By now rebel factions backed by Ostmark, among them the Ash Reed Brigade and the Night Legion, hold "
     "the road to Olo.",
     ("Night Legion", "member_of", "rebel factions", "asserted")),
    ("By now rebel factions backed by Ostmark, among them the Ash Reed Brigade and the Night Legion, hold "
     "the road to Olo.",
     ("Ash Reed Brigade", "member_of", "rebel factions", "asserted")),
    # a group named inside an "of" phrase after it is not itself listed
    ("By now rebel factions backed by Ostmark, among them fighters of the Night Legion, hold the road to "
     "Olo.",
     ("Night Legion", "member_of", "rebel factions", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
