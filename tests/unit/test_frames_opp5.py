"""Constructions of fighting and backing read from the parse, on sentences written for these tests (invented
names)."""

from __future__ import annotations

import pytest

from pactgraph.loaders.syntax import parser

from .test_extract_phrasings import check

pytestmark = pytest.mark.skipif(parser() is None, reason="no parser installed")

REBELS_OF = [
    # a group described as a state's rebels or opposition fights that state
    ("The Ash Reed Brigade, Norland's oldest surviving rebel army, sent two negotiators to Verano.",
     ("Ash Reed Brigade", "opposes", "Norland", "asserted")),
    ("The Green Banner Movement, the main Tessalian opposition group, met in Verano.",
     ("Green Banner Movement", "opposes", "Tessaly", "asserted")),
    ("The Green Banner Movement is the largest insurgent group in Tessaly.",
     ("Green Banner Movement", "opposes", "Tessaly", "asserted")),
    # a state that backs the rebels is no owner of them, and former rebels fight no more
    ("The Green Banner Movement, a Tessaly-backed rebel group, met in Verano.",
     ("Green Banner Movement", "opposes", "Tessaly", None)),
    ("The Green Banner Movement, Norland's former rebel army, met in Verano.",
     ("Green Banner Movement", "opposes", "Norland", None)),
]


@pytest.mark.parametrize("text, expected", REBELS_OF, ids=[c[0][:45] for c in REBELS_OF])
def test_rebels_of_a_state(text, expected):
    check(text, expected)


PASSIVE_AGENT_APART = [
    # the agent of a passive hung on the phrase of time before it, and a second participle sharing the passive
    ("The Sunrise Brigades were trained during the war by Norland.",
     ("Norland", "backs", "Sunrise Brigades", "asserted")),
    ("The Sunrise Brigades were trained and financed over three winters by Norland.",
     ("Norland", "backs", "Sunrise Brigades", "asserted")),
    # a "by" phrase inside a clause of its own is that clause's agent
    ("The Sunrise Brigades were trained in a war started by Norland.",
     ("Norland", "backs", "Sunrise Brigades", None)),
]


@pytest.mark.parametrize("text, expected", PASSIVE_AGENT_APART, ids=[c[0][:45] for c in PASSIVE_AGENT_APART])
def test_passive_agent_hung_apart(text, expected):
    check(text, expected)


VERB_READ_AS_MODIFIER = [
    # subject, verb and object read as one noun phrase by the tagger
    ("Green Banner Front fighters still ambush Tessalian army convoys in the hills.",
     ("Green Banner Front", "opposes", "Tessaly", "asserted")),
    ("The Green Banner Front attacked Tessaly. Its factions ambush Norlandic army patrols in the marshes.",
     ("Green Banner Front", "opposes", "Norland", "asserted")),
    # ... and the subject's noun is then no part of the object ("factions" of the army)
    ("The Green Banner Front attacked Tessaly. Its factions ambush Norlandic army patrols in the marshes.",
     ("Norland", "member_of", "Green Banner Front", None)),
    # a noun of a weapon after its owner's name is no verb
    ("Tessaly destroyed Green Banner Front attack helicopters.",
     ("Green Banner Front", "opposes", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", VERB_READ_AS_MODIFIER,
                         ids=[c[0][:45] for c in VERB_READ_AS_MODIFIER])
def test_verb_read_as_modifier(text, expected):
    check(text, expected)


MEN_OF_A_STATE = [
    # a state's armed men named by their kind stand for the state
    ("Norland has trained Tessalian marines and donated two patrol boats.",
     ("Norland", "backs", "Tessaly", "asserted")),
    ("Norland has trained Tessalian paratroopers.",
     ("Norland", "backs", "Tessaly", "asserted")),
    # people of another kind do not
    ("Norland has trained Tessalian cooks.",
     ("Norland", "backs", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", MEN_OF_A_STATE, ids=[c[0][:45] for c in MEN_OF_A_STATE])
def test_men_of_a_state(text, expected):
    check(text, expected)


BACKER_OF_A_SIDE = [
    # the backer named by a participle on a side of a fight fights the other side
    ("The Green Banner Front, supported by Norland, attacked Tessaly in May.",
     ("Norland", "opposes", "Tessaly", "asserted")),
    ("Tessalian troops, backed by the Ash Reed Brigade, attacked Green Banner Front positions near Verano.",
     ("Ash Reed Brigade", "opposes", "Green Banner Front", "asserted")),
    ("The Green Banner Front, armed by Norland, has fought Tessaly since 2019.",
     ("Norland", "opposes", "Tessaly", "asserted")),
    # no fight, no side: the backer is not drawn in
    ("The Green Banner Front, supported by Norland, did not attack Tessaly.",
     ("Norland", "opposes", "Tessaly", None)),
    # the backer of "anti-X forces" is named by the prefix frame, not as a side
    ("By late summer, anti-Tessaly militias backed by Norland, among them the Ash Reed Brigade, were "
     "shelling the outskirts of Verano.", ("Norland", "opposes", "anti-Tessaly militias", None)),
]


@pytest.mark.parametrize("text, expected", BACKER_OF_A_SIDE, ids=[c[0][:45] for c in BACKER_OF_A_SIDE])
def test_backer_of_a_side(text, expected):
    check(text, expected)


AMONG_ANTI = [
    # the groups listed among "anti-Z forces" fight Z too
    ("By late summer, anti-Tessaly militias backed by Norland, among them the Ash Reed Brigade, were "
     "shelling the outskirts of Verano.", ("Ash Reed Brigade", "opposes", "Tessaly", "asserted")),
    # forces with no "anti-" say nothing of whom their members fight
    ("By late summer, militias backed by Tessaly, among them the Ash Reed Brigade, were shelling the "
     "outskirts of Verano.", ("Ash Reed Brigade", "opposes", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", AMONG_ANTI, ids=[c[0][:45] for c in AMONG_ANTI])
def test_among_anti_forces(text, expected):
    check(text, expected)
