"""Shared fixtures.

Integration tests (marker ``neo4j``) run against a real Neo4j, and they wipe
it. So they never use the user's graph: not ``NEO4J_URI``, not the local
server of ``PACTGRAPH_HOME``. They use

* ``PACTGRAPH_TEST_NEO4J_URI`` (with ``NEO4J_USER``/``NEO4J_PASSWORD``) when
  it is set: a server you are willing to have wiped; or else
* a local Neo4j of their own, in ``PACTGRAPH_TEST_HOME`` (default
  ``.pactgraph-test/`` in the clone) on ``PACTGRAPH_TEST_BOLT_PORT``, started
  on demand and left running for the next run (``make test-db-stop`` stops
  it). Without that variable the port is the one this home's server listens
  on when it runs, else 7688, else (another clone's test server holds 7688)
  a free port: two clones on one machine each test against their own.

The environment is set before anything reads the settings, so the CLI and
the API under test see the same server as the fixtures.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Properties, not timings: a busy machine must not fail a property test by its speed (speed lives in bench/).
settings.register_profile("pactgraph", deadline=None)
settings.load_profile("pactgraph")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
EXAMPLES = ROOT / "examples"


def pytest_configure(config: pytest.Config) -> None:
    uri = os.environ.get("PACTGRAPH_TEST_NEO4J_URI")
    if uri:
        os.environ["NEO4J_URI"] = uri
    else:
        os.environ["NEO4J_URI"] = ""  # also overrides a NEO4J_URI in a .env file
        home = Path(os.environ.get("PACTGRAPH_TEST_HOME", str(ROOT / ".pactgraph-test")))
        os.environ["PACTGRAPH_HOME"] = str(home)
        port = os.environ.get("PACTGRAPH_TEST_BOLT_PORT") or str(test_bolt_port(home))
        os.environ["NEO4J_BOLT_PORT"] = port
    from pactgraph.settings import get_settings

    get_settings.cache_clear()


#: The test server's port when it is free (the user's own server keeps 7687).
TEST_BOLT_PORT = 7688


def test_bolt_port(home: Path) -> int:
    """The Bolt port of the test server in ``home``: the one it listens on if it runs (its
    configuration, written at every start, says which), else 7688 if nothing holds it, else a
    free one (the server is then started there, and found there by the next run)."""
    from pactgraph.graph.server.local import LocalNeo4j
    from pactgraph.graph.server.processes import port_holder, port_open

    conf = home / "conf" / "neo4j.conf"
    if conf.is_file() and LocalNeo4j(home).find_pids():
        for line in conf.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "server.bolt.listen_address" and value.rpartition(":")[2].isdigit():
                return int(value.rpartition(":")[2])
    if port_holder(TEST_BOLT_PORT) is None and not port_open(TEST_BOLT_PORT):
        return TEST_BOLT_PORT
    return free_port()


def dev_documents() -> list:
    """The dev corpus's documents, read. The shared corpora sit beside the clone (CI has them there):
    when they are missing, or a file of theirs cannot be read, the calling test fails (never skips)
    with a message naming the path."""
    from pactgraph.loaders import DocumentError, iter_documents

    if not DEV_CORPUS.is_dir():
        pytest.fail(f"{DEV_CORPUS} is missing: these tests read the shared corpora beside the clone",
                    pytrace=False)
    documents = list(iter_documents([DEV_CORPUS]))
    unreadable = [str(item) for item in documents if isinstance(item, DocumentError)]
    if unreadable or not documents:
        pytest.fail(f"{DEV_CORPUS}: {'; '.join(unreadable) or 'no documents'}", pytrace=False)
    return documents


def free_port() -> int:
    """A loopback port nothing listens on now (for a throwaway server of a test's own)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def settings():
    from pactgraph.settings import get_settings

    return get_settings()


@pytest.fixture(scope="session")
def neo4j_driver(settings) -> Iterator[object]:
    """One driver for the whole test session, on a running Neo4j."""
    from pactgraph.graph.connection import open_driver

    driver = open_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture()
def empty_graph(neo4j_driver, settings):
    """A database with the schema and no data; wiped again afterwards."""
    from pactgraph.graph.schema import ensure_schema, wipe

    wipe(neo4j_driver, database=settings.neo4j_database)
    ensure_schema(neo4j_driver, database=settings.neo4j_database)
    yield neo4j_driver
    wipe(neo4j_driver, database=settings.neo4j_database)


@pytest.fixture(scope="module")
def dev_corpus_graph(neo4j_driver, settings):
    """The dev corpus ingested into a wiped database, for a whole test module; wiped afterwards."""
    from pactgraph.graph.schema import ensure_schema, wipe
    from pactgraph.graph.writer import write_extraction
    from pactgraph.loaders import extract

    documents = dev_documents()
    database = settings.neo4j_database
    wipe(neo4j_driver, database=database)
    ensure_schema(neo4j_driver, database=database)
    for document in documents:
        write_extraction(neo4j_driver, extract(document), database=database)
    yield neo4j_driver
    wipe(neo4j_driver, database=database)
