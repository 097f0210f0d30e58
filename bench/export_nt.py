"""N-Triples export speed and peak memory, for graphs of about 10^4, 10^5 and 10^6 triples.

    python bench/export_nt.py [--sizes 10000 100000 1000000] [--per-document 1000]

Builds a synthetic graph through the project's writer (``graph.writer.write_extractions``, as
ingesting does, ten documents per transaction): documents of ``--per-document`` backing /
opposition / alliance / membership statements, each document among actors it half shares with
the next (so no actor's degree grows with the graph), about 18 triples per statement (its
evidence, its direct triple and its reified summary). The graph grows to each size in turn;
at each, a fresh process streams the whole graph as N-Triples (``graph.rdf.stream.stream``)
to /dev/null and reports triples, seconds, triples per second and its peak resident memory
(``ru_maxrss``), beside its memory before the export began.

It WIPES the database it writes to, so it uses the benchmarks' Neo4j, never yours (see
bench/common.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

from common import machine, record, use_bench_server

#: Triples one synthetic statement adds, as measured: its evidence (13) and, since pairs repeat, part
#: of a direct triple and its reified summary (10 for a pair stated once).
TRIPLES_PER_STATEMENT = 18
PREDICATES = ("backs", "opposes", "allied_with", "member_of")
TYPES = ("State", "ArmedGroup", "Organization", "Person")


def _document(number: int, per_document: int):
    """One synthetic document of ``per_document`` statements among ``2 * per_document // 5`` actors.

    Document ``n`` names actors ``n * w`` to ``n * w + 2w - 1`` (``w = per_document // 5``), so
    neighbouring documents share half their actors, and an actor's degree (about 20 statements)
    is the same however large the graph grows.
    """
    window = max(2, per_document // 5)
    first = number * window
    from pactgraph.ontology.statements import Document, Entity, Evidence, Extraction, Relation

    sentences, relations = [], []
    offset = 0
    for i in range(per_document):
        k = number * per_document + i
        a, b = first + (k * 7919) % (2 * window), first + (k * 104729 + 1) % (2 * window)
        if a == b:
            b = first + (b - first + 1) % (2 * window)
        subject = Entity(f"actor-{a:07d}", f"Actor {a}", TYPES[a % len(TYPES)], (f"A{a}",))
        obj = Entity(f"actor-{b:07d}", f"Actor {b}", TYPES[b % len(TYPES)], (f"A{b}",))
        predicate = PREDICATES[k % len(PREDICATES)]
        sentence = f"Statement {k}: Actor {a} {predicate.replace('_', ' ')} Actor {b}, sources say."
        sentences.append(sentence)
        evidence = Evidence(f"synthetic-{number:05d}.txt", sentence, offset, offset + len(sentence), "bench")
        relations.append(Relation(subject, predicate, obj, evidence, confidence=0.5 + (k % 50) / 100,
                                  date=f"20{10 + number % 15:02d}-0{1 + number % 9}-1{number % 10}"))
        offset += len(sentence) + 1
    body = " ".join(sentences)
    document = Document(id=Document.make_id(body), name=f"synthetic-{number:05d}.txt", body=body,
                        date=f"20{10 + number % 15:02d}-0{1 + number % 9}-1{number % 10}")
    return Extraction(document=document, relations=tuple(relations))


def grow(driver, database: str, *, documents: int, start: int, per_document: int) -> float:
    """Write documents ``start`` .. ``documents - 1``; seconds taken."""
    from pactgraph.graph.writer import write_extractions

    began = time.perf_counter()
    for first in range(start, documents, 10):
        batch = [_document(n, per_document) for n in range(first, min(first + 10, documents))]
        write_extractions(driver, batch, database=database)
    return time.perf_counter() - began


def measure() -> dict[str, float]:
    """In a fresh process: stream the whole graph as N-Triples to /dev/null; triples, seconds, memory."""
    use_bench_server()
    from pactgraph.graph.connection import open_driver
    from pactgraph.graph.rdf.stream import stream
    from pactgraph.settings import get_settings

    settings = get_settings()
    driver = open_driver(settings)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    triples = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for chunk in stream(driver, database=settings.neo4j_database, fmt="nt",
                            base_iri=settings.pactgraph_base_iri):
            triples += chunk.count("\n")
            sink.write(chunk)
    seconds = time.perf_counter() - began
    driver.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"triples": triples, "seconds": seconds, "rss_before_mib": before / 1024,
            "peak_rss_mib": peak / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--per-document", type=int, default=1000)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure()))
        return

    use_bench_server()
    from pactgraph.graph.connection import open_driver
    from pactgraph.graph.schema import counts, ensure_schema, wipe
    from pactgraph.settings import get_settings

    settings = get_settings()
    database = settings.neo4j_database
    driver = open_driver(settings)
    wipe(driver, database=database)
    ensure_schema(driver, database=database)
    print(f"# {machine()}")
    print(f"{'target':>10} {'triples':>10} {'nodes':>8} {'rels':>8} {'write s':>8} {'export s':>9} "
          f"{'triples/s':>10} {'RSS before':>11} {'peak RSS':>9}")
    written = 0
    try:
        for size in sorted(args.sizes):
            statements = max(1, size // TRIPLES_PER_STATEMENT)
            documents = max(1, -(-statements // args.per_document))
            per_document = min(args.per_document, statements)
            write_seconds = grow(driver, database, documents=documents, start=written,
                                 per_document=per_document)
            written = documents
            nodes, relationships = counts(driver, database=database)
            child = subprocess.run([sys.executable, __file__, "--measure"], check=True, capture_output=True,
                                   text=True)
            result = json.loads(child.stdout.strip().splitlines()[-1])
            print(f"{size:>10} {result['triples']:>10} {nodes:>8} {relationships:>8} {write_seconds:>8.1f} "
                  f"{result['seconds']:>9.1f} {result['triples'] / result['seconds']:>10.0f} "
                  f"{result['rss_before_mib']:>9.0f}Mi {result['peak_rss_mib']:>7.0f}Mi", flush=True)
            on = f"{result['triples']:,} triples"
            record("export", "N-Triples triples/s", round(result["triples"] / result["seconds"]), "triples/s",
                   size=on, note="streamed to /dev/null")
            record("export", "peak memory", round(result["peak_rss_mib"]), "MiB", size=on,
                   note=f"{result['rss_before_mib']:.0f} MiB before the export")
    finally:
        wipe(driver, database=database)
        driver.close()


if __name__ == "__main__":
    main()
