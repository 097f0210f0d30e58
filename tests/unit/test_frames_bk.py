"""Backing and alliances: more verbs of handing aid over, refuge as aid, aid that moves ("weapons flowed from
X to Y"), a supplier of arms to someone, "paid for Y's weapons", "shore up", a verb the parser reads as a
modifier of the aid after it, ties made together by a plural subject ("X and Y formed an alliance", "joined
forces"), and "its allies in the Y Brigade" (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

A = "asserted"

CASES = [
    # more verbs of handing aid over, with the recipient after "to"; what is handed over must be aid
    ("Norland smuggled weapons to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland has funnelled money and arms to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland channelled funds to the Dawn Front through Kessa.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland airlifted ammunition to Tessaly.", ("Norland", "backs", "Tessaly", A)),
    ("Norland donated rifles to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland passed intelligence to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Tessaly seized weapons smuggled by Norland to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland denies smuggling weapons to the Dawn Front.", ("Norland", "backs", "Dawn Front", "denied")),
    ("Tessaly accuses Norland of funnelling cash to the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "alleged")),
    ("Norland smuggled refugees to Tessaly.", ("Norland", "backs", "Tessaly", None)),
    ("Norland passed the message to Tessaly.", ("Norland", "backs", "Tessaly", None)),
    ("Norland passed the chairmanship to Tessaly.", ("Norland", "backs", "Tessaly", None)),
    # refuge as aid
    ("Norland gave the Dawn Front safe haven.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland has provided sanctuary to the Dawn Front for years.", ("Norland", "backs", "Dawn Front", A)),
    # a verb right after a name that the parser reads as a modifier of the aid after it
    ("Norland delivered tanks to Tessaly last year.", ("Norland", "backs", "Tessaly", A)),
    ("The war dragged on, with Norland supplying weapons to the Dawn Front.",
     ("Norland", "backs", "Dawn Front", A)),
    # aid that moves: goods or money as the subject, not people
    ("Since 2019, weapons have flowed from Norland to the Dawn Front.",
     ("Norland", "backs", "Dawn Front", A)),
    ("Weapons flowed from Norland to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Money poured in from Norland to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Arms continued to flow to the Dawn Front from Norland.", ("Norland", "backs", "Dawn Front", A)),
    ("Weapons from Norland reached the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("The flow of weapons from Norland to the Dawn Front continued.", ("Norland", "backs", "Dawn Front", A)),
    ("Refugees flowed from Tessaly to Norland.", ("Tessaly", "backs", "Norland", None)),
    ("The flow of refugees from Tessaly to Norland grew.", ("Tessaly", "backs", "Norland", None)),
    ("Reports reached Tessaly from Norland.", ("Norland", "backs", "Tessaly", None)),
    # a supplier of a thing to someone
    ("Norland is a key supplier of weapons to the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland, the main supplier of arms to Tessaly, sent jets.", ("Norland", "backs", "Tessaly", A)),
    ("Norland is a supplier of gas to Tessaly and Kessa.", ("Norland", "backs", "Tessaly", None)),
    # paying for what another owns
    ("Norland paid for the Dawn Front's weapons.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland pays for much of the equipment of the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland paid for Tessaly's oil.", ("Norland", "backs", "Tessaly", None)),
    ("Norland will pay for the Dawn Front's crimes.", ("Norland", "backs", "Dawn Front", None)),
    # "shore up", also with "up" read as the object's preposition
    ("Norland intervened to shore up Tessaly.", ("Norland", "backs", "Tessaly", A)),
    ("Norland sent troops to shore up the Dawn Front.", ("Norland", "backs", "Dawn Front", A)),
    ("Norland shored up its defences against Tessaly.", ("Norland", "backs", "Tessaly", None)),
    # ties made together by a plural subject, with no partner after "with"
    ("Norland and Tessaly formed an alliance in 2019.", ("Norland", "allied_with", "Tessaly", A)),
    ("Norland and the Dawn Front forged a military alliance.", ("Norland", "allied_with", "Dawn Front", A)),
    ("Norland and Tessaly entered into an alliance.", ("Norland", "allied_with", "Tessaly", A)),
    ("Norland and Tessaly, which formed an alliance in 2019, attacked Kessa.",
     ("Norland", "allied_with", "Tessaly", A)),
    ("The Dawn Front and the Olo Brigade joined forces last year.",
     ("Dawn Front", "allied_with", "Olo Brigade", A)),
    ("The Dawn Front and the Olo Brigade teamed up against Tessaly.",
     ("Dawn Front", "allied_with", "Olo Brigade", A)),
    ("The Dawn Front and the Olo Brigade allied in 2019.", ("Dawn Front", "allied_with", "Olo Brigade", A)),
    ("Norland and Tessaly may form an alliance.", ("Norland", "allied_with", "Tessaly", "hypothetical")),
    ("Norland and Tessaly refused to form an alliance.", ("Norland", "allied_with", "Tessaly", None)),
    ("Norland and Tessaly left the alliance.", ("Norland", "allied_with", "Tessaly", None)),
    ("Norland and Tessaly each formed an alliance with Kessa.", ("Norland", "allied_with", "Tessaly", None)),
    ("Norland and Tessaly sought an alliance.", ("Norland", "allied_with", "Tessaly", None)),
    ("Two Norlandic brigades joined forces near Olo.", ("Norland", "allied_with", "Norland", None)),
    # "its allies in" a group (not a place or a state, nor a chamber)
    ("The Dawn Front and its allies in the Olo Brigade took the town.",
     ("Dawn Front", "allied_with", "Olo Brigade", A)),
    ("Norland relies on its allies in the Dawn Front.", ("Norland", "allied_with", "Dawn Front", A)),
    ("Norland and its allies in Tessaly's parliament blocked the bill.",
     ("Norland", "allied_with", "Tessaly", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_backing_case(text, expected):
    check(text, expected)
