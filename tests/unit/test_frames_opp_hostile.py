"""Hostile acts: acts under way under a vow or a modal, verbs of defeat, nouns of a standoff, forces named by
a noun before the force, reported clashes (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # an act under "keep" or "continue" is under way under a vow or threat, or a reported future ("would");
    # under another modal or with a condition it stays a possibility (see test_frames_fixa)
    ("The Dawn Front vowed to keep fighting Tessaly.", ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("Kessa said its troops would continue shelling the Dawn Front.",
     ("Kessa", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front warned it would keep attacking Tessalian convoys.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("The Dawn Front threatened to attack Tessaly.", ("Dawn Front", "opposes", "Tessaly", None)),
    ("The Dawn Front refused to keep fighting Tessaly.", ("Dawn Front", "opposes", "Tessaly", None)),
    ("If the Dawn Front keeps attacking Tessaly, Norland will act.",
     ("Dawn Front", "opposes", "Tessaly", None)),
    ("The Dawn Front has stopped attacking Tessaly.", ("Dawn Front", "opposes", "Tessaly", None)),
    # verbs of defeat; a contest is no fight
    ("Tessaly's army routed the Dawn Front near Olo.", ("Tessaly", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front was crushed by Tessalian troops in 2019.",
     ("Tessaly", "opposes", "Dawn Front", "asserted")),
    ("Norland dislodged the Dawn Front from the hills.", ("Norland", "opposes", "Dawn Front", "asserted")),
    ("Kessa vowed to crush the Dawn Front.", ("Kessa", "opposes", "Dawn Front", "asserted")),
    ("Ostmarker troops failed to dislodge the Dawn Front from Olo.",
     ("Ostmark", "opposes", "Dawn Front", None)),
    ("Tessaly routed Norland 4-0 in the cup final.", ("Tessaly", "opposes", "Norland", None)),
    ("Tessaly crushed Norland in the football qualifier.", ("Tessaly", "opposes", "Norland", None)),
    # nouns of a standoff or a skirmish
    ("Kessa's month-long standoff with the Dawn Front has closed the border.",
     ("Kessa", "opposes", "Dawn Front", "asserted")),
    ("Norland remains locked in a standoff with Tessaly over the dam.",
     ("Norland", "opposes", "Tessaly", "asserted")),
    ("Skirmishes between Norland and the Dawn Front continued into the night.",
     ("Norland", "opposes", "Dawn Front", "asserted")),
    ("Tessalian troops fought a gunbattle with the Dawn Front outside Olo.",
     ("Tessaly", "opposes", "Dawn Front", "asserted")),
    # a force named on the force noun before the head; a demonym before what an attack hits
    ("Dawn Front gunmen exchanged fire with Tessalian police units overnight.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("The Dawn Front has been attacking Tessalian convoys along the coast road.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    # clashes reported with no one reporting them: the wire's report
    ("Clashes between Dawn Front fighters and Tessalian troops were reported near Olo.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("Clashes between Dawn Front fighters and Tessalian troops were reported by Norland.",
     ("Dawn Front", "opposes", "Tessaly", None)),
    # a holding taken by force
    ("Ostmarker commandos captured a Dawn Front base in the hills.",
     ("Ostmark", "opposes", "Dawn Front", "asserted")),
    ("Norland seized the Dawn Front's headquarters in Olo.",
     ("Norland", "opposes", "Dawn Front", "asserted")),
    ("Dawn Front positions were overrun by Tessalian troops.",
     ("Tessaly", "opposes", "Dawn Front", "asserted")),
    ("Norland took the Dawn Front's side in the dispute.", ("Norland", "opposes", "Dawn Front", None)),
    ("Norland took up positions near the Dawn Front's base.", ("Norland", "opposes", "Dawn Front", None)),
    # set against each other
    ("The raids set the Dawn Front and the Olo Brigade against each other.",
     ("Dawn Front", "opposes", "Olo Brigade", "asserted")),
    ("A dispute over grazing land has set Tessaly against Norland.",
     ("Tessaly", "opposes", "Norland", "asserted")),
    ("Norland set Tessaly a deadline against further delays.", ("Tessaly", "opposes", "Norland", None)),
    # rivals in a contest are no foes
    ("The Dawn Front and the Olo League, rivals for the same voters, held rallies.",
     ("Dawn Front", "opposes", "Olo League", None)),
    ("Talks between the Dawn Front and its rival, the Olo Brigade, collapsed.",
     ("Dawn Front", "opposes", "Olo Brigade", "asserted")),
    # an attack one owns up to; a truce broken
    ("The Dawn Front claimed responsibility for the ambush on a Norlandic convoy.",
     ("Dawn Front", "opposes", "Norland", "asserted")),
    ("Norland said the Dawn Front had claimed responsibility for the attack on Tessalian troops.",
     ("Dawn Front", "opposes", "Tessaly", "alleged")),
    ("The Dawn Front denied responsibility for the attack on Tessalian troops.",
     ("Dawn Front", "opposes", "Tessaly", None)),
    ("The Dawn Front broke its truce with Tessaly in May.", ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("Norland violated the ceasefire with the Dawn Front.", ("Norland", "opposes", "Dawn Front", "asserted")),
    # other senses of the trigger words
    ("Tessaly and Norland vowed to fight corruption together.", ("Tessaly", "opposes", "Norland", None)),
    ("The Dawn Front fought for Norland in the 1990s.", ("Dawn Front", "opposes", "Norland", None)),
    ("Storms battered Tessaly and Norland last week.", ("Tessaly", "opposes", "Norland", None)),
    ("Tessaly did not attack the Dawn Front.", ("Tessaly", "opposes", "Dawn Front", None)),
    ("Tessaly denied shelling Dawn Front positions.", ("Tessaly", "opposes", "Dawn Front", "denied")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_hostile_case(text, expected):
    check(text, expected)
