"""The project's local Neo4j, started for real in a temporary home on a free port.

One server serves the module; the tests run in order (start, stop, restart,
recovery) and the last one stops it.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest
from neo4j.exceptions import AuthError

from pactgraph.graph.errors import LocalServerError
from pactgraph.graph.server.home import ENTRY_POINT
from pactgraph.graph.server.local import LocalNeo4j

from ..conftest import free_port

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    server = LocalNeo4j(tmp_path_factory.mktemp("neo4j-home"), bolt_port=free_port(), heap="512m",
                        pagecache="64m", start_timeout=90)
    yield server
    server.stop(timeout=30)


def _count(server: LocalNeo4j, password: str | None = None) -> int:
    auth = (server.auth[0], password) if password else server.auth
    with neo4j.GraphDatabase.driver(server.uri, auth=auth) as driver:
        records, _, _ = driver.execute_query("MATCH (n:PactgraphProbe) RETURN count(n) AS n",
                                             database_="neo4j")
        return records[0]["n"]


def test_start_answers_with_the_generated_password(local):
    status = local.start()
    assert status.running and status.answering and status.pid
    assert status.version.startswith("5.")
    assert local.startup_seconds is not None and local.startup_seconds < 90
    assert stat.S_IMODE(local.password_file.stat().st_mode) == 0o600
    assert _count(local) == 0


def test_a_wrong_password_is_refused(local):
    with pytest.raises(AuthError):
        _count(local, password="not-the-password")
    assert _count(local) == 0  # one failure does not lock the user out


def test_second_start_reuses_the_running_server(local):
    pid = local.status().pid
    assert local.start().pid == pid
    assert local.startup_seconds is None


def test_open_driver_and_db_status_use_the_running_local_server(local, monkeypatch):
    from typer.testing import CliRunner

    import pactgraph.cli.db
    from pactgraph.graph.connection import open_driver
    from pactgraph.settings import Settings

    settings = Settings(neo4j_uri=None, pactgraph_home=local.home, neo4j_bolt_port=local.bolt_port)
    driver = open_driver(settings)
    try:
        assert driver.get_server_info().agent.startswith("Neo4j/")
    finally:
        driver.close()
    monkeypatch.setattr(pactgraph.cli.db, "get_settings", lambda: settings)
    result = CliRunner().invoke(pactgraph.cli.db.db_app, ["status"])
    assert result.exit_code == 0, result.output
    assert f"pid {local.status().pid}" in result.output


def test_stop_is_clean_and_restart_keeps_data_despite_a_stale_pid_file(local):
    with neo4j.GraphDatabase.driver(local.uri, auth=local.auth) as driver:
        driver.execute_query("CREATE (:PactgraphProbe {at: timestamp()})", database_="neo4j")
    result = local.stop(timeout=30)
    assert result.how == "stopped"
    assert "Stopped." in local.log_file.read_text()
    assert not local.status().running

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    local.pid_file.write_text(f"{dead.pid}\n")
    status = local.start()
    assert status.answering and status.pid != dead.pid
    assert local.pid_file.read_text().strip() == str(status.pid)
    assert _count(local) == 1


def test_a_process_of_ours_that_does_not_answer_is_replaced(local):
    local.stop(timeout=30)
    fake = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)", ENTRY_POINT,
                             f"--home-dir={local.home}"])
    deadline = time.monotonic() + 5
    while ENTRY_POINT.encode() not in Path(f"/proc/{fake.pid}/cmdline").read_bytes():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    try:
        local.pid_file.unlink(missing_ok=True)
        status = local.start()
        assert fake.poll() is not None, "the stand-in was not stopped"
        assert status.answering and status.pid != fake.pid
    finally:
        fake.kill()
    assert local.stop(timeout=30).how == "stopped"


def test_a_port_held_by_another_process_is_named(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(LocalServerError, match=rf"port {port} is held by pid {os.getpid()}"):
            LocalNeo4j(tmp_path, bolt_port=port).start()
