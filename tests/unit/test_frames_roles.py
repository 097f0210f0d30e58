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
    ("Troops from Norland, Tessaly and Kessa are deploying under the Harbour Stabilisation Mission.",
     ("Kessa", "member_of", "Harbour Stabilisation Mission", "asserted")),
    ("Tessalian soldiers of the Harbour Stabilisation Force now guard the docks.",
     ("Tessaly", "member_of", "Harbour Stabilisation Force", "asserted")),
    ("The Joint Monitoring Mission, led by the African Union and including personnel from Tessaly, Kessa and "
     "Ostmark, will watch the line.",
     ("Ostmark", "member_of", "Joint Monitoring Mission", "asserted")),
    ("The Joint Monitoring Mission, led by Norland, with officers from Tessaly and Kessa, checks the truce.",
     ("Tessaly", "member_of", "Joint Monitoring Mission", "asserted")),
    ("The Harbour Stabilisation Force, which has some 8,000 troops in the region, many of them from Tessaly "
     "and Kessa, guards the port.",
     ("Kessa", "member_of", "Harbour Stabilisation Force", "asserted")),
    ("The Harbour Stabilisation Force, which has some 9,000 troops in the region, most of them Tessalian, "
     "has been fighting the Red Hand Brigade since 1997.",
     ("Tessaly", "member_of", "Harbour Stabilisation Force", "asserted")),
    # troops that fight a group, or stand in a place, are not its members
    ("Tessalian troops clashed with the Red Hand Brigade in the hills.",
     ("Tessaly", "member_of", "Red Hand Brigade", None)),
    ("Soldiers from Norland fought the Red Hand Brigade in Salt Bay.",
     ("Norland", "member_of", "Red Hand Brigade", None)),
    # the head of a possessed group heads the group, not its owner; "chief" before another noun is no title
    ("Tomas Verlin, the head of Norland's Korvak mercenary group, praised the deal.",
     ("Tomas Verlin", "leader_of", "Korvak", "asserted")),
    ("Tomas Verlin, the head of Norland's Red Hand Brigade, praised the deal.",
     ("Tomas Verlin", "leader_of", "Red Hand Brigade", "asserted")),
    ("Tomas Verlin, the head of Norland's Red Hand Brigade, praised the deal.",
     ("Tomas Verlin", "leader_of", "Norland", None)),
    ("Arno Vesic, Tomas Verlin's chief rival in the movement, called the deal a mistake.",
     ("Arno Vesic", "leader_of", "Tomas Verlin", None)),
    # "led by" after a comma describes the name right before it, wherever the parse hangs the participle
    ("Valdoria sent troops to defend the ruling Green Banner Movement (GBM), led by Arno Vesic, while "
     "Tessaly backed the Red Hand Brigade.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("Valdoria sent troops to defend the ruling Green Banner Movement (GBM), led by Arno Vesic, while "
     "Tessaly backed the Red Hand Brigade.",
     ("Arno Vesic", "leader_of", "Valdoria", None)),
    # a person who signs for a side is one of its people; each signer with the side named after it
    ("The Harbour Accord was signed by Foreign Minister Lena Dorsk for Tessaly and by Tomas Verlin for the "
     "Red Hand Brigade.",
     ("Tomas Verlin", "member_of", "Red Hand Brigade", "asserted")),
    ("The Harbour Accord was signed by Foreign Minister Lena Dorsk for Tessaly and by Tomas Verlin for the "
     "Red Hand Brigade.",
     ("Lena Dorsk", "member_of", "Tessaly", "asserted")),
    ("The Harbour Accord was signed by Foreign Minister Lena Dorsk for Tessaly and by Tomas Verlin for the "
     "Red Hand Brigade.",
     ("Lena Dorsk", "member_of", "Red Hand Brigade", None)),
    ("Lena Dorsk signed the accord for Tessaly on Monday, the Harbour Accord's text shows.",
     ("Lena Dorsk", "member_of", "Tessaly", "asserted")),
    # affiliation
    ("Meanwhile, the Salt Bay Militia, a group affiliated with the Red Hand Brigade, attacked convoys.",
     ("Salt Bay Militia", "member_of", "Red Hand Brigade", "asserted")),
    ("The Salt Bay Militia, which is affiliated to the Red Hand Brigade, took the port.",
     ("Salt Bay Militia", "member_of", "Red Hand Brigade", "asserted")),
    ("The Salt Bay Militia is not affiliated with the Red Hand Brigade, its leaders say.",
     ("Salt Bay Militia", "member_of", "Red Hand Brigade", None)),
    # a group named with the man whose it is; a group in a list with its leader after a colon
    ("Its members include the Green Banner Movement (GBM) of Arno Vesic and the Salt Bay Militia.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("The Red Hand Brigade of Tomas Verlin's brother took the port.",
     ("Tomas Verlin", "leader_of", "Red Hand Brigade", None)),
    ("• Red Hand Brigade (RHB): led by Arno Vesic, who said ten of his relatives were killed.",
     ("Arno Vesic", "leader_of", "Red Hand Brigade", "asserted")),
    ("- Salt Bay Militia: led by Tomas Verlin; holds the port of Dro.",
     ("Tomas Verlin", "leader_of", "Salt Bay Militia", "asserted")),
    # "X, Y, and the leader of Z, W": the role after "and" is coordinated, not apposed to the name before it
    ("The Secretary-General welcomes the signing today of the Harbour Accord by the President of the "
     "Republic of Tessaly, Ivo Marek, and the leader of the Red Hand Brigade (RHB), Tomas Verlin.",
     ("Tomas Verlin", "leader_of", "Red Hand Brigade", "asserted")),
    ("The Secretary-General welcomes the signing today of the Harbour Accord by the President of the "
     "Republic of Tessaly, Ivo Marek, and the leader of the Red Hand Brigade (RHB), Tomas Verlin.",
     ("Ivo Marek", "leader_of", "Red Hand Brigade", None)),
    # the backbone or mainstay of an alliance is one of its members
    ("The Salt Bay Militia is the backbone of the Northern Front, the alliance that Norland backs.",
     ("Salt Bay Militia", "member_of", "Northern Front", "asserted")),
    ("The Salt Bay Militia, long the mainstay of the Northern Front, took the port.",
     ("Salt Bay Militia", "member_of", "Northern Front", "asserted")),
    ("The Salt Bay Militia was never the backbone of the Northern Front.",
     ("Salt Bay Militia", "member_of", "Northern Front", None)),
    # a titled head of state or government with two states in the sentence: the one in his own clause
    ("Prime Minister Ivo Marek says Tessaly achieved its aims; Supreme Leader Sven Aaby says Norland won.",
     ("Ivo Marek", "leader_of", "Tessaly", "asserted")),
    ("Prime Minister Ivo Marek says Tessaly achieved its aims; Supreme Leader Sven Aaby says Norland won.",
     ("Sven Aaby", "leader_of", "Norland", "asserted")),
    ("Prime Minister Ivo Marek says Tessaly achieved its aims; Supreme Leader Sven Aaby says Norland won.",
     ("Ivo Marek", "member_of", "Tessaly", None)),
    ("Prime Minister Ivo Marek says Tessaly achieved its aims; Supreme Leader Sven Aaby says Norland won.",
     ("Ivo Marek", "leader_of", "Norland", None)),
    # "which X heads" parsed with two subjects: the relative word is the object
    ("The Salt Bay Militia broke away from the ruling Green Banner Movement (GBM), which Arno Vesic heads, "
     "when the war began.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("The Salt Bay Militia broke away from the ruling Green Banner Movement (GBM), which Arno Vesic heads, "
     "when the war began.",
     ("Arno Vesic", "leader_of", "Salt Bay Militia", None)),
    # heading a part of a group ("the X Rangers' political wing") is not leading the group
    ("Arno Vesic, who heads the Red Hand Rangers' political wing, told a rally that the split was over.",
     ("Arno Vesic", "leader_of", "Red Hand Rangers", None)),
    ("Arno Vesic, who heads the Red Hand Brigade, said the rebels had not walked away.",
     ("Arno Vesic", "leader_of", "Red Hand Brigade", "asserted")),
    # a force sent or run by an actor is part of it
    ("Tessalian soldiers of the Harbour Corps, the peacekeeping force sent by the African Union, now guard "
     "the docks.",
     ("Harbour Corps", "member_of", "African Union", "asserted")),
    ("Its fighters are now being folded into the Korvak Legion, a force run by Norland's defence ministry "
     "that grew out of the Salt Bay Militia.",
     ("Korvak Legion", "member_of", "Norland", "asserted")),
    ("Its fighters are now being folded into the Korvak Legion, a force run by Norland's defence ministry "
     "that grew out of the Salt Bay Militia.",
     ("Norland", "member_of", "Korvak Legion", None)),
    # a person's role in apposition describes the person named right before it, wherever the parse hung it
    ("The accord, reached after six weeks of talks mediated by Tessaly's President Ivo Marek, the current "
     "chairman of the African Union (AU), gives the Red Hand Brigade four cabinet posts.",
     ("Ivo Marek", "leader_of", "African Union", "asserted")),
    # "X, the group's spokesman": the group is not X (the nominal resolves to the group in context)
    ("The Red Hand Brigade fired rockets at Dro. Tomas Verlin, the group's spokesman and chief negotiator, "
     "said the strikes were unjustified.",
     ("Tomas Verlin", "member_of", "Red Hand Brigade", "asserted")),
    # a name across a ";" is another clause's subject, not the role's holder
    ("Tomas Verlin, the Red Hand Brigade's nominal leader, signed for his faction and has promised to return "
     "to Dro; Arno Vesic, whom Western agencies believe still takes the important decisions from a camp near "
     "the border, was nowhere to be seen.",
     ("Arno Vesic", "leader_of", "Red Hand Brigade", None)),
    ("Tomas Verlin, the Red Hand Brigade's nominal leader, signed for his faction and has promised to return "
     "to Dro; Arno Vesic, whom Western agencies believe still takes the important decisions from a camp near "
     "the border, was nowhere to be seen.",
     ("Tomas Verlin", "leader_of", "Red Hand Brigade", "asserted")),
    # "its founder and leader, X": the owner hangs on the first noun
    ("The Red Hand Brigade announced in May that it would dissolve, answering a call from its jailed founder "
     "and leader, Tomas Verlin, who has been held on an island since 1999.",
     ("Tomas Verlin", "leader_of", "Red Hand Brigade", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
