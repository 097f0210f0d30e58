"""The ingest pipeline without a database: the report, the skipping of a text already read, and
the batch writer noticing Neo4j is down and listing what it did not store."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

import pactgraph.pipeline.store
from pactgraph.graph.errors import GraphUnavailable
from pactgraph.graph.writer import WriteSummary
from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.errors import DocumentError
from pactgraph.pipeline.ingest import read
from pactgraph.pipeline.report import Report
from pactgraph.pipeline.store import BatchWriter
from pactgraph.settings import Settings

TEXT = "Valdoria backs the Sunrise Brigades. Fighting resumed in Corvin."


def _documents(n: int, text: str = TEXT):
    return [document_from_text(f"{text} Report {i}.", f"{i}.txt", date="2021-06-15") for i in range(n)]


def test_the_report_names_what_was_not_stored():
    report = Report(stored=1, relations=2, nodes=3, relationships=1, failed=1, duplicates=2,
                    not_stored=["a.txt", "b.txt"])
    assert report.lines() == [
        "1 document stored (2 relations read; 3 nodes and 1 relationship added), 1 unreadable, "
        "2 not stored, 2 copies of a text already read.",
        "not stored (run the same command again to store them): a.txt, b.txt",
    ]
    assert not report.complete
    assert Report(stored=2).complete
    assert Report(stored=2).lines() == [
        "2 documents stored (0 relations read; 0 nodes and 0 relationships added), 0 unreadable, "
        "0 not stored."]


def test_read_names_the_unreadable_and_skips_a_text_already_read():
    first, second = _documents(2)
    bad = DocumentError("broken.txt", "empty document")
    results = [(first, extract(first)), (bad, None), (second, extract(second)), (first, extract(first))]
    report, taken, problems, ticks = Report(), [], [], []
    read(results, report, lambda d, e: taken.append(d.name), problem=problems.append,
         progress=_counting(ticks))
    assert taken == ["0.txt", "1.txt"]
    assert (report.failed, report.duplicates) == (1, 1)
    assert problems == [str(bad)]
    assert len(ticks) == 4


def _counting(ticks):
    @contextmanager
    def progress():
        yield lambda: ticks.append(1)

    return progress


def test_the_batch_writer_stores_whole_batches_and_lists_those_neo4j_did_not_take(monkeypatch):
    documents = _documents(5)
    stored, checks = [], []
    up = {"now": True}

    def store(driver, extractions, *, database, retry_seconds):
        if not up["now"]:
            raise GraphUnavailable("Neo4j cannot be reached\n at bolt://x")
        stored.append(len(extractions))
        return WriteSummary(documents=(), document_ids=(), nodes_created=2, relationships_created=1)

    def reachable(driver):
        checks.append(up["now"])
        if not up["now"]:
            raise GraphUnavailable("still down")

    monkeypatch.setattr(pactgraph.pipeline.store, "store_extractions", store)
    monkeypatch.setattr(pactgraph.pipeline.store, "ensure_reachable", reachable)
    report, problems = Report(), []
    writer = BatchWriter(object(), Settings(_env_file=None), 2, report, problems.append)
    writer.add(documents[0], extract(documents[0]))
    writer.add(documents[1], extract(documents[1]))  # a batch of two: stored
    assert stored == [2] and checks == []
    up["now"] = False
    writer.add(documents[2], extract(documents[2]))
    writer.add(documents[3], extract(documents[3]))  # refused whole
    assert checks == []  # the first failure waits out the driver; the next batch asks at once
    up["now"] = True
    writer.add(documents[4], extract(documents[4]))
    writer.flush()
    assert checks == [True] and stored == [2, 1]
    assert report.stored == 3 and (report.nodes, report.relationships) == (4, 2)
    assert report.not_stored == ["2.txt", "3.txt"]
    assert problems == ["2.txt: not stored: Neo4j cannot be reached at bolt://x",
                        "3.txt: not stored: Neo4j cannot be reached at bolt://x"]
    assert writer.down is None


def test_an_empty_flush_writes_nothing(monkeypatch):
    monkeypatch.setattr(pactgraph.pipeline.store, "store_extractions",
                        lambda *a, **k: pytest.fail("nothing to store"))
    BatchWriter(object(), Settings(_env_file=None), 3, Report(), print).flush()
