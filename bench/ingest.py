"""End-to-end ingest throughput: `pactgraph ingest` of a synthetic corpus into a fresh database.

    python bench/ingest.py [--sizes 1000 10000] [--workers 2] [--batch 100]

For each size N, writes N reports of ``bench/corpus.py`` (over N / 5 actors, seeded) to a
temporary folder, empties the benchmarks' Neo4j (see bench/common.py; never yours), and
times the real command, ``pactgraph ingest FOLDER --workers W --batch B``, in a child
process: reading, extraction in W processes, and the batched writes, until the command
exits. Reports documents/s and relations/s (statements read by extraction, from the
command's summary line), beside the nodes and relationships the graph then holds.
"""

from __future__ import annotations

import argparse
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


def run(size: int, workers: int, batch: int, seed: int) -> dict[str, float]:
    """Generate, wipe, ingest: the figures of one size."""
    with tempfile.TemporaryDirectory(prefix="pactgraph-bench-") as folder:
        words = corpus.write(Path(folder), size, max(20, size // 5), seed)
        with bench_driver() as (driver, database):
            fresh_database(driver, database)
            began = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "api.cli", "ingest", folder, "--workers", str(workers),
                 "--batch", str(batch)],
                cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, check=False)
            seconds = time.perf_counter() - began
            if done.returncode != 0:
                sys.exit(f"ingest of {size} documents failed ({done.returncode}):\n{done.stderr}")
            summary = _SUMMARY.search(done.stderr)
            if summary is None:
                sys.exit(f"no summary line in the ingest's output:\n{done.stderr}")
            from graph.schema import counts

            nodes, relationships = counts(driver, database=database)
    stored = int(summary["docs"].replace(",", ""))
    relations = int(summary["relations"].replace(",", ""))
    return {"documents": stored, "words": words, "relations": relations, "seconds": seconds,
            "nodes": nodes, "relationships": relationships}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    print(f"machine: {machine()}")
    print(f"pactgraph ingest --workers {args.workers} --batch {args.batch}, reports of bench/corpus.py")
    print()
    print("| documents | words | relations | nodes | relationships | seconds | documents/s | relations/s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        r = run(size, args.workers, args.batch, args.seed)
        docs_per_s, rels_per_s = r["documents"] / r["seconds"], r["relations"] / r["seconds"]
        label = f"{size:,} documents ({r['words'] / size:.0f} words each)"
        note = f"--workers {args.workers} --batch {args.batch}"
        record("ingest", "documents/s", round(docs_per_s, 1), "documents/s", size=label, target=">= 100",
               note=note)
        record("ingest", "relations/s", round(rels_per_s), "relations/s", size=label, note=note)
        print(f"| {r['documents']:,} | {r['words']:,} | {r['relations']:,} | {r['nodes']:,} | "
              f"{r['relationships']:,} | {r['seconds']:.1f} | {docs_per_s:,.1f} | {rels_per_s:,.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
