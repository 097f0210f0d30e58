"""Shared fixtures.

Integration tests (marker ``neo4j``) run against a real Neo4j: the server at
``NEO4J_URI`` when it is set, or else the project's local one, started on
demand (and left running for the next run; ``pactgraph db stop`` stops it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def settings():
    from api.settings import get_settings

    return get_settings()


@pytest.fixture(scope="session")
def neo4j_driver(settings) -> Iterator[object]:
    """One driver for the whole test session, on a running Neo4j."""
    from graph.connection import open_driver

    driver = open_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture()
def empty_graph(neo4j_driver, settings):
    """A database with the schema and no data; wiped again afterwards."""
    from graph.schema import ensure_schema, wipe

    wipe(neo4j_driver, database=settings.neo4j_database)
    ensure_schema(neo4j_driver, database=settings.neo4j_database)
    yield neo4j_driver
    wipe(neo4j_driver, database=settings.neo4j_database)
