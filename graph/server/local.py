"""The project's own Neo4j: a Community server run from Maven Central jars.

No Docker and no tarball: ``graph/server/neo4j/pom.xml`` resolves Neo4j and its
runtime dependencies into ``~/.m2`` (:mod:`pactgraph.graph.server.maven`), and the server runs as
``java -cp <jars> org.neo4j.server.CommunityEntryPoint`` in the background, everything under one
home folder (:mod:`pactgraph.graph.server.home`).

Processes are ours when their command line runs ``CommunityEntryPoint`` with
our ``--home-dir``; every server started here also carries
``-Dpactgraph.home=<home>`` so that one left by another home (an earlier
clone, a deleted folder) can be recognised and stopped.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from pactgraph.graph.errors import LocalServerError
from pactgraph.graph.server.home import ENTRY_POINT, MARKER, Neo4jHome
from pactgraph.graph.server.processes import (
    alive,
    cmdline,
    port_holder,
    port_open,
    processes,
    raise_open_files_limit,
    read_pid,
    signal_all,
    tail,
    wait_gone,
)

log = logging.getLogger(__name__)

ADMIN_TOOL = "org.neo4j.cli.AdminTool"
#: The readiness probe: the user database answers a query, not merely the port.
_PING = "RETURN 1"


def _private_child() -> None:
    """In the server's process before it runs: more open files, and files only its owner reads."""
    raise_open_files_limit()
    os.umask(0o077)


@dataclass(frozen=True)
class LocalStatus:
    """What ``pactgraph db status`` reports."""

    running: bool
    pid: int | None
    uri: str
    version: str
    log: Path
    answering: bool
    home: Path


@dataclass(frozen=True)
class StopResult:
    """How a stop went: ``how`` is ``"stopped"`` (SIGTERM), ``"killed"`` (SIGKILL) or ``"not running"``."""

    pids: tuple[int, ...]
    how: str


