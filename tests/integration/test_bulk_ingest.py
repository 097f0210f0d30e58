"""`pactgraph ingest --bulk`: the graph `ingest` builds, loaded by neo4j-admin's importer.

The bulk load stops the local server for the importer and starts it again, and the imported
database starts a new transaction history: a driver that wrote before holds bookmarks the new
database has not reached. So these tests run a local Neo4j of the module's own (a temporary home
on a free port, stopped at the end), never the shared test server, and open a new driver after
each command.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from typer.testing import CliRunner

import pactgraph.cli.commands
import pactgraph.cli.common
import pactgraph.cli.ingest
from pactgraph.graph.connection import open_driver
from pactgraph.graph.queries.schema import KEYS_INDEX, PAIR_INDEX
from pactgraph.graph.schema import counts, wipe
from pactgraph.graph.server.local import LocalNeo4j
from pactgraph.settings import Settings

from .. import conftest
from ..conftest import free_port

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Iterator[Settings]:
    """Settings of the module's own local Neo4j (started on demand by the commands)."""
    settings = Settings(neo4j_uri=None, pactgraph_home=tmp_path_factory.mktemp("neo4j-bulk"),
                        neo4j_bolt_port=free_port(), neo4j_heap="512m", neo4j_pagecache="128m",
                        _env_file=None)
    yield settings
    LocalNeo4j.from_settings(settings).stop(timeout=30)


@pytest.fixture()
def settings_on(home, monkeypatch) -> Settings:
    """The command line on the module's server, its database emptied first."""
    for module in (pactgraph.cli.commands, pactgraph.cli.common, pactgraph.cli.ingest):
        monkeypatch.setattr(module, "get_settings", lambda: home)
    with driver_of(home) as driver:
        wipe(driver, database=home.neo4j_database)
    return home


@contextmanager
def driver_of(settings: Settings) -> Iterator[object]:
    driver = open_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


def _ingest(*args: str):
    return CliRunner().invoke(pactgraph.cli.app, ["ingest", *args])

NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"
RELATIONSHIPS = ("MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS a_labels, a.id AS a, "
                 "labels(b) AS b_labels, b.id AS b, properties(r) AS properties")


def snapshot(driver, database: str) -> tuple[list[str], list[str]]:
    """Every node (its labels and all its properties) and every relationship (its type, its ends
    and all its properties), each as one sorted JSON string: equal snapshots, equal graphs."""
    nodes = sorted(json.dumps([sorted(r["labels"]), r["properties"]], sort_keys=True)
                   for r in driver.execute_query(NODES, database_=database).records)
    relationships = sorted(
        json.dumps([r["type"], sorted(r["a_labels"]), r["a"], sorted(r["b_labels"]), r["b"], r["properties"]],
                   sort_keys=True)
        for r in driver.execute_query(RELATIONSHIPS, database_=database).records)
    return nodes, relationships


@pytest.fixture()
def corpus(tmp_path):
    """The dev corpus and the examples (actors they share merge across documents), a copy of one
    document, and a file that cannot be read."""
    folder = tmp_path / "corpus"
    shutil.copytree(conftest.DEV_CORPUS, folder / "dev", ignore=shutil.ignore_patterns("*.jsonl", "*.md"))
    shutil.copytree(conftest.EXAMPLES, folder / "examples", ignore=shutil.ignore_patterns("*.rq", "*.md"))
    shutil.copy(conftest.EXAMPLES / "00_idlib_2019.txt", folder / "copy_of_idlib.txt")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _summary(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:") or " stored (" in line]


def test_bulk_builds_the_graph_ingest_builds(settings_on, corpus):
    database = settings_on.neo4j_database
    ingested = _ingest(str(corpus))
    assert ingested.exit_code == 1, ingested.stderr  # the empty file
    with driver_of(settings_on) as driver:
        expected = snapshot(driver, database)
        wipe(driver, database=database)
    typed = [r for r in expected[1] if json.loads(r)[0] not in ("SUBJECT", "OBJECT", "IN_DOCUMENT")]
    assert len(typed) > 100 and all("evidence_count" in json.loads(r)[-1] for r in typed
                                    if json.loads(r)[0] in ("BACKS", "OPPOSES", "PARTY_TO"))

    bulk = _ingest("--bulk", str(corpus))
    assert bulk.exit_code == 1, bulk.stderr
    assert _summary(bulk) == _summary(ingested)
    # examples/ holds the seed twice already, and copy_of_idlib.txt is a third.
    assert "2 copies of a text already read" in bulk.stderr

    with driver_of(settings_on) as driver:
        graph = snapshot(driver, database)
        assert (len(graph[0]), len(graph[1])) == (len(expected[0]), len(expected[1]))
        assert graph[0] == expected[0]  # every node with its labels and properties
        assert graph[1] == expected[1]  # every relationship, typed ones with their summaries

        # The schema is there afterwards, every index online.
        names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name",
                                                         database_=database).records}
        assert {"actor_id", "agreement_id", "place_id", "document_id", "evidence_id", "event_id"} <= names
        states = {r["name"]: r["state"] for r in driver.execute_query("SHOW INDEXES YIELD name, state",
                                                                      database_=database).records}
    assert PAIR_INDEX in states and KEYS_INDEX in states
    assert set(states.values()) == {"ONLINE"}
    # Ingesting the same documents again merges into what the bulk load built: nothing new.
    again = _ingest(str(corpus))
    assert "0 nodes and 0 relationships added" in again.stderr
    with driver_of(settings_on) as driver:
        assert snapshot(driver, database) == expected


def test_bulk_refuses_a_database_that_is_not_empty(settings_on):
    database = settings_on.neo4j_database
    first = _ingest(str(conftest.EXAMPLES))
    assert first.exit_code == 0, first.stderr
    with driver_of(settings_on) as driver:
        before = counts(driver, database=database)
    assert before[0] > 0

    refused = _ingest("--bulk", str(conftest.EXAMPLES))
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"error: --bulk needs an empty database: {database} holds "
                                     f"{before[0]} nodes and {before[1]} relationships")
    with driver_of(settings_on) as driver:
        assert counts(driver, database=database) == before


def test_bulk_of_nothing_readable_loads_nothing_and_says_so(settings_on, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = _ingest("--bulk", str(tmp_path))
    assert result.exit_code == 1
    assert "0 documents stored (0 relations read; 0 nodes and 0 relationships added), 1 unreadable" \
        in result.stderr
    with driver_of(settings_on) as driver:
        assert counts(driver, database=settings_on.neo4j_database) == (0, 0)
