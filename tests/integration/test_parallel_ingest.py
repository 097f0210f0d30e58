"""`pactgraph ingest --workers N`, and two ingests of overlapping files at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pactgraph.cli import app as cli_app
from pactgraph.graph.schema import counts, ensure_schema, wipe

from .. import conftest

pytestmark = pytest.mark.neo4j

#: (label, id) pairs held by more than one node: must be none.
DUPLICATES = ("MATCH (n) WHERE n.id IS NOT NULL WITH labels(n)[0] AS label, n.id AS id, count(*) AS c "
              "WHERE c > 1 RETURN label, id, c")


def _copy(files, folder):
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture()
def corpus():
    files = sorted(p for p in conftest.DEV_CORPUS.glob("*.txt"))
    assert len(files) >= 12
    return files[:12]


def _clean_counts(driver, database, folder) -> tuple[int, int]:
    wipe(driver, database=database)
    ensure_schema(driver, database=database)
    result = CliRunner().invoke(cli_app, ["ingest", str(folder)])
    assert result.exit_code in (0, 1), result.stderr  # the corpus may hold unreadable files on purpose
    return counts(driver, database=database)


def test_workers_store_the_same_graph_as_one_process(empty_graph, settings, corpus, tmp_path):
    database = settings.neo4j_database
    folder = _copy(corpus, tmp_path / "corpus")
    expected = _clean_counts(empty_graph, database, folder)
    serial = CliRunner().invoke(cli_app, ["ingest", str(folder)])

    wipe(empty_graph, database=database)
    ensure_schema(empty_graph, database=database)
    parallel = CliRunner().invoke(cli_app, ["ingest", "--workers", "2", str(folder)])
    assert parallel.exit_code == serial.exit_code, parallel.stderr
    assert counts(empty_graph, database=database) == expected
    # The same report, errors in the same order: results come back in document order.
    assert [line for line in parallel.stderr.splitlines() if line.startswith("error:")] == [
        line for line in serial.stderr.splitlines() if line.startswith("error:")]


def test_two_ingests_of_overlapping_files_at_once_leave_no_duplicates(empty_graph, settings, corpus,
                                                                       tmp_path):
    database = settings.neo4j_database
    union = _copy(corpus, tmp_path / "union")
    expected = _clean_counts(empty_graph, database, union)
    wipe(empty_graph, database=database)
    ensure_schema(empty_graph, database=database)

    first = _copy(corpus[:8], tmp_path / "first")
    second = _copy(corpus[4:], tmp_path / "second")
    env = {**os.environ, "PYTHONPATH": str(conftest.ROOT)}
    runs = [subprocess.Popen([sys.executable, "-m", "pactgraph", "ingest", "--workers", "2", str(folder)],
                             cwd=conftest.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
            for folder in (first, second)]
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode in (0, 1), stderr
        assert ": not stored: " not in stderr and "0 not stored." in stderr, stderr

    assert empty_graph.execute_query(DUPLICATES, database_=database).records == []
    assert counts(empty_graph, database=database) == expected
