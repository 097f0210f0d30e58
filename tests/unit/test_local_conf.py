"""The local Neo4j's configuration, command line, password file and process bookkeeping (no Java needed)."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pactgraph.graph.errors import LocalServerError
from pactgraph.graph.server.home import ENTRY_POINT
from pactgraph.graph.server.local import LocalNeo4j
from pactgraph.graph.server.processes import port_holder


@pytest.fixture()
def local(tmp_path):
    return LocalNeo4j(tmp_path / "home", bolt_port=7788, heap="768m", pagecache="256m")


def _read_conf(path):
    lines = path.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_conf_binds_bolt_to_loopback_and_turns_http_off(local):
    conf = _read_conf(local.write_conf())
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:7788"
    assert conf["server.http.enabled"] == "false"
    assert conf["server.https.enabled"] == "false"
    assert conf["dbms.security.auth_enabled"] == "true"
    assert not any("0.0.0.0" in value for value in conf.values())


def test_conf_sets_memory_and_small_transaction_logs(local):
    conf = _read_conf(local.write_conf())
    assert conf["server.memory.pagecache.size"] == "256m"
    assert conf["db.tx_log.rotation.retention_policy"] == "keep_none"
    assert conf["db.tx_log.preallocate"] == "false"
    assert conf["dbms.usage_report.enabled"] == "false"


def test_conf_is_rewritten_at_every_write(local):
    local.write_conf()
    local.bolt_port = 7789
    assert _read_conf(local.write_conf())["server.bolt.listen_address"] == "127.0.0.1:7789"


def test_command_sets_heap_and_marks_the_home(local, monkeypatch):
    monkeypatch.setattr(local, "java", lambda: "/usr/bin/java")
    cmd = local.command("a.jar:b.jar")
    assert cmd[0] == "/usr/bin/java"
    assert "-Xms768m" in cmd and "-Xmx768m" in cmd
    assert f"-Dpactgraph.home={local.home}" in cmd
    assert cmd[cmd.index("-cp") + 1] == "a.jar:b.jar"
    assert ENTRY_POINT in cmd and f"--home-dir={local.home}" in cmd and "--console-mode" in cmd


@pytest.mark.parametrize("size", ["1 g", "", "-1g", "1t", "lots"])
def test_bad_memory_sizes_are_refused(tmp_path, size):
    with pytest.raises(LocalServerError, match="size"):
        LocalNeo4j(tmp_path, heap=size)


def test_password_file_is_private_and_stable(local):
    password = local.ensure_password()
    assert len(password) >= 24
    assert stat.S_IMODE(local.password_file.stat().st_mode) == 0o600
    assert local.ensure_password() == password
    assert local.auth == ("neo4j", password)


def test_password_file_readable_by_others_is_restricted(local):
    local.ensure_password()
    local.password_file.chmod(0o644)
    local.ensure_password()
    assert stat.S_IMODE(local.password_file.stat().st_mode) == 0o600


def test_auth_without_password_says_where_it_looked(local):
    with pytest.raises(LocalServerError, match="password"):
        _ = local.auth


def test_from_settings_takes_every_local_setting(tmp_path):
    from pactgraph.settings import Settings

    settings = Settings(pactgraph_home=tmp_path, neo4j_bolt_port=7777, neo4j_version="5.26.1",
                        neo4j_heap="2g", neo4j_pagecache="1g", neo4j_start_timeout=30,
                        java_home=tmp_path / "jdk")
    local = LocalNeo4j.from_settings(settings)
    assert (local.home, local.bolt_port, local.version) == (tmp_path, 7777, "5.26.1")
    assert (local.heap, local.pagecache, local.start_timeout) == ("2g", "1g", 30)
    assert local.uri == "bolt://127.0.0.1:7777"
    with pytest.raises(LocalServerError, match="no java"):
        local.java()


def test_stale_pid_file_is_removed(local):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    local.pid_file.parent.mkdir(parents=True)
    local.pid_file.write_text(f"{dead.pid}\n")
    assert local.find_pids() == []
    assert not local.pid_file.exists()


def _stand_in(home, code="import time; time.sleep(60)"):
    """A process whose command line looks like our server's (once its exec has settled)."""
    fake = subprocess.Popen([sys.executable, "-c", code, ENTRY_POINT, f"--home-dir={home}"])
    deadline = time.monotonic() + 5
    while ENTRY_POINT.encode() not in Path(f"/proc/{fake.pid}/cmdline").read_bytes():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return fake


