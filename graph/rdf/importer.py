"""RDF back into Neo4j: what :mod:`pactgraph.graph.rdf.export` writes, in any of its formats, read
back without loss.

Two layers, as for the export:

* pure decoding: :func:`~pactgraph.graph.rdf.decode.decode` turns an rdflib graph (parsed within
  bounds by :mod:`pactgraph.graph.rdf.parse`) into rows (:mod:`pactgraph.graph.rdf.decode`);
* a thin writer: :func:`write_rows` MERGEs them with the ``IMPORT_*`` queries of ``graph/queries/rdf.py``
  in ``UNWIND`` batches, nodes first, one managed transaction per batch.

Everything is MERGEd on stable ids, so importing a file twice changes nothing, and an import
that stops halfway is finished by running it again. An import only adds: a node already stored
keeps its name and type, gains the file's aliases, keys and types seen, and keeps a Wikidata id
or any property the file leaves out (a file that restates an actor with its class and label
alone takes nothing from it). Node properties the export does not write are rebuilt as the
writer would build them: an actor's ``type`` is its class, ``keys`` are the normalised name and
aliases, ``types_seen`` is the class and every ``pg:typeSeen``.

A statement's ends may be typed in the file or only named by their IRIs, when the graph holds
them. Evidence is stored only where its subject, object and document are in the file or the
graph; a typed relationship only where asserted evidence of its pair is, and its summary
(``evidence_count``, ``sources``, ``first_seen``, ``last_seen``, ``confidence``) is recounted from
all the evidence in the graph after the import, never copied from the file, which may hold a part
(a filtered export). So the export after any import satisfies the SHACL shapes.

Whatever is not read is counted by kind in :attr:`ImportSummary.skipped_by_kind` and named in
:attr:`ImportSummary.skipped_items`: resources outside the base IRI, resources of other
vocabularies, untyped resources, terms of the pg: namespace the ontology does not define,
predicates the import does not read, resources without what the graph needs, and evidence,
statements or event roles (agent, target, place, reporter, document) whose ends are in neither the
file nor the graph.

What is read is bounded (bytes, triples, no context fetched) by :mod:`pactgraph.graph.rdf.parse`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import neo4j

from pactgraph.graph.queries.rdf import (
    IMPORT_EVENT_DOCUMENTS,
    import_actors,
    import_event_roles,
    import_evidence,
    import_nodes,
    import_relations,
)
from pactgraph.graph.queries.writes import merge_entities
from pactgraph.graph.rdf.decode import SKIP_KINDS, ImportRows, Row, decode
from pactgraph.graph.rdf.mapping import Iris
from pactgraph.graph.rdf.parse import MAX_BYTES, MAX_TRIPLES, format_of, parse, read_bounded
from pactgraph.graph.schema import driver_errors
from pactgraph.ontology.vocabulary import RELATIONS

log = logging.getLogger(__name__)

#: Rows per UNWIND round trip (and per transaction).
BATCH_SIZE: Final = 1000


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import read and added, and what it left out (by kind, and each item)."""

    triples: int
    nodes_created: int
    relationships_created: int
    skipped: int
    skipped_items: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def skipped_by_kind(self) -> dict[str, int]:
        return {kind: len(items) for kind, items in self.skipped_items.items() if items}


def _batches(rows: Sequence[Row], size: int) -> Iterator[list[Row]]:
    for i in range(0, len(rows), size):
        yield list(rows[i : i + size])


