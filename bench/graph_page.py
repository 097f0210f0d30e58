"""/graph latency on a hub, and how long the page takes to draw its neighbourhood in headless Chromium.

    python bench/graph_page.py [--scale 1.0] [--degree 200] [--hubs 5] [--requests 200] [--draws 10]

On the API benchmark's graph (``bench/api_load.py`` builds it, or reuses it when its database
already holds it: 10^5 actors at ``--scale 1``), in the benchmarks' own Neo4j:

1. **Hubs.** The ``--hubs`` actors whose number of distinct neighbours is closest to
   ``--degree`` (``ACTORS_BY_DEGREE``).
2. **/graph latency, one client.** ``pactgraph serve`` on a free port; ``/graph?actor=ID&depth=1``
   for each hub in turn, ``--requests`` times in all after a warm-up of one round, one request
   at a time over one keep-alive connection: p50, p95 and p99 of the wall time per answer.
3. **Draw time.** Debian's Chromium (``PACTGRAPH_CHROMIUM``, else ``chromium`` on PATH) driven
   by Playwright opens ``/?actor=ID`` ``--draws`` times (hubs in turn, after one unmeasured
   draw); the page records when its request left, when the answer came and when the first
   frame after the layout was painted (``window.pactgraph.view.lastDraw``). Reported: the
   drawing alone (answer to painted) and the whole (request to painted), p50 and worst.

The issue's targets: /graph within 50 ms single-client for a hub of 200 neighbours, and the page
drawing it within 1 s. Figures go to ``bench/results/latest.jsonl`` and are printed as a table.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.api_load import prepare_graph, serve  # noqa: E402
from bench.common import bench_settings, machine, record  # noqa: E402


def hubs(degree: int, count: int) -> list[dict[str, Any]]:
    """The ``count`` actors whose neighbour count is closest to ``degree``."""
    from pactgraph.graph.connection import open_driver
    from pactgraph.graph.queries.reads import ACTORS_BY_DEGREE
    from pactgraph.ontology.vocabulary import RELATIONS, relationship_type

    settings = bench_settings()
    driver = open_driver(settings)
    try:
        records, _, _ = driver.execute_query(
            ACTORS_BY_DEGREE, {"types": [relationship_type(p) for p in RELATIONS],
                               "degree": degree, "at_least": degree // 2, "limit": count},
            database_=settings.neo4j_database)
        return [record.data() for record in records]
    finally:
        driver.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def graph_latency(base: str, ids: list[str], requests: int) -> tuple[list[float], list[int]]:
    """Milliseconds per /graph answer (one client, one connection) and the edge count of each hub."""
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    edges: dict[str, int] = {}

    def get(actor: str) -> float:
        began = time.perf_counter()
        connection.request("GET", f"/graph?actor={urllib.parse.quote(actor)}&depth=1")
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - began) * 1000
        if response.status != 200:
            raise SystemExit(f"/graph?actor={actor} answered {response.status}: {body[:300]!r}")
        edges[actor] = json.loads(body)["count"]
        return elapsed

    for actor in ids:  # warm-up: plans compiled, pages cached
        get(actor)
    timings = [get(ids[i % len(ids)]) for i in range(requests)]
    connection.close()
    return timings, [edges[actor] for actor in ids]


def draw_times(base: str, ids: list[str], draws: int) -> list[dict[str, float]]:
    """The page's own timings (``lastDraw``) for ``draws`` neighbourhoods, after one unmeasured."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("PACTGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    if not executable:
        raise SystemExit("no Chromium: apt-get install chromium (or set PACTGRAPH_CHROMIUM)")
    out = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        for i in range(draws + 1):
            actor = ids[i % len(ids)]
            page.goto(f"{base}/?actor={urllib.parse.quote(actor)}")
            page.wait_for_function("window.pactgraph && window.pactgraph.view.lastDraw", timeout=60_000)
            timing = page.evaluate("window.pactgraph.view.lastDraw")
            if i:
                out.append(timing)
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="graph size (1: 10^5 actors)")
    parser.add_argument("--degree", type=int, default=200, help="neighbours of the hubs drawn")
    parser.add_argument("--hubs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200, help="measured /graph requests")
    parser.add_argument("--draws", type=int, default=10, help="measured page draws")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the graph even if it is there")
    args = parser.parse_args()

    print(machine())
    described = prepare_graph(args.scale, args.rebuild)
    actors = described["counts"]["Actor"]
    chosen = hubs(args.degree, args.hubs)
    if not chosen:
        raise SystemExit(f"no actor with {args.degree // 2} neighbours or more in this graph")
    ids = [hub["id"] for hub in chosen]
    print("hubs: " + ", ".join(f"{hub['name']} ({hub['neighbours']} neighbours)" for hub in chosen))
    neighbours = ", ".join(str(hub["neighbours"]) for hub in chosen)
    size = f"{actors:,} actors; hubs of {neighbours} neighbours"
    with serve(1) as base:
        latency, edges = graph_latency(base, ids, args.requests)
        draws = draw_times(base, ids, args.draws)
    rows = [
        record("graph", "/graph depth 1, p50", round(percentile(latency, 0.5), 1), "ms", size=size,
               target="<= 50", note=f"one client, {len(latency)} requests; {edges} edges per answer"),
        record("graph", "/graph depth 1, p95", round(percentile(latency, 0.95), 1), "ms", size=size,
               note="one client"),
        record("graph", "/graph depth 1, p99", round(percentile(latency, 0.99), 1), "ms", size=size,
               note="one client"),
        record("graph", "page draw (answer to painted), p50",
               round(statistics.median(d["drawMs"] for d in draws), 0), "ms", size=size, target="<= 1000",
               note=f"headless Chromium, {len(draws)} draws of {min(d['nodes'] for d in draws)} to "
                    f"{max(d['nodes'] for d in draws)} nodes"),
        record("graph", "page draw (answer to painted), worst", round(max(d["drawMs"] for d in draws), 0),
               "ms", size=size),
        record("graph", "page draw (request to painted), p50",
               round(statistics.median(d["ms"] for d in draws), 0), "ms", size=size,
               note="the /graph answer included"),
    ]
    print("\n| figure | value | target | note |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['figure']} | {row['value']:g} {row['unit']} | {row['target']} | {row['note']} |")


if __name__ == "__main__":
    main()
