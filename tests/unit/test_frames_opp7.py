"""An ally that supplies backs the one whose ally it is ("X, Y's treaty partner, delivered the bulk of
its guns", "its ally X delivered drones", "X, Y's ally, which delivered cargo"). Sentences written for
these tests (invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # the verb hung on the giver, described by an apposition
    ("Norland, Tessaly's treaty partner for four decades, has delivered the bulk of its howitzers.",
     ("Norland", "backs", "Tessaly", "asserted")),
    # "its ally X delivered ...": the owner of the ally noun is the pronoun's antecedent
    ("Tessaly goes into the talks with an edge: its ally Norland delivered twenty drones in May.",
     ("Norland", "backs", "Tessaly", "asserted")),
    # a relative clause on the apposition
    ("The premier thanked the people of Ostmark, Kessa's closest ally, which last week delivered 30 tonnes "
     "of medicine to the province.",
     ("Ostmark", "backs", "Kessa", "asserted")),
    # a recipient named as another actor is the verb's own: no backing of the ally's owner
    ("Norland, Tessaly's ally, supplied rifles to the Ash Reed Brigade.",
     ("Norland", "backs", "Tessaly", None)),
    # no supplying: an ally only
    ("Norland, Tessaly's ally, sent a delegation to the talks in Olo.",
     ("Norland", "backs", "Tessaly", None)),
    # a partner in trade sells, it does not back
    ("Norland, Tessaly's biggest trading partner, has delivered the bulk of its wheat.",
     ("Norland", "backs", "Tessaly", None)),
    # a refusal to supply is no supply
    ("Norland, Tessaly's ally, refused to supply rifles.",
     ("Norland", "backs", "Tessaly", None)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ally_supplies(text, expected):
    check(text, expected)
