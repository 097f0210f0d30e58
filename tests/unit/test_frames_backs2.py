"""More backing constructions (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

FRAMES = [
    # "X has shared intelligence with Y": what is shared must be intelligence
    ("Since the spring Tessaly has quietly shared radar intelligence with the Ash Reed Brigade.",
     ("Tessaly", "backs", "Ash Reed Brigade", "asserted")),
    ("After the vote Tessaly shared power with the Ash Reed Brigade.",
     ("Tessaly", "backs", "Ash Reed Brigade", None)),
    # "X is lending drones to Y"
    ("This year Ostmark is lending drones to the Ash Reed Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("This year Ostmark is lending money to Kessan farmers.",
     ("Ostmark", "backs", "Kessa", None)),
    # "X has stood firmly with Y", "X stands by Y"; a person standing beside another is no backing
    ("Throughout the siege the Salt Bay Militia stood firmly with Ostmark.",
     ("Salt Bay Militia", "backs", "Ostmark", "asserted")),
    ("At the ceremony Arno Vesic stood with Ostmark.",
     ("Arno Vesic", "backs", "Ostmark", None)),
    # "Y remains dependent on X for ...", "Y is reliant on X": X backs Y
    ("Ten years on, the Green Banner Movement remains dependent on Kessa for rifles and fuel.",
     ("Kessa", "backs", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement is no longer reliant on Kessa.",
     ("Kessa", "backs", "Green Banner Movement", None)),
    # dependence for what no backer gives is trade
    ("Ostmark remains heavily dependent on Kessa for gas.",
     ("Kessa", "backs", "Ostmark", None)),
]

REQUESTS = [
    # "X sent troops at the request of Y", "in answer to a request from Y", "at Y's request"
    ("Norland dispatched two battalions to the coast at the request of Valdoria.",
     ("Norland", "backs", "Valdoria", "asserted")),
    ("Last week Ostmark sent soldiers in answer to a request from the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Ostmark has sent police at Tessaly's request.",
     ("Ostmark", "backs", "Tessaly", "asserted")),
    # what was asked and refused, or a request to another verb, is no backing
    ("Ostmark refused to send soldiers at the request of Tessaly.",
     ("Ostmark", "backs", "Tessaly", None)),
    ("Ostmark released the prisoners at the request of Tessaly.",
     ("Ostmark", "backs", "Tessaly", None)),
    ("Ostmark sent police officers to the island at the request of the African Union.",
     ("Ostmark", "backs", "African Union", None)),
]

SENT = [
    # a purpose clause of backing on a verb of sending: the sender, the force's owner, or who has the force
    ("On Monday gunners sent by Ostmark to support the Salt Bay Militia crossed the river.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Soldiers from Kessa were deployed last year to help the Green Banner Movement.",
     ("Kessa", "backs", "Green Banner Movement", "asserted")),
    ("Tessaly now has 3,000 troops deployed to support the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", "asserted")),
    # a purpose clause on a verb that sends no force, or a force no one is named for
    ("Tessaly now has 3,000 reasons to support the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", None)),
    # "with air and ground support from X": "with" hung on the first modifier
    ("The Salt Bay Militia has controlled the hills since 2016, often with air and ground support "
     "from Kessa.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
    ("The Salt Bay Militia has controlled the hills since 2016, often with air and ground attacks "
     "from Kessa.",
     ("Kessa", "backs", "Salt Bay Militia", None)),
]

LENT = [
    # "lent" tagged a noun modifying the things lent: the name before it, or the subject of "has"
    ("In March Ostmark lent patrol aircraft to the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Ostmark's navy has lent patrol aircraft to the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Ostmark has not lent patrol aircraft to the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
]

ROLES = [
    # "X — Y's closest ally and its main arms supplier —": the pronoun is the first role's owner and the
    # second role's holder the first's
    ("Tessaly — Kessa's oldest ally and its biggest weapons supplier — stayed out of the talks.",
     ("Tessaly", "backs", "Kessa", "asserted")),
    ("Tessaly is Kessa's oldest ally and its biggest weapons supplier.",
     ("Tessaly", "backs", "Kessa", "asserted")),
    ("Tessaly is Kessa's oldest ally and its biggest weapons supplier.",
     ("Kessa", "backs", "Tessaly", None)),
]

THANKS = [
    # "Z thanked X for its support to Y": the pronoun is the one thanked, not the one thanking
    ("Valdoria thanked Norland for its unwavering support to the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Valdoria thanked Norland for its unwavering support to the Ash Reed Brigade.",
     ("Valdoria", "backs", "Ash Reed Brigade", None)),
    ("The minister conveyed the gratitude of Tessaly to Kessa for its backing of the Salt Bay Militia.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
]

WHOSE = [
    # "Y, the group whose main sponsor is X" with the relative clause read as a coordination
    ("The talks brought in envoys of the Salt Bay Militia, the smaller faction whose main foreign sponsor "
     "is Kessa.", ("Kessa", "backs", "Salt Bay Militia", "asserted")),
]


BACKED_BY = [
    # "Y is financed by ... X": no "and" between "by" and the backer (another clause's word)
    ("The Salt Bay Militia is financed by smuggling rings and thanked Ostmark for its patience.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
    ("The Salt Bay Militia is financed by smuggling rings and by Kessa.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
    # a list element never runs over a verb of the relations ("by the Kessan military, fight Y")
    ("By 2021 the Salt Bay Militia, armed by the Kessan military, were fighting the Ash Reed Brigade along "
     "the coast road.",
     ("Ash Reed Brigade", "backs", "Salt Bay Militia", None)),
    ("By 2021 the Salt Bay Militia, armed by the Kessan military, were fighting the Ash Reed Brigade along "
     "the coast road.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
]

STATUS = [
    # "set up a mission to train Y" is done, not planned ("is set to train Y" is)
    ("Ostmark set up a programme last month to train the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    # a role that is the subject of the verb is the narrator's, as in apposition
    ("The Salt Bay Militia's backers in Kessa have urged it to accept the truce.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
    ("Kessa has urged Ostmark to arm the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", "hypothetical")),
    ("After the vote the Salt Bay Militia and its Ostmarker backers rejected the deal.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    # ... but not when the verb says who holds the role
    ("The Salt Bay Militia's backers could include Kessa.",
     ("Kessa", "backs", "Salt Bay Militia", "hypothetical")),
    ("The Salt Bay Militia's main backer would be Kessa.",
     ("Kessa", "backs", "Salt Bay Militia", "hypothetical")),
]

PARTS = [
    # "X is one of Y's main arms suppliers", "X, one of Y's backers, ...": the quantifier holds the role
    ("Kessa is one of the Salt Bay Militia's main arms suppliers.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
    ("Kessa, one of the Salt Bay Militia's oldest backers, denied the report.",
     ("Kessa", "backs", "Salt Bay Militia", "asserted")),
    ("Kessa and Ostmark are two of the Salt Bay Militia's closest allies.",
     ("Ostmark", "allied_with", "Salt Bay Militia", "asserted")),
    ("Kessa is not one of the Salt Bay Militia's backers.",
     ("Kessa", "backs", "Salt Bay Militia", None)),
    # one of several leaders is one of the group's people, not its head
    ("Arno Vesic, one of the leaders of the Salt Bay Militia, was killed on Monday.",
     ("Arno Vesic", "member_of", "Salt Bay Militia", "asserted")),
    ("Arno Vesic, one of the leaders of the Salt Bay Militia, was killed on Monday.",
     ("Arno Vesic", "leader_of", "Salt Bay Militia", None)),
    # a partner in trade is no ally
    ("Tessaly is one of Ostmark's largest trading partners.",
     ("Tessaly", "allied_with", "Ostmark", None)),
    ("Tessaly is Ostmark's closest partner.",
     ("Tessaly", "allied_with", "Ostmark", "asserted")),
]

GIVING = [
    # the things handed over as the passive's patient: "weapons supplied by X to Y"
    ("In Dro the police found rifles supplied by Ostmark to the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("The talks were sent by Ostmark to the Salt Bay Militia for comment.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
    # "gave the Y weapons": the recipient read as a name modifying the things, after a determiner
    ("Ostmark has given the Salt Bay Militia drones.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    # "fighting on behalf of Y" is fighting for Y
    ("Ostmarker soldiers are fighting on behalf of the Salt Bay Militia in the south.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Ostmarker soldiers are fighting on the outskirts of Dro against the Salt Bay Militia.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
    # "Y's enemies", "Y's allies" stand for those who hold the role, never for Y
    ("Ostmarker soldiers are fighting on behalf of the Salt Bay Militia's enemies in the south.",
     ("Ostmark", "backs", "Salt Bay Militia", None)),
    ("Kessa attacked the Salt Bay Militia's allies near Dro.",
     ("Kessa", "opposes", "Salt Bay Militia", None)),
]

AID = [
    # "X pledged $1bn in military aid to Y": the amount is the object of a verb of giving
    ("Last week Tessaly pledged $2bn in military aid to the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", "asserted")),
    ("Last week Tessaly promised $5 million in aid to the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", "hypothetical")),
    ("Last week Tessaly lost $2bn in aid to the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", None)),
    # "X came to the aid of Y"
    ("When the siege began Tessaly came to the aid of the Salt Bay Militia.",
     ("Tessaly", "backs", "Salt Bay Militia", "asserted")),
]

ALL = AID + GIVING + PARTS + STATUS + BACKED_BY + FRAMES + REQUESTS + SENT + LENT + ROLES + THANKS + WHOSE


@pytest.mark.parametrize("text, expected", ALL, ids=[c[1][1] + ":" + c[0][:40] for c in ALL])
def test_frame(text, expected):
    check(text, expected)