def plan(rows: ImportRows, batch_size: int = BATCH_SIZE) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (kind, query, parameters) of an import, nodes before links; pure, so label checks
    happen here. ``kind`` is ``evidence``, ``relations`` or ``roles`` (event roles and documents)
    for the steps whose answers name what was stored, else ``nodes``."""
    steps: list[tuple[str, str, list[Row]]] = []
    for actor_type, actor_rows in sorted(rows.actors.items()):
        steps.append(("nodes", import_actors(actor_type), actor_rows))
    for label, node_rows in sorted(rows.nodes.items()):
        entity = label in ("Agreement", "Place")
        query = merge_entities(label) if entity else import_nodes(label)
        steps.append(("nodes", query, node_rows))
    for (s_label, o_label), link_rows in sorted(rows.evidence.items()):
        steps.append(("evidence", import_evidence(s_label, o_label), link_rows))
    for (name, s_label, o_label), rel_rows in sorted(rows.relations.items()):
        if name in RELATIONS:
            steps.append(("relations", import_relations(name, s_label, o_label), rel_rows))
    for role, role_rows in sorted(rows.roles.items()):
        steps.append(("roles", import_event_roles(role), role_rows))
    steps.append(("roles", IMPORT_EVENT_DOCUMENTS, rows.event_documents))
    return [(kind, query, {"rows": batch})
            for kind, query, step_rows in steps for batch in _batches(step_rows, batch_size)]


def write_rows(driver: neo4j.Driver, rows: ImportRows, *, database: str,
               batch_size: int = BATCH_SIZE, iris: Iris | None = None) -> tuple[int, int]:
    """MERGE the rows, one transaction per batch; (nodes created, relationships created).

    Evidence, statements and event roles the graph cannot hold (an end, the entity or the
    document missing, no asserted evidence) are added to ``rows``' skipped items.
    """
    nodes = relationships = 0

    def work(tx: neo4j.ManagedTransaction, kind: str, query: str, params: dict[str, Any]
             ) -> tuple[int, int, list[str]]:
        result = tx.run(query, params)
        stored: list[str] = []
        if kind != "nodes":
            record = result.single()
            stored = list(record[0]) if record is not None else []
        counters = result.consume().counters
        return counters.nodes_created, counters.relationships_created, stored

    with driver_errors(), driver.session(database=database) as session:
        for kind, query, params in plan(rows, batch_size):
            n, r, stored = session.execute_write(work, kind, query, params)
            nodes += n
            relationships += r
            if kind == "evidence":
                done = set(stored)
                for row in params["rows"]:
                    if row["id"] not in done:
                        where = iris.evidence(row["id"]) if iris is not None else row["id"]
                        rows.skip("unresolved_evidence", str(where))
            elif kind == "relations":
                done = set(stored)
                for row in params["rows"]:
                    if row["pair"] not in done:
                        rows.skip("unsupported_statement", row["pair"])
            elif kind == "roles":
                done = set(stored)
                for row in params["rows"]:
                    if row["item"] not in done:
                        rows.skip("unresolved_role", row["item"])
    return nodes, relationships


def import_rdf(driver: neo4j.Driver, data: str | bytes, *, fmt: str, database: str, base_iri: str,
               batch_size: int = BATCH_SIZE, max_bytes: int = MAX_BYTES,
               max_triples: int = MAX_TRIPLES) -> ImportSummary:
    """Read RDF text in ``fmt`` (one of :data:`PARSERS`) into Neo4j; ImportTooLarge past the
    bounds, RdfError for what cannot be read (nothing is written then)."""
    iris = Iris.of(base_iri)
    graph = parse(data, fmt, max_bytes=max_bytes, max_triples=max_triples)
    rows = decode(graph, iris)
    nodes, relationships = write_rows(driver, rows, database=database, batch_size=batch_size, iris=iris)
    summary = ImportSummary(triples=len(graph), nodes_created=nodes, relationships_created=relationships,
                            skipped=rows.skipped,
                            skipped_items={kind: tuple(items) for kind, items in rows.skipped_items.items()
                                           if items})
    for kind, items in summary.skipped_items.items():
        log.info("import: %d %s", len(items), SKIP_KINDS[kind])
    log.info("imported %s", summary)
    return summary


def import_file(driver: neo4j.Driver, path: Path, *, database: str, base_iri: str, fmt: str | None = None,
                batch_size: int = BATCH_SIZE, max_bytes: int = MAX_BYTES,
                max_triples: int = MAX_TRIPLES) -> ImportSummary:
    """Read an RDF file (format from ``fmt`` or its extension) into Neo4j, within the bounds."""
    fmt = format_of(path, fmt)
    return import_rdf(driver, read_bounded(path, max_bytes), fmt=fmt, database=database,
                      base_iri=base_iri, batch_size=batch_size, max_bytes=max_bytes,
                      max_triples=max_triples)
