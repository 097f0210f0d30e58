"""Fixes from a second review of this round's constructions: guards that had dropped right readings
(invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

RB = "Red Brigade"

CASES = [
    # "take over" and "take into account" are no assault; other verbs keep "into account" out of it
    ("Norland seized the Red Brigade's headquarters, a move the analysts took into account.",
     ("Norland", "opposes", RB, "asserted")),
    ("Norland took Tessaly's positions on the trade talks into account.",
     ("Norland", "opposes", "Tessaly", None)),
    # a truce named with "agreement" after it is still a truce broken
    ("Norland broke the ceasefire agreement with the Red Brigade.", ("Norland", "opposes", RB, "asserted")),
    ("Norland breached its trade agreement with Tessaly by raising tariffs.",
     ("Norland", "opposes", "Tessaly", None)),
    # a vow to overthrow is a hostility of now; a vow to confront over a budget is politics
    ("Norland vowed to overthrow the Red Brigade.", ("Norland", "opposes", RB, "asserted")),
    ("The Unity Party promised to confront the Liberal Union over the budget.",
     ("Unity Party", "opposes", "Liberal Union", None)),
    # a passive that puts its subject in the role; one that only makes it a prospect
    ("Ivo Marek was forced to lead the Red Brigade after its founder died.",
     ("Ivo Marek", "leader_of", RB, "asserted")),
    ("Ivo Marek was tipped to lead the Red Brigade after the vote.", ("Ivo Marek", "leader_of", RB, None)),
    # a bloc founded by states has them as members, whatever the verb
    ("Norland, Tessaly and Kessa established the Northern Alliance.",
     ("Kessa", "member_of", "Northern Alliance", "asserted")),
    ("Norland and Tessaly created the Dawn Front to fight the Red Brigade.",
     ("Norland", "member_of", "Dawn Front", None)),
    # a score counts after "by" or "on", not "at three points along the river"
    ("Norland's army routed the Red Brigade at three points along the river.",
     ("Norland", "opposes", RB, "asserted")),
    ("Norland routed Tessaly by three goals.", ("Norland", "opposes", "Tessaly", None)),
    # an offensive only planned, in the phrasing rules as in the parse
    ("Norland's planned offensive against the Red Brigade was called off.",
     ("Norland", "opposes", RB, None)),
    ("Norland's new offensive against the Red Brigade began on Monday.",
     ("Norland", "opposes", RB, "asserted")),
    # paying in money is backing; paying in goods is buying
    ("Norland paid for the Red Brigade's rifles with cash.", ("Norland", "backs", RB, "asserted")),
    ("Kessa paid for the Red Brigade's drones with oil, the ministry said.", ("Kessa", "backs", RB, None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_review11(text, expected):
    check(text, expected)
