"""Membership, leadership and origin constructions of news (invented sentences, invented names): object
relative clauses of leading, offices a man heads, denials of a role or a split, founders that make a body up,
new names and split-off groups, a body that groups its members, and the negatives for the other senses of
each trigger.

Each row: a sentence written for this test, then a relation that must be read (subject, predicate, object,
status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # an object relative clause: "Y, which X commands", "a militia that General X leads"
    ("The Dawn Front, which Tomas Varga commands, holds the pass.",
     ("Tomas Varga", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, which Tomas Varga heads, holds the pass.",
     ("Tomas Varga", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, which Tomas Varga quietly commands, holds the pass.",
     ("Tomas Varga", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, a militia that General Ilan Sorra leads, has closed the road to Olo.",
     ("Ilan Sorra", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, which Tomas Varga runs from Pell, holds the pass.",
     ("Tomas Varga", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, which Tomas Varga once led, holds the pass.",
     ("Tomas Varga", "leader_of", "Dawn Front", None)),
    ("Tessaly, which Norland backs, shelled the Dawn Front.", ("Norland", "backs", "Tessaly", "asserted")),
    # a participle after "have" is active: no agent, so no fight between the allies
    ("The Olo Brigade shelled Pell, while the Dawn Front and its youth militia have long fought alongside "
     "the Kessan Legion near Olo.", ("Kessan Legion", "opposes", "Dawn Front", None)),
    # an infinitive under a passive: the passive's subject leads
    ("Tomas Varga was appointed to lead the Dawn Front in 2019.",
     ("Tomas Varga", "leader_of", "Dawn Front", "asserted")),
    ("Tomas Varga was chosen to head the Dawn Front after the vote.",
     ("Tomas Varga", "leader_of", "Dawn Front", "asserted")),
    ("Tomas Varga is expected to lead the Dawn Front.", ("Tomas Varga", "leader_of", "Dawn Front", None)),
    # an office a man heads makes him one of its owner's people, not the owner's head
    ("Tessaly's defence ministry, headed by Tomas Varga, denies any link to the Dawn Front.",
     ("Tomas Varga", "member_of", "Tessaly", "asserted")),
    ("Tessaly's defence ministry, headed by Tomas Varga, denies any link to the Dawn Front.",
     ("Tomas Varga", "leader_of", "Tessaly", None)),
    ("Tomas Varga heads Tessaly's interior ministry.", ("Tomas Varga", "member_of", "Tessaly", "asserted")),
    ("Tomas Varga, who runs Tessaly's foreign ministry, flew to Pell.",
     ("Tomas Varga", "leader_of", "Tessaly", None)),
    # denials of a role or a split
    ("The Olo Brigade denies being a member of the Northern Alliance.",
     ("Olo Brigade", "member_of", "Northern Alliance", "denied")),
    ("Tomas Varga denies being the leader of the Dawn Front.",
     ("Tomas Varga", "leader_of", "Dawn Front", "denied")),
    ("The Olo Brigade admits being a member of the Northern Alliance.",
     ("Olo Brigade", "member_of", "Northern Alliance", "asserted")),
    ("The Olo Brigade denies breaking away from the Dawn Front.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "denied")),
    # joining someone in an act is company, not membership; joining a body is
    ("The Dawn Front joined the Olo Brigade in attacking the port.",
     ("Dawn Front", "member_of", "Olo Brigade", None)),
    ("Tessaly joined the Northern Alliance in 2019 after years of talks.",
     ("Tessaly", "member_of", "Northern Alliance", "asserted")),
    ("Tessaly joined the talks on the Olo accord in May.", ("Tessaly", "member_of", "talks", None)),
    # several named actors that found a body are its members; one founder alone is not said to be
    ("Tessaly, Norland and Kessa formed the Northern Alliance in 2019.",
     ("Norland", "member_of", "Northern Alliance", "asserted")),
    ("Tessaly, Norland and Kessa, which founded the Northern Alliance in 2019, met in Pell.",
     ("Kessa", "member_of", "Northern Alliance", "asserted")),
    ("The Dawn Front and the Olo Brigade launched the Northern Alliance last spring.",
     ("Olo Brigade", "member_of", "Northern Alliance", "asserted")),
    ("Tessaly formed the Northern Alliance in 2019.", ("Tessaly", "member_of", "Northern Alliance", None)),
    ("The Pell accord, signed by Tessaly and Norland, created the Northern Alliance.",
     ("Norland", "member_of", "Northern Alliance", None)),
    # a body that groups its members
    ("The Northern Alliance groups the Dawn Front and the Olo Brigade.",
     ("Olo Brigade", "member_of", "Northern Alliance", "asserted")),
    ("The Northern Alliance, which groups the Dawn Front and the Olo Brigade, met in Pell.",
     ("Dawn Front", "member_of", "Northern Alliance", "asserted")),
    ("Norland grouped its troops near the Olo Brigade.", ("Norland", "member_of", "Olo Brigade", None)),
    # a counted plural of heads names some of a body's people; "the two leaders" are its heads
    ("The accord was signed by three leaders of the Dawn Front: Tomas Varga, Ilan Sorra and Ivo Kral.",
     ("Ilan Sorra", "member_of", "Dawn Front", "asserted")),
    ("The accord was signed by three leaders of the Dawn Front: Tomas Varga, Ilan Sorra and Ivo Kral.",
     ("Ilan Sorra", "leader_of", "Dawn Front", None)),
    ("Tomas Varga and Ilan Sorra, the two leaders of the Dawn Front, met in Pell.",
     ("Ilan Sorra", "leader_of", "Dawn Front", "asserted")),
    # new names and split-off groups
    ("The Dawn Front rebranded as the Olo Brigade in 2015.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Dawn Front rebranded itself as the Olo Brigade in 2015.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Dawn Front relaunched itself as the Olo Brigade after the war.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("Tessaly renamed the town Olo after the war.", ("Olo", "evolved_from", "Tessaly", None)),
    ("The Olo Brigade, formerly the Dawn Front, met envoys from Norland in Pell.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Olo Brigade, a splinter group of the Dawn Front, held the pass.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Olo Brigade, a breakaway movement of the Dawn Front, held the pass.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Olo Brigade, an armed group of the north, fought the Dawn Front.",
     ("Olo Brigade", "evolved_from", "Dawn Front", None)),
    ("The Olo Brigade grew out of the remnants of the Dawn Front.",
     ("Olo Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Olo Brigade emerged from the talks with the Dawn Front stronger.",
     ("Olo Brigade", "evolved_from", "Dawn Front", None)),
    ("The Olo Brigade broke through the Dawn Front's lines near Pell.",
     ("Olo Brigade", "evolved_from", "Dawn Front", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_memb2_case(text, expected):
    check(text, expected)
