"""Constructions of fighting and backing read from the parse, on sentences written for these tests
(invented names)."""

from __future__ import annotations

import pytest

from pactgraph.loaders.syntax import parser

from .test_extract_phrasings import check

pytestmark = pytest.mark.skipif(parser() is None, reason="no parser installed")

PLURAL_POSSESSIVE = [
    # a typographic apostrophe after a plural is a possessive, not a quotation mark
    ("The rebels\u2019 main foreign backer, Norland, flew in fresh ammunition last week.",
     ("Norland", "backs", "rebels", "asserted")),
    ("The Sentinels\u2019 main paymaster, Norland, cut its funding in May.",
     ("Norland", "backs", "Sentinels", "asserted")),
    ("Tomas Verlin, who now commands the Sentinels\u2019 northern wing, spoke at a rally.",
     ("Tomas Verlin", "member_of", "Sentinels", "asserted")),
    # the possessor is the one backed, not the backer
    ("The Sentinels\u2019 main paymaster, Norland, cut its funding in May.",
     ("Sentinels", "backs", "Norland", None)),
]


@pytest.mark.parametrize("text, expected", PLURAL_POSSESSIVE, ids=[c[0][:45] for c in PLURAL_POSSESSIVE])
def test_plural_possessive(text, expected):
    check(text, expected)


FORCE_ROOT = [
    # "X's army and Y were trading fire" read with the army as the root and the verb its conjunct
    ("The Valdorian army and the Ash Reed Brigade were again trading mortar fire across the lake.",
     ("Valdorian", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Tessalian army and the Ash Reed Brigade have clashed almost daily around the dam since May.",
     ("Tessalian", "opposes", "Ash Reed Brigade", "asserted")),
    # two that fight a third together do not fight each other
    ("The Valdorian army and the Ash Reed Brigade are fighting the Green Banner Movement in the marshes "
     "east of Olo.",
     ("Valdorian", "opposes", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", FORCE_ROOT, ids=[c[0][:45] for c in FORCE_ROOT])
def test_force_noun_read_as_root(text, expected):
    check(text, expected)


OWN_SUBJECT = [
    # an object pronoun is not the clause's own subject, whatever it was resolved to
    ("The Republic of Tessaly held elections in May. By autumn, government soldiers and Ash Reed Brigade "
     "fighters were battling side by side against it.",
     ("Ash Reed Brigade", "opposes", "Republic of Tessaly", None)),
    ("The Republic of Tessaly held elections in May. The Ash Reed Brigade has fought it since June.",
     ("Ash Reed Brigade", "opposes", "Republic of Tessaly", "asserted")),
]


@pytest.mark.parametrize("text, expected", OWN_SUBJECT, ids=[c[0][-45:] for c in OWN_SUBJECT])
def test_object_pronoun_is_not_own_subject(text, expected):
    check(text, expected)


HEDGED = [
    # a hedge on the verb, on the noun or in the description makes the tie a claim
    ("Norland reportedly arms the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("Norland allegedly arms the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("Norland's alleged support for the Ash Reed Brigade has strained ties with Tessaly.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("Norland's suspected backing of the Ash Reed Brigade angered Tessaly.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("The Ash Reed Brigade is allegedly backed by Norland.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("The Ash Reed Brigade, reportedly armed by Norland, seized the port.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    # the content of an accusation is a claim, and denied when the accusation is rejected
    ("There are accusations that Norland arms the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("Tessaly rejected accusations that it backs the Ash Reed Brigade.",
     ("Tessaly", "backs", "Ash Reed Brigade", "denied")),
    ("Tessaly rejected accusations that it backs the Ash Reed Brigade.",
     ("Tessaly", "backs", "Ash Reed Brigade", None)),
    # no hedge: stated
    ("Norland openly arms the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Norland's steady support for the Ash Reed Brigade has strained ties with Tessaly.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
]


@pytest.mark.parametrize("text, expected", HEDGED, ids=[c[0][:45] for c in HEDGED])
def test_hedged_ties_are_claims(text, expected):
    check(text, expected)


OVER_OR_PLANNED = [
    # a tie the text ends ("no longer", "used to") is not read; a planned fight is hypothetical
    ("Norland no longer backs the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("Norland used to arm the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("Norland still arms the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Norland is considering strikes on the Ash Reed Brigade.",
     ("Norland", "opposes", "Ash Reed Brigade", "hypothetical")),
    ("Norland threatened new attacks on the Ash Reed Brigade.",
     ("Norland", "opposes", "Ash Reed Brigade", None)),
    ("Norland launched new attacks on the Ash Reed Brigade.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    # a condition opened before the fight
    ("If Norland attacks the Ash Reed Brigade, Tessaly will respond.",
     ("Norland", "opposes", "Ash Reed Brigade", None)),
    ("If Norland attacks the Ash Reed Brigade, Tessaly will respond.",
     ("Norland", "opposes", "Tessaly", None)),
    ("Norland attacked the Ash Reed Brigade after talks failed.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
]


@pytest.mark.parametrize("text, expected", OVER_OR_PLANNED, ids=[c[0][:45] for c in OVER_OR_PLANNED])
def test_over_or_planned(text, expected):
    check(text, expected)
