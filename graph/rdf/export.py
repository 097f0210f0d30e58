"""The export's reader: the graph, or a part of it, read from Neo4j page by page and mapped to RDF.

:func:`iter_quads` runs the ``EXPORT_*`` queries of ``graph/queries/rdf.py`` (or the ``FILTERED_*``
ones, for an :class:`pactgraph.graph.rdf.filters.ExportFilter`) in pages keyed by id and feeds the
rows to the mapping (:mod:`pactgraph.graph.rdf.mapping`); :func:`export_graph` collects the quads
into a dataset and :func:`serialize` writes it out; :func:`~pactgraph.graph.rdf.stream.stream`
writes them as N-Triples or N-Quads lines instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any, Final

import neo4j
from rdflib import Dataset

from pactgraph.graph.errors import ExportTooLarge
from pactgraph.graph.queries.rdf import (
    COUNT_EXPORTED,
    EXPORT_ACTORS,
    EXPORT_AGREEMENTS,
    EXPORT_DOCUMENTS,
    EXPORT_EVENTS,
    EXPORT_EVIDENCE,
    EXPORT_PLACES,
    FILTERED_ACTORS,
    FILTERED_AGREEMENTS,
    FILTERED_DOCUMENTS,
    FILTERED_EVENTS,
    FILTERED_EVIDENCE,
    FILTERED_PLACES,
)
from pactgraph.graph.queries.schema import NODE_LABELS
from pactgraph.graph.rdf.dataset import (
    FORMAT_NAMES,
    FORMATS,
    MEDIA_TYPES,
    add_quads,
    new_dataset,
    serialize_dataset,
)
from pactgraph.graph.rdf.filters import ExportFilter
from pactgraph.graph.rdf.mapping import EXPORT_TYPES, Iris, Quad, Row, evidence_quads, node_quads
from pactgraph.graph.schema import driver_errors
from pactgraph.ontology.vocabulary import RELATIONS, SYMMETRIC, relationship_type

log = logging.getLogger(__name__)

#: Rows per export query round trip.
BATCH_SIZE: Final = 1000
_SYMMETRIC_TYPES: Final = tuple(sorted(relationship_type(name) for name in SYMMETRIC))
#: The relations' relationship types: only these have evidence (found by its pair key).
_RELATION_TYPES: Final = [relationship_type(name) for name in RELATIONS]

_NODE_QUERIES: Final = (
    EXPORT_ACTORS,
    EXPORT_AGREEMENTS,
    EXPORT_PLACES,
    EXPORT_EVENTS,
    EXPORT_DOCUMENTS,
)


def read_pages(driver: neo4j.Driver, query: str, *, database: str, batch_size: int = BATCH_SIZE,
               **params: Any) -> Iterator[dict[str, Any]]:
    """Rows of an export query, page by page (``$after``/``$limit`` on the ``key`` column).

    Each page is its own short read transaction, so a large graph never holds one
    long transaction open.
    """
    after = ""
    while True:
        with driver_errors():
            records = driver.execute_query(
                query, {**params, "after": after, "limit": batch_size},
                database_=database, routing_=neo4j.RoutingControl.READ,
            ).records
        # The records' own values (maps, lists, strings): ``record.data()`` copied every list, and
        # a page of hubs (131,000 relations, 224,000 evidence ids) was held twice while it did.
        rows = [dict(record) for record in records]
        del records
        yield from rows
        keys = {row["key"] for row in rows}
        if len(keys) < batch_size:
            return
        after = max(keys)


RowMapping = Callable[[Row, Iris], Iterator[Quad]]


def export_steps(filters: ExportFilter | None = None) -> list[tuple[str, RowMapping]]:
    """(query, row mapping) of each part of an export, entities first, evidence last."""
    if filters is None or filters.whole:
        node_queries: tuple[str, ...] = _NODE_QUERIES
        evidence = EXPORT_EVIDENCE
    else:
        node_queries = (FILTERED_ACTORS, FILTERED_AGREEMENTS, FILTERED_PLACES,
                        FILTERED_EVENTS, FILTERED_DOCUMENTS)
        evidence = FILTERED_EVIDENCE
    return [*((query, node_quads) for query in node_queries), (evidence, evidence_quads)]


def iter_quads(driver: neo4j.Driver, *, database: str, iris: Iris, batch_size: int = BATCH_SIZE,
               filters: ExportFilter | None = None) -> Iterator[Quad]:
    """Every quad of the export, read page by page: memory holds one page of rows at a time."""
    params: dict[str, Any] = {"types": list(EXPORT_TYPES), "symmetric": list(_SYMMETRIC_TYPES),
                              "labels": list(NODE_LABELS), "relation_types": _RELATION_TYPES,
                              **(filters or ExportFilter()).params()}
    for query, mapping in export_steps(filters):
        for row in read_pages(driver, query, database=database, batch_size=batch_size, **params):
            yield from mapping(row, iris)


def export_graph(driver: neo4j.Driver, *, database: str, base_iri: str,
                 batch_size: int = BATCH_SIZE, filters: ExportFilter | None = None,
                 max_triples: int | None = None, fmt: str = "") -> Dataset:
    """The graph (or the part ``filters`` selects) as an RDF dataset: default graph + one per document.

    ExportTooLarge (naming ``fmt``) once it would hold more than ``max_triples``.
    """
    iris = Iris.of(base_iri)
    dataset = new_dataset(iris)
    total = add_quads(dataset, iter_quads(driver, database=database, iris=iris, batch_size=batch_size,
                                          filters=filters), limit=max_triples, fmt=fmt)
    log.info("exported %d quads from %s", total, database)
    return dataset


def least_triples(driver: neo4j.Driver, *, database: str) -> int:
    """Fewer triples than a whole export of the graph writes, from the count store: at least three
    per evidence (its class, predicate and status) and one per other node (its class), so an
    export past a bound is refused at once rather than after building that many."""
    with driver_errors():
        record = driver.execute_query(COUNT_EXPORTED, database_=database,
                                      routing_=neo4j.RoutingControl.READ).records[0]
    return 3 * int(record["evidence"]) + int(record["others"])


def serialize(driver: neo4j.Driver, *, database: str, fmt: str = "turtle", base_iri: str,
              batch_size: int = BATCH_SIZE, filters: ExportFilter | None = None,
              max_triples: int | None = None) -> str:
    """The graph as RDF text in ``fmt`` (one of :data:`FORMATS`; media types in :data:`MEDIA_TYPES`).

    Built in memory, so bounded by ``max_triples`` (ExportTooLarge past it);
    :func:`pactgraph.graph.rdf.stream.stream` writes N-Triples and N-Quads page by page.
    """
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if max_triples is not None and (filters is None or filters.whole) \
            and least_triples(driver, database=database) > max_triples:
        raise ExportTooLarge(FORMAT_NAMES.get(fmt, fmt), max_triples)
    iris = Iris.of(base_iri)
    dataset = export_graph(driver, database=database, base_iri=iris.base, batch_size=batch_size,
                           filters=filters, max_triples=max_triples, fmt=FORMAT_NAMES.get(fmt, fmt))
    return serialize_dataset(dataset, fmt, iris)
