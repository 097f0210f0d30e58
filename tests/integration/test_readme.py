"""The README's console examples, run for real and compared with what the README shows.

The examples run in the README's order, each in ``bash`` in a scratch folder, against a local Neo4j
and an API server of this test's own (a temporary ``PACTGRAPH_HOME`` on a free port; the README's
``127.0.0.1:8000`` is rewritten to the server's port), with ``pactgraph`` and the project's Python
first on ``PATH`` and ``PACTGRAPH_API_KEY`` set. A command must exit 0 unless the README shows the error it
prints (a line starting ``error:``). Each console block starts from the graph that
``make run`` builds (``examples/`` ingested into an empty database, the API serving it); the graph
is built again before a block when the one before changed it. Within a block the commands share
the graph, as in a terminal: a block that needs an empty graph says so with ``pactgraph db clean``.

The scratch folder holds ``examples/`` and ``ontology/`` (links to the clone's), ``../shared``
(the shared corpora, as beside a clone), and ``corpus/``: the seed article and three files no
ingest can read (empty, binary, Latin-1), the folder the README's bad-input example reads.

How outputs are compared (``…`` shortens them): ``tests/readme_doc.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import neo4j
import pytest

from pactgraph.graph.server.local import LocalNeo4j
from tests.readme_doc import Example, difference, examples

from ..conftest import EXAMPLES, ROOT, SHARED, free_port

pytestmark = pytest.mark.neo4j

README = ROOT / "README.md"
API_KEY = "readme-test-key"
#: Every example's real output, kept for whoever fixes the README (``PACTGRAPH_TEST_OUTPUT``).
OUTPUTS = Path(os.environ.get("PACTGRAPH_TEST_OUTPUT", ROOT / "test-output")) / "readme-outputs.json"


class Stage:
    """The scratch folder, the environment of the commands, and the servers they talk to."""

    def __init__(self, folder: Path, home: Path) -> None:
        self.folder, self.home = folder, home
        self.bolt_port, self.http_port = free_port(), free_port()
        self.env = {
            **os.environ,
            "PACTGRAPH_HOME": str(home), "NEO4J_BOLT_PORT": str(self.bolt_port), "NEO4J_URI": "",
            "NEO4J_HEAP": "512m", "NEO4J_PAGECACHE": "128m", "PACTGRAPH_API_KEY": API_KEY,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            # this clone's code, whichever checkout the environment has installed
            "PYTHONPATH": str(ROOT),
        }
        self.api: subprocess.Popen[bytes] | None = None
        self.baseline: tuple[int, int] | None = None

    def pactgraph(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([sys.executable, "-m", "pactgraph", *args], cwd=self.folder, env=self.env,
                              capture_output=True, text=True, timeout=900, check=False)
        assert done.returncode == 0, f"pactgraph {' '.join(args)}: {done.stdout}{done.stderr}"
        return done

    def counts(self) -> tuple[int, int] | None:
        """Nodes and relationships in the graph now, or None when the database does not answer."""
        server = LocalNeo4j(self.home, bolt_port=self.bolt_port)
        try:
            with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
                records, _, _ = driver.execute_query(
                    "CALL () { MATCH (n) RETURN count(n) AS nodes } "
                    "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } "
                    "RETURN nodes, relationships", database_="neo4j")
                return records[0]["nodes"], records[0]["relationships"]
        except Exception:  # stopped, cleaned (no password), or starting: not the examples graph
            return None

    def examples_graph(self) -> None:
        """What ``make run`` leaves: ``examples/`` in an empty database, and the API serving it."""
        self.stop_api()
        self.pactgraph("db", "clean", "--yes")
        self.pactgraph("ingest", "examples/")
        self.baseline = self.counts()
        # started after the graph: `db clean` made a new password, which the API reads at start
        self.api = subprocess.Popen(
            [sys.executable, "-m", "pactgraph", "serve", "--port", str(self.http_port)], cwd=self.folder,
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/health", timeout=5) as answer:
                    if b'"up"' in answer.read():
                        return
            except OSError:
                pass
            assert self.api.poll() is None, "pactgraph serve exited"
            time.sleep(0.3)
        raise AssertionError("the API did not answer /health in 60 s")

    def stop_api(self) -> None:
        if self.api is not None and self.api.poll() is None:
            os.killpg(self.api.pid, signal.SIGTERM)
            self.api.wait(timeout=30)
        self.api = None

    def run(self, example: Example) -> tuple[str, str, int]:
        """What the example prints (stdout and stderr, as a terminal shows them), what the README
        shows, both with the README's port rewritten to this server's, and the exit status."""
        port = f"127.0.0.1:{self.http_port}"
        done = subprocess.run(["bash", "-c", example.command.replace("127.0.0.1:8000", port) + "\n"],
                              cwd=self.folder, env=self.env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=900, check=False)
        return done.stdout, example.expected.replace("127.0.0.1:8000", port), done.returncode


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> Iterator[Stage]:
    assert SHARED.is_dir(), f"the README's examples read {SHARED} (the shared corpora beside the clone)"
    base = tmp_path_factory.mktemp("readme")
    folder = base / "run"
    folder.mkdir()
    (base / "shared").symlink_to(SHARED)  # ../shared from the scratch folder
    for name in ("examples", "ontology"):
        (folder / name).symlink_to(ROOT / name)
    corpus = folder / "corpus"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "00_idlib_2019.txt", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (corpus / "latin1.txt").write_bytes("date 2020-01-01\n\nLa trêve signée à Genève.".encode("latin-1"))
    stage = Stage(folder, base / "home")
    try:
        yield stage
    finally:
        stage.stop_api()
        subprocess.run([sys.executable, "-m", "pactgraph", "db", "stop"], env=stage.env, capture_output=True,
                       timeout=120, check=False)


def test_every_console_example_prints_what_the_readme_shows(stage: Stage) -> None:
    found = examples(README)
    to_run = (e for e in found if e.skip is None)
    blocks = [list(block) for _, block in groupby(to_run, key=lambda e: e.block)]
    assert len(blocks) >= 15, "the README's console examples were not found"
    differences = []
    outputs = {}
    for block in blocks:
        if stage.baseline is None or stage.counts() != stage.baseline:
            stage.examples_graph()
        for example in block:
            real, shown, status = stage.run(example)
            outputs[example.line] = {"command": example.command, "status": status, "output": real}
            diff = difference(shown, real)
            # a command may only fail where the README shows its error
            shows_error = any(line.startswith("error:") for line in shown.split("\n"))
            if diff is None and status != 0 and not shows_error:
                diff = f"exit status {status}, and the README shows no error:\n{real[:3000]}"
            if diff is not None:
                differences.append(f"README.md:{example.line}: $ {example.command}\n{diff}")
    OUTPUTS.parent.mkdir(parents=True, exist_ok=True)
    OUTPUTS.write_text(json.dumps(outputs, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not differences, "\n\n".join(differences) + f"\n\n(every real output: {OUTPUTS})"