def test_our_server_is_found_and_stopped_without_a_pid_file(local):
    fake = _stand_in(local.home)
    try:
        assert local.find_pids() == [fake.pid]
        result = local.stop(timeout=10)
        assert (result.pids, result.how) == ((fake.pid,), "stopped")
        assert local.find_pids() == []
    finally:
        fake.kill()


def test_a_server_that_ignores_sigterm_is_killed(local):
    fake = _stand_in(local.home, "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
                                 "time.sleep(60)")
    try:
        time.sleep(0.3)  # let it install its handler
        result = local.stop(timeout=0.5)
        assert (result.pids, result.how) == ((fake.pid,), "killed")
        assert local.find_pids() == []
    finally:
        fake.kill()


def test_port_holder_names_the_listening_process():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        holder = port_holder(s.getsockname()[1])
    assert holder is not None and holder[0] == os.getpid()


def test_open_driver_raises_graph_unavailable_when_nothing_answers():
    from pactgraph.graph.connection import open_driver
    from pactgraph.graph.errors import GraphUnavailable
    from pactgraph.settings import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before use: nothing listens there
    with pytest.raises(GraphUnavailable, match=str(port)):
        open_driver(Settings(neo4j_uri=f"bolt://127.0.0.1:{port}"))


def test_db_status_exits_3_when_the_local_server_is_not_running(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import pactgraph.cli.db
    from pactgraph.settings import Settings

    monkeypatch.setattr(pactgraph.cli.db, "get_settings",
                        lambda: Settings(pactgraph_home=tmp_path, neo4j_uri=None))
    result = CliRunner().invoke(pactgraph.cli.db.db_app, ["status"])
    assert result.exit_code == 3, result.output
    assert "not running" in result.output


def test_no_plugins_by_default(local):
    assert "server.directories.plugins" not in _read_conf(local.write_conf())
    local.link_plugins()
    assert not local.plugins_dir.exists()


def test_plugins_are_linked_and_unlinked(tmp_path):
    jar = tmp_path / "m2" / "apoc-core.jar"
    jar.parent.mkdir()
    jar.write_bytes(b"PK")
    with_plugin = LocalNeo4j(tmp_path / "home", bolt_port=7788, plugins=(jar,))
    conf = _read_conf(with_plugin.write_conf())
    assert conf["server.directories.plugins"] == str(with_plugin.plugins_dir)
    with_plugin.link_plugins()
    link = with_plugin.plugins_dir / "apoc-core.jar"
    assert link.is_symlink() and link.resolve() == jar
    (with_plugin.plugins_dir / "mine.jar").write_bytes(b"PK")
    # A later start without plugins removes the links it made, never a file someone put there.
    LocalNeo4j(tmp_path / "home", bolt_port=7788).link_plugins()
    assert not link.exists() and (with_plugin.plugins_dir / "mine.jar").exists()


def test_a_missing_plugin_jar_is_named(tmp_path):
    local = LocalNeo4j(tmp_path / "home", plugins=(tmp_path / "gone.jar",))
    with pytest.raises(LocalServerError, match="gone.jar"):
        local.link_plugins()


def test_password_never_starts_with_a_dash(tmp_path, monkeypatch):
    # The admin tool would read "-..." as an option and refuse to set the initial password.
    drawn = iter(["-starts-with-a-dash-xxxxxxxxxxxx", "fine-password-xxxxxxxxxxxxxxxxxxx"])
    monkeypatch.setattr("pactgraph.graph.server.home.secrets.token_urlsafe", lambda n: next(drawn))
    assert LocalNeo4j(tmp_path / "home").ensure_password() == "fine-password-xxxxxxxxxxxxxxxxxxx"


def test_plugin_jars_are_on_the_classpath(tmp_path, monkeypatch):
    local = LocalNeo4j(tmp_path / "home", plugins=(tmp_path / "apoc-core.jar",))
    monkeypatch.setattr(local, "java", lambda: "/usr/bin/java")
    cmd = local.command("a.jar")
    assert cmd[cmd.index("-cp") + 1] == f"a.jar{os.pathsep}{local.plugins_dir / 'apoc-core.jar'}"
