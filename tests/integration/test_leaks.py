"""Nothing of the ingesting machine leaks: pg:source is relative to what was ingested, and the
local database's home is its owner's only."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from typer.testing import CliRunner

from pactgraph.cli import app as cli_app
from pactgraph.graph.rdf.export import serialize

from .. import conftest

pytestmark = pytest.mark.neo4j


def _sources(driver, settings) -> set[str]:
    text = serialize(driver, database=settings.neo4j_database, fmt="nt", base_iri=settings.pactgraph_base_iri)
    return {line.split(" ", 2)[2].rsplit(" .", 1)[0].strip('"') for line in text.splitlines()
            if "/ontology#source>" in line or "source>" in line.split(" ")[1]}


def test_pg_source_is_relative_to_what_was_ingested(empty_graph, settings, tmp_path):
    folder = tmp_path / "news"
    (folder / "syria").mkdir(parents=True)
    shutil.copy(conftest.EXAMPLES / "00_idlib_2019.txt", folder / "syria" / "idlib.txt")
    single = tmp_path / "elsewhere" / "yemen.txt"
    single.parent.mkdir()
    shutil.copy(conftest.EXAMPLES / "01_yemen_hodeidah_2019.txt", single)
    result = CliRunner().invoke(cli_app, ["ingest", str(folder.absolute()), str(single.absolute())])
    assert result.exit_code == 0, result.stderr
    sources = _sources(empty_graph, settings)
    assert sources == {"syria/idlib.txt", "yemen.txt"}, sources


def test_an_absolute_source_stored_earlier_is_not_exported(empty_graph, settings):
    with empty_graph.session(database=settings.neo4j_database) as session:
        session.run("CREATE (:Document {id: 'd1', name: 'a.txt', source: $path})",
                    path=f"{os.sep}home{os.sep}someone{os.sep}secret-project{os.sep}a.txt").consume()
    assert _sources(empty_graph, settings) == {"a.txt"}


def test_the_local_home_is_the_owners_only(neo4j_driver, settings):
    if settings.neo4j_uri:
        pytest.skip("the tests run against a server of their own (PACTGRAPH_TEST_NEO4J_URI), not a local one")
    from pactgraph.graph.server.local import LocalNeo4j

    local = LocalNeo4j.from_settings(settings)
    local.start()  # already running: the home is checked all the same
    for folder in (local.home, local.home / "data", local.home / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_the_server_writes_private_files():
    from pactgraph.graph.server.local import _private_child

    before = os.umask(0o022)
    try:
        _private_child()
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(before)
