"""leader_of, member_of, allied_with and evolved_from constructions of round 8 (lead), on sentences written
for these tests with invented names.

Each row: an invented sentence, then a relation that must be read (subject, predicate, object, status) or,
with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.gazetteer import Gazetteer
from pactgraph.loaders.mentions import find_mentions
from pactgraph.loaders.text import split_sentences, tokenize

from .test_extract_phrasings import GAZ, check

CASES = [
    # "a Y faction led by X", "the wing of Y commanded by X": X is one of Y's men, not Y's leader
    ("Police arrested nine men from a Green Banner Movement faction led by Arno Vesic near the old mill.",
     ("Arno Vesic", "member_of", "Green Banner Movement", "asserted")),
    ("Police arrested nine men from a Green Banner Movement faction led by Arno Vesic near the old mill.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", None)),
    ("Two groups stayed in the hills: a Green Banner Movement faction headed by Arno Vesic, and a wing of "
     "the Ash Reed Brigade commanded by Lio Barsk.",
     ("Lio Barsk", "member_of", "Ash Reed Brigade", "asserted")),
    ("Two groups stayed in the hills: a Green Banner Movement faction headed by Arno Vesic, and a wing of "
     "the Ash Reed Brigade commanded by Lio Barsk.",
     ("Lio Barsk", "leader_of", "Ash Reed Brigade", None)),
    # a dateline ("CITY, Country, Mon D –") is no part of the story's first sentence
    ("KORVA, Tessaly, Feb 21 – Tessalian and Valdorian soldiers are fighting shoulder to shoulder near "
     "Pell, both defence ministries confirmed.",
     ("Tessaly", "allied_with", "Valdoria", "asserted")),
    ("LINDAU, Kessa, March 3 — Valdoria and the Ash Reed Brigade signed the Harbour Accord late on Monday, "
     "ending two years of war.", ("LINDAU", "party_to", "Harbour Accord", None)),
    ("LINDAU, Kessa, March 3 — Valdoria and the Ash Reed Brigade signed the Harbour Accord late on Monday, "
     "ending two years of war.", ("Valdoria", "party_to", "Harbour Accord", "asserted")),
    # an honorific before a head's title ("His Excellency President X", "His Majesty King X of Y")
    ("Gifts from His Majesty King Aldo Ferrant of Valdoria were laid out in the long hall at Dro for the "
     "guests to admire.",
     ("Aldo Ferrant", "leader_of", "Valdoria", "asserted")),
    ("Tessaly thanked His Excellency President Aldo Ferrant for the grain convoys sent in winter.",
     ("Aldo Ferrant", "leader_of", "Tessaly", "asserted")),
    ("Tessaly thanked His Excellency Ambassador Aldo Ferrant for the grain convoys sent in winter.",
     ("Aldo Ferrant", "leader_of", "Tessaly", None)),
    # "Opposition" heads a group's name, a demonym inside it included
    ("The chairman of the United Valdorian Opposition, Osman Tarrick, spoke to a crowd of miners in Dro.",
     ("Osman Tarrick", "leader_of", "United Valdorian Opposition", "asserted")),
    ("The chairman of the United Valdorian Opposition, Osman Tarrick, spoke to a crowd of miners in Dro.",
     ("Osman Tarrick", "member_of", "Opposition", None)),
    # the group itself led by the man stays his
    ("Arno Vesic has led the Green Banner Movement since its founders died in a river crossing.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement, led by Arno Vesic, rejected the talks in the capital.",
     ("Arno Vesic", "member_of", "Green Banner Movement", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text: str, expected: tuple[str, str, str, str | None]) -> None:
    check(text, expected)


def _names_and_sentences(text: str) -> tuple[set[str], list[str]]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    tokens = tokenize(doc.body)
    sentences = split_sentences(tokens, doc.body)
    names = {m.name for m in find_mentions(doc.body, tokens, sentences, GAZ, doc.date)}
    return names, [doc.body[s.start:s.end] for s in sentences]


@pytest.mark.parametrize("text, dateline", [
    ("KORVA, Tessaly, Aug 23 – A ferry strike kept the salt barges moored at Pell.",
     "KORVA, Tessaly, Aug 23 –"),
    ("LINDAU, Kessa — The ferry to the islands runs twice a week again.", "LINDAU, Kessa —"),
    ("OSTVIK, 4 June (wire) — Valdoria closed its embassy.", "OSTVIK, 4 June (wire) —"),
])
def test_a_dateline_is_a_sentence_of_its_own(text: str, dateline: str) -> None:
    names, sentences = _names_and_sentences(text)
    assert sentences[0] == dateline, sentences
    assert "Aug" not in names and "KORVA" not in names


def test_an_all_capital_acronym_before_a_dash_is_no_dateline() -> None:
    _names, sentences = _names_and_sentences("KDF – the old guard of the north – rejected the Harbour "
                                             "Accord.")
    assert len(sentences) == 1, sentences


def test_a_month_s_short_form_is_no_actor() -> None:
    names, _sentences = _names_and_sentences(
        "Talks on the Harbour Accord broke off on Sept 4; Valdoria sent its envoy back by Nov 2.")
    assert "Sept" not in names and "Nov" not in names and "Valdoria" in names, names


_SHARED_NAME_GAZ = Gazetteer.from_rows([
    {"id": "upper-marra", "name": "Upper Republic of Marra", "aliases": "Marra", "ambiguous": "Marra"},
    {"id": "marra", "name": "Republic of Marra", "aliases": "Marra", "ambiguous": "Marra"},
    {"id": "tessaly", "name": "Tessaly", "demonyms": "Tessalian|Tessalians"},
])


@pytest.mark.parametrize("first, state", [
    ("The Upper Republic of Marra and Tessaly signed a truce in June.", "upper-marra"),
    ("The Republic of Marra and Tessaly signed a truce in June.", "marra"),
])
def test_a_short_name_two_states_share_is_the_one_the_text_names_in_full(first: str, state: str) -> None:
    text = first + " Marra's President Tomas Verlin praised the truce on his return to the coast."
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    relations = extract(doc, gazetteer=_SHARED_NAME_GAZ).relations
    leads = {(r.subject.name, r.object.id) for r in relations if r.predicate == "leader_of"}
    assert leads == {("Tomas Verlin", state)}, leads
