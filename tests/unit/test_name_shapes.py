"""Names no list knows, typed by their shape when the text around them says nothing."""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.clusters import person_shaped
from pactgraph.loaders.mentions import find_mentions
from pactgraph.loaders.text import split_sentences, tokenize

from .test_extract_phrasings import GAZ, triples


@pytest.mark.parametrize("name", ["Tomas Verlin", "Abdel Karim al-Tahir", "Joana dos Reis", "Iko Ag Mossa",
                                  "Sun Wei Lin", "Halvard Ødegaard"])
def test_a_person_s_name(name):
    assert person_shaped(name)


@pytest.mark.parametrize("name", [
    "Verlin", "Tomas", "Ash Reed Brigade", "Jaish al-Tahir", "Frente Norte", "Ras al-Tahir", "Kota Verlin",
    "Sons of Verlin", "Verlin Network", "KDL Verlin", "Verlin 2020", "New Verlin",
    "Andean Bishops Conference", "Tomas Verlin Halvard Ødegaard Iko",
])
def test_not_a_person_s_name(name):
    assert not person_shaped(name)


def test_an_untitled_name_with_a_person_s_shape_leads():
    found = triples("The Salt Bay Militia, headed by Tomas Verlin, holds the port.")
    assert ("Tomas Verlin", "leader_of", "Salt Bay Militia", "asserted") in found


def test_a_name_read_as_a_place_stays_a_place():
    found = triples("The Ash Reed Brigade seized Porto Verlin on Monday.")
    assert ("Ash Reed Brigade", "controls", "Porto Verlin", "asserted") in found


@pytest.mark.parametrize("text, town", [
    ("The Ash Reed Brigade overran Tolmek last spring.", "Tolmek"),
    ("The Green Banner Movement, which dominates Varsk and the hills to its east, walked out of the "
     "mediation in May.", "Varsk"),
])
def test_a_name_held_by_an_actor_is_a_place(text, town):
    found = triples(text)
    assert any(p == "controls" and o == town and st == "asserted" for _s, p, o, st in found), found


@pytest.mark.parametrize("text, agreement", [
    ("The General Framework Agreement for the Valley was signed in Dro by Kessa and Tessaly.",
     "General Framework Agreement for the Valley"),
    ("Kessa and Tessaly signed the Treaty on Border Cooperation in May.", "Treaty on Border Cooperation"),
])
def test_an_agreement_named_with_its_subject_is_one_agreement(text, agreement):
    found = triples(text)
    assert ("Kessa", "party_to", agreement, "asserted") in found, found
    assert not any(s == agreement and p == "leader_of" for s, p, _o, _st in found)


@pytest.mark.parametrize("text, whole, cut", [
    ("Justice and Human Rights Minister Tomas Verlin signed for Kessa.", "Tomas Verlin",
     "Human Rights Minister Tomas Verlin"),
    ("The Minister of National Defence, General Tomas Verlin, spoke in Dro.", "Tomas Verlin",
     "of National Defence"),
    ("Tessaly and Côte d'Ivoire signed the Harbour Accord.", "Côte d'Ivoire", "Côte"),
])
def test_an_office_or_a_particle_does_not_cut_a_name(text, whole, cut):
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    names = {m.name for m in find_mentions(doc.body, *_sentences(doc.body), GAZ, doc.date)}
    assert whole in names and cut not in names, names


def _sentences(body: str):
    tokens = tokenize(body)
    return tokens, split_sentences(tokens, body)
