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
    ("The Green Banner Movement and its own armed wing, the Ash Reed Brigade, turned down every plan Norland "
     "put forward.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement's armed wing, the Ash Reed Brigade, refused to sign the accord.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("Norland denied that the Ash Reed Brigade is the armed wing of the Green Banner Movement.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", None)),
    # "Y, an alliance of A, B and C", "Y is a coalition of A and B": the named actors are Y's members
    ("Since March the Harbour Council, an alliance of the Falcons, the Ash Reed Brigade and the Dawn Front, "
     "has blocked the coast road to Olo.",
     ("Dawn Front", "member_of", "Harbour Council", "asserted")),
    ("Since March the Harbour Council, an alliance of the Falcons, the Ash Reed Brigade and the Dawn Front, "
     "has blocked the coast road to Olo.",
     ("Ash Reed Brigade", "member_of", "Harbour Council", "asserted")),
    ("Few in Salt Bay recall that the Harbour Council is a coalition of the Falcons and the Green Banner "
     "Movement.",
     ("Green Banner Movement", "member_of", "Harbour Council", "asserted")),
    ("Few in Salt Bay recall that the Harbour Council is not a coalition of the Falcons and the Green "
     "Banner Movement.",
     ("Green Banner Movement", "member_of", "Harbour Council", None)),
    # a name that only qualifies the listed kind is no member ("an umbrella of X-backed factions")
    ("Last week the Harbour Council, an umbrella of Norland-backed militias from the hills, shelled the "
     "ferry at Salt Bay.",
     ("Norland", "member_of", "Harbour Council", None)),
    # "Y, an alliance of A, and Z signed": a conjunct with its own "and" goes on the sentence, not the list
    ("The Harbour Council, an alliance of the Ash Reed Brigade, and the Dawn Front met in Olo on a rainy "
     "Thursday to sign the accord with Tessaly.",
     ("Dawn Front", "member_of", "Harbour Council", None)),
    # "X, who heads Y's political wing" with the object read as an oblique with no preposition
    ("The Falcons fought on. Ilse Marten, who heads the Falcons' political wing, has called for new talks "
     "with Tessaly.",
     ("Ilse Marten", "member_of", "Falcons", "asserted")),
    ("The Falcons fought on. Ilse Marten, who commanded for years in the Falcons' eastern wing, spoke to "
     "reporters in Brenn.",
     ("Ilse Marten", "leader_of", "Falcons", None)),
    # "X, commander of Y's armed wing, the Z, warned ...": "of ..." hung on X, Z read as the verb's subject
    ("On Monday, Ilse Marten, commander of the Dawn Front's armed wing, the Night Legion, warned that the "
     "truce was fragile.",
     ("Night Legion", "member_of", "Dawn Front", "asserted")),
    ("On Monday, Ilse Marten, commander of the Dawn Front's armed wing, the Night Legion, warned that the "
     "truce was fragile.",
     ("Ilse Marten", "leader_of", "Night Legion", "asserted")),
    ("On Monday, Ilse Marten, commander of the Dawn Front's fighters in the hills, warned that the truce "
     "was fragile.",
     ("Ilse Marten", "member_of", "Dawn Front", "asserted")),
    ("On Monday, Ilse Marten, commander of the Dawn Front's fighters in the hills, warned that the truce "
     "was fragile.",
     ("Ilse Marten", "leader_of", "Dawn Front", None)),
    # with no comma after it the name is the verb's own subject, not the wing's name
    ("On Monday, Ilse Marten, commander of the Dawn Front's armed wing, the Night Legion said the truce "
     "was fragile.",
     ("Night Legion", "member_of", "Dawn Front", None)),
    # "X's 9th Armoured Division", "X's Iron Guards": a unit of a kind only a state's forces have
    ("Tessaly's 9th Armoured Division crossed the river at dawn.",
     ("9th Armoured Division", "member_of", "Tessaly", "asserted")),
    ("Villagers fled as Ostmark's Iron Guards moved into the valley.",
     ("Iron Guards", "member_of", "Ostmark", "asserted")),
    ("Villagers fled as Ostmark's Dawn Brigade moved into the valley.",
     ("Dawn Brigade", "member_of", "Ostmark", None)),
    ("Villagers fled as the Harbour Council's Iron Guards moved into the valley.",
     ("Iron Guards", "member_of", "Harbour Council", None)),
    # "X, the army of Y": the named group is Y's force
    ("The Iron Legion, the army of the self-proclaimed Republic of Dorn, crossed the river.",
     ("Iron Legion", "member_of", "Republic of Dorn", "asserted")),
    ("The Iron Legion met the army of Tessaly at the river.",
     ("Iron Legion", "member_of", "Tessaly", None)),
    # "X, who represents Y": one of Y's people
    ("At the summit in Brenn, Ilse Marten, who represents the Harbour Council, asked for a pause in the "
     "shelling.",
     ("Ilse Marten", "member_of", "Harbour Council", "asserted")),
    ("Norland now represents the biggest threat to the Harbour Council.",
     ("Norland", "member_of", "Harbour Council", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
