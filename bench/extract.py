"""Extraction throughput on one core, parse included: documents and words per second.

    python bench/extract.py [CORPUS_DIR ...] [--docs 10000] [--repeat 3] [--synthetic N]

Reads every ``*.txt`` of each corpus (default: the dev and train corpora beside the clone,
else ``examples/``), cycles through them until ``--docs`` documents were extracted, and
reports the best of ``--repeat`` runs, with where the time went: the dependency parse (the
sentences that hold a trigger and two entities, parsed by the shipped model) and the rest.
Two ways are timed: one document at a time (``extract``, as the HTTP API reads a posted
document) and in bulk (``extract_many``, as the ``extract`` and ``ingest`` commands read a
folder: the parser reads the sentences of 16 documents at once).
Each document gets a distinct name so nothing is cached between repeats of the same text.
With ``--synthetic N`` it also measures N distinct reports of ``bench/corpus.py`` (the
corpus the ingest benchmark stores). Runs in this process only (one core: ``make bench``
pins it with taskset); the figures are printed beside the machine they ran on and appended
to the results file.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import corpus as synthetic
from common import ROOT, machine, record

from pactgraph.loaders import extract, iter_documents, syntax
from pactgraph.loaders.errors import DocumentError
from pactgraph.loaders.extract import extract_many
from pactgraph.ontology.statements import Document

#: The module ``extract_many`` parses from (``pactgraph.loaders.extract`` is also the function's name).
extract_module = importlib.import_module("pactgraph.loaders.extract")


def _readable(folder: Path) -> list[Document]:
    return [d for d in iter_documents([folder]) if not isinstance(d, DocumentError)]


class ParseClock:
    """Times the parse inside extraction: seconds, sentences and tokens parsed."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.sentences = 0
        self.tokens = 0
        self._parse = syntax.parse_many

    def __enter__(self) -> ParseClock:
        def timed(jobs: Sequence[syntax.ParseJob]) -> list[dict[int, syntax.Parse]]:
            started = time.perf_counter()
            out = self._parse(jobs)
            self.seconds += time.perf_counter() - started
            self.sentences += sum(len(parses) for parses in out)
            self.tokens += sum(len(p.doc) for parses in out for p in parses.values())
            return out

        # (one document's parse goes through ``syntax.parse_many`` too)
        for module in (syntax, extract_module):
            setattr(module, "parse_many", timed)  # noqa: B010
        return self

    def __exit__(self, *exc: object) -> None:
        for module in (syntax, extract_module):
            setattr(module, "parse_many", self._parse)  # noqa: B010


def _each(docs: list[Document]) -> int:
    return sum(len(extract(d).relations) for d in docs)


def _bulk(docs: list[Document]) -> int:
    return sum(len(x.relations) for _d, x in extract_many(docs) if x is not None)


#: How each way reads the documents, and the relations it read.
WAYS = {"one at a time": _each, "in bulk": _bulk}


def measure(docs: list[Document], repeat: int, way: str) -> tuple[float, int, ParseClock]:
    """Best seconds of ``repeat`` runs over ``docs``, the relations one run reads, and its parse."""
    extract(docs[0])  # load the tokenizer, parser, matchers and gazetteer once, outside the timing
    best, relations, clock = float("inf"), 0, ParseClock()
    for _ in range(repeat):
        with ParseClock() as run:
            started = time.perf_counter()
            relations = WAYS[way](docs)
            elapsed = time.perf_counter() - started
        if elapsed < best:
            best, clock = elapsed, run
    return best, relations, clock


def report(what: str, docs: list[Document], repeat: int) -> None:
    words = sum(len(d.body.split()) for d in docs)
    for way in WAYS:
        best, relations, parse = measure(docs, repeat, way)
        share = parse.seconds / best if best else 0.0
        print(f"| {what} | {way} | {len(docs):,} | {words:,} | {relations:,} | {repeat} | {best:.2f} | "
              f"{len(docs) / best:,.0f} | {words / best:,.0f} | {share:.0%} ({parse.sentences:,} sentences, "
              f"{parse.tokens / max(parse.seconds, 1e-9):,.0f} tokens/s) |", flush=True)
        size = f"{what}, {way}, {len(docs):,} documents ({words / len(docs):.0f} words each)"
        record("extraction", "documents/s per core", round(len(docs) / best), "documents/s", size=size,
               target=">= 40 (dev, parse included)", note=f"best of {repeat}; parse {share:.0%} of the time")
        record("extraction", "words/s per core", round(words / best), "words/s", size=size,
               note=f"best of {repeat}; parser {parse.tokens / max(parse.seconds, 1e-9):,.0f} tokens/s")


def main() -> None:
    shared = ROOT.parent / "shared" / "corpus"
    defaults = [c for c in (shared / "dev", shared / "train") if c.is_dir()] or [ROOT / "examples"]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=defaults)
    parser.add_argument("--docs", type=int, default=10_000, help="documents per run (default 10,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="also N distinct synthetic reports (bench/corpus.py)")
    args = parser.parse_args()

    print(f"machine: {machine()}")
    print()
    print("| corpus | read | documents | words | relations | best of | seconds | documents/s | words/s "
          "| parse |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for folder in args.corpus:
        corpus = _readable(folder)
        if not corpus:
            sys.exit(f"{folder}: no readable documents")
        docs = [replace(corpus[i % len(corpus)], name=f"{i}-{corpus[i % len(corpus)].name}")
                for i in range(args.docs)]
        report(f"{folder.name} ({len(corpus)} distinct, cycled)", docs, args.repeat)
    if args.synthetic:
        with tempfile.TemporaryDirectory(prefix="pactgraph-bench-") as folder:
            synthetic.write(Path(folder), args.synthetic, max(20, args.synthetic // 5))
            reports = _readable(Path(folder))
        report("synthetic reports", reports, args.repeat)


if __name__ == "__main__":
    main()
