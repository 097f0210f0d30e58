"""The project's own Neo4j: a Community server run from Maven Central jars.

No Docker and no tarball: ``graph/neo4j/pom.xml`` resolves Neo4j and its
runtime dependencies into ``~/.m2``, and the server runs as
``java -cp <jars> org.neo4j.server.CommunityEntryPoint`` in the background.

Everything lives under one home folder::

    conf/neo4j.conf          written at every start (Bolt on 127.0.0.1, HTTP off)
    data/                    the stores, kept across restarts
    logs/console.log         the server's console (named in every error)
    run/neo4j.pid            the pid of the running server
    plugins/                 links to extra plugin jars (benchmarks only), relinked at every start
    password                 the ``neo4j`` user's password, generated once (0600)
    classpath/<version>.txt  the resolved jars, re-resolved when one is missing

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
import re
import secrets
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
from pactgraph.graph.processes import (
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
from pactgraph.settings import NEO4J_VERSION, Settings

log = logging.getLogger(__name__)

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
MARKER = "-Dpactgraph.home="
USER = "neo4j"
POM = Path(__file__).resolve().parent / "neo4j" / "pom.xml"
#: Neo4j's documented minimum for the open-files limit.
_SIZE = re.compile(r"^[1-9][0-9]*[kKmMgG]?$")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
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


class LocalNeo4j:
    """One Neo4j Community server under ``home``, listening on 127.0.0.1:``bolt_port``."""

    def __init__(self, home: Path, *, bolt_port: int = 7687, version: str = NEO4J_VERSION, heap: str = "1g",
                 pagecache: str = "512m", java_home: Path | None = None,
                 start_timeout: float = 120.0, plugins: tuple[Path, ...] = ()) -> None:
        for name, size in (("heap", heap), ("pagecache", pagecache)):
            if not _SIZE.match(size):
                raise LocalServerError(f"Neo4j {name} size {size!r} is not like 512m or 1g")
        if not 0 < bolt_port < 65536:
            raise LocalServerError(f"Bolt port {bolt_port} is out of range")
        self.home = Path(home).expanduser().absolute()
        self.bolt_port = bolt_port
        self.version = version
        self.heap = heap
        self.pagecache = pagecache
        self.java_home = java_home
        self.start_timeout = start_timeout
        #: Extra plugin jars (e.g. APOC for the peer benchmarks), linked into ``plugins/`` at start.
        self.plugins = tuple(Path(jar).expanduser().absolute() for jar in plugins)
        #: Seconds from launch to the first answered query, after a start that launched a server.
        self.startup_seconds: float | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalNeo4j:
        return cls(settings.pactgraph_home, bolt_port=settings.neo4j_bolt_port,
                   version=settings.neo4j_version, heap=settings.neo4j_heap,
                   pagecache=settings.neo4j_pagecache, java_home=settings.java_home,
                   start_timeout=settings.neo4j_start_timeout,
                   plugins=tuple(Path(jar) for jar in settings.neo4j_plugin_jars.split(os.pathsep) if jar))

    # -- layout ---------------------------------------------------------------------------------

    @property
    def conf_file(self) -> Path:
        return self.home / "conf" / "neo4j.conf"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def plugins_dir(self) -> Path:
        return self.home / "plugins"

    @property
    def classpath_file(self) -> Path:
        return self.home / "classpath" / f"{self.version}.txt"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def auth(self) -> tuple[str, str]:
        """The credentials of the local server; its password is generated at first start."""
        try:
            return USER, self.password_file.read_text(encoding="ascii").strip()
        except FileNotFoundError as e:
            raise LocalServerError(f"no password at {self.password_file}: start the local Neo4j first") from e

    def _error(self, message: str) -> LocalServerError:
        return LocalServerError(message, log=self.log_file)

    # -- configuration --------------------------------------------------------------------------

    def conf(self) -> dict[str, str]:
        """The server's settings (5.x names; unknown keys stop the server, so keep them exact)."""
        settings = {
            "server.default_listen_address": "127.0.0.1",
            "server.bolt.listen_address": f"127.0.0.1:{self.bolt_port}",
            "server.http.enabled": "false",
            "server.https.enabled": "false",
            "dbms.security.auth_enabled": "true",
            "server.memory.pagecache.size": self.pagecache,
            # A development store: no history of transaction logs, no preallocated 256M files.
            "db.tx_log.rotation.retention_policy": "keep_none",
            "db.tx_log.rotation.size": "64M",
            "db.tx_log.preallocate": "false",
            "dbms.usage_report.enabled": "false",
        }
        if self.version.startswith("5."):
            # Netty's graceful shutdown otherwise idles 2 x 5 s after the databases have stopped.
            settings["internal.dbms.bolt.netty_server_shutdown_quiet_period"] = "0"
            settings["internal.dbms.bolt.netty_server_shutdown_timeout"] = "1"
        if self.plugins:
            settings["server.directories.plugins"] = str(self.plugins_dir)
        return settings

    def write_conf(self) -> Path:
        self.conf_file.parent.mkdir(parents=True, exist_ok=True)
        lines = ["# Written by pactgraph at every start; edits here are lost."]
        lines += [f"{key}={value}" for key, value in self.conf().items()]
        self.conf_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return self.conf_file

    def link_plugins(self) -> None:
        """Make ``plugins/`` hold links to exactly :attr:`plugins` (other files there are left alone).

        Links, not copies: the jars stay in the Maven cache, and a start without plugins removes
        the links an earlier start made, so APOC is never loaded by accident.
        """
        if not self.plugins and not self.plugins_dir.is_dir():
            return
        self.plugins_dir.mkdir(parents=True, exist_ok=True)
        for entry in self.plugins_dir.iterdir():
            if entry.is_symlink():
                entry.unlink()
        for jar in self.plugins:
            if not jar.is_file():
                raise LocalServerError(f"plugin jar {jar} does not exist")
            (self.plugins_dir / jar.name).symlink_to(jar)

    def restrict(self) -> None:
        """Make the home and its folders the owner's only (0700): the stores, the logs (which hold
        queries) and the password are nobody else's to read. Files the server writes later are
        private too: it runs with umask 077 (see :meth:`_launch`)."""
        self.home.mkdir(parents=True, exist_ok=True)
        for folder in (self.home, *(self.home / name for name in ("data", "logs", "conf", "run"))):
            folder.mkdir(exist_ok=True)
            if folder.stat().st_mode & 0o077:
                folder.chmod(0o700)

    def ensure_password(self) -> str:
        """The password in ``home/password``, created (mode 0600) if missing."""
        self.home.mkdir(parents=True, exist_ok=True)
        path = self.password_file
        if not path.exists():
            # Alphabet [A-Za-z0-9_-]: safe in the admin tool's @file argument, which splits on blanks;
            # but one in 64 starts with "-", which the admin tool reads as an option (and then
            # fails with "Missing required parameter: '<password>'"), so those are drawn again.
            password = secrets.token_urlsafe(24)
            while password.startswith("-"):
                password = secrets.token_urlsafe(24)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(password + "\n")
            return password
        if path.stat().st_mode & 0o077:
            log.warning("%s was readable by others; restricting it to its owner", path)
            path.chmod(0o600)
        return self.auth[1]

    def java(self) -> str:
        if self.java_home:
            java = Path(self.java_home) / "bin" / "java"
            if not java.exists():
                raise LocalServerError(f"no java at {java} (JAVA_HOME={self.java_home})")
            return str(java)
        found = shutil.which("java")
        if not found:
            raise LocalServerError("java not found: install Java 17 or 21 (or set JAVA_HOME) for Neo4j "
                                   f"{self.version}")
        return found

    def command(self, classpath: str) -> list[str]:
        """The java command line of the server.

        Plugin jars go on the classpath too, as Neo4j's own launcher puts ``plugins/*`` there:
        APOC registers its components as kernel extensions, found only on the classpath.
        """
        if self.plugins:
            links = [str(self.plugins_dir / jar.name) for jar in self.plugins]
            classpath = os.pathsep.join([classpath, *links])
        return [self.java(), f"-Xms{self.heap}", f"-Xmx{self.heap}", "-XX:+UseG1GC",
                "-XX:-OmitStackTraceInFastThrow", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-Dlog4j2.disable.jmx=true", f"{MARKER}{self.home}", "-cp", classpath, ENTRY_POINT,
                f"--home-dir={self.home}", f"--config-dir={self.conf_file.parent}", "--console-mode"]

    # -- jars -----------------------------------------------------------------------------------

    def _cached_classpath(self) -> str | None:
        with contextlib.suppress(FileNotFoundError):
            classpath = self.classpath_file.read_text(encoding="utf-8").strip()
            if classpath and all(Path(jar).is_file() for jar in classpath.split(os.pathsep)):
                return classpath
        return None

    def jars_ready(self) -> bool:
        """Whether the jars are resolved and present (else ensure_jars runs Maven)."""
        return self._cached_classpath() is not None

    def ensure_jars(self) -> str:
        """The server's classpath, resolved by Maven on first use (and again if a jar went missing)."""
        cached = self.classpath_file
        classpath = self._cached_classpath()
        if classpath:
            return classpath
        self.java()
        mvn = shutil.which("mvn")
        if not mvn:
            raise LocalServerError("mvn not found: Maven fetches the Neo4j jars (apt-get install maven)")
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".tmp")
        cmd = [mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(POM), "dependency:build-classpath",
               f"-Dneo4j.version={self.version}", "-Dmdep.includeScope=runtime",
               f"-Dmdep.outputFile={partial}"]
        env = dict(os.environ, JAVA_HOME=str(self.java_home)) if self.java_home else None
        began = time.monotonic()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
        if done.returncode != 0 or not partial.exists():
            partial.unlink(missing_ok=True)
            output = _ANSI.sub("", done.stdout + done.stderr).strip().splitlines()
            # Maven's first [ERROR] line holds the cause; the rest is advice on -X and -e.
            cause = next((line for line in output if line.startswith("[ERROR]")), " | ".join(output[-3:]))
            raise LocalServerError(f"Maven could not resolve Neo4j {self.version}: {cause}")
        partial.replace(cached)
        classpath = cached.read_text(encoding="utf-8").strip()
        log.info("resolved %d jars of Neo4j %s in %.1f s", len(classpath.split(os.pathsep)), self.version,
                 time.monotonic() - began)
        return classpath

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
