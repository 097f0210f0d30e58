"""Constructions of fighting read from the parse, on sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from pactgraph.loaders.syntax import parser

from .test_extract_phrasings import check

pytestmark = pytest.mark.skipif(parser() is None, reason="no parser installed")

URGED = [
    # a verb of force with a to-infinitive or a "toward" phrase after its object is pressure, not a fight
    ("Norland kept pushing the Ash Reed Brigade to sign the ceasefire map.",
     ("Norland", "opposes", "Ash Reed Brigade", None)),
    ("Tessaly pushed the Green Banner Movement toward talks in May.",
     ("Tessaly", "opposes", "Green Banner Movement", None)),
    # without them it is still a fight
    ("The Ash Reed Brigade pushed Tessalian troops out of the valley.",
     ("Ash Reed Brigade", "opposes", "Tessaly", "asserted")),
]


@pytest.mark.parametrize("text, expected", URGED, ids=[c[0][:45] for c in URGED])
def test_push_to_accept_is_no_fight(text, expected):
    check(text, expected)


BETWEEN_ON_VERB = [
    # "clashes continued between X and Y": the "between" phrase hung on the verb the noun is subject of
    ("Clashes continued between the Ash Reed Brigade and the Green Banner Movement for a third day, and "
     "the road to Olo stayed shut.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", "asserted")),
    # a noun of no fight keeps its "between" phrase to itself
    ("Talks ended between the Ash Reed Brigade and the Green Banner Movement without a date for the next "
     "round.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", None)),
]


@pytest.mark.parametrize("text, expected", BETWEEN_ON_VERB, ids=[c[0][:45] for c in BETWEEN_ON_VERB])
def test_between_hung_on_the_verb(text, expected):
    check(text, expected)


TURNED_AGAINST = [
    # a side that turns or rises against another fights it
    ("The Ash Reed Brigade has now turned firmly against Norland, its former paymaster.",
     ("Ash Reed Brigade", "opposes", "Norland", "asserted")),
    ("Soldiers of the Green Banner Movement mutinied against Norland.",
     ("Norland", "opposes", "Soldiers of the Green Banner Movement", "asserted")),
    # turning to someone for help is no fight with it
    ("Norland turned to the Ash Reed Brigade for help in May.",
     ("Norland", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", TURNED_AGAINST, ids=[c[0][:45] for c in TURNED_AGAINST])
def test_turned_against(text, expected):
    check(text, expected)
