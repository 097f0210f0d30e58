"""People named with a role, on sentences written for these tests.

Each row is an invented sentence (states from the phrasing tests' gazetteer, invented groups and people),
then a relation that must be read (subject, predicate, object, status) or, with ``None`` as status, one that
must not be read as asserted: the role's owner right before a man's title ("Y's General X", "ZF Commander
X", "Y deputy commander X").
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # the owner right before the title: a head's title, a rank, a deputy's or a part's role
    ("Valdoria's General Ivo Tarnak seized power in a palace coup in 2020, a year before Tessaly's Captain "
     "Jorin Vasko took power in Brenn.",
     ("Ivo Tarnak", "leader_of", "Valdoria", "asserted")),
    ("Valdoria's General Ivo Tarnak seized power in a palace coup in 2020, a year before Tessaly's Captain "
     "Jorin Vasko took power in Brenn.",
     ("Jorin Vasko", "leader_of", "Tessaly", "asserted")),
    ("Ostmark's Colonel Sela Brandt, who took power in 2021, received the envoys in Hale.",
     ("Sela Brandt", "leader_of", "Ostmark", "asserted")),
    ("Valdoria's General Ivo Tarnak inspected the northern garrisons on Friday.",
     ("Ivo Tarnak", "member_of", "Valdoria", "asserted")),
    ("Valdoria's General Ivo Tarnak inspected the northern garrisons on Friday.",
     ("Ivo Tarnak", "leader_of", "Valdoria", None)),
    ("The Grey Wolf Front (GWF) turned down the offer. GWF Commander Maren Holt vowed to keep fighting.",
     ("Maren Holt", "leader_of", "Grey Wolf Front", "asserted")),
    ("The Coastal Regional Government (CRG) turned down the offer. CRG Deputy Prime Minister Anselm Drey "
     "called it an insult.",
     ("Anselm Drey", "member_of", "Coastal Regional Government", "asserted")),
    ("The Coastal Regional Government (CRG) turned down the offer. CRG Deputy Prime Minister Anselm Drey "
     "called it an insult.",
     ("Anselm Drey", "leader_of", "Coastal Regional Government", None)),
    ("The Grey Wolf Front turned down the offer. Grey Wolf Front deputy commander Maren Holt called it an "
     "insult.",
     ("Maren Holt", "member_of", "Grey Wolf Front", "asserted")),
    ("The Grey Wolf Front turned down the offer. Grey Wolf Front deputy commander Maren Holt called it an "
     "insult.",
     ("Maren Holt", "leader_of", "Grey Wolf Front", None)),
    ("Tessaly's deputy foreign minister Petra Volk flew to Corvin for a second round.",
     ("Petra Volk", "member_of", "Tessaly", "asserted")),
    ("United Nations Secretary General Kai Doruk welcomed the truce between Valdoria and Tessaly.",
     ("Kai Doruk", "leader_of", "United Nations", "asserted")),
    ("The talks in Hale were chaired by the former Kessa president Kai Doruk.",
     ("Kai Doruk", "leader_of", "Kessa", None)),
    ("The monitors answer to the Tessalian general Anselm Drey, who arrived on Monday.",
     ("Anselm Drey", "member_of", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_people_roles(text, expected):
    check(text, expected)
