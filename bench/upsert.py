"""Bulk upsert of pre-extracted relations: pactgraph's writer and its bulk load beside neo4j-graphrag's
``Neo4jWriter``.

    python bench/upsert.py [--statements 10000] [--repeat 3] [--seed 7] [--quick] [--no-bulk | --bulk-only]

What is measured, on the benchmarks' Neo4j (``bench/common.py``; it WIPES it):

1. **pactgraph**: seeded synthetic documents (``bench/extractions.py``: about 20 statements each,
   actors shared across documents with power-law popularity, ten predicates, four statuses)
   written as ``pactgraph ingest`` writes them (``graph.writer.write_extractions``, a transaction
   per 100 documents) into a fresh database (wiped, pactgraph's constraints and
   indexes). Timed from the ``Extraction`` objects to the last commit, row building included:
   relation statements per second, and nodes + relationships stored per second.
2. **neo4j-graphrag**: exactly the nodes and relationships pactgraph stored, read back from the
   database (labels, properties, relationship types and properties), as one ``Neo4jGraph`` of
   ``Neo4jNode``/``Neo4jRelationship``, written by ``Neo4jWriter.run`` (its documented use,
   default batch size 1000) into an emptied database with only the index it creates itself.
   Timed: ``run`` alone; building the pydantic graph is not counted. Node and relationship
   counts, and counts by label and type, must equal pactgraph's, or the run fails.

The default size, 10^4 statements (about 11,600 nodes and 37,000 relationships), takes about
5 s a side on a shared 2-core machine; the whole benchmark, with its warm-up, read-back and
fresh databases, about a minute. ``--statements`` makes it larger.

3. **pactgraph bulk load** (``pactgraph ingest --bulk``, ``graph/bulk.py``): the same documents
   folded into rows in Python, written as CSV, the server stopped, ``neo4j-admin database import
   full``, the server started, the schema created and every index online. Timed from the
   ``Extraction`` objects to the database answering with its schema, restart included, and in
   parts (rows and CSV; stop; import; start; schema). Its graph must have the same shape as the
   writer's. It runs ``--repeat`` times after the other two sides, since it restarts the server.
   ``--bulk-only`` runs it alone (its graph checked against the rows it folded), for sizes where
   the writers would take too long; it gives no ratio.

Each run's line ends with the machine's load average (1, 5, 15 minutes), which the results keep
too: the cores are shared, and a figure says little without it.

After an untimed warm-up of both sides on a fifth of the documents, the sides alternate,
``--repeat`` times each, every run into its own fresh database; the median is recorded, with the
range. Ratio = pactgraph's nodes + relationships per second over graphrag's.

What the two writes do differs, and the ratio is of the writes as each library ships them:

* pactgraph MERGEs every node and relationship on its stable id (idempotent: running it twice
  changes nothing), folds aliases into existing actors, and recomputes each typed relationship's
  summary (``evidence_count``, ``sources``, ``first_seen``, ``last_seen``, ``confidence``) from all
  the evidence in the graph; the peer is handed those summaries precomputed.
* ``Neo4jWriter`` CREATEs nodes (running it twice duplicates them), keyed by a temporary
  ``__tmp_internal_id`` it indexes and clears at the end, and MERGEs relationships with
  ``apoc.merge.relationship`` (hence APOC on the bench server, see ``bench/peers.py``).
  A ``Neo4jNode`` has one label: nodes get their general label (``Actor``, ``Evidence``, ...) and
  the writer's ``__KGBuilder__``/``__Entity__``; an actor's specific type stays in its ``type``.
* No events: the figure is about relation statements.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import bench_settings, record  # noqa: E402
from bench.extractions import extractions  # noqa: E402
from bench.peers import driver_with_apoc, empty_database, markdown_table, pactgraph_database  # noqa: E402

if TYPE_CHECKING:
    import neo4j
    from neo4j_graphrag.components.types import Neo4jGraph

    from pactgraph.ontology.statements import Extraction

BENCHMARK = "upsert"
TARGET = ">= 20,000 relations/s"
#: The labels pactgraph MERGEs on; a node's other label is its specific actor type.
GENERAL_LABELS = ("Actor", "Agreement", "Place", "Document", "Evidence", "Event")

#: What one stored graph looks like, to compare the two sides: by label and by relationship type.
Shape = tuple[int, int, dict[str, int], dict[str, int]]


def pactgraph_writer() -> tuple[str, Callable[[neo4j.Driver, Sequence[Extraction], str], None]]:
    """As ``pactgraph ingest`` writes: ``write_extractions``, one transaction per ``INGEST_BATCH`` docs."""
    from pactgraph.graph.writer import write_extractions
    from pactgraph.pipeline import INGEST_BATCH

    def batches(driver: neo4j.Driver, docs: Sequence[Extraction], database: str) -> None:
        for i in range(0, len(docs), INGEST_BATCH):
            write_extractions(driver, docs[i : i + INGEST_BATCH], database=database)

    return f"write_extractions, {INGEST_BATCH} documents a transaction", batches


def shape(driver: neo4j.Driver, database: str) -> Shape:
    """Nodes, relationships, nodes by general label, relationships by type."""
    with driver.session(database=database) as session:
        labels = {label: session.run(f"MATCH (n:{label}) RETURN count(n) AS n").single(strict=True)["n"]
                  for label in GENERAL_LABELS}
        types = {r["t"]: r["n"] for r in session.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")}
        nodes = session.run("MATCH (n) RETURN count(n) AS n").single(strict=True)["n"]
    return nodes, sum(types.values()), {k: v for k, v in labels.items() if v}, types


def read_back(driver: neo4j.Driver, database: str) -> Neo4jGraph:
    """What pactgraph stored, as the ``Neo4jGraph`` neo4j-graphrag's writer takes."""
    from neo4j_graphrag.components.types import Neo4jGraph, Neo4jNode, Neo4jRelationship

    ids: dict[str, str] = {}
    nodes: list[Neo4jNode] = []
    relationships: list[Neo4jRelationship] = []
    with driver.session(database=database) as session:
        for record_ in session.run("MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, "
                                   "properties(n) AS props"):
            label = next(lab for lab in GENERAL_LABELS if lab in record_["labels"])
            # Ids are unique per label only (an actor and a place may share a slug).
            node_id = f"{label}:{record_['props']['id']}"
            ids[record_["eid"]] = node_id
            nodes.append(Neo4jNode(id=node_id, label=label, properties=record_["props"]))
        for record_ in session.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, "
                                   "type(r) AS type, properties(r) AS props"):
            relationships.append(Neo4jRelationship(
                start_node_id=ids[record_["a"]], end_node_id=ids[record_["b"]], type=record_["type"],
                properties=record_["props"]))
    return Neo4jGraph(nodes=nodes, relationships=relationships)


