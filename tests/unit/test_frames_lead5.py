"""Heads of groups named where the parse hangs the role away from its owner: a second role coordinated
with a first one ("X, the deputy head of Y and commander of Z", "X, Y's founder and boss"), the
hyphenated "Secretary-General of Y", and "X, the movement led by Y" with the noun hung elsewhere.

Invented sentences with the phrasing tests' gazetteer: a relation that must be read (subject,
predicate, object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a second role whose "of" phrase the parse hangs on the first role's owner
    ("The truce was signed by General Arno Vesic, the deputy head of the Harbour Council and commander of "
     "the Dawn Front (DF).", ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("General Arno Vesic, the deputy head of the Harbour Council and commander of the Dawn Front, spoke.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # ... a deputy of the second is one of its people
    ("General Arno Vesic, the deputy head of the Harbour Council and deputy commander of the Dawn Front, "
     "spoke.", ("Arno Vesic", "leader_of", "Dawn Front", None)),
    # the second role with the owner on the first
    ("Arno Vesic, the founder and leader of the Dawn Front, spoke on Monday.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("Arno Vesic, a founder and former leader of the Dawn Front, spoke on Monday.",
     ("Arno Vesic", "leader_of", "Dawn Front", None)),
    ("Arno Vesic fled. Vesic, the Dawn Front's founder and boss, says the army shelled his camp.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # "Secretary-General" with "General" the head word: the first "of" phrase only
    ("The minister received the Secretary-General of the Harbour Council, Lena Dorn, and the envoy of "
     "Tessaly.", ("Lena Dorn", "leader_of", "Harbour Council", "asserted")),
    ("The minister received the Secretary-General of the Harbour Council, Lena Dorn, and the envoy of "
     "Tessaly.", ("Lena Dorn", "leader_of", "Tessaly", None)),
    ("The accord was witnessed by the secretary-general of the Harbour Council, Lena Dorn.",
     ("Lena Dorn", "leader_of", "Harbour Council", "asserted")),
    # a common noun in apposition to a named actor, described by a participle of leading
    ("The Dawn Front, the council of retired colonels headed by Arno Vesic, lost the port in May.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("The army drove the Dawn Front (DF), the junta of former police officers led by Ivo Brenk, out of the "
     "port.", ("Ivo Brenk", "leader_of", "Dawn Front", "asserted")),
    # ... not a part of it that the man leads
    ("The army drove the Dawn Front, the armed wing led by Ivo Brenk, out of the port.",
     ("Ivo Brenk", "leader_of", "Dawn Front", None)),
    # a man's named group owned through "whose", past his role between commas
    ("The talks went through Arno Vesic, the former mayor, whose Dawn Front party is Tessaly's closest ally.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("The talks went through Arno Vesic, whose Dawn Front movement holds the port.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # ... not a state's, nor the men of the group
    ("The talks went through Tessaly, whose Dawn Front movement holds the port.",
     ("Tessaly", "leader_of", "Dawn Front", None)),
    ("The talks went through Arno Vesic, whose Dawn Front fighters hold the port.",
     ("Arno Vesic", "leader_of", "Dawn Front", None)),
    # a general of a state is not its head
    ("The minister received General Lena Dorn of Tessaly.", ("Lena Dorn", "leader_of", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_phrasing(text, expected):
    check(text, expected)
