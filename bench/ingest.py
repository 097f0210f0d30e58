"""End-to-end ingest throughput: `pactgraph ingest` of a synthetic corpus into a fresh database.

    python bench/ingest.py [--sizes 1000 10000] [--workers 2] [--batch 100]
    python bench/ingest.py --sizes 1000 --scheduler local:1     # extraction on a Dask cluster
    python bench/ingest.py --sizes 10000 --bulk-check           # and `--bulk` must build the same graph

For each size N, writes N reports of ``bench/corpus.py`` (over N / 5 actors, seeded) to a
temporary folder, empties the benchmarks' Neo4j (see bench/common.py; never yours), and
times the real command, ``pactgraph ingest FOLDER --workers W --batch B``, in a child
process: reading, extraction in W processes, and the batched writes, until the command
exits. Reports documents/s and relations/s (statements read by extraction, from the
command's summary line), beside the nodes and relationships the graph then holds.

``--scheduler ADDRESS`` runs ``ingest --scheduler ADDRESS`` instead of ``--workers`` (``local:N``
starts a LocalCluster of N processes, its start-up timed too). ``--bulk-check`` then empties the
database, runs ``ingest --bulk`` on the same folder (timed the same way) and checks that it built
the same graph: every node with its labels and properties, every relationship with its ends and
properties (typed relationships' summaries included).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus
from common import ROOT, bench_driver, fresh_database, machine, record

_SUMMARY = re.compile(r"(?P<docs>[\d,]+) documents? stored \((?P<relations>[\d,]+) relations? read")


_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"
_RELATIONSHIPS = ("MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS a_labels, a.id AS a, "
                  "labels(b) AS b_labels, b.id AS b, properties(r) AS properties")


def snapshot() -> tuple[list[str], list[str]]:
    """Every node and relationship with all their properties, as sorted JSON strings (a new driver:
    after a bulk load the database has a new transaction history)."""
    with bench_driver() as (driver, database):
        nodes = sorted(json.dumps([sorted(r["labels"]), r["properties"]], sort_keys=True)
                       for r in driver.execute_query(_NODES, database_=database).records)
        relationships = sorted(
            json.dumps([r["type"], sorted(r["a_labels"]), r["a"], sorted(r["b_labels"]), r["b"],
                        r["properties"]], sort_keys=True)
            for r in driver.execute_query(_RELATIONSHIPS, database_=database).records)
    return nodes, relationships


def ingest(folder: str, options: list[str], size: int) -> tuple[float, re.Match[str]]:
    """Time ``pactgraph ingest FOLDER OPTIONS`` in a child process; seconds and its summary line."""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pactgraph", "ingest", folder, *options],
                          cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        sys.exit(f"ingest {' '.join(options)} of {size} documents failed ({done.returncode}):\n{done.stderr}")
    summary = _SUMMARY.search(done.stderr)
    if summary is None:
        sys.exit(f"no summary line in the ingest's output:\n{done.stderr}")
    return seconds, summary


def run(size: int, options: list[str], seed: int, bulk_check: bool = False) -> dict[str, float]:
    """Generate, wipe, ingest (and with ``bulk_check``, wipe and bulk-load): the figures of one size."""
    from pactgraph.graph.schema import counts, wipe

    with tempfile.TemporaryDirectory(prefix="pactgraph-bench-") as folder:
        words = corpus.write(Path(folder), size, max(20, size // 5), seed)
        with bench_driver() as (driver, database):
            fresh_database(driver, database)
        seconds, summary = ingest(folder, options, size)
        with bench_driver() as (driver, database):
            nodes, relationships = counts(driver, database=database)
        figures = {"seconds": seconds}
        if bulk_check:
            expected = snapshot()
            with bench_driver() as (driver, database):
                wipe(driver, database=database)
            figures["bulk_seconds"], bulk_summary = ingest(folder, ["--bulk", *options], size)
            if bulk_summary.group(0) != summary.group(0):
                sys.exit(f"the bulk load reported {bulk_summary.group(0)!r}, ingest {summary.group(0)!r}")
            graph = snapshot()
            figures["same_graph"] = graph == expected
            if not figures["same_graph"]:
                sys.exit(f"--bulk built another graph: {len(graph[0])} nodes and {len(graph[1])} "
                         f"relationships against {len(expected[0])} and {len(expected[1])}, "
                         f"{len(set(graph[0]) ^ set(expected[0]))} nodes and "
                         f"{len(set(graph[1]) ^ set(expected[1]))} relationships differ")
    stored = int(summary["docs"].replace(",", ""))
    relations = int(summary["relations"].replace(",", ""))
    return {"documents": stored, "words": words, "relations": relations, "nodes": nodes,
            "relationships": relationships, **figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scheduler", help="ingest --scheduler ADDRESS (or local:N) instead of --workers")
    parser.add_argument("--bulk-check", action="store_true",
                        help="then ingest --bulk into an emptied database and check it built the same graph")
    args = parser.parse_args()

    where = ["--scheduler", args.scheduler] if args.scheduler else ["--workers", str(args.workers)]
    options = [*where, "--batch", str(args.batch)]
    print(f"machine: {machine()}")
    print(f"pactgraph ingest {' '.join(options)}, reports of bench/corpus.py")
    print()
    print("| documents | words | relations | nodes | relationships | seconds | documents/s | relations/s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        r = run(size, options, args.seed, bulk_check=args.bulk_check)
        docs_per_s, rels_per_s = r["documents"] / r["seconds"], r["relations"] / r["seconds"]
        label = f"{size:,} documents ({r['words'] / size:.0f} words each)"
        note = " ".join(options)
        record("ingest", "documents/s", round(docs_per_s, 1), "documents/s", size=label, target=">= 100",
               note=note)
        record("ingest", "relations/s", round(rels_per_s), "relations/s", size=label, note=note)
        print(f"| {r['documents']:,} | {r['words']:,} | {r['relations']:,} | {r['nodes']:,} | "
              f"{r['relationships']:,} | {r['seconds']:.1f} | {docs_per_s:,.1f} | {rels_per_s:,.0f} |",
              flush=True)
        if args.bulk_check:
            bulk_docs = r["documents"] / r["bulk_seconds"]
            record("ingest", "--bulk documents/s", round(bulk_docs, 1), "documents/s", size=label,
                   note=f"ingest --bulk {' '.join(where)}: extraction, CSV, neo4j-admin import, restart, "
                        "schema; the same graph as ingest (every node, relationship and property)")
            print(f"ingest --bulk: {r['bulk_seconds']:.1f} s, {bulk_docs:,.1f} documents/s, "
                  f"{r['relations'] / r['bulk_seconds']:,.0f} relations/s; the same graph as ingest: "
                  f"{r['same_graph']} ({r['nodes']:,} nodes, {r['relationships']:,} relationships)",
                  flush=True)


if __name__ == "__main__":
    main()
