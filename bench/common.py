"""What every benchmark shares: the machine line, the benchmarks' own Neo4j, and the results file.

Benchmarks WIPE the database they write to, so they never use yours. They use
``PACTGRAPH_BENCH_NEO4J_URI`` (with ``NEO4J_USER``/``NEO4J_PASSWORD``) when it is set: a
server you are willing to have wiped; else a local Neo4j of their own in
``PACTGRAPH_BENCH_HOME`` (default ``.pactgraph-bench/`` in the clone) on
``PACTGRAPH_BENCH_BOLT_PORT`` (default 7692), with a larger heap and page cache than the
default (``PACTGRAPH_BENCH_HEAP``, ``PACTGRAPH_BENCH_PAGECACHE``, both 2g by default),
started on demand and left running (``make bench-db-stop`` stops it).

Each benchmark appends its figures to ``bench/results/latest.jsonl`` (one JSON object per
figure, see :func:`record`); ``bench/run.py`` prints them as one table.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results" / "latest.jsonl"

if TYPE_CHECKING:
    import neo4j

    from pactgraph.settings import Settings


def machine() -> str:
    """One line naming the machine: host, CPU model, cores, memory, Python."""
    cpu = "unknown cpu"
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f" · {int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                break
    except OSError:
        pass
    return f"{platform.node()} · {cpu} · {os.cpu_count()} cores{memory} · Python {platform.python_version()}"


def use_bench_server() -> None:
    """Point the settings at the benchmarks' Neo4j (they wipe it), before anything reads them."""
    uri = os.environ.get("PACTGRAPH_BENCH_NEO4J_URI")
    if uri:
        os.environ["NEO4J_URI"] = uri
    else:
        os.environ["NEO4J_URI"] = ""
        os.environ["PACTGRAPH_HOME"] = os.environ.get("PACTGRAPH_BENCH_HOME", str(ROOT / ".pactgraph-bench"))
        os.environ["NEO4J_BOLT_PORT"] = os.environ.get("PACTGRAPH_BENCH_BOLT_PORT", "7692")
        os.environ["NEO4J_HEAP"] = os.environ.get("PACTGRAPH_BENCH_HEAP", "2g")
        os.environ["NEO4J_PAGECACHE"] = os.environ.get("PACTGRAPH_BENCH_PAGECACHE", "2g")
    from pactgraph.settings import get_settings

    get_settings.cache_clear()


def bench_settings() -> Settings:
    """The settings of the benchmarks' Neo4j (see :func:`use_bench_server`)."""
    use_bench_server()
    from pactgraph.settings import get_settings

    return get_settings()


@contextmanager
def bench_driver() -> Iterator[tuple[neo4j.Driver, str]]:
    """A driver on the benchmarks' Neo4j (started when it is local and down) and its database name."""
    settings = bench_settings()
    from pactgraph.graph.connection import open_driver

    driver = open_driver(settings)
    try:
        yield driver, settings.neo4j_database
    finally:
        driver.close()


def fresh_database(driver: neo4j.Driver, database: str) -> None:
    """Empty the database and create the schema: every measured write starts from nothing."""
    from pactgraph.graph.schema import ensure_schema, wipe

    wipe(driver, database=database)
    ensure_schema(driver, database=database)


def record(benchmark: str, figure: str, value: float, unit: str, *, size: str = "",
           target: str = "", note: str = "", **extra: Any) -> dict[str, Any]:
    """Append one figure to the results file (and return it).

    ``benchmark`` groups figures (``extraction``, ``ingest``, ...), ``size`` says on what
    (``10^4 documents``), ``target`` is the issue's target as text (``>= 300``) or empty.
    """
    row = {"benchmark": benchmark, "figure": figure, "size": size, "value": value, "unit": unit,
           "target": target, "note": note, "machine": machine(), **extra}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(json.dumps(row) + "\n")
    return row
