"""Extraction throughput on one core: documents and words per second.

    python bench/extract.py [CORPUS_DIR] [--docs 10000] [--repeat 3] [--synthetic N]

Reads every ``*.txt`` of the corpus (default: the dev corpus beside the clone, else
``examples/``), cycles through them until ``--docs`` documents were extracted, and reports
the best of ``--repeat`` runs. Each document gets a distinct name so nothing is cached
between repeats of the same text. With ``--synthetic N`` it also measures N distinct
reports of ``bench/corpus.py`` (the corpus the ingest benchmark stores). Runs in this
process only (one core: ``make bench`` pins it with taskset); the figures are printed
beside the machine they ran on and appended to the results file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import corpus as synthetic
from common import ROOT, machine, record

from loaders import extract, iter_documents
from loaders.errors import DocumentError
from ontology.statements import Document


def _readable(folder: Path) -> list[Document]:
    return [d for d in iter_documents([folder]) if not isinstance(d, DocumentError)]


def measure(docs: list[Document], repeat: int) -> tuple[float, int]:
    """Best seconds of ``repeat`` runs over ``docs``, and the relations one run reads."""
    extract(docs[0])  # load the tokenizer, matchers and gazetteer once, outside the timing
    best, relations = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        relations = sum(len(extract(d).relations) for d in docs)
        best = min(best, time.perf_counter() - started)
    return best, relations


def report(what: str, docs: list[Document], repeat: int) -> None:
    words = sum(len(d.body.split()) for d in docs)
    best, relations = measure(docs, repeat)
    print(f"| {what} | {len(docs):,} | {words:,} | {relations:,} | {repeat} | {best:.2f} | "
          f"{len(docs) / best:,.0f} | {words / best:,.0f} |", flush=True)
    size = f"{what}, {len(docs):,} documents ({words / len(docs):.0f} words each)"
    record("extraction", "documents/s per core", round(len(docs) / best), "documents/s", size=size,
           target=">= 300", note=f"best of {repeat}")
    record("extraction", "words/s per core", round(words / best), "words/s", size=size,
           note=f"best of {repeat}")


def main() -> None:
    default = ROOT.parent / "shared" / "corpus" / "dev"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=default if default.is_dir() else ROOT / "examples")
    parser.add_argument("--docs", type=int, default=10_000, help="documents per run (default 10,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="also N distinct synthetic reports (bench/corpus.py)")
    args = parser.parse_args()

    corpus = _readable(args.corpus)
    if not corpus:
        sys.exit(f"{args.corpus}: no readable documents")
    docs = [replace(corpus[i % len(corpus)], name=f"{i}-{corpus[i % len(corpus)].name}")
            for i in range(args.docs)]

    print(f"machine: {machine()}")
    print()
    print("| corpus | documents | words | relations | best of | seconds | documents/s | words/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    report(f"{args.corpus.name} ({len(corpus)} distinct, cycled)", docs, args.repeat)
    if args.synthetic:
        with tempfile.TemporaryDirectory(prefix="pactgraph-bench-") as folder:
            synthetic.write(Path(folder), args.synthetic, max(20, args.synthetic // 5))
            reports = _readable(Path(folder))
        report("synthetic reports", reports, args.repeat)


if __name__ == "__main__":
    main()