class LocalNeo4j(Neo4jHome):
    """One Neo4j Community server under ``home``, listening on 127.0.0.1:``bolt_port``: found, started
    and stopped."""

    # -- processes ------------------------------------------------------------------------------

    def _is_ours(self, args: list[str]) -> bool:
        return ENTRY_POINT in args and f"--home-dir={self.home}" in args

    def find_pids(self) -> list[int]:
        """Live server processes of this home: the pid file's, or any found by command line."""
        pid = read_pid(self.pid_file)
        if pid is not None:
            if alive(pid) and self._is_ours(cmdline(pid)):
                return [pid]
            log.info("removing stale pid file %s (pid %d is gone)", self.pid_file, pid)
            self.pid_file.unlink(missing_ok=True)
        return [pid for pid, args in processes() if self._is_ours(args)]

    def strays(self) -> list[int]:
        """Servers of other pactgraph homes that hold our Bolt port or whose home was deleted."""
        holder = port_holder(self.bolt_port)
        found = []
        for pid, args in processes():
            homes = [a[len(MARKER):] for a in args if a.startswith(MARKER)]
            if not homes or ENTRY_POINT not in args or self._is_ours(args):
                continue
            if (holder and holder[0] == pid) or not Path(homes[0]).is_dir():
                found.append(pid)
        return found

    def answers(self, timeout: float = 3.0) -> bool:
        """Whether the server answers a query with our password."""
        try:
            return self._ping(timeout) is not None
        except (LocalServerError, AuthError):
            return False

    def _ping(self, timeout: float) -> str | None:
        """The server's agent string if it answers; None if not (yet); AuthError if it refuses us."""
        driver = neo4j.GraphDatabase.driver(self.uri, auth=self.auth, connection_timeout=timeout,
                                            connection_acquisition_timeout=timeout,
                                            max_connection_pool_size=1)
        try:
            # An auto-commit query: managed transactions would retry with back-off and blur the start time.
            with driver.session(database="neo4j") as session:
                session.run(_PING).consume()
            return driver.get_server_info().agent
        except AuthError:
            raise
        except (DriverError, Neo4jError, OSError):
            return None
        finally:
            driver.close()

    # -- life cycle -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One start or stop at a time per home, across processes."""
        (self.home / "run").mkdir(parents=True, exist_ok=True)
        with open(self.home / "run" / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def start(self) -> LocalStatus:
        """Start the server unless it already runs and answers; wait until it answers a query."""
        with self._locked():
            self.restrict()
            self.startup_seconds = None
            for pid in self.find_pids():
                if self.answers():
                    self.pid_file.write_text(f"{pid}\n")
                    return self.status()
                log.warning("Neo4j pid %d of %s does not answer; restarting it", pid, self.home)
                self._stop_pids([pid], timeout=60)
            holder = port_holder(self.bolt_port)
            if holder or port_open(self.bolt_port):
                who = f"pid {holder[0]} ({_describe(holder[1])})" if holder else "another process"
                raise LocalServerError(f"port {self.bolt_port} is held by {who}; "
                                       "stop it or set NEO4J_BOLT_PORT")
            classpath = self.ensure_jars()
            self.write_conf()
            self.link_plugins()
            fresh = not (self.home / "data" / "databases" / "system").exists()
            if fresh:
                self._set_initial_password(classpath)
            elif not self.password_file.exists():
                raise self._error(f"{self.home / 'data'} exists but its password file "
                                  f"{self.password_file} is gone: remove the data (make clean-db)")
            self._launch(classpath)
            return self.status()

    def _set_initial_password(self, classpath: str) -> None:
        self.ensure_password()
        # "@file" makes the admin tool read its arguments from the file: the password stays out of argv.
        cmd = [self.java(), "-Xmx256m", "-cp", classpath, ADMIN_TOOL, "dbms", "set-initial-password",
               f"@{self.password_file}"]
        env = dict(os.environ, NEO4J_HOME=str(self.home), NEO4J_CONF=str(self.conf_file.parent))
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise self._error("could not set the initial password: " + " | ".join(
                (done.stdout + done.stderr).strip().splitlines()[-3:]))

    def import_full(self, arguments: list[str], *, database: str, report: Path) -> str:
        """Run ``neo4j-admin database import full`` on the stopped server's ``database``; its output.

        The importer is the admin tool's, in the same jars as the server (``neo4j-import-tool``).
        It replaces the database's store (``--overwrite-destination``: callers check it is empty)
        and stops at the first bad entry (``--bad-tolerance=0``) rather than leave rows out.
        """
        with self._locked():
            if self.find_pids():
                raise self._error(f"Neo4j of {self.home} is running: stop it before an import")
            classpath = self.ensure_jars()
            self.restrict()
            self.write_conf()
            cmd = [self.java(), f"-Xmx{self.heap}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-cp", classpath,
                   ADMIN_TOOL, "database", "import", "full", "--overwrite-destination=true",
                   "--bad-tolerance=0", "--skip-bad-relationships=false", "--skip-duplicate-nodes=false",
                   f"--max-off-heap-memory={self.pagecache}", f"--report-file={report}", *arguments, database]
            env = dict(os.environ, NEO4J_HOME=str(self.home), NEO4J_CONF=str(self.conf_file.parent))
            began = time.monotonic()
            done = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                                  cwd=self.home, preexec_fn=_private_child)
            output = (done.stdout + done.stderr).strip()
            if done.returncode != 0:
                lines = [line for line in output.splitlines() if line.strip() and not line.startswith(".")]
                raise LocalServerError(f"neo4j-admin database import failed (status {done.returncode}): "
                                       + " | ".join(lines[-4:]), log=report)
            log.info("imported into %s in %.1f s", database, time.monotonic() - began)
            return output

    def _launch(self, classpath: str) -> None:
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        if self.log_file.exists():
            self.log_file.replace(self.log_file.with_suffix(".log.1"))
        began = time.monotonic()
        with open(self.log_file, "wb") as console:
            process = subprocess.Popen(self.command(classpath), stdin=subprocess.DEVNULL, stdout=console,
                                       stderr=subprocess.STDOUT, cwd=self.home, start_new_session=True,
                                       preexec_fn=_private_child)
        self.pid_file.write_text(f"{process.pid}\n")
        deadline = began + self.start_timeout
        while True:
            if process.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise self._error(f"Neo4j exited with status {process.returncode} while starting: "
                                  f"{tail(self.log_file)}")
            try:
                agent = self._ping(timeout=2.0)
            except AuthError as e:
                self._stop_pids([process.pid], timeout=60)
                raise self._error(f"Neo4j refused the password in {self.password_file}") from e
            if agent:
                break
            if time.monotonic() > deadline:
                self._stop_pids([process.pid], timeout=60)
                raise self._error(f"Neo4j did not answer on {self.uri} within {self.start_timeout:.0f} s: "
                                  f"{tail(self.log_file)}")
            time.sleep(0.25)
        self.startup_seconds = time.monotonic() - began
        log.info("%s (pid %d) answers on %s after %.1f s", agent, process.pid, self.uri, self.startup_seconds)

    def stop(self, timeout: float = 60, strays: bool = False) -> StopResult:
        """Stop the server with SIGTERM, or SIGKILL after ``timeout`` seconds; ``strays`` too if asked."""
        with self._locked():
            pids = self.find_pids() + (self.strays() if strays else [])
            result = self._stop_pids(pids, timeout)
            self.pid_file.unlink(missing_ok=True)
            return result

    def _stop_pids(self, pids: list[int], timeout: float) -> StopResult:
        if not pids:
            return StopResult((), "not running")
        signal_all(pids, signal.SIGTERM)
        if wait_gone(pids, timeout):
            return StopResult(tuple(pids), "stopped")
        # A hard kill leaves recovery work for the next start; only when SIGTERM was ignored.
        log.warning("Neo4j pid %s ignored SIGTERM for %.0f s; sending SIGKILL", pids, timeout)
        signal_all(pids, signal.SIGKILL)
        if not wait_gone(pids, 10):
            raise self._error(f"Neo4j pid {pids} survived SIGKILL")
        return StopResult(tuple(pids), "killed")

    def status(self) -> LocalStatus:
        pids = self.find_pids()
        agent = None
        if pids and self.password_file.exists():
            with contextlib.suppress(AuthError, LocalServerError):
                agent = self._ping(timeout=3.0)
        version = agent.partition("/")[2] if agent else self.version
        return LocalStatus(running=bool(pids), pid=pids[0] if pids else None, uri=self.uri, version=version,
                           log=self.log_file, answering=agent is not None, home=self.home)

    def delete_data(self) -> None:
        """Remove the stores, logs and password (the server must be stopped); keep the jars' classpath."""
        if self.find_pids():
            raise self._error(f"Neo4j of {self.home} is running: stop it first")
        for name in ("data", "logs", "run", "conf"):
            shutil.rmtree(self.home / name, ignore_errors=True)
        self.password_file.unlink(missing_ok=True)


def _describe(args: list[str]) -> str:
    homes = [a[len(MARKER):] for a in args if a.startswith(MARKER)]
    if homes:
        return f"the pactgraph Neo4j of {homes[0]}"
    if ENTRY_POINT in args:
        return "another Neo4j"
    return " ".join(args)[:80] or "unknown"
