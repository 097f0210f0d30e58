"""The home folder of the project's own Neo4j, and what a start writes there: its layout, its
configuration, its password, its jars and the server's command line.

Everything lives under one home folder::

    conf/neo4j.conf          written at every start (Bolt on 127.0.0.1, HTTP off)
    data/                    the stores, kept across restarts
    logs/console.log         the server's console (named in every error)
    run/neo4j.pid            the pid of the running server
    plugins/                 links to extra plugin jars (benchmarks only), relinked at every start
    password                 the ``neo4j`` user's password, generated once (0600)
    classpath/<version>.txt  the resolved jars, re-resolved when one is missing
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Self

from pactgraph.graph.errors import LocalServerError
from pactgraph.graph.server.maven import cached_classpath, resolve_classpath
from pactgraph.settings import NEO4J_VERSION, Settings

log = logging.getLogger(__name__)

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
MARKER = "-Dpactgraph.home="
USER = "neo4j"
_SIZE = re.compile(r"^[1-9][0-9]*[kKmMgG]?$")


class Neo4jHome:
    """The home of one Neo4j Community server, listening on 127.0.0.1:``bolt_port``: its files and
    its command line (:class:`~pactgraph.graph.server.local.LocalNeo4j` runs it)."""

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
    def from_settings(cls, settings: Settings) -> Self:
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

    def jars_ready(self) -> bool:
        """Whether the jars are resolved and present (else ensure_jars runs Maven)."""
        return cached_classpath(self.classpath_file) is not None

    def ensure_jars(self) -> str:
        """The server's classpath, resolved by Maven on first use (and again if a jar went missing)."""
        classpath = cached_classpath(self.classpath_file)
        if classpath:
            return classpath
        self.java()
        return resolve_classpath(self.classpath_file, version=self.version, java_home=self.java_home)
