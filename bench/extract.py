"""Extraction throughput on one core: documents and words per second.

    python bench/extract.py [CORPUS_DIR] [--docs 10000] [--repeat 3]

Reads every ``*.txt`` of the corpus (default: the dev corpus beside the
clone, else ``examples/``), cycles through them until ``--docs`` documents
were extracted, and reports the best of ``--repeat`` runs. Each document
gets a distinct name so nothing is cached between repeats of the same text.
Runs in this process only (one core); the figures are printed beside the
machine they ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders import extract, iter_documents  # noqa: E402
from loaders.errors import DocumentError  # noqa: E402


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.node()} · {cpu} · {os.cpu_count()} cores · Python {platform.python_version()}"


def main() -> None:
    default = ROOT.parent / "shared" / "corpus" / "dev"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=default if default.is_dir() else ROOT / "examples")
    parser.add_argument("--docs", type=int, default=10_000, help="documents per run (default 10,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = parser.parse_args()

    corpus = [d for d in iter_documents([args.corpus]) if not isinstance(d, DocumentError)]
    if not corpus:
        sys.exit(f"{args.corpus}: no readable documents")
    docs = [replace(corpus[i % len(corpus)], name=f"{i}-{corpus[i % len(corpus)].name}")
            for i in range(args.docs)]
    words = sum(len(d.body.split()) for d in docs)

    extract(corpus[0])  # load the tokenizer, matchers and gazetteer once, outside the timing
    best = float("inf")
    relations = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        relations = sum(len(extract(d).relations) for d in docs)
        best = min(best, time.perf_counter() - started)

    print(f"machine: {machine()}")
    print(f"corpus: {args.corpus} ({len(corpus)} distinct documents, cycled to {len(docs)})")
    print()
    print("| documents | words | relations | best of | seconds | documents/s | words/s |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(docs):,} | {words:,} | {relations:,} | {args.repeat} | {best:.2f} | "
          f"{len(docs) / best:,.0f} | {words / best:,.0f} |")


if __name__ == "__main__":
    main()
