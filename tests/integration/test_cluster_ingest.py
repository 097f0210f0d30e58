"""`pactgraph ingest --scheduler`: extraction on a Dask cluster's workers, writes here.

The graph must be the one a single process stores from the same documents, with the same report:
through a LocalCluster the command starts (``local:2``), and through a running cluster reached by
its address, the documents sent as text or read by the workers from the file system they share.
"""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

import pactgraph.pipeline.cluster
from pactgraph.cli import app as cli_app
from pactgraph.graph.schema import ensure_schema, wipe

from .. import conftest

pytestmark = pytest.mark.neo4j

NODES = "MATCH (n) RETURN labels(n) AS labels, n.id AS id"
RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end"


def graph_of(driver, database: str) -> tuple[list, list]:
    """Every node as (labels, id) and every relationship as (type, start id, end id), sorted."""
    nodes = sorted((tuple(sorted(r["labels"])), r["id"])
                   for r in driver.execute_query(NODES, database_=database).records)
    relationships = sorted((r["type"], r["start"], r["end"])
                           for r in driver.execute_query(RELATIONSHIPS, database_=database).records)
    return nodes, relationships


def _ingest(*args: str):
    return CliRunner().invoke(cli_app, ["ingest", *args])


def _from_empty(driver, database: str, *args: str):
    wipe(driver, database=database)
    ensure_schema(driver, database=database)
    return _ingest(*args), graph_of(driver, database)


def _report(result) -> tuple[list[str], str]:
    """The error lines, in order, and the summary line."""
    lines = result.stderr.splitlines()
    return [line for line in lines if line.startswith("error:")], next(
        line for line in lines if " stored (" in line)


def test_a_local_cluster_of_two_processes_stores_the_graph_of_one_process(empty_graph, settings):
    database = settings.neo4j_database
    single, expected = _from_empty(empty_graph, database, str(conftest.DEV_CORPUS))
    assert single.exit_code == 0, single.stderr
    assert len(expected[0]) > 500 and len(expected[1]) > 1000

    clustered, graph = _from_empty(empty_graph, database, "--scheduler", "local:2", str(conftest.DEV_CORPUS))
    assert clustered.exit_code == 0, clustered.stderr
    assert _report(clustered) == _report(single)
    assert len(graph[0]) == len(expected[0]) and len(graph[1]) == len(expected[1])
    assert graph == expected


@pytest.fixture()
def corpus_with_bad_files(tmp_path):
    """Eight dev documents, a copy of one under another name, and three files that cannot be read."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(conftest.DEV_CORPUS.glob("*.txt"))[:8]:
        shutil.copy(path, folder / path.name)
    shutil.copy(sorted(conftest.DEV_CORPUS.glob("*.txt"))[0], folder / "zz_copy.txt")
    (folder / "03a_binary.txt").write_bytes(b"date 2020-01-01\nabc\x00def")
    (folder / "05a_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "07a_latin1.txt").write_bytes("date 2020-01-01\nLa tr\xeave est rompue.".encode("latin-1"))
    return folder


@pytest.mark.parametrize("mode", [["--shared-fs"], []], ids=["paths", "texts"])
def test_a_running_cluster_reached_by_its_address_gives_the_same_graph_and_report(
        empty_graph, settings, dask_scheduler, corpus_with_bad_files, mode):
    database = settings.neo4j_database
    folder = str(corpus_with_bad_files)
    single, expected = _from_empty(empty_graph, database, "--batch", "3", folder)
    clustered, graph = _from_empty(empty_graph, database, "--scheduler", dask_scheduler, *mode,
                                   "--batch", "3", folder)
    assert single.exit_code == clustered.exit_code == 1
    errors, summary = _report(clustered)
    # Each unreadable file named, as the user wrote its path, in the order of the files.
    assert [line.split(": ")[1] for line in errors] == [
        f"{corpus_with_bad_files / name}" for name in ("03a_binary.txt", "05a_empty.txt", "07a_latin1.txt")]
    assert "8 documents stored" in summary and "3 unreadable" in summary and "1 copy" in summary
    assert (errors, summary) == _report(single)
    assert graph == expected


def test_each_worker_loads_the_parser_once(empty_graph, settings, dask_scheduler, corpus_with_bad_files):
    from distributed import Client

    result = _ingest("--scheduler", dask_scheduler, str(corpus_with_bad_files))
    assert result.exit_code == 1, result.stderr
    with Client(dask_scheduler, timeout=30) as client:
        loads = client.run(pactgraph.pipeline.cluster.parser_loads)
    assert len(loads) == 2
    assert set(loads.values()) == {1}, loads


def test_an_unreachable_scheduler_is_one_clear_error(empty_graph, monkeypatch, tmp_path):
    monkeypatch.setattr(pactgraph.pipeline.cluster, "CONNECT_SECONDS", 2.0)
    address = f"tcp://127.0.0.1:{conftest.free_port()}"
    result = _ingest("--scheduler", address, str(conftest.EXAMPLES))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: --scheduler {address}: cannot reach the Dask scheduler")
    assert len(result.stderr.strip().splitlines()) == 1
