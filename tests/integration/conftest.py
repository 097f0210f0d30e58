"""Integration fixtures: the dev corpus (or the examples) in the test graph, for the tests that read it.

Extraction runs once per session. Other modules wipe the database around
their tests, so every test that needs the corpus checks the graph's counts
against those of the last ingest and ingests again when they differ: the
order in which modules run does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from pactgraph.api.app import create_app
from pactgraph.graph.schema import counts, ensure_schema, wipe
from pactgraph.graph.writer import write_extraction
from pactgraph.loaders import extract, iter_documents

from .. import conftest

#: What each database holds after the last ingest here: the corpus's name and the graph's counts.
_ingested: dict[str, tuple[str, tuple[int, int]]] = {}


@pytest.fixture(scope="session")
def dev_extractions():
    """Every document of the dev corpus, extracted (fails when the shared corpus is not beside the clone)."""
    return [extract(document) for document in conftest.dev_documents()]


def _holding(driver, database: str, name: str, extractions) -> None:
    """Make the test database hold exactly these extractions, unless it already does."""
    if _ingested.get(database) != (name, counts(driver, database=database)):
        wipe(driver, database=database)
        ensure_schema(driver, database=database)
        for extraction in extractions:
            write_extraction(driver, extraction, database=database)
        _ingested[database] = (name, counts(driver, database=database))


@pytest.fixture()
def dev_graph(neo4j_driver, settings, dev_extractions):
    """The test database holding exactly the dev corpus, as `pactgraph ingest` stores it."""
    _holding(neo4j_driver, settings.neo4j_database, "dev", dev_extractions)
    return neo4j_driver


@pytest.fixture(scope="session")
def examples_extractions():
    """The examples folder (what `make run` ingests), extracted."""
    return [extract(item) for item in iter_documents([conftest.EXAMPLES]) if hasattr(item, "body")]


@pytest.fixture()
def examples_graph(neo4j_driver, settings, examples_extractions):
    """The test database holding exactly the examples, as `make run` stores them."""
    _holding(neo4j_driver, settings.neo4j_database, "examples", examples_extractions)
    return neo4j_driver


@pytest.fixture()
def examples_client(examples_graph, settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture()
def dev_client(dev_graph, settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="session")
def dask_scheduler() -> Iterator[str]:
    """The address of a Dask cluster of two worker processes on this machine (a LocalCluster),
    reached as any running cluster is: ``pactgraph ingest --scheduler ADDRESS``."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      scheduler_port=0, dashboard_address=None) as cluster:
        yield cluster.scheduler_address
