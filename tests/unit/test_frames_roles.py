"""Roles in an actor read from the parse: memberships and leaderships, on sentences written for these tests.

Each row is an invented sentence (states and groups from the phrasing tests' gazetteer, or unknown
names typed by their context), then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # contributors: the states whose people serve in a force or a mission are its members
    ("Troops from Norland, Tessaly and Kessa have been deploying under the Harbour Stabilisation Mission "
     "since the spring.",
     ("Kessa", "member_of", "Harbour Stabilisation Mission", "asserted")),
    ("Ever since the ceasefire, Tessalian soldiers of the Harbour Stabilisation Force have patrolled the old "
     "town.",
     ("Tessaly", "member_of", "Harbour Stabilisation Force", "asserted")),
    ("A Joint Monitoring Mission, headed by Valdoria and including personnel from Tessaly, Kessa and "
     "Ostmark, arrived in Dro last week.",
     ("Ostmark", "member_of", "Joint Monitoring Mission", "asserted")),
    ("Since June a Joint Monitoring Mission, led by Norland, with military officers from Tessaly and Kessa, "
     "has patrolled the river crossings.",
     ("Tessaly", "member_of", "Joint Monitoring Mission", "asserted")),
    ("The Harbour Stabilisation Force, which has about 8,000 soldiers on the coast, many of them from "
     "Tessaly and Kessa, holds the coast road.",
     ("Kessa", "member_of", "Harbour Stabilisation Force", "asserted")),
    ("The Harbour Stabilisation Force, which has almost 9,000 troops along the coast, most of them "
     "Tessalian, took back the ridge last week.",
     ("Tessaly", "member_of", "Harbour Stabilisation Force", "asserted")),
    # troops that fight a group, or stand in a place, are not its members
    ("Tessalian troops clashed with the Ash Reed Brigade in the hills.",
     ("Tessaly", "member_of", "Ash Reed Brigade", None)),
    ("Soldiers from Norland fought the Ash Reed Brigade in Salt Bay.",
     ("Norland", "member_of", "Ash Reed Brigade", None)),
    # the head of a possessed group heads the group, not its owner; "chief" before another noun is no title
    ("The deal drew praise on Sunday from Tomas Verlin, head of Norland's Korvak mercenary force.",
     ("Tomas Verlin", "leader_of", "Korvak", "asserted")),
    ("Tomas Verlin, the head of Norland's Ash Reed Brigade, refused to comment on the vote.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    ("Tomas Verlin, the head of Norland's Ash Reed Brigade, refused to comment on the vote.",
     ("Tomas Verlin", "leader_of", "Norland", None)),
    ("Arno Vesic, Tomas Verlin's chief opponent inside the party, stayed away from the vote.",
     ("Arno Vesic", "leader_of", "Tomas Verlin", None)),
    # "led by" after a comma describes the name right before it, wherever the parse hangs the participle
    ("Valdoria has flown in soldiers to shield the ruling Green Banner Movement (GBM), led by Arno Vesic, "
     "while Tessaly arms the Ash Reed Brigade.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("Valdoria has flown in soldiers to shield the ruling Green Banner Movement (GBM), led by Arno Vesic, "
     "while Tessaly arms the Ash Reed Brigade.",
     ("Arno Vesic", "leader_of", "Valdoria", None)),
    # a person who signs for a side is one of its people; each signer with the side named after it
    ("At the ceremony in Dro on Friday the Harbour Accord was signed by Lena Dorsk for Tessaly and by Tomas "
     "Verlin for the Ash Reed Brigade, with no foreign guests present.",
     ("Tomas Verlin", "member_of", "Ash Reed Brigade", "asserted")),
    ("At the ceremony in Dro on Friday the Harbour Accord was signed by Lena Dorsk for Tessaly and by Tomas "
     "Verlin for the Ash Reed Brigade, with no foreign guests present.",
     ("Lena Dorsk", "member_of", "Tessaly", "asserted")),
    ("At the ceremony in Dro on Friday the Harbour Accord was signed by Lena Dorsk for Tessaly and by Tomas "
     "Verlin for the Ash Reed Brigade, with no foreign guests present.",
     ("Lena Dorsk", "member_of", "Ash Reed Brigade", None)),
    ("Lena Dorsk signed the accord for Tessaly on Monday, the Harbour Accord's text shows.",
     ("Lena Dorsk", "member_of", "Tessaly", "asserted")),
    # affiliation
    ("Meanwhile, the Salt Bay Militia, a group affiliated with the Ash Reed Brigade, attacked convoys.",
     ("Salt Bay Militia", "member_of", "Ash Reed Brigade", "asserted")),
    ("The Salt Bay Militia, which is affiliated to the Ash Reed Brigade, took the port.",
     ("Salt Bay Militia", "member_of", "Ash Reed Brigade", "asserted")),
    ("The Salt Bay Militia is not affiliated with the Ash Reed Brigade, its leaders say.",
     ("Salt Bay Militia", "member_of", "Ash Reed Brigade", None)),
    # a group named with the man whose it is; a group in a list with its leader after a colon
    ("The alliance now counts the Green Banner Movement (GBM) of Arno Vesic among its eleven factions.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade of Tomas Verlin's brother took the port.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", None)),
    ("• Ash Reed Brigade (ARB): founded 2004, led by Arno Vesic; strongest around Dro.",
     ("Arno Vesic", "leader_of", "Ash Reed Brigade", "asserted")),
    ("- Salt Bay Militia: led by Tomas Verlin; holds the port of Dro.",
     ("Tomas Verlin", "leader_of", "Salt Bay Militia", "asserted")),
    # "X, Y, and the leader of Z, W": the role after "and" is coordinated, not apposed to the name before it
    ("Two signatures close the text: those of Tessaly's prime minister, Ivo Marek, and the leader of the Ash "
     "Reed Brigade, Tomas Verlin, who had both initialled each of its forty pages the night before.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    ("Two signatures close the text: those of Tessaly's prime minister, Ivo Marek, and the leader of the Ash "
     "Reed Brigade, Tomas Verlin, who had both initialled each of its forty pages the night before.",
     ("Ivo Marek", "leader_of", "Ash Reed Brigade", None)),
    # the backbone or mainstay of an alliance is one of its members
    ("The Salt Bay Militia is the backbone of the Northern Front and gets its rifles from Norland.",
     ("Salt Bay Militia", "member_of", "Northern Front", "asserted")),
    ("The Salt Bay Militia, long the mainstay of the Northern Front, took the port.",
     ("Salt Bay Militia", "member_of", "Northern Front", "asserted")),
    ("The Salt Bay Militia was never the backbone of the Northern Front.",
     ("Salt Bay Militia", "member_of", "Northern Front", None)),
    # a titled head of state or government with two states in the sentence: the one in his own clause
    ("President Ivo Marek claims Tessaly got what it wanted; across the border, Chancellor Sven Aaby insists "
     "Norland came out ahead.",
     ("Ivo Marek", "leader_of", "Tessaly", "asserted")),
    ("President Ivo Marek claims Tessaly got what it wanted; across the border, Chancellor Sven Aaby insists "
     "Norland came out ahead.",
     ("Sven Aaby", "leader_of", "Norland", "asserted")),
    ("President Ivo Marek claims Tessaly got what it wanted; across the border, Chancellor Sven Aaby insists "
     "Norland came out ahead.",
     ("Ivo Marek", "member_of", "Tessaly", None)),
    ("President Ivo Marek claims Tessaly got what it wanted; across the border, Chancellor Sven Aaby insists "
     "Norland came out ahead.",
     ("Ivo Marek", "leader_of", "Norland", None)),
    # "which X heads" parsed with two subjects: the relative word is the object
    ("Few expected the Salt Bay Militia to quit the Green Banner Movement (GBM), which Arno Vesic heads, "
     "only a year after the truce.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("Few expected the Salt Bay Militia to quit the Green Banner Movement (GBM), which Arno Vesic heads, "
     "only a year after the truce.",
     ("Arno Vesic", "leader_of", "Salt Bay Militia", None)),
    # heading a part of a group ("the X Rangers' political wing") is not leading the group
    ("Arno Vesic, who heads the Ash Reed Rangers' political wing, has refused to meet the envoys.",
     ("Arno Vesic", "leader_of", "Ash Reed Rangers", None)),
    ("Arno Vesic, who heads the Ash Reed Brigade, spent the winter in the mountains.",
     ("Arno Vesic", "leader_of", "Ash Reed Brigade", "asserted")),
    # a force sent or run by an actor is part of it
    ("The Harbour Corps, a peacekeeping force sent by the Coastal States Union, took over the docks "
     "in March.",
     ("Harbour Corps", "member_of", "Coastal States Union", "asserted")),
    ("Veterans of the Salt Bay Militia make up much of the Korvak Legion, a force run by Norland's army, and "
     "are paid in cash.",
     ("Korvak Legion", "member_of", "Norland", "asserted")),
    ("Veterans of the Salt Bay Militia make up much of the Korvak Legion, a force run by Norland's army, and "
     "are paid in cash.",
     ("Norland", "member_of", "Korvak Legion", None)),
    # a person's role in apposition describes the person named right before it, wherever the parse hung it
    ("Weeks of shuttle diplomacy by Tessaly's President Ivo Marek, this year's chairman of the Coastal "
     "States Union (CSU), produced the truce.",
     ("Ivo Marek", "leader_of", "Coastal States Union", "asserted")),
    # "X, the group's spokesman": the group is not X (the nominal resolves to the group in context)
    ("The Ash Reed Brigade pulled out of the valley in May. Tomas Verlin, the group's spokesman, told a "
     "radio station in Dro that the move was temporary.",
     ("Tomas Verlin", "member_of", "Ash Reed Brigade", "asserted")),
    # a name across a ";" is another clause's subject, not the role's holder
    ("Tomas Verlin, the Ash Reed Brigade's nominal leader, flew home to Dro on Monday; Arno Vesic, who many "
     "in the movement say gives the real orders, stayed behind in the hills.",
     ("Arno Vesic", "leader_of", "Ash Reed Brigade", None)),
    ("Tomas Verlin, the Ash Reed Brigade's nominal leader, flew home to Dro on Monday; Arno Vesic, who many "
     "in the movement say gives the real orders, stayed behind in the hills.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    # "its founder and leader, X": the owner hangs on the first noun
    ("Fighters of the Ash Reed Brigade began handing in their rifles after a letter from its founder and "
     "leader, Tomas Verlin, was read out in Dro.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
