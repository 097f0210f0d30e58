"""The seed article (a May 2019 report on Idlib): what a user must find in it."""

from __future__ import annotations

import pytest

from pactgraph.loaders import extract, read_document
from tests.conftest import DEV_CORPUS

SEED = DEV_CORPUS / "00_idlib_2019.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the shared dev corpus is not here")


@pytest.fixture(scope="module")
def seed():
    doc = read_document(SEED)
    return doc, extract(doc)


def relations(extraction, predicate):
    return {(r.subject.name, r.object.name): r for r in extraction.relations
            if r.predicate == predicate and r.status == "asserted"}


def test_header_and_offsets(seed):
    doc, extraction = seed
    assert doc.date == "2019-05-06" and doc.body.startswith("Syria’s worst violence")
    for r in extraction.relations:
        assert doc.body[r.evidence.start:r.evidence.end] == r.evidence.sentence
        assert r.date == "2019-05-06"


def test_turkey_backs_the_national_liberation_front(seed):
    _, extraction = seed
    backs = relations(extraction, "backs")
    r = backs[("Turkey", "National Liberation Front")]
    assert "Turkey-backed National Liberation Front" in r.evidence.sentence


def test_moscow_and_tehran_back_the_syrian_government(seed):
    _, extraction = seed
    backs = relations(extraction, "backs")
    for backer in ("Russia", "Iran"):
        (r,) = [r for (s, _), r in backs.items() if s == backer and r.object.id == "syria"]
        assert "Moscow and Tehran back the regime" in r.evidence.sentence
        assert {"Assad regime", "Syrian regime", "Damascus", "Syria", "Syrian government", "regime"} <= {
            r.object.name, *r.object.aliases}


def test_the_sochi_agreement(seed):
    _, extraction = seed
    brokered = relations(extraction, "brokered")
    agreements = {r.object.id: r.object for r in brokered.values()}
    assert len(agreements) == 1
    (sochi,) = agreements.values()
    assert "Sochi" in sochi.name and sochi.kind in ("truce", "ceasefire")
    assert sochi.date == "2018-09"
    assert {s for s, _ in brokered} == {"Russia", "Turkey"}
    assert any("truce brokered by Russia and Turkey" in r.evidence.sentence for r in brokered.values())
    governed = {o for (s, o) in relations(extraction, "governs") if s == sochi.name}
    assert {"Idlib", "buffer zone", "de-escalation zone"} <= governed
    assert {s for (s, o) in relations(extraction, "party_to") if o == sochi.name} == {"Russia", "Turkey"}
