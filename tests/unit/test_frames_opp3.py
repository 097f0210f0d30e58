"""Constructions of fighting and backing read from the parse, on sentences written for these tests
(invented names)."""

from __future__ import annotations

import pytest

from pactgraph.loaders.syntax import parser

from .test_extract_phrasings import check

pytestmark = pytest.mark.skipif(parser() is None, reason="no parser installed")

PLURAL_POSSESSIVE = [
    # a typographic apostrophe after a plural is a possessive, not a quotation mark
    ("The rebels\u2019 main foreign backer, Norland, has said it will keep sending drones.",
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
