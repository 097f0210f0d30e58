"""Neo4j stopping and coming back, for real: a throwaway local Neo4j of this module's own.

The shared test server is never stopped here. The module's server lives in a temporary home
on a free port; the tests stop and start it, and the module stops it at the end. The ingest
test stores documents two per transaction and stops the server from inside the run, right
after the first batch commits, so which documents were stored is known exactly.
"""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import pactgraph.cli.commands
import pactgraph.cli.common
import pactgraph.cli.ingest
import pactgraph.pipeline.store
from pactgraph.api.app import create_app
from pactgraph.graph.connection import open_driver
from pactgraph.graph.schema import counts, ensure_schema, wipe
from pactgraph.graph.server.local import LocalNeo4j
from pactgraph.settings import Settings

from .. import conftest
from ..conftest import free_port

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    local = LocalNeo4j(tmp_path_factory.mktemp("neo4j-faults"), bolt_port=free_port(), heap="512m",
                       pagecache="64m", start_timeout=120)
    local.start()
    yield local
    local.stop(timeout=30)


@pytest.fixture()
def settings_on(server) -> Settings:
    """Settings that reach the module's server, with short write retries so a stop is seen fast."""
    user, password = server.auth
    return Settings(neo4j_uri=server.uri, neo4j_user=user, neo4j_password=password,
                    neo4j_write_retry_seconds=1.0, _env_file=None)


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    # The examples and dev documents up to six in all, so three batches of two.
    for path in [*sorted(conftest.EXAMPLES.glob("*.txt")), *sorted(conftest.DEV_CORPUS.glob("*.txt"))]:
        if len(list(folder.iterdir())) < 6 and not (folder / path.name).exists():
            shutil.copy(path, folder / path.name)
    return folder


def _cli_on(monkeypatch, settings) -> None:
    """Make the command line reach the module's server."""
    for module in (pactgraph.cli.commands, pactgraph.cli.common, pactgraph.cli.ingest):
        monkeypatch.setattr(module, "get_settings", lambda: settings)


def _wiped(server, settings) -> None:
    server.start()
    driver = open_driver(settings)
    try:
        wipe(driver, database=settings.neo4j_database)
        ensure_schema(driver, database=settings.neo4j_database)
    finally:
        driver.close()


def _counts(settings) -> tuple[int, int]:
    driver = open_driver(settings)
    try:
        return counts(driver, database=settings.neo4j_database)
    finally:
        driver.close()


@pytest.mark.parametrize("extraction", ["in this process", "on a Dask cluster"])
def test_neo4j_stopped_mid_ingest_then_ingesting_again_stores_exactly_the_rest(
        server, settings_on, corpus, monkeypatch, request, extraction):
    _cli_on(monkeypatch, settings_on)
    # The same writes and the same report whether extraction runs here or on a cluster's workers.
    where = (["--scheduler", request.getfixturevalue("dask_scheduler")]
             if extraction == "on a Dask cluster" else [])
    files = sorted(p.name for p in corpus.glob("*.txt"))
    assert len(files) == 6

    # What one clean ingest of the folder stores.
    _wiped(server, settings_on)
    clean = CliRunner().invoke(pactgraph.cli.app, ["ingest", str(corpus)])
    assert clean.exit_code == 0, clean.stderr
    expected = _counts(settings_on)

    # Again from empty, with the server stopped right after the second document is stored.
    _wiped(server, settings_on)
    real_store = pactgraph.pipeline.store.store_extractions
    written: list[str] = []

    def store_then_stop(*args, **kwargs):
        result = real_store(*args, **kwargs)
        written.extend(result.documents)
        server.stop(timeout=30)
        return result

    monkeypatch.setattr(pactgraph.pipeline.store, "store_extractions", store_then_stop)
    # Two documents per transaction: the first batch is stored, then the server stops, so the
    # next batch fails whole and the last finds the server down at once.
    interrupted = CliRunner().invoke(pactgraph.cli.app, ["ingest", *where, "--batch", "2", str(corpus)])
    assert interrupted.exit_code == 1, interrupted.stderr
    assert written == files[:2]
    problems = [line for line in interrupted.stderr.splitlines() if line.startswith("error:")]
    assert len(problems) == len(files) - 2, interrupted.stderr
    for line, name in zip(problems, files[2:], strict=True):
        assert line.startswith(f"error: {corpus / name}: not stored: "), line
    assert "2 documents stored" in interrupted.stderr
    assert f"{len(files) - 2} not stored." in interrupted.stderr

    # Back up: the same command stores the rest, and the graph is that of the clean ingest.
    monkeypatch.setattr(pactgraph.pipeline.store, "store_extractions", real_store)
    server.start()
    again = CliRunner().invoke(pactgraph.cli.app, ["ingest", *where, str(corpus)])
    assert again.exit_code == 0, again.stderr
    assert "error:" not in again.stderr
    assert _counts(settings_on) == expected
    driver = open_driver(settings_on)
    try:
        names = driver.execute_query("MATCH (d:Document) RETURN d.name AS name ORDER BY name",
                                     database_=settings_on.neo4j_database).records
    finally:
        driver.close()
    assert [r["name"] for r in names] == files


def test_the_api_answers_503_while_neo4j_is_down_and_recovers_by_itself(
        server, settings_on, corpus, monkeypatch):
    _cli_on(monkeypatch, settings_on)
    _wiped(server, settings_on)
    assert CliRunner().invoke(pactgraph.cli.app, ["ingest", str(corpus)]).exit_code == 0
    with TestClient(create_app(settings_on)) as client:
        driver = client.app.state.driver
        assert driver is not None
        assert client.get("/actors", params={"q": "Turkey"}).status_code == 200

        server.stop(timeout=30)
        for path in ("/actors?q=Turkey", "/backing?backer=Turkey", "/agreements?zone=Idlib"):
            response = client.get(path)
            assert response.status_code == 503, response.text
            body = response.json()
            assert set(body) == {"error"} and body["error"]["code"] == "graph_unavailable"
            assert body["error"]["message"]
        health = client.get("/health").json()
        assert health["status"] == "degraded" and health["database"]["status"] == "down"

        server.start()
        response = client.get("/actors", params={"q": "Turkey"})
        assert response.status_code == 200, response.text
        assert client.get("/health").json()["database"]["status"] == "up"
        assert client.app.state.driver is driver  # the same driver: no restart, no new driver
