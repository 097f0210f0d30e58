"""Datelines, names that run over "United for", statuses beside a relative clause, and fixes from a
review of this round's constructions (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check, triples

CASES = [
    # a wire dateline names no actor: its city, date and agency are skipped, its country is kept
    ("PIM HARBOUR, Tessaly, Sept. 3 — The Dawn Front signed a truce with the government on Friday.",
     ("Sept.", "party_to", "truce", None)),
    ("PIM HARBOUR, Tessaly, Sept. 3 — The Dawn Front signed a truce with the government on Friday.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("CORVIN, Valdoria (Newswire) - The Dawn Front shelled Olo, which it has held since May.",
     ("CORVIN", "controls", "Olo", None)),
    # (the dateline's country is no pronoun's antecedent)
    ("CORVIN, Valdoria (Newswire) - The Dawn Front shelled Olo, which it has held since May.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    # "United" continues a name over its "for ... and ..."
    ("Tesmir has long armed Vellanders United for Peace and Democracy, a rebel movement.",
     ("Tesmir", "backs", "Vellanders United for Peace and Democracy", "asserted")),
    ("The Vellanders United for Peace and Democracy, led by Ivo Pelt, signed the accord.",
     ("Ivo Pelt", "leader_of", "Democracy", None)),
    # killing an actor's men, charged by an accusation, is a claim about the accused
    ("Valdoria's army chief accused the Ash Reed Brigade of killing four Valdorian soldiers.",
     ("Ash Reed Brigade", "opposes", "Valdoria", "alleged")),
    ("Valdoria's army chief accused the Ash Reed Brigade of killing four Valdorian soldiers.",
     ("Ash Reed Brigade", "opposes", "Valdoria", None)),
    ("The Ash Reed Brigade killed four Valdorian soldiers at a checkpoint near Olo.",
     ("Ash Reed Brigade", "opposes", "Valdoria", "asserted")),
    # the head of a part of a group (a splinter group, its factions) is no leader of the whole group
    ("A splinter group of the Dawn Front led by Ivo Pelt attacked Olo.",
     ("Ivo Pelt", "leader_of", "Dawn Front", None)),
    ("The Dawn Front, led by Ivo Pelt, attacked Olo.", ("Ivo Pelt", "leader_of", "Dawn Front", "asserted")),
    # "the valley" refers back to a valley named before it, never to one its sentence names after it
    ("The Dawn Front, which has held the valley for two years, sent a convoy to the town of Osk in the "
     "Pell valley in November.",
     ("Dawn Front", "controls", "Pell valley", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected, not_status", [
    ("Talks broke down when the Dawn Front, which dominates Olo, rejected the offer.",
     ("Dawn Front", "controls", "Olo"), "denied"),
    ("Norland, which backs the Sunrise Brigades, dismissed the report.",
     ("Norland", "backs", "Sunrise Brigades"), "denied"),
    ("The Sunrise Brigades, which rejected the last two truces, are still fighting Valdoria near Pim.",
     ("Sunrise Brigades", "opposes", "Valdoria"), "denied"),
])
def test_a_relative_clause_keeps_its_status_whatever_the_main_verb(text, expected, not_status):
    """A denial by the main clause's verb is not the status of a relative clause beside it."""
    found = triples(text)
    assert (*expected, "asserted") in found, sorted(found)
    assert (*expected, not_status) not in found, sorted(found)


def test_a_denial_after_the_clause_that_names_it_still_denies():
    assert ("Norland", "backs", "Sunrise Brigades", "denied") in triples(
        "Norland has armed the Sunrise Brigades, a charge Norland's ministers deny.")
