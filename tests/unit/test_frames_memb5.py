"""Memberships stated by what a body is made of: "Y is made up of A and B", "Y consists of A", "A and B
make up Y", "Y brings together A and B", and a body the text introduces by its members ("a joint force made
up of X and Y battalions"); officials in a state's service named by a lower-case owner ("Government delegation
chief X", "X, the president's peace adviser") or by a portfolio title set off by a comma ("the Minister of
Home Affairs, Brigadier X"), on sentences written for these tests.

Each row is an invented sentence (states and groups from the phrasing tests' gazetteer, or unknown
names typed by their context), then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # verbs of composition: the members after "of", the body the subject
    ("Since its founding in 2019 the Harbour Coalition has been made up of the Dawn Front, the Night Legion "
     "and a few village guards.",
     ("Night Legion", "member_of", "Harbour Coalition", "asserted")),
    ("The Harbour Coalition consists of the Dawn Front and the Night Legion.",
     ("Dawn Front", "member_of", "Harbour Coalition", "asserted")),
    ("The Harbour Stabilisation Force is made up of Tessalian and Ostmarker battalions.",
     ("Ostmark", "member_of", "Harbour Stabilisation Force", "asserted")),
    # "A and B make up Y", "Y brings together A and B"
    ("The Dawn Front and the Night Legion make up the Harbour Coalition.",
     ("Dawn Front", "member_of", "Harbour Coalition", "asserted")),
    ("Since May the Harbour Coalition has brought together the Dawn Front and the Night Legion.",
     ("Night Legion", "member_of", "Harbour Coalition", "asserted")),
    # other readings of "make" and "bring" state no membership
    ("The Harbour Coalition made the Dawn Front pay for the raid on Olo.",
     ("Dawn Front", "member_of", "Harbour Coalition", None)),
    ("The Harbour Coalition brought the Dawn Front to the talks in Brenn.",
     ("Dawn Front", "member_of", "Harbour Coalition", None)),
    ("The Dawn Front made up its losses against the Harbour Coalition within a year.",
     ("Dawn Front", "member_of", "Harbour Coalition", None)),
    # a body introduced by its members is an actor of its own, named by its description
    ("Patrols in the valley are left to a joint monitoring force made up of Valdorian, Ostmarker and "
     "Tessalian battalions that rotate every six months.",
     ("Valdoria", "member_of", "joint monitoring force", "asserted")),
    ("Once the deal is signed, a four-member committee made up of Norland, Kessa, Ostmark and Tessaly will "
     "meet every month in Vesk to hear complaints from either side.",
     ("Kessa", "member_of", "four-member committee", "asserted")),
    # a state's own force is no body of members
    ("Valdoria sent a security force made up of Tessalian volunteers to Olo.",
     ("Tessaly", "member_of", "security force", None)),
    # a role in the state's service named by its lower-case owner: the state in context
    ("Valdoria suspended the talks in May. Government delegation chief Ilse Marten said the process was "
     "frozen.",
     ("Ilse Marten", "member_of", "Valdoria", "asserted")),
    ("Valdoria rejected the plan. Tomas Brel, the president's security adviser, said the talks were over.",
     ("Tomas Brel", "member_of", "Valdoria", "asserted")),
    ("Valdoria rejected the plan. Tomas Brel, the president's brother, said the talks were over.",
     ("Tomas Brel", "member_of", "Valdoria", None)),
    ("Valdoria rejected the plan. Tomas Brel, the rebels' chief negotiator, said the talks were over.",
     ("Tomas Brel", "member_of", "Valdoria", None)),
    # a portfolio title set off by a comma: a minister of the state in context, or of the state it names
    ("Valdoria kept two brigades in Olo through the winter. Speaking in Corvin on Monday, the Minister of "
     "Home Affairs, Brigadier Tomas Brel, promised that no unit would leave before spring.",
     ("Tomas Brel", "member_of", "Valdoria", "asserted")),
    ("Valdoria sent troops to Olo. Tomas Brel, the Minister of Defence of Valdoria, said the army would "
     "stay.",
     ("Tomas Brel", "member_of", "Valdoria", "asserted")),
    ("Talks between Valdoria and Tessaly resumed in Corvin on Friday after a pause of almost two months. "
     "Closing the first day, the Chairwoman of the Council for Frontier Affairs of the Republic of Tessaly, "
     "Lieutenant-General Ilse Marten, told the press that both delegations had agreed on an agenda.",
     ("Ilse Marten", "member_of", "Tessaly", "asserted")),
    ("Talks between Valdoria and Tessaly resumed in Corvin on Friday after a pause of almost two months. "
     "Closing the first day, the Chairwoman of the Council for Frontier Affairs of the Republic of Tessaly, "
     "Lieutenant-General Ilse Marten, told the press that both delegations had agreed on an agenda.",
     ("Ilse Marten", "member_of", "Valdoria", None)),
    ("Valdoria and the Dawn Front closed their talks in Olo on Sunday. The Deputy Minister of Justice of the "
     "Republic, Major-General Tomas Brel, initialled the text for the government.",
     ("Tomas Brel", "member_of", "Valdoria", "asserted")),
    # a portfolio of some other name is not the state's in context
    ("Valdoria sent troops to Olo. The Minister of Defence of Kessa, Tomas Brel, signed the protocol.",
     ("Tomas Brel", "member_of", "Valdoria", None)),
    # the head of the state itself is not one of its people
    ("Valdoria and Tessaly met in Brenn. The Chairman of Tessaly, Ilse Marten, signed the protocol.",
     ("Ilse Marten", "member_of", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_memb5(text, expected):
    check(text, expected)
