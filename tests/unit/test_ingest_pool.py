"""`pipeline.extraction.extractions`: extraction spread over processes, answers in input order.

The tests that patch what a worker runs rely on the pool forking its processes after the patch (the default
start method on Linux up to Python 3.13).
"""

from __future__ import annotations

import importlib

import pytest

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.errors import DocumentError
from pactgraph.pipeline import extraction as pipeline_extraction
from pactgraph.pipeline.extraction import extractions

TEXTS = [f"Valdoria backs the Sunrise Brigades number {i}. Fighting resumed in Corvin." for i in range(12)]


@pytest.mark.parametrize(("workers", "ahead"), [(1, 0), (2, 0), (2, 10)])
def test_every_item_comes_back_in_order_with_its_own_extraction(workers, ahead):
    documents = [document_from_text(text, f"{i}.txt", date="2021-06-15") for i, text in enumerate(TEXTS)]
    bad = DocumentError("broken.txt", "empty document")
    items = [*documents[:5], bad, *documents[5:]]
    got = list(extractions(items, workers, ahead=ahead))
    assert [item for item, _ in got] == items
    assert got[5][1] is None
    assert [e for _, e in got if e is not None] == [extract(d) for d in documents]


@pytest.mark.parametrize(("chunk", "per_worker", "ahead"), [(3, 1, 0), (2, 1, 4), (8, 16, 0)])
def test_the_window_of_chunks_keeps_the_order(monkeypatch, chunk, per_worker, ahead):
    # small chunks and a small window, so that chunks are taken off the window before the input ends
    monkeypatch.setattr(pipeline_extraction, "_CHUNK", chunk)
    monkeypatch.setattr(pipeline_extraction, "_AHEAD_PER_WORKER", per_worker)
    documents = [document_from_text(text, f"{i}.txt", date="2021-06-15") for i, text in enumerate(TEXTS)]
    bad = DocumentError("broken.txt", "empty document")
    items = [*documents[:2], bad, *documents[2:7], bad, *documents[7:]]
    got = list(extractions(items, 2, ahead=ahead))
    assert [item for item, _ in got] == items
    assert [e for _, e in got if e is not None] == [extract(d) for d in documents]


def test_a_document_whose_extraction_fails_in_a_worker_comes_back_as_its_error(monkeypatch):
    extract_module = importlib.import_module("pactgraph.loaders.extract")
    reading = extract_module._reading

    def failing(document, gaz):
        if document.name == "4.txt":
            raise RuntimeError("no reading")
        return reading(document, gaz)

    # the pool's processes are forked after this, with the patched module
    monkeypatch.setattr(extract_module, "_reading", failing)
    documents = [document_from_text(text, f"{i}.txt", date="2021-06-15") for i, text in enumerate(TEXTS)]
    got = list(extractions(documents, 2))
    assert isinstance(got[4][0], DocumentError) and got[4][1] is None
    assert got[4][0].path == "4.txt" and "no reading" in got[4][0].reason
    assert [item for item, _ in got[:4] + got[5:]] == documents[:4] + documents[5:]


_EXTRACT_CHUNK = pipeline_extraction._extract_chunk


def _failing_chunk(documents):
    """A worker's chunk that fails whole when it holds 4.txt (module-level: the pool pickles it by name)."""
    if any(d.name == "4.txt" for d in documents):
        raise RuntimeError("worker lost")
    return _EXTRACT_CHUNK(documents)


def test_a_worker_that_fails_reports_its_documents_and_the_rest_go_on(monkeypatch):
    monkeypatch.setattr(pipeline_extraction, "_CHUNK", 3)
    monkeypatch.setattr(pipeline_extraction, "_extract_chunk", _failing_chunk)
    documents = [document_from_text(text, f"{i}.txt", date="2021-06-15") for i, text in enumerate(TEXTS)]
    got = list(extractions(documents, 2))
    # the chunk of 3.txt, 4.txt and 5.txt fails whole; every other document is extracted
    assert [isinstance(item, DocumentError) for item, _ in got] == [3 <= i <= 5 for i in range(len(TEXTS))]
    assert all("worker lost" in item.reason for item, _ in got[3:6])
    assert [e for _, e in got if e is not None] == [extract(d) for d in documents[:3] + documents[6:]]


def test_a_cluster_worker_returns_the_reason_an_extraction_failed(monkeypatch):
    from pactgraph.pipeline import cluster

    def failing(document):
        raise ValueError("bad text")

    monkeypatch.setattr(cluster, "extract", failing)
    document = document_from_text(TEXTS[0], "0.txt", date="2021-06-15")
    assert cluster._extract_or_reason(document) == ("extraction failed (ValueError: bad text)", None)
