"""Bulk extraction parses several documents' sentences together and gives each document what ``extract``
gives it alone, in input order, with the items that are not documents passed through in place."""

from __future__ import annotations

import importlib

from pactgraph.loaders import DocumentError, document_from_text, extract
from pactgraph.loaders.extract import extract_many

TEXTS = [
    "Norland has armed the Dawn Front since 2019. The Dawn Front seized the river port of Olo in May.",
    "A truce brokered by Kessa took effect in Olo on Monday. Norland and Tessaly signed it in Pell.",
    "General Ivo Marr, who commands the Dawn Front, denied that Tessaly funds his fighters.",
    "Heavy rain fell on the capital.",
    "The Harbour Council, an alliance of the Dawn Front and the Lake Brigades, clashed with Tessaly.",
]


def _documents():
    return [document_from_text(text, f"d{i}.txt", date="2024-03-01") for i, text in enumerate(TEXTS)]


def _rows(extraction):
    return [r.as_json(extraction.document.name) for r in extraction.relations], extraction.events


def test_each_document_reads_as_it_does_alone():
    alone = [_rows(extract(d)) for d in _documents()]
    assert any(rows for rows, _events in alone)  # the texts state relations
    for batch in (1, 2, 16):
        together = [_rows(x) for _d, x in extract_many(_documents(), batch=batch)]
        assert together == alone, batch


def test_order_is_kept_and_errors_pass_through_in_place():
    docs = _documents()
    error = DocumentError("broken.txt", "not UTF-8")
    items = [docs[0], error, docs[1], docs[2], error, docs[3], docs[4]]
    out = list(extract_many(items, batch=2))
    assert [item for item, _x in out] == items
    assert [x is None for _item, x in out] == [False, True, False, False, True, False, False]
    assert all(x.document is item for item, x in out if x is not None)


def test_a_document_that_fails_comes_back_as_an_error_naming_it_and_the_rest_go_on(monkeypatch):
    # (the module, which the package's ``extract`` function shadows as an attribute)
    extract_module = importlib.import_module("pactgraph.loaders.extract")
    reading = extract_module._reading

    def failing(document, gaz):
        if "Heavy rain" in document.body:
            raise RuntimeError("no reading")
        return reading(document, gaz)

    monkeypatch.setattr(extract_module, "_reading", failing)
    docs = _documents()
    out = list(extract_many(docs, batch=16))
    assert [x is None for _item, x in out] == [False, False, False, True, False]
    error = out[3][0]
    assert isinstance(error, DocumentError) and error.path == "d3.txt" and "no reading" in error.reason
    others = [_rows(extract(d)) for d in docs if d is not docs[3]]
    assert [_rows(x) for _d, x in out if x is not None] == others


def test_the_text_s_own_section_signs_are_no_placeholders():
    # the rules write each mention as "§N" in a sentence's working text: a "§5" of the document is text
    text = "Under §5 of its charter, Norland backs the Dawn Front. §§ 12-14 cover the Olo district."
    relations = extract(document_from_text(text, "s.txt", date="2024-03-01")).relations
    read = {(r.subject.name, r.predicate, r.object.name) for r in relations}
    assert ("Norland", "backs", "Dawn Front") in read
