"""Actors no list knows and no name gives: descriptions that stand for an actor of their own."""

from __future__ import annotations

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import extract

from .test_extract_phrasings import GAZ, triples


def _entities(text: str, doc: str = "t.txt"):
    extraction = extract(document_from_text(text, doc, date="2021-06-15"), gazetteer=GAZ)
    return {e.name: e for e in extraction.entities}


def test_an_authority_described_by_its_seat_is_its_own_actor():
    found = triples("Norland and Kessa arm the eastern-based authorities. Tessaly backs Valdoria.")
    assert ("Norland", "backs", "eastern-based authorities", "asserted") in found
    assert not any(o == "Valdoria" and s in ("Norland", "Kessa") for s, _p, o, _st in found)


def test_a_government_named_by_its_patron_is_not_the_patron_s_state():
    found = triples("Ostmark backs the pro-Kessa government in the north.")
    assert ("Ostmark", "backs", "pro-Kessa government", "asserted") in found


def test_a_described_group_acts_as_one():
    found = triples("On Monday Kessa-linked mercenaries attacked the Ash Reed Brigade near the dam.")
    assert ("Kessa-linked mercenaries", "opposes", "Ash Reed Brigade", "asserted") in found
    found = triples("Since March tribal fighters have clashed with the Ash Reed Brigade.")
    assert ("tribal fighters", "opposes", "Ash Reed Brigade", "asserted") in found


def test_a_description_without_a_name_is_the_document_s_own():
    one = _entities("Tribal fighters attacked the Ash Reed Brigade; the tribal fighters withdrew.", "a.txt")
    two = _entities("Later, tribal fighters clashed with the Salt Bay Militia.", "b.txt")
    ids = {e.id for e in one.values() if "tribal" in e.name.lower()}
    assert ids and ids.isdisjoint({e.id for e in two.values() if "tribal" in e.name.lower()})
    named_a = _entities("Kessa-linked mercenaries attacked the Ash Reed Brigade.", "a.txt")
    named_b = _entities("The Kessa-linked mercenaries withdrew from Pell.", "b.txt")
    assert named_a["Kessa-linked mercenaries"].id == named_b["Kessa-linked mercenaries"].id


def test_zones_named_by_their_purpose():
    found = triples("Under the Harbour Accord, the Ash Reed Brigade will move its units into three assembly "
                    "points north of Pell by June.")
    assert ("Harbour Accord", "governs", "assembly points", "asserted") in found
    found = triples("The Harbour Accord also applies to four cantonment camps near Pell.")
    assert ("Harbour Accord", "governs", "cantonment camps", "asserted") in found
    names = _entities("The Harbour Accord settled two points of the dispute and closed refugee camps.")
    assert not any("points" in n or "camps" in n for n in names)
