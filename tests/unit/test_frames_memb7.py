"""A part of an actor named by a phrase after it (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.gazetteer import Gazetteer

from .test_extract_phrasings import check

NAMED_PARTS = [
    # "Y and its fighters, X, ...": X is Y's, whatever the clause says of them
    ("In its annual report the ministry put the Green Banner Movement and its fighters, the Ash Reed "
     "Brigade, on a list of groups that had refused to join the truce.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("Within a week of the vote the Green Banner Movement and its fighters, the Ash Reed Brigade, had turned "
     "their backs on the truce once again.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    # "Y's armed wing, a network ... known as X", "Y's military arm, known as X"
    ("The Green Banner Movement's armed wing, a loose network of village gunmen known as the Ash Reed "
     "Brigade, did most of the fighting.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement's military arm, known as the Ash Reed Brigade, did most of the fighting.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    # no part: militias known by a name are nobody's wing; a comma aside that is a speaker names no part
    ("Village militias known as the Ash Reed Brigade fought the Green Banner Movement all summer.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", None)),
    ("Whatever the talks in Vesk decide next month, the Green Banner Movement and its fighters, the Ash Reed "
     "Brigade said on local radio, will keep every rifle they own.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", None)),
]


@pytest.mark.parametrize("text, expected", NAMED_PARTS, ids=[c[0][:50] for c in NAMED_PARTS])
def test_named_part(text, expected):
    check(text, expected)


ORGAN_GAZ = Gazetteer.from_rows([
    {"id": "valdoria", "name": "Valdoria", "demonyms": "Valdorian|Valdorians", "capitals": "Corvin"},
    {"id": "coastal-league", "name": "Coastal League", "type": "Organization", "aliases": "CL"},
])


def _organ_triples(text: str) -> set[tuple[str, str, str, str]]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    return {(r.subject.name, r.predicate, r.object.name, r.status)
            for r in extract(doc, gazetteer=ORGAN_GAZ).relations}


ORGANS = [
    # one who leads or sits in an organ named after a known body is one of the body's people
    ("Arno Vesic, the president of the Coastal League Commission, flew to Corvin on Sunday to open the "
     "border talks.",
     ("Arno Vesic", "member_of", "Coastal League", "asserted")),
    ("Mira Dale, head of the Coastal League Mission in Corvin, told reporters that both sides had kept to "
     "the truce since March.",
     ("Mira Dale", "member_of", "Coastal League", "asserted")),
    # no role in the organ, or an organ of no known body
    ("Arno Vesic, a fierce critic of the Coastal League Commission, said the force would never deploy.",
     ("Arno Vesic", "member_of", "Coastal League", None)),
    ("Arno Vesic, the president of the Harbour Commission, said the Coastal League force would deploy soon.",
     ("Arno Vesic", "member_of", "Coastal League", None)),
]


@pytest.mark.parametrize("text, expected", ORGANS, ids=[c[0][:50] for c in ORGANS])
def test_organ_member(text, expected):
    check(text, expected, read=_organ_triples)


COUNTERPARTS = [
    # "X's minister, General A, and his D counterpart, B": the demonym says whose, not the "his" (A)
    ("Two days later in Hale, Valdoria's foreign minister, Admiral Arno Vesic, and his Tessalian "
     "counterpart, Mira Dale, initialled a joint declaration on the exchange of prisoners, which both "
     "cabinets are expected to approve.",
     ("Mira Dale", "member_of", "Tessaly", "asserted")),
    ("Two days later in Hale, Valdoria's foreign minister, Admiral Arno Vesic, and his Tessalian "
     "counterpart, Mira Dale, initialled a joint declaration on the exchange of prisoners, which both "
     "cabinets are expected to approve.",
     ("Mira Dale", "member_of", "Valdoria", None)),
]


@pytest.mark.parametrize("text, expected", COUNTERPARTS, ids=[str(c[1][3]) for c in COUNTERPARTS])
def test_counterpart_of_a_titled_minister(text, expected):
    check(text, expected)
