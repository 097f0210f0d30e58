"""Backing read across dashes the parser did not read as an apposition (invented sentences, invented
names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

DASHES = [
    # "X and Y — Z's main backers — ...": the names before the aside the role noun closes, the
    # narrator's description even under a refusal
    ("Kessa would not allow Norland and Ostmark — the Ash Reed Brigade's chief sponsors — to attend.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Kessa would not allow Norland and Ostmark — the Ash Reed Brigade's chief sponsors — to attend.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("Kessa barred Norland and Ostmark — old friends of Tessaly and the Ash Reed Brigade's paymasters — "
     "from the summit.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    # "Z's proxies — X in A, Y in B — ...": the names of the aside after the role noun, not its places
    ("Last year Valdoria's proxies — the Ash Reed Brigade in Salt Bay, the Green Banner Movement up "
     "north — mostly kept quiet.",
     ("Valdoria", "backs", "Green Banner Movement", "asserted")),
    ("Last year Valdoria's proxies — the Ash Reed Brigade in Salt Bay, the Green Banner Movement up "
     "north — mostly kept quiet.",
     ("Valdoria", "backs", "Salt Bay", None)),
    # a dash that opens no aside: the next clause's subject is no backer
    ("Kessa condemned the Ash Reed Brigade's sponsors — Ostmark replied that the claim was false.",
     ("Ostmark", "backs", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", DASHES, ids=[c[0][:50] for c in DASHES])
def test_dash_aside(text, expected):
    check(text, expected)


HYPHEN_APPOSED = [
    # "Y, the X-backed party that ...": the name before the comma, not whatever the noun was resolved to
    ("The Osk Party held a rally in Salt Bay on Monday. Arno Vesic, a former deputy leader of the Ash Reed "
     "Brigade, the Ostmark-backed party that controls the port, denies any role in the riot.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("The Osk Party held a rally in Salt Bay on Monday. Arno Vesic, a former deputy leader of the Ash Reed "
     "Brigade, the Ostmark-backed party that controls the port, denies any role in the riot.",
     ("Ostmark", "backs", "Osk Party", None)),
]


@pytest.mark.parametrize("text, expected", HYPHEN_APPOSED, ids=[str(c[1][3]) for c in HYPHEN_APPOSED])
def test_hyphen_compound_on_an_apposed_nominal(text, expected):
    check(text, expected)


POSTPOSED_PAIR = [
    # "Y, armed and paid by X": the first participle read as Y's adjective, the second (with "by X") as Y's
    # conjunct; X backs Y, never the other way round
    ("The Ash Reed Brigade, armed and paid by Ostmark, has held the river towns since a disputed election "
     "in 2017.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade, armed and paid by Ostmark, has held the river towns since a disputed election "
     "in 2017.",
     ("Ash Reed Brigade", "backs", "Ostmark", None)),
]


@pytest.mark.parametrize("text, expected", POSTPOSED_PAIR, ids=[str(c[1][3]) for c in POSTPOSED_PAIR])
def test_postposed_participle_pair(text, expected):
    check(text, expected)


SENT_CONJUNCT = [
    # "... thanked the soldiers from X, stationed there to support Y, and ...": the participle read as a
    # conjunct of the main verb still describes the force, whose owner backs Y
    ("The minister thanked the soldiers from Ostmark, stationed there since 2019 to support the Ash Reed "
     "Brigade, and promised more aid.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("The minister praised the soldiers from Ostmark, sent in 2019 to help the Ash Reed Brigade, and "
     "promised more aid.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    # people who are no force, and a verb of no sending, are not read
    ("The minister thanked the envoys from Ostmark, seated there to support the Ash Reed Brigade, and left.",
     ("Ostmark", "backs", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", SENT_CONJUNCT, ids=[c[0][24:60] for c in SENT_CONJUNCT])
def test_force_sent_read_as_conjunct(text, expected):
    check(text, expected)
