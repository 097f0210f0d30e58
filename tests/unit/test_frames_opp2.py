"""Constructions of fighting read from the parse, on sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from pactgraph.loaders.syntax import parser

from .test_extract_phrasings import check

pytestmark = pytest.mark.skipif(parser() is None, reason="no parser installed")

CASES = [
    # "X seized Z from Y": the one a place is taken from is fought; what is not a place says nothing
    ("Valdorian troops seized the town of Pell from the Ash Reed Brigade in May.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement recaptured Salt Bay from the Ash Reed Brigade after a week of fighting.",
     ("Green Banner Movement", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade took delivery of new drones from Norland in March.",
     ("Ash Reed Brigade", "opposes", "Norland", None)),
    # light verbs of starting an offensive
    ("Valdoria began a new offensive against the Ash Reed Brigade in March.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    ("Tessaly has resumed air strikes on the Green Banner Movement.",
     ("Tessaly", "opposes", "Green Banner Movement", "asserted")),
    ("Valdoria began talks with the Ash Reed Brigade in March.",
     ("Valdoria", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_fighting(text, expected):
    check(text, expected)


STATE_TARGETS = [
    # "ambushed army patrols", "hit government convoys": the state in context's men
    ("The Republic of Valdoria has fought the Ash Reed Brigade since 2019. "
     "The Green Banner Movement ambushed army patrols near the river.",
     ("Green Banner Movement", "opposes", "Valdoria", "asserted")),
    ("The Republic of Valdoria has fought the Ash Reed Brigade since 2019. "
     "Green Banner Movement gunmen shelled government convoys outside the capital.",
     ("Green Banner Movement", "opposes", "Valdoria", "asserted")),
    # a state named with the patrols is that state, not the one in context
    ("The Republic of Valdoria has fought the Ash Reed Brigade since 2019. "
     "The Green Banner Movement ambushed Tessalian army patrols near the river.",
     ("Green Banner Movement", "opposes", "Valdoria", None)),
]


@pytest.mark.parametrize("text, expected", STATE_TARGETS, ids=[c[0][-45:] for c in STATE_TARGETS])
def test_state_targets(text, expected):
    check(text, expected)


STATE_ITSELF = [
    # "the state", "the armed forces": the state in context
    ("The Republic of Valdoria held elections in May. The Ash Reed Brigade has fought the state since 1998.",
     ("Ash Reed Brigade", "opposes", "Valdoria", "asserted")),
    ("The Republic of Valdoria held elections in May. "
     "The armed forces have launched an offensive against the Green Banner Movement.",
     ("Valdoria", "opposes", "Green Banner Movement", "asserted")),
    ("The Republic of Valdoria held elections in May. The Ash Reed Brigade often fights the police there.",
     ("Ash Reed Brigade", "opposes", "Valdoria", "asserted")),
    # the police of a state the text names is that state's
    ("The Republic of Valdoria held elections in May. The Ash Reed Brigade fought the police of Tessaly.",
     ("Ash Reed Brigade", "opposes", "Valdoria", None)),
    # "the state capital" is a place, not the state
    ("The Republic of Valdoria held elections in May. The Ash Reed Brigade shelled the state capital.",
     ("Ash Reed Brigade", "opposes", "Valdoria", None)),
]


@pytest.mark.parametrize("text, expected", STATE_ITSELF, ids=[c[0][-45:] for c in STATE_ITSELF])
def test_state_itself(text, expected):
    check(text, expected)


HELD_PLACES = [
    # "X captured Z, a Y stronghold": the one who held the place is fought
    ("Valdorian troops captured the town of Pell, a Ash Reed Brigade stronghold since 2015.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement stormed Salt Bay, the Ash Reed Brigade's main base, at dawn.",
     ("Green Banner Movement", "opposes", "Ash Reed Brigade", "asserted")),
    # a place described by its kind alone names no holder
    ("Valdorian troops captured the town of Pell, a fishing port near Salt Bay.",
     ("Valdoria", "opposes", "Salt Bay", None)),
]


@pytest.mark.parametrize("text, expected", HELD_PLACES, ids=[c[0][:45] for c in HELD_PLACES])
def test_held_places(text, expected):
    check(text, expected)


ATTRIBUTION = [
    # "..., officials said": the wire's sourcing after the whole clause, by no actor of the text
    ("Valdorian troops retook the town of Pell from the Ash Reed Brigade, a regional official said.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    # a named actor's word stays its claim, and so does a report put before its content
    ("Valdorian troops retook the town of Pell from the Ash Reed Brigade, Tessaly said on Monday.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "alleged")),
    ("Officials said on Monday that Valdorian troops had retaken the town of Pell from the Ash Reed Brigade.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "alleged")),
]


@pytest.mark.parametrize("text, expected", ATTRIBUTION, ids=[c[0][-45:] for c in ATTRIBUTION])
def test_trailing_attribution(text, expected):
    check(text, expected)


BANNED = [
    # "designated Y a banned organisation": the one who outlaws a group opposes it
    ("Corvin, which designated the Ash Reed Brigade a banned organisation last year, sent envoys.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    ("Tessaly declared the Green Banner Movement an outlawed group in 2019.",
     ("Tessaly", "opposes", "Green Banner Movement", "asserted")),
    ("Corvin, which designated the Ash Reed Brigade a partner organisation last year, sent envoys.",
     ("Valdoria", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", BANNED, ids=[c[0][:45] for c in BANNED])
def test_banned(text, expected):
    check(text, expected)


RELATIVE_PAIRS = [
    # "X and Y, which fought a war": the relative clause speaks of both
    ("Tessaly and Norland, which fought a brief war over the delta in 1988, reopened their embassies "
     "in March.",
     ("Tessaly", "opposes", "Norland", "asserted")),
    ("Tessaly, which fought a brief war over the delta in 1988, reopened its embassy in Norland in March.",
     ("Tessaly", "opposes", "Norland", None)),
]


@pytest.mark.parametrize("text, expected", RELATIVE_PAIRS, ids=[c[0][:45] for c in RELATIVE_PAIRS])
def test_relative_pairs(text, expected):
    check(text, expected)


POSSESSIVE_READ_AS_COPULA = [
    # "X is Y's most dangerous armed enemy" with "'s" read as a second "is": Y owns the role, X holds it
    ("The Ash Reed Brigade is Tessaly's most dangerous armed enemy.",
     ("Ash Reed Brigade", "opposes", "Tessaly", "asserted")),
    ("Norland is the Ash Reed Brigade's most generous armed backer.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Norland is the Ash Reed Brigade's most generous armed backer.",
     ("Ash Reed Brigade", "backs", "Norland", None)),
]


@pytest.mark.parametrize("text, expected", POSSESSIVE_READ_AS_COPULA,
                         ids=[c[0][:45] + c[1][1] for c in POSSESSIVE_READ_AS_COPULA])
def test_possessive_read_as_copula(text, expected):
    check(text, expected)


CEASEFIRE_NAMED = [
    # a protocol whose name says it is a ceasefire has two sides at war, as "a ceasefire between X and Y"
    ("Two envoys from Norland watched in Hale on Tuesday night as the Protocol on a Bilateral Ceasefire "
     "between the Government of Tessaly and the Ash Reed Brigade was initialled by both delegations.",
     ("Government of Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("Two envoys from Norland watched in Hale on Tuesday night as the Protocol on Trade and Transit "
     "between the Government of Tessaly and the Ash Reed Brigade was initialled by both delegations.",
     ("Government of Tessaly", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CEASEFIRE_NAMED, ids=[c[0][40:80] for c in CEASEFIRE_NAMED])
def test_ceasefire_named(text, expected):
    check(text, expected)


PEACE_DEAL = [
    # "X and Y signed a peace accord": the two sides of the war it is to end
    ("Valdoria and the Ash Reed Brigade finally signed a peace accord after two years of talks.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    ("Valdoria and the Ash Reed Brigade finally signed a trade accord after two years of talks.",
     ("Valdoria", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", PEACE_DEAL, ids=[c[0][30:60] for c in PEACE_DEAL])
def test_peace_deal(text, expected):
    check(text, expected)
