"""Fixes from a cold review of false readings: goods that move but are no aid, a side "committed" to a deal it
only watches, defeats in a contest, a purchase paid for, taking an office or
a view, breaking a trade deal, an agreement's venue after several modifiers, and a new name given without "as"
(invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # goods that move: not oil (traded), not what is fired (a strike), not "reached" without "from X",
    # not "no weapons"
    ("Oil flowed from Norland to Tessaly under the old trade deal.", ("Norland", "backs", "Tessaly", None)),
    (
        "Fuel poured in from Kessa to the Dawn Front under a barter scheme.",
        ("Kessa", "backs", "Dawn Front", None),
    ),
    (
        "Norland's missiles reached Tessaly within minutes, the army said.",
        ("Norland", "backs", "Tessaly", None),
    ),
    (
        "Norland's artillery reached the Dawn Front at dawn and pounded its trenches.",
        ("Norland", "backs", "Dawn Front", None),
    ),
    (
        "No weapons flowed from Norland to the Dawn Front, the monitors found.",
        ("Norland", "backs", "Dawn Front", None),
    ),
    (
        "Tessaly's weapons reached the Dawn Front after they were looted from a depot.",
        ("Tessaly", "backs", "Dawn Front", None),
    ),
    (
        "Weapons flowed from Norland to the Dawn Front throughout the winter.",
        ("Norland", "backs", "Dawn Front", "asserted"),
    ),
    # "committed": a monitor or a mediator says so too; "committed troops to" sends them
    (
        "Kessa remains committed to the truce between Norland and Tessaly, its envoy said.",
        ("Kessa", "party_to", "truce", None),
    ),
    (
        "Kessa committed 300 troops to the ceasefire monitoring mission.",
        ("Kessa", "party_to", "ceasefire", None),
    ),
    (
        "The Harbour Council said it was committed to the truce it had brokered.",
        ("Harbour Council", "party_to", "truce", None),
    ),
    (
        "The Dawn Front committed itself to the truce on Monday.",
        ("Dawn Front", "party_to", "truce", "asserted"),
    ),
    # defeats in a contest: a round of a tournament, a score, a chamber
    ("Norland crushed Tessaly in the semi-finals on Sunday.", ("Norland", "opposes", "Tessaly", None)),
    ("Norland routed Tessaly in the quarter-final.", ("Norland", "opposes", "Tessaly", None)),
    ("Norland routed Tessaly by three goals.", ("Norland", "opposes", "Tessaly", None)),
    ("Norland crushed Tessaly on penalties.", ("Norland", "opposes", "Tessaly", None)),
    (
        "The ruling Unity Party crushed the Liberal Union in parliament on Tuesday.",
        ("Unity Party", "opposes", "Liberal Union", None),
    ),
    (
        "The Dawn Front routed the Lake Brigades in the hills on Sunday.",
        ("Dawn Front", "opposes", "Lake Brigades", "asserted"),
    ),
    # paying for a state's goods, or paying with goods of one's own, is buying them
    ("Kessa paid for Norland's drones with oil, the ministry said.", ("Kessa", "backs", "Norland", None)),
    ("Kessa paid for the Dawn Front's rifles with gold.", ("Kessa", "backs", "Dawn Front", None)),
    ("Kessa paid for the Dawn Front's drones.", ("Kessa", "backs", "Dawn Front", "asserted")),
    # taking a view, an office, or taking over: no assault
    (
        "Norland took Tessaly's positions on the trade talks into account.",
        ("Norland", "opposes", "Tessaly", None),
    ),
    (
        "Norland took Tessaly's post on the security council last year.",
        ("Norland", "opposes", "Tessaly", None),
    ),
    (
        "The Lake Brigades took over the Dawn Front's headquarters after the merger.",
        ("Lake Brigades", "opposes", "Dawn Front", None),
    ),
    (
        "The Lake Brigades took the Dawn Front's headquarters after a long battle.",
        ("Lake Brigades", "opposes", "Dawn Front", "asserted"),
    ),
    # breaking a trade or fishing accord is a dispute; breaking a truce turns on the other side
    (
        "Norland breached its trade agreement with Tessaly by raising tariffs.",
        ("Norland", "opposes", "Tessaly", None),
    ),
    (
        "Norland violated its fishing accord with Tessaly, the court ruled.",
        ("Norland", "opposes", "Tessaly", None),
    ),
    (
        "The Dawn Front broke its truce with the Lake Brigades in May.",
        ("Dawn Front", "opposes", "Lake Brigades", "asserted"),
    ),
    # the venue of the signing, after several modifiers of the agreement
    (
        "Norland and Tessaly signed a fragile and partial ceasefire in Pell.",
        ("fragile and partial ceasefire", "governs", "Pell", None),
    ),
    (
        "Norland and Tessaly signed a fragile and partial ceasefire in Pell.",
        ("Norland", "party_to", "fragile and partial ceasefire", "asserted"),
    ),
    # a new name given without "as"
    (
        "The Dawn Front renamed itself the Olo Brigade in 2015.",
        ("Olo Brigade", "evolved_from", "Dawn Front", "asserted"),
    ),
    (
        "The Dawn Front renamed itself as the Olo Brigade in 2015.",
        ("Olo Brigade", "evolved_from", "Dawn Front", "asserted"),
    ),
    (
        "The Dawn Front renamed its youth wing the Olo Brigade.",
        ("Olo Brigade", "evolved_from", "Dawn Front", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_review_case(text, expected):
    check(text, expected)
