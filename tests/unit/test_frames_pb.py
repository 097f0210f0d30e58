"""Parties and go-betweens of agreements (``party_to``, ``brokered``): constructions of round 8, each on
texts written for these tests (invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

_WAR = ("Since 2019 the Dawn Front has fought Valdoria in the marshes, and in March Valdoria and the Dawn "
        "Front signed the Olo Accord in Hale. ")

CASES = [
    # a relative clause with no relative word after an agreement: the agreement is the verb's object
    (_WAR + "That accord rests on the Reed Truce the two sides agreed last winter near the lakes.",
     ("Dawn Front", "party_to", "Reed Truce", "asserted")),
    (_WAR + "That accord rests on the Reed Truce the two sides agreed last winter near the lakes.",
     ("Valdoria", "party_to", "Reed Truce", "asserted")),
    # ... with "the two sides" the two parties of the last agreement signed, when no fight set them apart
    ("Valdoria's defence minister, Ivo Marek, and the Dawn Front's leader, Lena Varo, signed the Olo Accord "
     "in Hale in March. It builds on the Reed Truce the two sides agreed four years ago.",
     ("Valdoria", "party_to", "Reed Truce", "asserted")),
    ("Valdoria's defence minister, Ivo Marek, and the Dawn Front's leader, Lena Varo, signed the Olo Accord "
     "in Hale in March. It builds on the Reed Truce the two sides agreed four years ago.",
     ("Ivo Marek", "party_to", "Reed Truce", None)),
    ("Observers say the Reed Truce the Dawn Front accepted in 2020 has mostly held in the north.",
     ("Dawn Front", "party_to", "Reed Truce", "asserted")),
    # ... but not a clause whose verb signs nothing
    ("Observers say the Reed Truce the Dawn Front mocked in 2020 has mostly held in the north.",
     ("Dawn Front", "party_to", "Reed Truce", None)),
    # people who sign for the owners of their "of" phrase: the owners are parties
    ("In Vesk the foreign ministers of Kessa and Tessaly signed the Salt Road Pact on Monday.",
     ("Kessa", "party_to", "Salt Road Pact", "asserted")),
    ("In Vesk the foreign ministers of Kessa and Tessaly signed the Salt Road Pact on Monday.",
     ("Tessaly", "party_to", "Salt Road Pact", "asserted")),
    ("In Vesk the foreign ministers of Kessa and Tessaly discussed the Salt Road Pact on Monday.",
     ("Kessa", "party_to", "Salt Road Pact", None)),
    # "the (same) two leaders/men" as a signer: the last two persons named
    ("Ivo Marek and Lena Varo met in Hale on Monday. The two leaders signed the Olo Accord shortly before "
     "dawn.",
     ("Lena Varo", "party_to", "Olo Accord", "asserted")),
    ("Valdoria sent Ivo Marek to the talks and Tessaly sent Lena Varo. Four years earlier the same two men "
     "had signed the Reed Truce in Brenn.",
     ("Ivo Marek", "party_to", "Reed Truce", "asserted")),
    ("Ivo Marek and Lena Varo met in Hale on Monday. The two leaders' aides signed the Olo Accord shortly "
     "before dawn.",
     ("Lena Varo", "party_to", "Olo Accord", None)),
    # "A, reached after talks mediated by X": X mediated the agreement and signed nothing
    ("The pact, reached after long negotiations mediated by Ivo Marek, hands the Dawn Front two ministries.",
     ("Ivo Marek", "party_to", "pact", None)),
    ("The pact, reached after long negotiations mediated by Ivo Marek, hands the Dawn Front two ministries.",
     ("Ivo Marek", "brokered", "pact", "asserted")),
    ("The pact, signed in Hale by Ivo Marek, hands the Dawn Front two ministries.",
     ("Ivo Marek", "party_to", "pact", "asserted")),
    # "the Z-based X": the place where the go-between sits brokered nothing
    ("Talks on the Reed Accord, which the rebels later tore up, had been mediated by the Vesk-based Harbour "
     "Dialogue Centre.",
     ("Harbour Dialogue Centre", "brokered", "Reed Accord", "asserted")),
    ("Talks on the Reed Accord, which the rebels later tore up, had been mediated by the Vesk-based Harbour "
     "Dialogue Centre.",
     ("Norland", "brokered", "Reed Accord", None)),
    # a timeline's present tense after "the two countries": the pair signs
    ("Kessa's army and Tessaly's border guards clash near the dam for a week in May 2019. Dozens die before "
     "the two countries sign a truce in Brenn.",
     ("Tessaly", "party_to", "truce", "asserted")),
    ("Kessa's army and Tessaly's border guards clash near the dam for a week in May 2019. Dozens die before "
     "the two countries discuss a truce in Brenn.",
     ("Tessaly", "party_to", "truce", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][-50:] for c in CASES])
def test_frames_pb(text, expected):
    check(text, expected)
