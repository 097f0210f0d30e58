"""People named with a role, on sentences written for these tests.

Each row is an invented sentence (states from the phrasing tests' gazetteer, invented groups and people),
then a relation that must be read (subject, predicate, object, status) or, with ``None`` as status, one that
must not be read as asserted: the role's owner right before a man's title ("Y's General X", "ZF Commander
X", "Y deputy commander X"), a role and a titled name in apposition read as two subjects ("The emir of Y,
Sheikh X, ..."), an actor that acts under a person ("Y, under General X, took Z"), a second role coordinated
with the first ("X, the Y chief, and Z, its spokesman"), a role's holder the parse reads as a conjunct of
the role's owner ("Y, whose chief, X, ..."), a man's state or group through "whose" ("X, whose government in
Z"), a delegation led by one of an actor's people, a participle of naming ("X, appointed head of Y, ...") and
a role of "the country" or of "the president" ("the country's president, X", "the president's envoy, X").
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
    ("The Pale Heron Front (PHF) turned down the offer. PHF Commander Maren Holt vowed to keep fighting.",
     ("Maren Holt", "leader_of", "Pale Heron Front", "asserted")),
    ("The Coastal Regional Government (CRG) turned down the offer. CRG Deputy Prime Minister Anselm Drey "
     "called it an insult.",
     ("Anselm Drey", "member_of", "Coastal Regional Government", "asserted")),
    ("The Coastal Regional Government (CRG) turned down the offer. CRG Deputy Prime Minister Anselm Drey "
     "called it an insult.",
     ("Anselm Drey", "leader_of", "Coastal Regional Government", None)),
    ("The Pale Heron Front turned down the offer. Pale Heron Front deputy commander Maren Holt called it an "
     "insult.",
     ("Maren Holt", "member_of", "Pale Heron Front", "asserted")),
    ("The Pale Heron Front turned down the offer. Pale Heron Front deputy commander Maren Holt called it an "
     "insult.",
     ("Maren Holt", "leader_of", "Pale Heron Front", None)),
    ("Tessaly's deputy foreign minister Petra Volk flew to Corvin for a second round.",
     ("Petra Volk", "member_of", "Tessaly", "asserted")),
    ("United Nations Secretary General Kai Doruk welcomed the truce between Valdoria and Tessaly.",
     ("Kai Doruk", "leader_of", "United Nations", "asserted")),
    ("The talks in Hale were chaired by the former Kessa president Kai Doruk.",
     ("Kai Doruk", "leader_of", "Kessa", None)),
    ("The monitors answer to the Tessalian general Anselm Drey, who arrived on Monday.",
     ("Anselm Drey", "member_of", "Tessaly", None)),
    # a role and the titled name in apposition, read as two subjects of one verb
    ("The envoy of Kessa, Sheikh Rashad Omari, mediated the Harbour Accord.",
     ("Rashad Omari", "member_of", "Kessa", "asserted")),
    ("The envoy of Kessa, Sheikh Rashad Omari, mediated the Harbour Accord.",
     ("Rashad Omari", "brokered", "Harbour Accord", "asserted")),
    ("The emir of Kessa, Sheikh Rashad Omari, welcomed the delegations in Dro.",
     ("Rashad Omari", "leader_of", "Kessa", "asserted")),
    ("The former emir of Kessa, Sheikh Rashad Omari, welcomed the delegations in Dro.",
     ("Rashad Omari", "leader_of", "Kessa", None)),
    # an actor that acts under a person
    ("The Iron Crescent Brigades, under General Jorin Vasko, captured the port of Salt Bay.",
     ("Jorin Vasko", "leader_of", "Iron Crescent Brigades", "asserted")),
    ("The Dawn Brigade, which broke away from the Pale Heron Front in 2019 under Maren Holt, now fights "
     "beside the army.",
     ("Maren Holt", "leader_of", "Dawn Brigade", "asserted")),
    ("The Dawn Brigade, which broke away from the Pale Heron Front in 2019 under Maren Holt, now fights "
     "beside the army.",
     ("Maren Holt", "leader_of", "Pale Heron Front", None)),
    ("The Iron Crescent Brigades were routed near Salt Bay under General Jorin Vasko.",
     ("Jorin Vasko", "leader_of", "Iron Crescent Brigades", None)),
    ("Valdoria, under pressure from Kessa's emir Rashad Omari, accepted the Harbour Accord.",
     ("Rashad Omari", "leader_of", "Valdoria", None)),
    ("The Valdorian army, under General Jorin Vasko, pushed towards Salt Bay.",
     ("Jorin Vasko", "leader_of", "Valdoria", None)),
    # a second role coordinated with the first, and a role's holder read as a conjunct of its owner
    ("Maren Holt, the Pale Heron Front leader, and Anselm Drey, its spokesman, met the envoys.",
     ("Anselm Drey", "member_of", "Pale Heron Front", "asserted")),
    ("Maren Holt, the Pale Heron Front leader, and Anselm Drey, its spokesman, met the envoys.",
     ("Anselm Drey", "leader_of", "Pale Heron Front", None)),
    ("Negotiators had hoped for more. On the second day, the leader of the Pale Heron Front, Maren Holt, and "
     "his deputy, Anselm Drey, walked out of the talks in protest at the agenda.",
     ("Anselm Drey", "leader_of", "Pale Heron Front", None)),
    ("Negotiators had hoped for more. On the second day, the leader of the Pale Heron Front, Maren Holt, and "
     "his deputy, Anselm Drey, walked out of the talks in protest at the agenda.",
     ("Maren Holt", "leader_of", "Pale Heron Front", "asserted")),
    ("The Pale Heron Front, whose commander, General Maren Holt, was killed in April, still holds Salt Bay.",
     ("Maren Holt", "controls", "Salt Bay", None)),
    ("The Pale Heron Front, whose commander, General Maren Holt, was killed in April, still holds Salt Bay.",
     ("Pale Heron Front", "controls", "Salt Bay", "asserted")),
    # a man's state or group owned through "whose"
    ("Ivo Tarnak, whose government in Corvin has courted the Pale Heron Front, left for Hale on Monday.",
     ("Ivo Tarnak", "leader_of", "Valdoria", "asserted")),
    ("Foreign Minister Ivo Tarnak, whose government in Corvin has courted the Pale Heron Front, left for "
     "Hale on Monday.",
     ("Ivo Tarnak", "member_of", "Valdoria", "asserted")),
    ("Foreign Minister Ivo Tarnak, whose government in Corvin has courted the Pale Heron Front, left for "
     "Hale on Monday.",
     ("Ivo Tarnak", "leader_of", "Valdoria", None)),
    ("Maren Holt, whose Pale Heron Front controls Salt Bay, turned the plan down.",
     ("Maren Holt", "leader_of", "Pale Heron Front", "asserted")),
    # a delegation led by one of the actor's people
    ("The Tessalian delegation, led by Foreign Minister Petra Volk, reached Hale late on Friday.",
     ("Petra Volk", "member_of", "Tessaly", "asserted")),
    ("The delegation of the African Union, headed by Petra Volk, reached Hale late on Friday.",
     ("Petra Volk", "member_of", "African Union", "asserted")),
    ("The delegation of the African Union, headed by Petra Volk, reached Hale late on Friday.",
     ("Petra Volk", "leader_of", "African Union", None)),
    # a participle of naming right after the man's comma
    ("Maren Holt, appointed head of the Pale Heron Front in 2019, dismissed the report as lies.",
     ("Maren Holt", "leader_of", "Pale Heron Front", "asserted")),
    ("Maren Holt, named deputy commander of the Pale Heron Front last year, dismissed the report as lies.",
     ("Maren Holt", "member_of", "Pale Heron Front", "asserted")),
    ("Maren Holt, named deputy commander of the Pale Heron Front last year, dismissed the report as lies.",
     ("Maren Holt", "leader_of", "Pale Heron Front", None)),
    # a role of "the country" named in the sentence or the two before, and of "the president"
    ("Valdoria voted in a referendum in March. The country's president, Ivo Tarnak, claimed victory at dawn.",
     ("Ivo Tarnak", "leader_of", "Valdoria", "asserted")),
    ("Valdoria voted in a referendum in March. Ivo Tarnak, the country's defence minister, stepped down.",
     ("Ivo Tarnak", "member_of", "Valdoria", "asserted")),
    ("Valdoria voted in a referendum in March. Ivo Tarnak, the country's defence minister, stepped down.",
     ("Ivo Tarnak", "leader_of", "Valdoria", None)),
    ("Valdoria and Tessaly voted in March. The country's president, Ivo Tarnak, claimed victory at dawn.",
     ("Ivo Tarnak", "leader_of", "Valdoria", None)),
    ("Valdoria voted in a referendum in March. The country's former president, Ivo Tarnak, cried foul.",
     ("Ivo Tarnak", "leader_of", "Valdoria", None)),
    ("Valdoria voted in a referendum in March. The country's opposition leader, Ivo Tarnak, cried foul.",
     ("Ivo Tarnak", "leader_of", "Valdoria", None)),
    ("Valdoria has armed the Pale Heron Front for years. The president's special envoy, Petra Volk, landed "
     "in Hale on Tuesday.",
     ("Petra Volk", "member_of", "Valdoria", "asserted")),
    # two roles each with its titled holder, and a role opening the sentence as a root of its own
    ("The president of Tessaly, Ivo Tarnak, and the emir of Kessa, Sheikh Rashad Omari, shared a podium at "
     "the river port of Salt Bay on 12 April.",
     ("Ivo Tarnak", "leader_of", "Tessaly", "asserted")),
    ("The president of Tessaly, Ivo Tarnak, and the emir of Kessa, Sheikh Rashad Omari, shared a podium at "
     "the river port of Salt Bay on 12 April.",
     ("Rashad Omari", "leader_of", "Tessaly", None)),
    ("Ostmark's junta leader, Colonel Sela Brandt, expelled the Valdorian ambassador on Thursday.",
     ("Sela Brandt", "leader_of", "Ostmark", "asserted")),
    ("Kessa accepted the Harbour Accord under the Tessalian president Ivo Tarnak.",
     ("Ivo Tarnak", "leader_of", "Kessa", None)),
    # a rank's or an official's title before the name, the actor after its "of"
    ("By late evening the pass had fallen, according to Captain Jorin Vasko of the Dawn Brigade, who was "
     "wounded in the fighting there.",
     ("Jorin Vasko", "member_of", "Dawn Brigade", "asserted")),
    ("By late evening the pass had fallen, according to Captain Jorin Vasko of the Dawn Brigade, who was "
     "wounded in the fighting there.",
     ("Jorin Vasko", "leader_of", "Dawn Brigade", None)),
    ("By late evening the pass had fallen, according to former Captain Jorin Vasko of the Dawn Brigade, who "
     "was wounded in the fighting there.",
     ("Jorin Vasko", "member_of", "Dawn Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_people_roles(text, expected):
    check(text, expected)