def run_pactgraph(driver: neo4j.Driver, database: str, docs: Sequence[Extraction],
                  write: Callable[[neo4j.Driver, Sequence[Extraction], str], None]) -> tuple[float, Shape]:
    """One timed write into a fresh database; seconds and what was stored."""
    pactgraph_database(driver, database)
    began = time.perf_counter()
    write(driver, docs, database)
    seconds = time.perf_counter() - began
    return seconds, shape(driver, database)


def run_graphrag(graph: Neo4jGraph, database: str) -> tuple[float, Shape]:
    """One timed ``Neo4jWriter.run`` into an emptied database, on a driver of its own.

    Its own driver because the writer rewrites the driver's user agent.
    """
    from neo4j_graphrag.components.kg_writer import Neo4jWriter

    from pactgraph.graph.connection import open_driver

    driver = open_driver(bench_settings())
    try:
        empty_database(driver, database)
        writer = Neo4jWriter(driver, neo4j_database=database)
        began = time.perf_counter()
        result = asyncio.run(writer.run(graph))
        seconds = time.perf_counter() - began
        if result.status != "SUCCESS":
            raise SystemExit(f"neo4j-graphrag's writer failed: {result.metadata}")
        return seconds, shape(driver, database)
    finally:
        driver.close()


def run_bulk(docs: Sequence[Extraction],
             database: str) -> tuple[float, dict[str, float], Shape, tuple[int, int]]:
    """One timed bulk load into an emptied database: seconds in all, seconds by part, what was stored,
    and the nodes and relationships the folded rows hold."""
    import tempfile

    from pactgraph.graph.bulk import BulkGraph, after_import
    from pactgraph.graph.connection import open_driver
    from pactgraph.graph.server.local import LocalNeo4j

    settings = bench_settings()
    local = LocalNeo4j.from_settings(settings)
    driver = open_driver(settings)
    try:
        empty_database(driver, database)
    finally:
        driver.close()
    parts: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bulk-", dir=local.home) as folder:
        began = time.perf_counter()
        graph = BulkGraph()
        for doc in docs:
            graph.add(doc)
        files = graph.write_csv(Path(folder) / "csv")
        parts["rows and CSV"] = time.perf_counter() - began
        for part, step in (("stop", local.stop),
                           ("import", lambda: local.import_full(files.arguments(), database=database,
                                                                report=Path(folder) / "import.report")),
                           ("start", local.start)):
            mark = time.perf_counter()
            step()
            parts[part] = time.perf_counter() - mark
        mark = time.perf_counter()
        driver = open_driver(settings)
        try:
            after_import(driver, database=database)
            parts["schema"] = time.perf_counter() - mark
            seconds = time.perf_counter() - began
            return seconds, parts, shape(driver, database), (graph.node_count, graph.relationship_count)
        finally:
            driver.close()


