"""The same text twice in one run (one batch or two) is one document, one evidence per statement
with one link of each kind, counted once in the summaries and in the ingest's summary line."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pactgraph.api.app import create_app
from pactgraph.cli import app as cli_app
from pactgraph.graph.writer import write_extractions
from pactgraph.loaders import extract, iter_documents

from .. import conftest

pytestmark = pytest.mark.neo4j

SEED = conftest.EXAMPLES / "00_idlib_2019.txt"

_LINKS = """
MATCH (e:Evidence)
RETURN count(e) AS evidence,
       max(COUNT { (e)-[:SUBJECT]->() }) AS subject, max(COUNT { (e)-[:OBJECT]->() }) AS object,
       max(COUNT { (e)-[:IN_DOCUMENT]->() }) AS document,
       COUNT { MATCH (d:Document) RETURN d } AS documents
"""


def _state(driver, database):
    with driver.session(database=database) as session:
        links = session.run(_LINKS).single().data()
        summaries = sorted((r["t"], r["s"], r["o"], r["n"], tuple(r["sources"])) for r in session.run(
            "MATCH (s)-[r]->(o) WHERE r.evidence_count IS NOT NULL "
            "RETURN type(r) AS t, s.id AS s, o.id AS o, r.evidence_count AS n, r.sources AS sources"))
    return links, summaries


def _copies(tmp_path, names):
    folder = tmp_path / "copies"
    folder.mkdir()
    for name in names:
        shutil.copy(SEED, folder / name)
    return folder


def test_one_batch_with_the_same_text_twice(empty_graph, settings, tmp_path):
    database = settings.neo4j_database
    [document] = list(iter_documents([SEED]))
    once = extract(document)
    write_extractions(empty_graph, [once], database=database)
    expected = _state(empty_graph, database)
    assert expected[0]["subject"] == expected[0]["object"] == expected[0]["document"] == 1

    from pactgraph.graph.schema import wipe
    wipe(empty_graph, database=database)
    summary = write_extractions(empty_graph, [once, extract(document)], database=database)
    assert _state(empty_graph, database) == expected
    assert summary.documents == (document.name,) and summary.duplicates == (document.name,)
    assert summary.evidence == len({relation.id for relation in once.relations})


def test_two_batches_and_two_file_names(empty_graph, settings, tmp_path):
    database = settings.neo4j_database
    folder = _copies(tmp_path, ["a.txt", "b.txt", "c.txt"])
    assert CliRunner().invoke(cli_app, ["ingest", str(folder / "a.txt")]).exit_code == 0
    expected = _state(empty_graph, database)
    assert expected[0]["subject"] == expected[0]["object"] == expected[0]["document"] == 1
    for batch in ("1", "2"):  # every copy in its own batch, then all in one
        result = CliRunner().invoke(cli_app, ["ingest", str(folder), "--batch", batch])
        assert result.exit_code == 0, result.stderr
        assert _state(empty_graph, database) == expected
    assert "1 document stored" in result.stderr and "2 copies of a text already read" in result.stderr


def test_backing_lists_each_sentence_once(empty_graph, settings, tmp_path):
    folder = _copies(tmp_path, ["one.txt", "two.txt"])
    assert CliRunner().invoke(cli_app, ["ingest", str(folder)]).exit_code == 0
    with TestClient(create_app(settings)) as client:
        body = client.get("/backing", params={"backed": "Syria"}).json()
    assert body["count"] >= 1
    for pair in body["data"]:
        sentences = [(e["document"]["id"] if isinstance(e.get("document"), dict) else e.get("document"),
                      e["sentence"]) for e in pair["evidence"]]
        assert len(sentences) == len(set(sentences)), pair
        assert pair["evidence_count"] == len(pair["evidence"])
