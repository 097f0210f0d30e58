"""RDF import: ``pactgraph import`` beside rdflib-neo4j's ``Neo4jStore``, on the same N-Triples file.

    python bench/rdf_import.py [--statements 2000] [--repeat 2] [--seed 7] [--quick]

The file: seeded synthetic documents (``bench/extractions.py``) written through pactgraph's writer,
then exported as N-Triples by the project's own streaming export (``graph.rdf.stream.stream``,
what ``pactgraph export -f nt`` runs); about 20 triples per statement, so the default 2,000
statements give a 41,000-triple file (6 MiB), which takes about half a minute a side on a
shared 2-core machine. Both sides read that one
file from disk, each into a fresh database of the benchmarks' Neo4j (``bench/common.py``; it
WIPES it), alternating, ``--repeat`` times each; the median is recorded, with the range.

* **pactgraph**: ``graph.rdf.importer.import_file`` (what ``pactgraph import FILE`` runs, after
  ``ensure_schema``), timed from the file to the last commit: rdflib's parser, decoding the
  resources back into pactgraph's model, and the MERGEs.
* **rdflib-neo4j**: ``Graph(store=Neo4jStore(config))`` then ``parse(FILE, format="nt")`` and
  ``close(True)`` (its documented use), with ``Neo4jStoreConfig(auth_data=..., batching=True,
  handle_vocab_uri_strategy=SHORTEN)``, the ontology's namespaces as custom prefixes, and
  ``skos:altLabel``/``pg:typeSeen`` as multi-valued (ARRAY), so aliases are not overwritten. It
  needs no n10s plugin, only the uniqueness constraint on ``:Resource(uri)``, which the store
  creates on opening (outside the timing). Timed: the parse and the closing flush.

Triples per second = the file's triples over the seconds. The two models differ, so the node and
relationship counts are printed, not required to match: rdflib-neo4j stores every IRI as a
generic ``:Resource {uri}`` node, with its classes as labels, literals as properties and every
IRI-valued triple as a relationship (the reified ``pg:Relation`` summaries, concepts such as
statuses and Wikidata items all become nodes); pactgraph reads the same triples back into its
own graph (actors, evidence, typed relationships with their summaries), as the writer stores it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import bench_driver, bench_settings, record  # noqa: E402
from bench.extractions import extractions  # noqa: E402
from bench.peers import empty_database, markdown_table, pactgraph_database  # noqa: E402
from bench.upsert import pactgraph_writer  # noqa: E402

if TYPE_CHECKING:
    import neo4j

BENCHMARK = "rdf-import"


def export_file(driver: neo4j.Driver, database: str, statements: int, seed: int, path: Path) -> int:
    """Write the synthetic graph through pactgraph, export it to ``path`` as N-Triples; its triples."""
    from pactgraph.graph.rdf.stream import stream

    _, write = pactgraph_writer()
    pactgraph_database(driver, database)
    write(driver, list(extractions(statements, seed=seed)), database)
    triples = 0
    with path.open("w", encoding="utf-8") as out:
        base_iri = bench_settings().pactgraph_base_iri
        for chunk in stream(driver, database=database, fmt="nt", base_iri=base_iri):
            triples += chunk.count("\n")
            out.write(chunk)
    return triples


def counts(driver: neo4j.Driver, database: str) -> tuple[int, int]:
    from pactgraph.graph.schema import counts as graph_counts

    return graph_counts(driver, database=database)


def run_pactgraph(driver: neo4j.Driver, database: str, path: Path) -> tuple[float, int, tuple[int, int]]:
    """One timed ``pactgraph import`` into a fresh database: seconds, triples read, (nodes, relationships)."""
    from pactgraph.graph.rdf.importer import import_file

    pactgraph_database(driver, database)
    began = time.perf_counter()
    summary = import_file(driver, path, database=database, base_iri=bench_settings().pactgraph_base_iri)
    seconds = time.perf_counter() - began
    if summary.skipped:
        raise SystemExit(f"pactgraph import skipped {summary.skipped} resources of its own export")
    return seconds, summary.triples, counts(driver, database)


def store_config(database: str):  # -> Neo4jStoreConfig (rdflib-neo4j ships no type hints)
    """rdflib-neo4j's documented configuration, with the export's namespaces as prefixes."""
    from rdflib_neo4j import HANDLE_MULTIVAL_STRATEGY, HANDLE_VOCAB_URI_STRATEGY, Neo4jStoreConfig

    from pactgraph.graph.server.local import LocalNeo4j
    from pactgraph.ontology.namespace import PG, SEM, WD

    settings = bench_settings()
    if settings.neo4j_uri:
        uri = settings.neo4j_uri
        user = settings.neo4j_user
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    else:
        local = LocalNeo4j.from_settings(settings)
        uri, (user, password) = local.uri, local.auth
    return Neo4jStoreConfig(
        auth_data={"uri": uri, "database": database, "user": user, "pwd": password},
        custom_prefixes={"pg": str(PG._NS), "sem": str(SEM), "wd": str(WD),
                         "prov": "http://www.w3.org/ns/prov#"},
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.SHORTEN,
        handle_multival_strategy=HANDLE_MULTIVAL_STRATEGY.ARRAY,
        multival_props_names=[("skos", "altLabel"), ("pg", "typeSeen")],
        batching=True)


def run_rdflib_neo4j(driver: neo4j.Driver, database: str, path: Path) -> tuple[float, tuple[int, int]]:
    """One timed rdflib-neo4j import into an emptied database: seconds, (nodes, relationships)."""
    from rdflib import Graph
    from rdflib_neo4j import Neo4jStore

    empty_database(driver, database)
    graph = Graph(store=Neo4jStore(config=store_config(database)))  # opens: creates its constraint
    began = time.perf_counter()
    graph.parse(str(path), format="nt")
    graph.close(True)
    seconds = time.perf_counter() - began
    return seconds, counts(driver, database)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=2_000, help="statements of the exported graph")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side, alternating")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="1,000 statements, once: a check, not figures")
    args = parser.parse_args()
    if args.quick:
        args.statements, args.repeat = 1_000, 1

    times: dict[str, list[float]] = {"pactgraph": [], "rdflib-neo4j": []}
    stored: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp, bench_driver() as (driver, database):
        path = Path(tmp) / "graph.nt"
        triples = export_file(driver, database, args.statements, args.seed, path)
        size = f"{triples:,} triples (N-Triples, {path.stat().st_size / 2**20:.0f} MiB)"
        print(f"# {size}, from {args.statements:,} statements", flush=True)
        for round_ in range(args.repeat):
            seconds, read, stored["pactgraph"] = run_pactgraph(driver, database, path)
            if read != triples:
                raise SystemExit(f"pactgraph read {read} triples of {triples}")
            times["pactgraph"].append(seconds)
            print(f"pactgraph     run {round_ + 1}: {seconds:6.1f} s  {stored['pactgraph']}", flush=True)
            seconds, stored["rdflib-neo4j"] = run_rdflib_neo4j(driver, database, path)
            times["rdflib-neo4j"].append(seconds)
            print(f"rdflib-neo4j  run {round_ + 1}: {seconds:6.1f} s  {stored['rdflib-neo4j']}", flush=True)
        empty_database(driver, database)

    rates = {side: [triples / s for s in values] for side, values in times.items()}
    ratio = statistics.median(rates["pactgraph"]) / statistics.median(rates["rdflib-neo4j"])
    ratios = [p / r for p, r in zip(rates["pactgraph"], rates["rdflib-neo4j"], strict=True)]
    rows = []
    for side, label in (("pactgraph", "`pactgraph import`"), ("rdflib-neo4j", "rdflib-neo4j `Neo4jStore`")):
        peer = side != "pactgraph"
        median = statistics.median(rates[side])
        spread = f"{min(rates[side]):,.0f}–{max(rates[side]):,.0f}"
        nodes, relationships = stored[side]
        note = f"median of {args.repeat}; {spread}; stored {nodes:,} nodes + {relationships:,} relationships"
        record(BENCHMARK, f"{side}: triples per second", round(median), "triples/s", size=size,
               note=note + ("; generic :Resource model" if peer else ""),
               **({"ratio": round(ratio, 2)} if peer else {}))
        rows.append([label, f"{statistics.median(times[side]):.1f} s", f"{median:,.0f} ({spread})",
                     f"{nodes:,} + {relationships:,}",
                     f"{ratio:.2f}× ({min(ratios):.2f}–{max(ratios):.2f})" if peer else "1"])
    record(BENCHMARK, "ratio pactgraph / rdflib-neo4j (triples/s)", round(ratio, 2), "x", size=size,
           note=f"per-round ratios {', '.join(f'{r:.2f}' for r in ratios)}", ratio=round(ratio, 2))
    print()
    header = ["importer", "seconds (median)", "triples/s (range)", "nodes + relationships stored",
              "pactgraph is × faster"]
    print(markdown_table(f"RDF import: {size}", header, rows))


if __name__ == "__main__":
    main()