def _shape_text(stored: Shape) -> str:
    return f"{stored[0]:,} nodes  {stored[1]:,} relationships"


def _load() -> str:
    """The machine's load average (1, 5 and 15 minutes): others share its cores."""
    return "load {:.1f}/{:.1f}/{:.1f}".format(*os.getloadavg())


def _median_range(values: list[float]) -> tuple[float, str]:
    return statistics.median(values), f"{min(values):,.0f}–{max(values):,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=10_000, help="relation statements to write")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side, alternating")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2,000 statements, once: a check, not figures")
    parser.add_argument("--no-bulk", dest="bulk", action="store_false",
                        help="leave out the bulk load (it restarts the benchmarks' server)")
    parser.add_argument("--bulk-only", action="store_true",
                        help="the bulk load alone (no ratios): for sizes the writers take too long at")
    args = parser.parse_args()
    if args.quick:
        args.statements, args.repeat = 2_000, 1
    if args.bulk_only and not args.bulk:
        parser.error("--bulk-only and --no-bulk leave nothing to measure")

    docs = list(extractions(args.statements, seed=args.seed))
    statements = sum(len(doc.relations) for doc in docs)
    how, write = pactgraph_writer()
    size = f"{statements:,} statements, {len(docs):,} documents"
    print(f"# {size}; pactgraph writes with {how}", flush=True)

    times: dict[str, list[float]] = {} if args.bulk_only else {"pactgraph": [], "graphrag": []}
    shapes: dict[str, Shape] = {}
    loads: dict[str, list[str]] = {side: [] for side in ("pactgraph", "graphrag", "bulk")}
    graph: Neo4jGraph | None = None
    if args.bulk_only:
        bulk_only(args, docs, statements, size)
        return
    with driver_with_apoc() as (driver, database):
        # Untimed: a server just started (with APOC, for the peer) compiles its code paths on the
        # first writes; without this the first round of either side measures the JIT.
        warm = docs[: max(1, len(docs) // 5)]
        run_pactgraph(driver, database, warm, write)
        run_graphrag(read_back(driver, database), database)
        print(f"# warmed up on {len(warm):,} documents a side", flush=True)
        for round_ in range(args.repeat):
            seconds, stored = run_pactgraph(driver, database, docs, write)
            times["pactgraph"].append(seconds)
            if shapes.setdefault("pactgraph", stored) != stored:
                raise SystemExit(f"pactgraph stored {stored}, then {shapes['pactgraph']}")
            loads["pactgraph"].append(_load())
            print(f"pactgraph  run {round_ + 1}: {seconds:6.1f} s  {_shape_text(stored)}  "
                  f"{loads['pactgraph'][-1]}", flush=True)
            if graph is None:
                graph = read_back(driver, database)
            seconds, stored = run_graphrag(graph, database)
            times["graphrag"].append(seconds)
            loads["graphrag"].append(_load())
            print(f"graphrag   run {round_ + 1}: {seconds:6.1f} s  {_shape_text(stored)}  "
                  f"{loads['graphrag'][-1]}", flush=True)
            if stored != shapes["pactgraph"]:
                raise SystemExit(f"not the same graph: the peer {stored}, pactgraph {shapes['pactgraph']}")
        empty_database(driver, database)
    bulk_parts: list[dict[str, float]] = []
    if args.bulk:
        times["bulk"] = []
        if not os.environ.get("PACTGRAPH_BENCH_NEO4J_URI"):
            # The bulk load restarts the server: as `ingest --bulk` would, without the peer's APOC.
            os.environ["NEO4J_PLUGIN_JARS"] = ""
        for round_ in range(args.repeat):
            seconds, parts, stored, _ = run_bulk(docs, database)
            times["bulk"].append(seconds)
            bulk_parts.append(parts)
            loads["bulk"].append(_load())
            print(f"bulk load  run {round_ + 1}: {seconds:6.1f} s  {_shape_text(stored)}  ("
                  + ", ".join(f"{part} {t:.1f} s" for part, t in parts.items()) + f")  {loads['bulk'][-1]}",
                  flush=True)
            if stored != shapes["pactgraph"]:
                raise SystemExit(f"not the same graph: the bulk load {stored}, "
                                 f"the writer {shapes['pactgraph']}")
        with driver_with_apoc() as (driver, database):
            empty_database(driver, database)

    nodes, relationships = shapes["pactgraph"][:2]
    items = nodes + relationships
    rows: list[list[str]] = []
    figures: dict[str, dict[str, Any]] = {}
    for side in times:
        relations_per_s, relations_range = _median_range([statements / s for s in times[side]])
        items_per_s, items_range = _median_range([items / s for s in times[side]])
        figures[side] = {"relations/s": relations_per_s, "items/s": items_per_s,
                         "seconds": statistics.median(times[side]),
                         "ranges": (relations_range, items_range)}
    ratio = figures["pactgraph"]["items/s"] / figures["graphrag"]["items/s"]
    ratios = [g / p for p, g in zip(times["pactgraph"], times["graphrag"], strict=True)]
    for side, label in (("pactgraph", "pactgraph `write_extractions`"),
                        ("graphrag", "neo4j-graphrag `Neo4jWriter`")):
        fig = figures[side]
        peer = side == "graphrag"
        note = (f"median of {args.repeat}; {fig['ranges'][0]} relations/s; same nodes and relationships "
                f"as pactgraph ({nodes:,} + {relationships:,})" if peer else
                f"median of {args.repeat}; {fig['ranges'][0]} relations/s; {how}")
        note += f"; after each run {', '.join(loads[side])}"
        record(BENCHMARK, f"{side}: relation statements per second", round(fig["relations/s"]), "relations/s",
               size=size, target="" if peer else TARGET, note=note,
               **({"ratio": round(ratio, 2)} if peer else {}))
        record(BENCHMARK, f"{side}: nodes + relationships per second", round(fig["items/s"]),
               "nodes+relationships/s", size=f"{nodes:,} nodes + {relationships:,} relationships",
               note=f"median of {args.repeat}; {fig['ranges'][1]}",
               **({"ratio": round(ratio, 2)} if peer else {}))
        rows.append([label, f"{fig['seconds']:.1f} s", f"{fig['relations/s']:,.0f} ({fig['ranges'][0]})",
                     f"{fig['items/s']:,.0f} ({fig['ranges'][1]})",
                     f"{ratio:.2f}× ({min(ratios):.2f}–{max(ratios):.2f})" if peer else "1"])
    record(BENCHMARK, "ratio pactgraph / neo4j-graphrag (nodes+relationships/s)", round(ratio, 2), "x",
           size=size, note=f"per-round ratios {', '.join(f'{r:.2f}' for r in ratios)}", ratio=round(ratio, 2))
    if args.bulk:
        fig = figures["bulk"]
        median_parts = {part: statistics.median(p[part] for p in bulk_parts) for part in bulk_parts[0]}
        without_restart = statistics.median(
            statements / (p["rows and CSV"] + p["import"]) for p in bulk_parts)
        parts_text = ", ".join(f"{part} {t:.1f} s" for part, t in median_parts.items())
        to_writer = fig["relations/s"] / figures["pactgraph"]["relations/s"]
        to_graphrag = fig["relations/s"] / figures["graphrag"]["relations/s"]
        record(BENCHMARK, "bulk load: relation statements per second", round(fig["relations/s"]),
               "relations/s", size=size, target=TARGET,
               note=f"median of {args.repeat}; {fig['ranges'][0]} relations/s; restart and schema included "
                    f"(median parts: {parts_text}); after each run {', '.join(loads['bulk'])}")
        record(BENCHMARK, "bulk load without the restart: relation statements per second",
               round(without_restart), "relations/s", size=size, target=TARGET,
               note="rows, CSV files and neo4j-admin import only (server stop, start and schema left out)")
        record(BENCHMARK, "ratio bulk load / pactgraph writer (relations/s)", round(to_writer, 2), "x",
               size=size, note="restart and schema included", ratio=round(to_writer, 2))
        record(BENCHMARK, "ratio bulk load / neo4j-graphrag (relations/s)", round(to_graphrag, 2), "x",
               size=size, note="restart and schema included", ratio=round(to_graphrag, 2))
        rows.append(["pactgraph bulk load (`ingest --bulk`)", f"{fig['seconds']:.1f} s",
                     f"{fig['relations/s']:,.0f} ({fig['ranges'][0]})",
                     f"{fig['items/s']:,.0f} ({fig['ranges'][1]})",
                     f"{fig['items/s'] / figures['graphrag']['items/s']:.2f}× the peer, "
                     f"{to_writer:.2f}× the writer"])
        print(f"# bulk load parts (median): {parts_text}; without the restart "
              f"{without_restart:,.0f} relations/s", flush=True)
    print()
    print(markdown_table(
        f"Bulk upsert: {size} → {nodes:,} nodes + {relationships:,} relationships",
        ["writer", "seconds (median)", "relations/s (range)", "nodes+relationships/s (range)",
         "pactgraph is × faster"], rows))


def bulk_only(args: argparse.Namespace, docs: Sequence[Extraction], statements: int, size: str) -> None:
    """``--bulk-only``: the bulk load ``--repeat`` times, each checked against the rows it folded."""
    settings = bench_settings()
    seconds_list: list[float] = []
    bulk_parts: list[dict[str, float]] = []
    loads: list[str] = []
    database = settings.neo4j_database
    for round_ in range(args.repeat):
        seconds, parts, stored, folded = run_bulk(docs, database)
        if stored[:2] != folded:
            raise SystemExit(f"the bulk load stored {stored[:2]}, its rows hold {folded}")
        seconds_list.append(seconds)
        bulk_parts.append(parts)
        loads.append(_load())
        print(f"bulk load  run {round_ + 1}: {seconds:6.1f} s  {_shape_text(stored)}  ("
              + ", ".join(f"{part} {t:.1f} s" for part, t in parts.items()) + f")  {loads[-1]}", flush=True)
    relations_per_s, relations_range = _median_range([statements / s for s in seconds_list])
    median_parts = {part: statistics.median(p[part] for p in bulk_parts) for part in bulk_parts[0]}
    parts_text = ", ".join(f"{part} {t:.1f} s" for part, t in median_parts.items())
    without_restart = statistics.median(statements / (p["rows and CSV"] + p["import"]) for p in bulk_parts)
    record(BENCHMARK, "bulk load: relation statements per second", round(relations_per_s), "relations/s",
           size=size, target=TARGET,
           note=f"--bulk-only, median of {args.repeat}; {relations_range} relations/s; restart and schema "
                f"included (median parts: {parts_text}); after each run {', '.join(loads)}")
    record(BENCHMARK, "bulk load without the restart: relation statements per second",
           round(without_restart), "relations/s", size=size, target=TARGET,
           note="rows, CSV files and neo4j-admin import only (server stop, start and schema left out)")
    print(f"# bulk load: {relations_per_s:,.0f} relations/s ({relations_range}), median "
          f"{statistics.median(seconds_list):.1f} s; parts (median): {parts_text}; without the restart "
          f"{without_restart:,.0f} relations/s", flush=True)


if __name__ == "__main__":
    main()
