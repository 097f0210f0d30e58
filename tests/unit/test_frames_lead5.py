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
    ("The flooded barracks were toured on Friday by Colonel Arno Vesic, a deputy chief of the Harbour "
     "Council and commander of the Dawn Front (DF).", ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("General Arno Vesic, vice-chair of the Harbour Council and commander of the Dawn Front, inspected the "
     "new recruits.", ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # ... a deputy of the second is one of its people
    ("General Arno Vesic, vice-chair of the Harbour Council and deputy commander of the Dawn Front, "
     "inspected the new recruits.", ("Arno Vesic", "leader_of", "Dawn Front", None)),
    # ... after a first title that the mentions read as a name
    ("In a letter to both camps, Lena Dorn, Special Envoy of the Secretary-General and head of Harbour "
     "Watch, asked for a prisoner swap.", ("Lena Dorn", "leader_of", "Harbour Watch", "asserted")),
    # the second role with the owner on the first
    ("Arno Vesic, the founder and leader of the Dawn Front, spoke on Monday.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("Arno Vesic, a founder and former leader of the Dawn Front, spoke on Monday.",
     ("Arno Vesic", "leader_of", "Dawn Front", None)),
    ("Arno Vesic went into hiding. Vesic, the Dawn Front's founder and boss, blames the navy for the fire at "
     "his depot.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # ... with the first role read as the name's conjunct
    ("Nobody has seen Arno Vesic since March. Vesic, Dawn Front's founder and boss, insists that a drone hit "
     "his house in the hills.", ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # a surname alone, met many times with no sign of a person before the role, is still the full name's man
    ("Tessaly lifted its warrant for Arno Vesic in May. Norland's envoy met Vesic twice. Kessa has said "
     "little about Vesic. Reporters found Vesic at a roadside cafe. Students booed Vesic in Dro. Vesic, Dawn "
     "Front's founder and boss, insists that a drone hit his house in the hills.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    # a nickname in quotes inside a man's name: one man, not a surname read as a group of its own
    ("Norland sold boats to the G7 gang of Arno “Hammer” Vesic, a former soldier.",
     ("Arno “Hammer” Vesic", "leader_of", "G7", "asserted")),
    ("The alliance brings together the G7 of Arno “Hammer” Vesic, a sacked customs officer, and the Salt Bay "
     "Militia.",
     ("Arno “Hammer” Vesic", "leader_of", "G7", "asserted")),
    # "Secretary-General" with "General" the head word: the first "of" phrase only
    ("At the head of the table sat the Secretary-General of the Harbour Council, Lena Dorn, flanked by the "
     "envoy of Tessaly.", ("Lena Dorn", "leader_of", "Harbour Council", "asserted")),
    ("At the head of the table sat the Secretary-General of the Harbour Council, Lena Dorn, flanked by the "
     "envoy of Tessaly.", ("Lena Dorn", "leader_of", "Tessaly", None)),
    ("The accord was witnessed by the secretary-general of the Harbour Council, Lena Dorn.",
     ("Lena Dorn", "leader_of", "Harbour Council", "asserted")),
    # a common noun in apposition to a named actor, described by a participle of leading
    ("The Dawn Front, the council of retired colonels headed by Arno Vesic, lost the port in May.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("Rebels seized the port from the Dawn Front (DF), the junta of retired customs officers led by Ivo "
     "Brenk, in March.", ("Ivo Brenk", "leader_of", "Dawn Front", "asserted")),
    # ... not a part of it that the man leads
    ("Rebels seized the port from the Dawn Front, the armed wing led by Ivo Brenk, in March.",
     ("Ivo Brenk", "leader_of", "Dawn Front", None)),
    # "known as X and (now) led by Y": the name given is what Y leads
    ("His old band, known as the Dawn Front and still led by his nephew Arno Vesic, set fire to the grain "
     "mill at Olo last winter.", ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("The group, known as the Dawn Front and led by Arno Vesic, declared war.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("The group, known as the Dawn Front and led by Arno Vesic's brother, declared war.",
     ("Arno Vesic", "leader_of", "Dawn Front", None)),
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
    ("The Secretary-General of the Harbour Council, Mr Ivo Brenk, who flew in with two aides on Sunday, "
     "chaired the last round.",
     ("Ivo Brenk", "leader_of", "Harbour Council", "asserted")),
    # the holder's name after the owner's comma, hung by the parse on the main clause
    ("In the old customs house the deal was initialled by Tessaly's minister of the interior, Pavel Roon, "
     "and by the chairman of the Dawn Front (DF), Arno Vesic.",
     ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    ("In the old customs house the deal was initialled by Tessaly's minister of the interior, Pavel Roon, "
     "and by the deputy chairman of the Dawn Front (DF), Arno Vesic.",
     ("Arno Vesic", "leader_of", "Dawn Front", None)),
    # a general of a state is not its head
    ("The minister received General Lena Dorn of Tessaly.", ("Lena Dorn", "leader_of", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_phrasing(text, expected):
    check(text, expected)


TABLE = ("Who is who in the valley war.\n\n"
         "| Actor | Leader | Position on the truce |\n"
         "|---|---|---|\n"
         "| Dawn Front (DF) | Arno Vesic | Signed in May. Its monitors report to the UN. |\n"
         "| Salt Bay Militia (SBM) | unknown | rejects it; led by Ivo Brenk until 2019 |\n"
         "| Green Banner Movement | Lena Dorn | not a party |\n")
LISTED = ("The actors.\n\n"
          "| Actor | Side | What to know |\n"
          "|---|---|---|\n"
          "| Dawn Front (DF) | rebels | Led by Arno Vesic; holds the port. |\n"
          "| Salt Bay Militia | militia | Fought the DF in 2022; Ivo Brenk is its spokesman. |\n"
          "| Government of Tessaly | state | Norland | President Lena Dorn staked her term on it. |\n"
          "| Ostmark | guarantor | — | Foreign Minister Ana Rusk chairs the monitors. |\n")
TABLE_CASES = [
    # a column headed "Leader": the first person of the cell heads the row's actor
    (TABLE, ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    (TABLE, ("Lena Dorn", "leader_of", "Green Banner Movement", "asserted")),
    # ... not a man the row names in another column
    (TABLE, ("Ivo Brenk", "leader_of", "Salt Bay Militia", None)),
    # a cell that opens with "Led by"
    (LISTED, ("Arno Vesic", "leader_of", "Dawn Front", "asserted")),
    (LISTED, ("Ivo Brenk", "leader_of", "Salt Bay Militia", None)),
    # a state's row with a cell that opens with its head's title
    (LISTED, ("Lena Dorn", "leader_of", "Tessaly", "asserted")),
    (LISTED, ("Ana Rusk", "leader_of", "Ostmark", None)),
]


@pytest.mark.parametrize("text, expected", TABLE_CASES, ids=[c[1][0] + ":" + c[1][2] for c in TABLE_CASES])
def test_table_rows(text, expected):
    check(text, expected)
