"""Fixes from a cold review of new readings: a modal or a condition over "keep"/"continue", responsibility
claimed with a negator, a planned or failed taking of a place, disarming under a deal, a prospect for a post,
political vows, and states that sponsor an armed group (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "keep"/"continue" under a modal, a verb of wish or plan, or with a condition: a possibility
    ("Norland could continue to arm the Dawn Front if the embargo lapses.",
     ("Norland", "backs", "Dawn Front", "hypothetical")),
    ("Norland would keep fighting the Dawn Front if the talks failed.",
     ("Norland", "opposes", "Dawn Front", "hypothetical")),
    ("Norland may continue backing the Dawn Front, analysts said.", ("Norland", "backs", "Dawn Front", None)),
    ("Norland might decide to keep funding the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "hypothetical")),
    ("Norland will keep arming the Dawn Front unless Kessa objects.",
     ("Norland", "backs", "Dawn Front", None)),
    ("Norland should continue supporting the Dawn Front.", ("Norland", "backs", "Dawn Front", None)),
    # a vow or threat right above "keep"/"continue", or the plain verb: under way
    ("Norland vowed to keep fighting the Dawn Front.", ("Norland", "opposes", "Dawn Front", "asserted")),
    ("Norland threatened to continue shelling the Dawn Front.",
     ("Norland", "opposes", "Dawn Front", "asserted")),
    ("Norland continues to arm the Dawn Front.", ("Norland", "backs", "Dawn Front", "asserted")),
    # responsibility or credit with a negator is not owned
    ("The Dawn Front claimed no responsibility for the ambush on Tessaly's convoy.",
     ("Dawn Front", "opposes", "Tessaly", None)),
    ("The Dawn Front claimed no responsibility for the raid on Kessa's outpost.",
     ("Dawn Front", "opposes", "Kessa", None)),
    ("The Dawn Front claimed responsibility for the ambush on Tessaly's convoy.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    # a planned or failed taking of a place is no hold on it
    ("Norland's planned annexation of Olo drew protests.", ("Norland", "controls", "Olo", None)),
    ("Norland's proposed annexation of Olo drew protests.", ("Norland", "controls", "Olo", None)),
    ("Norland's attempted seizure of the town of Olo drew protests.", ("Norland", "controls", "Olo", None)),
    ("The Dawn Front's capture of the town of Olo drew protests.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    # disarming is often by agreement: no hostility
    ("The peace deal requires Kessa to disarm the Dawn Front by June.",
     ("Kessa", "opposes", "Dawn Front", None)),
    ("Kessa agreed to disarm the Dawn Front.", ("Kessa", "opposes", "Dawn Front", None)),
    # an infinitive under a passive: a post given, or only a prospect
    ("Ivo Marr was tipped to lead the Dawn Front after the vote.",
     ("Ivo Marr", "leader_of", "Dawn Front", None)),
    ("Ivo Marr was tipped to head the Dawn Front.", ("Ivo Marr", "leader_of", "Dawn Front", None)),
    ("Ivo Marr was appointed to lead the Dawn Front.", ("Ivo Marr", "leader_of", "Dawn Front", "asserted")),
    ("Ivo Marr was chosen to head the Dawn Front.", ("Ivo Marr", "leader_of", "Dawn Front", "asserted")),
    # a vow to confront a rival over policy is no fight; a vow to crush one is
    ("The Unity Party promised to confront the Liberal Union over the budget.",
     ("Unity Party", "opposes", "Liberal Union", None)),
    ("Norland vowed to crush the Dawn Front.", ("Norland", "opposes", "Dawn Front", "asserted")),
    # states that create an armed group sponsor it; states that form a bloc sit in it
    ("Norland and Tessaly created the Dawn Front to fight Kessa.",
     ("Norland", "member_of", "Dawn Front", None)),
    ("Norland and Tessaly launched the Dawn Front in 2019.", ("Tessaly", "member_of", "Dawn Front", None)),
    ("Norland and Tessaly formed the Dawn Front to fight Kessa.",
     ("Norland", "member_of", "Dawn Front", None)),
    ("Norland, Tessaly and Kessa formed the Northern Defence Council.",
     ("Norland", "member_of", "Northern Defence Council", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_fixa_case(text, expected):
    check(text, expected)
