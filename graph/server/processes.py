"""Process helpers for the local Neo4j, through psutil: who is alive, what it runs, who holds a port.

Linux and macOS: the calls used here work on both (on macOS the system-wide socket table needs root,
so :func:`port_holder` then asks each of the user's own processes, which is what it could see anyway).
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from pactgraph.graph.errors import LocalServerError

#: The open-files limit Neo4j's docs recommend.
OPEN_FILES = 40_000


def raise_open_files_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = OPEN_FILES if hard == resource.RLIM_INFINITY else min(OPEN_FILES, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def signal_all(pids: list[int], signum: int) -> None:
    for pid in pids:
        try:
            psutil.Process(pid).send_signal(signum)
        except psutil.NoSuchProcess:
            pass
        except psutil.AccessDenied as e:
            raise LocalServerError(f"not allowed to signal Neo4j pid {pid}: {e}") from e


def wait_gone(pids: list[int], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while any(alive(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not: it has exited, only its parent has not reaped it)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reap it if it is our own child
    try:
        return psutil.Process(pid).status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)
    except psutil.NoSuchProcess:  # ZombieProcess too
        return False
    except psutil.AccessDenied:
        return True  # there, but not ours to inspect


def cmdline(pid: int) -> list[str]:
    """The process's arguments; empty when it is gone, a zombie, or not ours to read."""
    try:
        return psutil.Process(pid).cmdline()
    except psutil.Error:
        return []


def processes() -> Iterator[tuple[int, list[str]]]:
    """Live processes and their arguments (a zombie's command line is empty, so zombies are skipped)."""
    for process in psutil.process_iter():
        if process.pid != os.getpid():
            args = cmdline(process.pid)
            if args:
                yield process.pid, args


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1.0)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _listens(status: str, address: tuple[str, int] | tuple[()], port: int) -> bool:
    """Whether a socket of this status and local address listens on ``port``."""
    return status == psutil.CONN_LISTEN and len(address) == 2 and address[1] == port


def port_holder(port: int) -> tuple[int, list[str]] | None:
    """The process listening on TCP ``port`` (any address), if we may see it: our own processes'
    sockets (root sees everyone's)."""
    try:
        connections = psutil.net_connections(kind="tcp")
    except psutil.AccessDenied:  # macOS: the system-wide table is root's; ask each process instead
        for process in psutil.process_iter():
            with contextlib.suppress(psutil.Error, OSError):
                if any(_listens(c.status, c.laddr, port) for c in process.net_connections(kind="tcp")):
                    return process.pid, cmdline(process.pid)
        return None
    for connection in connections:
        if connection.pid is not None and _listens(connection.status, connection.laddr, port):
            return connection.pid, cmdline(connection.pid)
    return None


def tail(path: Path, lines: int = 8) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except FileNotFoundError:
        return "(no log)"
    return " | ".join(text[-lines:]) or "(empty log)"
