"""The API's memory under concurrent full exports and an oversized body: peak and settled size.

    python bench/api_memory.py [--scale 1.0] [--rebuild] [--body-mb 200] [--settle 10]

What it does:

1. **Graph.** The graph of ``bench/api_load.py`` (``bench/synthetic.py`` at ``--scale``, written
   through the writer into the benchmarks' own Neo4j, reused when it is already there).
2. **Server.** ``pactgraph serve`` on a free loopback port, with an API key configured; its
   resident size (``VmRSS`` of ``/proc/PID/status``) is sampled every 20 ms from here on.
3. **Idle.** One ``/health`` and one small read, then the resident size: *idle*.
4. **Load**: two full exports as Turtle at once (refused with 413 past
   ``PACTGRAPH_EXPORT_MAX_TRIPLES``, or built when under it); then, all at once, two full
   exports as N-Triples (streamed, read to the end and dropped), a third while those run (503
   when ``PACTGRAPH_MAX_EXPORTS`` are running), and a ``--body-mb`` body to ``POST /documents``
   without a key, sent twice: once with its ``Content-Length`` and once chunked (no length), so
   that the limit has to be found while reading.
5. **Settled.** ``--settle`` seconds after the last answer, the resident size again.

It prints and records (``bench.common.record``) the idle, peak and settled sizes, and each
request's status and bytes. The issue's bounds: the peak under 1 GB, the settled size within
100 MB of idle.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_load import prepare_graph, serve_process  # noqa: E402
from bench.common import machine, record  # noqa: E402

KEY = "bench-memory-key"
MB = 1024 * 1024


def rss(pid: int) -> int:
    """The process's resident size in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for {pid}")


class Sampler:
    """The highest resident size seen, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.02) -> None:
        self.pid, self.every, self.peak = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError, RuntimeError):
                self.peak = max(self.peak, rss(self.pid))
            time.sleep(self.every)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def serve() -> contextlib.AbstractContextManager[tuple[str, int, int]]:
    """``pactgraph serve`` (one process) with a key; yields its base URL, port and pid."""
    return serve_process(1, env={"PACTGRAPH_API_KEY": KEY})


def get(port: int, path: str) -> dict[str, Any]:
    """A GET read to the end in 1 MB pieces and dropped: its status and size."""
    began = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=3600)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        size = 0
        while piece := response.read(MB):
            size += len(piece)
        return {"request": f"GET {path}", "status": response.status, "bytes": size,
                "seconds": round(time.perf_counter() - began, 1)}
    finally:
        connection.close()


def post_body(port: int, megabytes: int, *, chunked: bool) -> dict[str, Any]:
    """A ``megabytes`` body of JSON-looking bytes to POST /documents without a key."""
    began = time.perf_counter()
    piece = b'{"name": "big.txt", "text": "' + b"x" * (MB - 40)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    sent = 0
    status: int | str
    try:
        headers = {"Content-Type": "application/json"}
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(megabytes * len(piece))
        connection.putrequest("POST", "/documents")
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        try:
            for _ in range(megabytes):
                data = piece
                if chunked:
                    data = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
                connection.send(data)
                sent += len(piece)
            if chunked:
                connection.send(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed before the whole body was sent
        try:
            status = connection.getresponse().status
        except (OSError, http.client.HTTPException) as e:
            status = type(e).__name__
    finally:
        connection.close()
    return {"request": f"POST /documents {megabytes} MB {'chunked' if chunked else 'with a length'}",
            "status": status, "bytes": sent, "seconds": round(time.perf_counter() - began, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--body-mb", type=int, default=200)
    parser.add_argument("--settle", type=float, default=10.0)
    args = parser.parse_args()

    graph = prepare_graph(args.scale, args.rebuild)
    size = f"{graph['counts']['Actor']:,} actors / {graph['counts']['Evidence']:,} relations"
    with serve() as (_, port, pid):
        for path in ("/health", "/actors?q=a&limit=5"):
            get(port, path)
        time.sleep(1)
        idle = rss(pid)
        with Sampler(pid) as sampler, ThreadPoolExecutor(8) as pool:
            turtle = [pool.submit(get, port, "/export?format=turtle") for _ in range(2)]
            results = [future.result() for future in turtle]
            exports = [pool.submit(get, port, "/export?format=nt") for _ in range(2)]
            time.sleep(0.5)
            extra = pool.submit(get, port, "/export?format=nt")
            bodies = [pool.submit(post_body, port, args.body_mb, chunked=chunked)
                      for chunked in (False, True)]
            results += [future.result() for future in (*exports, extra, *bodies)]
            time.sleep(args.settle)
            settled = rss(pid)
            peak = max(sampler.peak, settled)
    print(machine())
    print(f"graph: {size}")
    for result in results:
        print(f"  {result['request']:<45} {result['status']!s:>5}  {result['bytes'] / MB:9.1f} MB  "
              f"{result['seconds']:7.1f} s")
    print(f"API resident size: idle {idle / MB:.0f} MB, peak {peak / MB:.0f} MB, "
          f"settled {settled / MB:.0f} MB ({(settled - idle) / MB:+.0f} MB after {args.settle:g} s)")
    note = "; ".join(f"{r['request']}: {r['status']}" for r in results)
    record("api-memory", "API resident size, idle", round(idle / MB), "MB", size=size)
    record("api-memory", "API resident size, peak (2 nt + 2 turtle exports, 2 x 200 MB bodies)",
           round(peak / MB), "MB", size=size, target="< 1024", note=note)
    record("api-memory", "API resident size, settled", round(settled / MB), "MB", size=size,
           target=f"< {round(idle / MB) + 100}", note=f"{args.settle:g} s after the last answer")


if __name__ == "__main__":
    main()
