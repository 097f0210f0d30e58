"""The benchmark suite: every benchmark in turn, then one table of all their figures.

    python bench/run.py [--quick] [--only extraction ingest ...] [--update-readme]

Runs each benchmark of ``SUITE`` as a child process (so one's memory never weighs on the
next), with the sizes the suite uses, against the benchmarks' own Neo4j (bench/common.py:
it is wiped, never yours). Each benchmark appends its figures to
``bench/results/latest.jsonl``; at the end they are printed as one markdown table beside
the machine they ran on, and written to ``bench/results/latest.md``. With
``--update-readme`` the table also replaces the one between the ``bench:start`` and
``bench:end`` markers of README.md. ``--quick`` runs every benchmark at its smallest size
(a check that the suite works, not figures to publish).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import RESULTS, ROOT, machine

#: (name, script, arguments, quick arguments), in the order they run. Sizes are what fits the
#: suite in under 20 minutes on a 2-core machine; each script takes larger ones on its own.
SUITE: list[tuple[str, str, list[str], list[str]]] = [
    ("extraction", "extract.py", ["--synthetic", "1000", "--docs", "1000", "--repeat", "2"],
     ["--synthetic", "200", "--docs", "200", "--repeat", "1"]),
    ("ingest", "ingest.py", ["--sizes", "1000", "10000"], ["--sizes", "300"]),
    ("upsert", "upsert.py", [], ["--quick"]),
    ("rdf-import", "rdf_import.py", [], ["--quick"]),
    ("export", "export_nt.py", ["--sizes", "100000", "500000"], ["--sizes", "10000"]),
    ("api", "api_load.py", ["--scale", "1", "--duration", "10", "--warmup", "2"],
     ["--scale", "0.002", "--duration", "3", "--warmup", "1"]),
    ("graph", "graph_page.py", ["--scale", "1"],
     ["--scale", "0.002", "--degree", "4", "--requests", "20", "--draws", "2"]),
]

#: The API graph (10^5 actors, 10^6 statements) takes far longer to write than the suite has, so
#: it lives in a Neo4j of its own that the other benchmarks never wipe: written on the first run,
#: found again (and not rewritten) on the next ones; the graph benchmark reads it too. (``--quick``
#: uses the common server.)
API_SERVER = {"PACTGRAPH_BENCH_HOME": str(ROOT / ".pactgraph-bench-api"), "PACTGRAPH_BENCH_BOLT_PORT": "7697"}

_START, _END = "<!-- bench:start -->", "<!-- bench:end -->"


def table(rows: list[dict]) -> str:
    """The figures as one markdown table, with the machine line above it."""
    machines = sorted({row["machine"] for row in rows})
    lines = [f"Machine: {m}" for m in machines] + [""]
    lines += ["| benchmark | on | figure | value | target | note |", "|---|---|---|---:|---|---|"]
    for row in rows:
        value = row["value"]
        shown = f"{value:,.0f}" if isinstance(value, (int, float)) and abs(value) >= 100 else f"{value:,}"
        target = row.get("target") or ""
        if target and not target.endswith(row["unit"]):
            target = f"{target} {row['unit']}"
        lines.append(f"| {row['benchmark']} | {row.get('size', '')} | {row['figure']} | "
                     f"{shown} {row['unit']} | {target} | {row.get('note', '')} |")
    return "\n".join(lines) + "\n"


def update_readme(text: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    start, end = content.find(_START), content.find(_END)
    if start < 0 or end < start:
        sys.exit(f"README.md has no {_START} ... {_END} markers to put the table between")
    readme.write_text(content[:start + len(_START)] + "\n" + text + content[end:], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smallest sizes only: a check, not figures")
    parser.add_argument("--only", nargs="+", choices=[name for name, *_ in SUITE])
    parser.add_argument("--update-readme", action="store_true")
    parser.add_argument("--table", action="store_true",
                        help="run nothing: print (and with --update-readme, place) the last results' table")
    args = parser.parse_args()

    if args.table:
        rows = [json.loads(line) for line in RESULTS.read_text(encoding="utf-8").splitlines() if line.strip()]
        text = table(rows)
        print(text)
        if args.update_readme:
            update_readme(text)
        return
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("", encoding="utf-8")
    print(f"machine: {machine()}", flush=True)
    began = time.perf_counter()
    failed = []
    for name, script, full, quick in SUITE:
        if args.only and name not in args.only:
            continue
        print(f"\n## {name}: bench/{script} {' '.join(quick if args.quick else full)}", flush=True)
        started = time.perf_counter()
        env = os.environ.copy()
        if name in ("api", "graph") and not args.quick and not os.environ.get("PACTGRAPH_BENCH_NEO4J_URI"):
            env.update(API_SERVER)
        done = subprocess.run([sys.executable, str(Path(__file__).parent / script),
                               *(quick if args.quick else full)], cwd=ROOT, env=env, check=False)
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
        if done.returncode != 0:
            failed.append(name)
    rows = [json.loads(line) for line in RESULTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = table(rows)
    (RESULTS.parent / "latest.md").write_text(text, encoding="utf-8")
    print(f"\n# All figures ({time.perf_counter() - began:.0f} s in all)\n")
    print(text)
    if args.update_readme and not args.quick and not failed:
        update_readme(text)
    if failed:
        sys.exit(f"benchmarks that failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
