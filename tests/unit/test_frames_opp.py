"""Relations read from how a name is built, on sentences written for these tests (invented bodies)."""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import extract
from pactgraph.loaders.gazetteer import Gazetteer

GAZ = Gazetteer.from_rows([
    {"id": "valdoria", "name": "Valdoria", "demonyms": "Valdorian|Valdorians", "capitals": "Corvin"},
    {"id": "tessaly", "name": "Tessaly", "demonyms": "Tessalian|Tessalians", "capitals": "Brenn"},
    {"id": "lowland-compact", "name": "Lowland Compact", "type": "Organization", "aliases": "LC"},
    {"id": "kamis", "name": "KAMIS", "type": "Organization",
     "aliases": "Lowland Compact Mission in Kiraz"},
])


def triples(text: str) -> set[tuple[str, str, str, str]]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    return {(r.subject.name, r.predicate, r.object.name, r.status)
            for r in extract(doc, gazetteer=GAZ).relations}


CASES = [
    # a mission, an office or an observer group named after a known body is part of it
    ("Gunmen fired on a convoy of the Lowland Compact Stabilization Mission in Varossa on Tuesday.",
     ("Lowland Compact Stabilization Mission in Varossa", "member_of", "Lowland Compact", "asserted")),
    ("Talks resumed in Corvin under the chairmanship of the LC Political Office in Varossa.",
     ("LC Political Office in Varossa", "member_of", "Lowland Compact", "asserted")),
    # a council of the body is not a mission it sends
    ("The Lowland Compact Security Council met in Brenn to discuss the border.",
     ("Lowland Compact Security Council", "member_of", "Lowland Compact", None)),
    # a long name the text does not write (only the gazetteer knows it) states nothing
    ("Tessalian officers said KAMIS had left Brenn in the spring.",
     ("KAMIS", "member_of", "Lowland Compact", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_built_on_a_body(text, expected):
    subject, predicate, obj, status = expected
    found = triples(text)
    if status is None:
        assert not any(s == subject and p == predicate and o == obj for s, p, o, _ in found), found
    else:
        assert (subject, predicate, obj, status) in found, sorted(found)
