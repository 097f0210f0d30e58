"""``pactgraph serve --workers N``: N processes answer, each with its own driver, the same answers as one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .. import conftest


def _get(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=30) as answer:
        return json.load(answer)


def _children(pid: int) -> set[int]:
    """Process ids of ``pid``'s children (Linux's /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found |= {int(child) for child in text}
    return found


def _serve(port: int, workers: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "pactgraph", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers)]
    return subprocess.Popen(command, cwd=conftest.ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def _wait_healthy(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            if _get(base, "/health")["status"] == "ok":
                return
        except (urllib.error.URLError, OSError, ValueError):
            pass
        assert process.poll() is None, "the server exited"
        assert time.monotonic() < deadline, "the server did not answer in 120 s"
        time.sleep(0.5)


def test_serve_with_two_workers_answers_as_one_does(dev_graph, settings):
    asked = ["/backing?backer=Turkey", "/actors/russia", "/agreements?zone=Idlib", "/events?place=Idlib",
             "/paths?source=Iran&target=Turkey"]
    answers = {}
    for workers in (1, 2):
        port = conftest.free_port()
        base = f"http://127.0.0.1:{port}"
        process = _serve(port, workers)
        try:
            _wait_healthy(base, process)
            if workers == 2:
                # uvicorn's supervisor and its two worker processes, each answering.
                assert len(_children(process.pid)) >= 2
            answers[workers] = [_get(base, path) for path in asked for _ in range(3)]
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    assert all(answer.get("count", 1) > 0 for answer in answers[1])
    assert answers[2] == answers[1]
