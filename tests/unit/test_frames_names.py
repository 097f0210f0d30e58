"""Where a name starts and ends: a common word opening a sentence is none ("Amid ...", "Accused of ...",
"Veteran envoy X"), a hyphen left hanging before "and" closes a name ("Norland- and Ostmark-funded"), a unit
named by a number ("7 Battalion", "Brigade 212", "the May 9 Movement"), a name that took its "for" keeps
its "in Place", and a role in quotes before a man's name is his role. Sentences written for these tests
(invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status) or, with
``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check, triples

CASES = [
    # a common word opening a sentence
    ("Like Brannock, Selvara funds the Ash Crown Militia in the delta.",
     ("Selvara", "backs", "Ash Crown Militia", "asserted")),
    ("Like Brannock, Selvara funds the Ash Crown Militia in the delta.",
     ("Like Brannock", "backs", "Ash Crown Militia", None)),
    ("Amid heavy shelling, Selvara kept funding the Ash Crown Militia.",
     ("Selvara", "backs", "Ash Crown Militia", "asserted")),
    ("Amid heavy shelling, Selvara kept funding the Ash Crown Militia.",
     ("Amid", "backs", "Ash Crown Militia", None)),
    ("Accused of funding the Ash Crown Militia, Selvara recalled its envoy.",
     ("Accused", "backs", "Ash Crown Militia", None)),
    ("Veteran envoy Mirela Stoyan mediated the Lantern Pact last winter.",
     ("Mirela Stoyan", "brokered", "Lantern Pact", "asserted")),
    ("Veteran envoy Mirela Stoyan mediated the Lantern Pact last winter.",
     ("Veteran", "brokered", "Lantern Pact", None)),
    ("Drevnia president Ivo Marel put his name to the Lantern Pact.",
     ("Ivo Marel", "leader_of", "Drevnia", "asserted")),
    ("Exiled preacher Odran Velk heads the Ash Crown Militia these days.",
     ("Odran Velk", "leader_of", "Ash Crown Militia", "asserted")),
    # a hyphen left hanging before "and"
    ("Norland- and Ostmark-funded gunmen of the Ash Crown Militia raided the depot.",
     ("Norland", "backs", "Ash Crown Militia", "asserted")),
    ("Norland- and Ostmark-funded gunmen of the Ash Crown Militia raided the depot.",
     ("Ostmark", "backs", "Ash Crown Militia", "asserted")),
    ("Norland- and Ostmark-funded gunmen of the Ash Crown Militia raided the depot.",
     ("Norland-", "backs", "Ash Crown Militia", None)),
    # units named by a number
    ("7 Battalion ambushed the Ash Crown Militia on the coast road.",
     ("7 Battalion", "opposes", "Ash Crown Militia", "asserted")),
    ("Brigade 212 ambushed the Ash Crown Militia on the coast road.",
     ("Brigade 212", "opposes", "Ash Crown Militia", "asserted")),
    ("The May 9 Movement put its name to the Lantern Pact.",
     ("May 9 Movement", "party_to", "Lantern Pact", "asserted")),
    ("The 9 May Movement put its name to the Lantern Pact.",
     ("9 May Movement", "party_to", "Lantern Pact", "asserted")),
    ("The 9 May Movement put its name to the Lantern Pact.",
     ("Movement", "party_to", "Lantern Pact", None)),
    # "in Place" inside a name that took its "for"
    ("The Rally for Justice in Selvara put its name to the Lantern Pact.",
     ("Rally for Justice in Selvara", "party_to", "Lantern Pact", "asserted")),
    ("The Rally for Justice in Selvara put its name to the Lantern Pact.",
     ("Rally for Justice", "party_to", "Lantern Pact", None)),
    # an adjective made with a hyphen opening a sentence
    ("Mineral-rich Selvara quietly funds the Ash Crown Militia.",
     ("Selvara", "backs", "Ash Crown Militia", "asserted")),
    ("Mineral-rich Selvara quietly funds the Ash Crown Militia.",
     ("Mineral-rich Selvara", "backs", "Ash Crown Militia", None)),
    # a body's name built on "for a" / ending in a kind of place
    ("The League of Exiles for a Free Selvara put its name to the Lantern Pact.",
     ("League of Exiles for a Free Selvara", "party_to", "Lantern Pact", "asserted")),
    ("Yesterday the Front of Herders of Kell Delta ambushed the Ash Crown Militia twice.",
     ("Front of Herders of Kell Delta", "opposes", "Ash Crown Militia", "asserted")),
    # a role in quotes before a man's name
    ('The militia\'s "emir" Odran Velk commands the Ash Crown Militia from the hills.',
     ("Odran Velk", "leader_of", "Ash Crown Militia", "asserted")),
    ('Its "commander", Odran Velk, commands the Ash Crown Militia from the hills.',
     ("Odran Velk", "leader_of", "Ash Crown Militia", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_names(text, expected):
    check(text, expected)


def test_a_date_before_a_capitalised_army_names_no_unit():
    found = triples("On 4 March Army units shelled the Ash Crown Militia near the dam.")
    assert not any(s.startswith(("4", "March")) for s, _p, _o, _st in found), found


def test_a_name_written_again_keeps_its_place_at_a_sentence_start():
    found = triples("Selvara funds the Ash Crown Militia. Selvara denies it.")
    assert ("Selvara", "backs", "Ash Crown Militia", "asserted") in found, found
