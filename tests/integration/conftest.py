"""Integration fixtures: the dev corpus in the test graph, for the API tests that read it.

Extraction runs once per session. Other modules wipe the database around
their tests, so every test that needs the corpus checks the graph's counts
against those of the last ingest and ingests again when they differ: the
order in which modules run does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.schema import counts, ensure_schema, wipe
from graph.writer import write_extraction
from loaders import extract, iter_documents

from .. import conftest

_ingested: dict[str, tuple[int, int]] = {}


@pytest.fixture(scope="session")
def dev_extractions():
    """Every readable document of the dev corpus, extracted (the corpus's unreadable files left out)."""
    return [extract(item) for item in iter_documents([conftest.DEV_CORPUS]) if hasattr(item, "body")]


@pytest.fixture()
def dev_graph(neo4j_driver, settings, dev_extractions):
    """The test database holding exactly the dev corpus, as `pactgraph ingest` stores it."""
    database = settings.neo4j_database
    if _ingested.get(database) != counts(neo4j_driver, database=database):
        wipe(neo4j_driver, database=database)
        ensure_schema(neo4j_driver, database=database)
        for extraction in dev_extractions:
            write_extraction(neo4j_driver, extraction, database=database)
        _ingested[database] = counts(neo4j_driver, database=database)
    return neo4j_driver


@pytest.fixture()
def dev_client(dev_graph, settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client
