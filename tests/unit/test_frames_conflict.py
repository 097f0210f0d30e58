"""Constructions of backing, hostility and alliance read from the parse (invented sentences).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "fought alongside Y": Y is a partner, never the one fought, however the tagger reads "alongside"
    ("Since May, Ostmarker fighters have fought alongside Tessalian troops against the Red Hand Brigade.",
     ("Ostmark", "opposes", "Tessaly", None)),
    ("Since May, Ostmarker fighters have fought alongside Tessalian troops against the Red Hand Brigade.",
     ("Ostmark", "allied_with", "Tessaly", "asserted")),
    ("Last year Ostmark fought alongside Tessalian soldiers against the Red Hand Brigade.",
     ("Tessaly", "opposes", "Red Hand Brigade", "asserted")),
    ("Last year Ostmark fought alongside Tessalian soldiers against the Red Hand Brigade.",
     ("Tessaly", "opposes", "Ostmark", None)),
    ("In the hills, Norlandic soldiers are fighting the Red Hand Brigade alongside the Kessan army.",
     ("Norland", "opposes", "Kessa", None)),
    ("In the hills, Norlandic soldiers are fighting the Red Hand Brigade alongside the Kessan army.",
     ("Kessa", "opposes", "Red Hand Brigade", "asserted")),
    # an apposition the parse read as one more conjunct: a plural describes the whole list, a
    # singular describes the name before it (never its own owner)
    ("The coalition includes the Salt Bay Militia, the Black Sail Front and the Green Banner Movement, "
     "groups that Norland has armed and trained since 2012.",
     ("Norland", "backs", "Salt Bay Militia", "asserted")),
    ("The coalition includes the Salt Bay Militia, the Black Sail Front and the Green Banner Movement, "
     "groups that Norland has armed and trained since 2012.",
     ("Norland", "backs", "Black Sail Front", "asserted")),
    ("Tessaly, Ostmark's bitter rival within the region, has been Norland's closest ally since 2010.",
     ("Ostmark", "allied_with", "Norland", None)),
    ("Tessaly, Ostmark's bitter rival within the region, has been Norland's closest ally since 2010.",
     ("Tessaly", "allied_with", "Norland", "asserted")),
    # a noun of hostility or alliance as the predicate, with its subject: "X has been at war with Y"
    ("Ostmark has been in conflict with the Red Hand Brigade since 2014.",
     ("Ostmark", "opposes", "Red Hand Brigade", "asserted")),
    ("The Salt Bay Militia has been in a loose alliance with the Black Sail Front since March.",
     ("Salt Bay Militia", "allied_with", "Black Sail Front", "asserted")),
    ("The Salt Bay Militia is no longer in alliance with the Red Hand Brigade.",
     ("Salt Bay Militia", "allied_with", "Red Hand Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
