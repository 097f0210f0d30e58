"""Named operations and storms are events, never actors: "Operation Iron Gate", "Cyclone Mira" (invented
sentences, invented names). An operation's owner acts through it ("X's Operation Y retook Z")."""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    ("Cyclone Mira battered the Dawn Front's camps near Olo.",
     ("Cyclone Mira", "opposes", "Dawn Front", None)),
    ("Tropical Storm Lan hit the Dawn Front bases on the coast.",
     ("Tropical Storm Lan", "opposes", "Dawn Front", None)),
    ("The Dawn Front fought the Norland army during Operation Iron Gate.",
     ("Dawn Front", "opposes", "Operation Iron Gate", None)),
    ("The Dawn Front fought the Norland army during Operation Iron Gate.",
     ("Dawn Front", "opposes", "Norland", "asserted")),
    ("Operation Iron Gate, launched by Norland in March, now holds the port of Olo.",
     ("Operation Iron Gate", "controls", "Olo", None)),
    ("Norland's Operation Iron Gate retook Olo from the Dawn Front.",
     ("Norland", "controls", "Olo", "asserted")),
    ("Hurricane Ivo struck the Tessaly coast, and the Dawn Front seized Olo.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    # a body's name that opens with one of those words is still a body
    ("The Storm Brigade attacked the Dawn Front near Olo.",
     ("Storm Brigade", "opposes", "Dawn Front", "asserted")),
    ("Operation Lifeline Command attacked the Dawn Front near Olo.",
     ("Operation Lifeline Command", "opposes", "Dawn Front", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_event_names(text, expected):
    check(text, expected)


# "Y gunmen fought alongside X troops": the parser reads "fought" as a participle on "gunmen" and X's troops
# as its agent (no "by"); it is an active verb of fighting beside X
ALONGSIDE = [
    ("Dawn Front gunmen fought alongside Norland troops in the canal district.",
     ("Norland", "opposes", "Dawn Front", None)),
    ("Dawn Front gunmen fought alongside Norland troops in the canal district.",
     ("Dawn Front", "allied_with", "Norland", "asserted")),
    ("Dawn Front fighters battled alongside Norland soldiers near Olo.",
     ("Dawn Front", "allied_with", "Norland", "asserted")),
    ("The Lake Brigades were attacked by Norland troops near Olo.",
     ("Norland", "opposes", "Lake Brigades", "asserted")),
]


@pytest.mark.parametrize("text, expected", ALONGSIDE, ids=[c[1][1] + ":" + c[0][:40] for c in ALONGSIDE])
def test_fighting_alongside_misread_as_a_participle(text, expected):
    check(text, expected)
