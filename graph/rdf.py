"""The graph as RDF, under the ontology of ``ontology/pactgraph.ttl``.

Two layers:

* pure mapping: :func:`node_quads` and :func:`evidence_quads` turn the plain row
  dicts that the export queries return into quads, without Neo4j;
  :func:`serialize_dataset` writes a dataset in one of :data:`MEDIA_TYPES`;
* a thin reader: :func:`iter_quads` runs the ``EXPORT_*`` queries of ``graph/queries/rdf.py``
  (or the ``FILTERED_*`` ones, for an :class:`pactgraph.graph.rdf_filter.ExportFilter`) in pages keyed
  by id and feeds the rows to the mapping; :func:`export_graph` collects the quads into a
  dataset, :func:`~pactgraph.graph.rdf_stream.stream` writes them out as N-Triples or N-Quads lines.

IRIs are minted from stable ids only (``{base}actor/{id}``, ``{base}agreement/{id}``,
``{base}place/{id}``, ``{base}event/{id}``, ``{base}document/{id}``,
``{base}evidence/{id}``, and ``{base}relation/{subject}/{predicate}/{object}`` for the
reified asserted relation), never from Neo4j's internal ids.

The dataset's default graph holds entities, documents, asserted relations (as direct
triples and as ``pg:Relation`` resources with their summary and ``pg:evidence`` links),
and events (``pg:Event`` with ``pg:eventType``, their roles ``pg:agent``, ``pg:target``,
``pg:place``, ``pg:reportedBy``, their date, tolls, status, sentence and ``pg:inDocument``);
the named graph of each document (named by the document's IRI) holds the ``pg:Evidence``
resources read from it. TriG and N-Quads keep that split, the default graph written as the
named graph of merged entities (``{base}graph/merged``); Turtle, N-Triples and JSON-LD write
the union. ``graph/rdf_import.py`` reads any of them back. See ``ontology/README.md`` for the
whole mapping.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Final
from urllib.parse import quote, urlsplit

import neo4j
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, SDO
from rdflib.term import Node

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
from pactgraph.graph.rdf_filter import ExportFilter
from pactgraph.graph.schema import driver_errors
from pactgraph.ontology.namespace import (
    ENTITY_CLASSES,
    EVENT_TYPE_CONCEPTS,
    KIND_CONCEPTS,
    PG,
    RELATION_PROPERTIES,
    SEM,
    STATUS_CONCEPTS,
    WD,
    jsonld_context,
)
from pactgraph.ontology.vocabulary import (
    ACTOR_TYPES,
    RDF_MEDIA_TYPES,
    RELATIONS,
    SYMMETRIC,
    relationship_type,
)

log = logging.getLogger(__name__)

#: The formats a whole graph is serialised in (N-Quads is only streamed: ``graph.rdf_stream``), with
#: their media types (the ontology's ``RDF_MEDIA_TYPES``).
MEDIA_TYPES: Final[dict[str, str]] = {fmt: RDF_MEDIA_TYPES[fmt] for fmt in ("turtle", "nt", "jsonld", "trig")}
#: The export formats, in the order the CLI lists them.
FORMATS: Final = tuple(MEDIA_TYPES)
_RDFLIB_FORMAT: Final = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}

#: Rows per export query round trip.
BATCH_SIZE: Final = 1000

#: General Neo4j label -> IRI path segment (and the general class, where there is one).
_KINDS: Final[dict[str, tuple[str, URIRef]]] = {
    "Actor": ("actor", PG.Actor),
    "Agreement": ("agreement", PG.Agreement),
    "Place": ("place", PG.Place),
    "Event": ("event", PG.Event),
    "Document": ("document", PG.Document),
}
#: Neo4j relationship type -> property, for everything exported as a direct triple.
_REL_PROPERTIES: Final[dict[str, URIRef]] = {
    **{relationship_type(name): prop for name, prop in RELATION_PROPERTIES.items()},
    "AGENT": PG.agent,
    "TARGET": PG.target,
    "PLACE": PG.place,
    "REPORTED_BY": PG.reportedBy,
    # only events have one among the exported nodes (evidence is exported by its own query)
    "IN_DOCUMENT": PG.inDocument,
}
#: Relationship types the export reads (a closed list, passed as ``$types``).
EXPORT_TYPES: Final = tuple(_REL_PROPERTIES)
_SYMMETRIC_TYPES: Final = tuple(sorted(relationship_type(name) for name in SYMMETRIC))
#: The relations' relationship types: only these have evidence (found by its pair key).
_RELATION_TYPES: Final = [relationship_type(name) for name in RELATIONS]

_QID: Final = re.compile(r"(?:https?://www\.wikidata\.org/(?:entity|wiki)/)?(Q[1-9][0-9]*)\Z")
_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_YEAR_MONTH: Final = re.compile(r"\d{4}-\d{2}\Z")
_YEAR: Final = re.compile(r"\d{4}\Z")

Row = Mapping[str, Any]
#: ``(subject, predicate, object, graph)``; graph None is the default graph.
Quad = tuple[Node, URIRef, Node, URIRef | None]


@dataclass(frozen=True, slots=True)
class Iris:
    """Mints the IRIs of exported resources from a base IRI and stable ids."""

    base: str

    @classmethod
    def of(cls, base_iri: str) -> Iris:
        """Checked base: absolute, and ending in ``/`` or ``#`` (a ``/`` is added otherwise)."""
        parts = urlsplit(base_iri)
        if not parts.scheme or not (parts.netloc or parts.scheme == "urn"):
            raise ValueError(f"base IRI {base_iri!r} is not absolute (expected e.g. https://example.org/id/)")
        if re.search(r"[\s<>\"{}|\\^`]", base_iri):
            raise ValueError(f"base IRI {base_iri!r} contains characters not allowed in an IRI")
        return cls(base_iri if base_iri.endswith(("/", "#")) else base_iri + "/")

    def mint(self, segment: str, *ids: str) -> URIRef:
        """``{base}{segment}/{id}[/{id}...]``, each id percent-encoded so it stays one path segment."""
        return URIRef(self.base + segment + "".join("/" + quote(str(i), safe="") for i in ids))

    def node(self, labels: Iterable[str], id: Any) -> URIRef | None:
        """The IRI of a node with these labels and id, or None when it has no general label or no id."""
        kind = _general(labels)
        if kind is None or id in (None, ""):
            return None
        return self.mint(_KINDS[kind][0], str(id))

    def evidence(self, id: str) -> URIRef:
        return self.mint("evidence", id)

    def document(self, id: str) -> URIRef:
        return self.mint("document", id)

    def relation(self, subject_id: str, predicate: str, object_id: str) -> URIRef:
        """The asserted relation resource; symmetric ones are named smaller id first, as stored."""
        if predicate in SYMMETRIC and object_id < subject_id:
            subject_id, object_id = object_id, subject_id
        return self.mint("relation", subject_id, predicate, object_id)

    @property
    def merged(self) -> URIRef:
        """The named graph of merged entities, documents, asserted relations and events (TriG, N-Quads)."""
        return self.mint("graph", "merged")

    def prefixes(self) -> dict[str, str]:
        """Prefix -> namespace for the minted IRIs (for readable Turtle and TriG)."""
        segments = [segment for segment, _ in _KINDS.values()] + ["evidence", "relation"]
        return {segment: f"{self.base}{segment}/" for segment in segments}


# --- pure mapping: rows -> quads ----------------------------------------------------------------


def _general(labels: Iterable[str]) -> str | None:
    found = [label for label in _KINDS if label in set(labels)]
    return found[0] if found else None


def date_literal(value: Any) -> Literal | None:
    """A date as xsd:date, xsd:gYearMonth or xsd:gYear by its precision; other text as a plain literal."""
    if value is None or value == "":
        return None
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        value = value.iso_format()
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value).strip()
    if _DAY.match(text):
        try:
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
        except ValueError:
            return Literal(text)  # 2019-02-30: kept as written rather than lost
    if _YEAR_MONTH.match(text) and 1 <= int(text[5:]) <= 12:
        return Literal(text, datatype=XSD.gYearMonth)
    if _YEAR.match(text):
        return Literal(text, datatype=XSD.gYear)
    return Literal(text)


def confidence_literal(value: Any) -> Literal | None:
    """A confidence as xsd:decimal, the float's shortest exact spelling (0.9, not 0.899999...).

    Not rounded further, so an import gives back the very float that was stored.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        return Literal(Decimal(repr(float(value))).normalize(), datatype=XSD.decimal)
    except (TypeError, ValueError, InvalidOperation):
        return None


def _integer(value: Any, datatype: URIRef = XSD.integer) -> Literal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    if datatype == XSD.nonNegativeInteger and number < 0:
        return None
    return Literal(number, datatype=datatype)


def wikidata_iri(value: Any) -> URIRef | None:
    """``Q159`` (or its entity/wiki address) -> ``http://www.wikidata.org/entity/Q159``; else None."""
    match = _QID.match(str(value).strip()) if value else None
    return WD[match.group(1)] if match else None


def _names(subject: URIRef, node: Row) -> Iterator[Quad]:
    name = node.get("name")
    if name:
        yield subject, RDFS.label, Literal(name), None
    for alias in node.get("aliases") or ():
        if alias and alias != name:
            yield subject, SKOS.altLabel, Literal(alias), None


def node_quads(row: Row, iris: Iris) -> Iterator[Quad]:
    """Quads of one entity or document row: its types, names and details, and its typed relations.

    ``row`` is what the ``EXPORT_*`` node queries return: ``labels``, ``node`` (the node's
    properties) and ``relations`` (outgoing typed relationships, each with ``type``,
    ``object_id``, ``object_labels``, ``first_seen``, ``last_seen``, ``confidence`` and
    ``evidence``, the ids of its asserted evidence).
    """
    labels = list(row.get("labels") or ())
    node: Row = row.get("node") or {}
    subject = iris.node(labels, node.get("id"))
    if subject is None:
        log.warning("export: skipped a node without a general label or an id (labels %s)", labels)
        return
    kind = _general(labels)
    assert kind is not None
    yield subject, RDF.type, _KINDS[kind][1], None
    for label in labels:
        if label in ENTITY_CLASSES and ENTITY_CLASSES[label] != _KINDS[kind][1]:
            yield subject, RDF.type, ENTITY_CLASSES[label], None

    if kind == "Document":
        yield from _document_details(subject, node)
    else:
        yield from _names(subject, node)
        qid = wikidata_iri(node.get("wikidata"))
        if qid is not None:
            yield subject, OWL.sameAs, qid, None
    if kind == "Actor":
        for seen in node.get("types_seen") or ():
            if seen != node.get("type") and seen in ACTOR_TYPES:
                yield subject, PG.typeSeen, Literal(str(seen)), None
    if kind in ("Agreement", "Event"):
        date = date_literal(node.get("date"))
        if date is not None:
            yield subject, PG.date, date, None
    if kind == "Agreement":
        if node.get("kind"):
            # A kind outside the scheme is still an agreement: the generic concept, not a new one.
            yield subject, PG.kind, KIND_CONCEPTS.get(str(node["kind"]).lower(), PG.kindAgreement), None
        if node.get("status"):
            yield subject, PG.agreementStatus, Literal(str(node["status"])), None
    if kind == "Event":
        yield from _event_details(subject, node)

    for relation in row.get("relations") or ():
        yield from relation_quads(subject, node.get("id"), relation, iris)


def _event_details(subject: URIRef, node: Row) -> Iterator[Quad]:
    """Type, trigger, precision, tolls, status and the sentence an event was read from."""
    concept = EVENT_TYPE_CONCEPTS.get(str(node.get("type")))
    if concept is not None:
        yield subject, PG.eventType, concept, None
    elif node.get("type"):
        log.warning("export: event %s has type %r outside the ontology", node.get("id"), node.get("type"))
    for key, term in (("trigger", PG.trigger), ("date_precision", PG.datePrecision),
                      ("sentence", PG.sentence), ("rule", PG.rule)):
        if node.get(key):
            yield subject, term, Literal(str(node[key])), None
    for key, term in (("killed", PG.killed), ("displaced", PG.displaced)):
        count = _integer(node.get(key), XSD.nonNegativeInteger)
        if count is not None:
            yield subject, term, count, None
    for key, term in (("start", PG.start), ("end", PG.end)):
        offset = _integer(node.get(key))
        if offset is not None:
            yield subject, term, offset, None
    status = STATUS_CONCEPTS.get(str(node.get("status")))
    if status is not None:
        yield subject, PG.status, status, None


def public_source(source: str) -> str:
    """What an export says of where a document came from: an absolute path (as earlier
    versions stored) is cut to the file's name, so no export publishes the ingesting machine's folders."""
    text = source.removeprefix("file://")
    if PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute() or text.startswith("~"):
        return PurePosixPath(text.replace("\\", "/")).name
    return source


def _document_details(subject: URIRef, node: Row) -> Iterator[Quad]:
    if node.get("name"):
        yield subject, RDFS.label, Literal(node["name"]), None
    if node.get("title"):
        yield subject, DCTERMS.title, Literal(node["title"]), None
    if node.get("source"):
        yield subject, PG.source, Literal(public_source(node["source"])), None
    date = date_literal(node.get("date"))
    if date is not None:
        yield subject, PG.publishedOn, date, None


def relation_quads(subject: URIRef, subject_id: Any, relation: Row, iris: Iris) -> Iterator[Quad]:
    """The direct triple of one typed relationship and, for the ten relations, its reified summary."""
    prop = _REL_PROPERTIES.get(str(relation.get("type")))
    obj = iris.node(relation.get("object_labels") or (), relation.get("object_id"))
    if prop is None or obj is None:
        log.warning("export: skipped relationship %s from %s", relation.get("type"), subject)
        return
    yield subject, prop, obj, None
    if prop == PG.inDocument:
        # Stated as well as implied (pg:inDocument is a sub-property) so PROV tools need no reasoner.
        yield subject, PROV.wasDerivedFrom, obj, None
    predicate = str(relation["type"]).lower()
    if predicate not in RELATIONS:
        return  # an event role or an event's document: a direct triple, no summary
    rel = iris.relation(str(subject_id), predicate, str(relation["object_id"]))
    yield rel, RDF.type, PG.Relation, None
    yield rel, RDF.subject, subject, None
    yield rel, RDF.predicate, prop, None
    yield rel, RDF.object, obj, None
    for key, term in (("first_seen", PG.firstSeen), ("last_seen", PG.lastSeen)):
        date = date_literal(relation.get(key))
        if date is not None:
            yield rel, term, date, None
    confidence = confidence_literal(relation.get("confidence"))
    if confidence is not None:
        yield rel, PG.confidence, confidence, None
    for evidence_id in relation.get("evidence") or ():
        if evidence_id:
            yield rel, PG.evidence, iris.evidence(str(evidence_id)), None


def evidence_quads(row: Row, iris: Iris) -> Iterator[Quad]:
    """Quads of one evidence row, in the named graph of its document.

    ``row`` is what ``EXPORT_EVIDENCE`` returns: ``evidence`` (the node's properties),
    ``subject_id``/``subject_labels``, ``object_id``/``object_labels`` and ``document_id``.
    """
    node: Row = row.get("evidence") or {}
    if not node.get("id"):
        log.warning("export: skipped an evidence node without an id")
        return
    ev = iris.evidence(str(node["id"]))
    document = iris.document(str(row["document_id"])) if row.get("document_id") else None
    graph = document

    yield ev, RDF.type, PG.Evidence, graph
    subject = iris.node(row.get("subject_labels") or (), row.get("subject_id"))
    obj = iris.node(row.get("object_labels") or (), row.get("object_id"))
    prop = RELATION_PROPERTIES.get(str(node.get("predicate")))
    if subject is not None:
        yield ev, RDF.subject, subject, graph
    if prop is not None:
        yield ev, RDF.predicate, prop, graph
    else:
        log.warning("export: evidence %s has predicate %r outside the ontology", node["id"],
                    node.get("predicate"))
    if obj is not None:
        yield ev, RDF.object, obj, graph
    status = STATUS_CONCEPTS.get(str(node.get("status")))
    if status is not None:
        yield ev, PG.status, status, graph
    if node.get("sentence"):
        yield ev, PG.sentence, Literal(node["sentence"]), graph
    for key, term in (("start", PG.start), ("end", PG.end)):
        offset = _integer(node.get(key))
        if offset is not None:
            yield ev, term, offset, graph
    if node.get("rule"):
        yield ev, PG.rule, Literal(node["rule"]), graph
    confidence = confidence_literal(node.get("confidence"))
    if confidence is not None:
        yield ev, PG.confidence, confidence, graph
    date = date_literal(node.get("date"))
    if date is not None:
        yield ev, PG.date, date, graph
    if document is not None:
        yield ev, PG.inDocument, document, graph
        # Stated as well as implied (pg:inDocument is a sub-property) so PROV tools need no reasoner.
        yield ev, PROV.wasDerivedFrom, document, graph


_FORMAT_NAMES: Final = {"turtle": "Turtle", "jsonld": "JSON-LD", "trig": "TriG", "nt": "N-Triples",
                         "nquads": "N-Quads"}


def new_dataset(iris: Iris) -> Dataset:
    """An empty dataset with the prefixes of the ontology, its alignments and the minted IRIs."""
    dataset = Dataset()
    _bind(dataset, iris)
    return dataset


def _bind(graph: Graph, iris: Iris) -> None:
    for prefix, namespace in (("pg", str(PG)), ("skos", str(SKOS)), ("prov", str(PROV)),
                              ("sem", str(SEM)), ("schema", str(SDO)), ("dcterms", str(DCTERMS)),
                              ("wd", str(WD)), *iris.prefixes().items()):
        graph.bind(prefix, namespace, override=True, replace=True)


def add_quads(dataset: Dataset, quads: Iterable[Quad], *, limit: int | None = None, fmt: str = "") -> int:
    """Add quads, those with graph None to the default graph; return how many were given.

    ExportTooLarge past ``limit`` quads, before the next one is added: the dataset never holds more.
    """
    n = 0
    for s, p, o, g in quads:
        if limit is not None and n >= limit:
            raise ExportTooLarge(fmt or "RDF", limit)
        target = dataset.graph(DATASET_DEFAULT_GRAPH_ID if g is None else g)
        target.add((s, p, o))
        n += 1
    return n


def _named(dataset: Dataset, iris: Iris) -> Dataset:
    """The dataset with its default graph moved into the named graph of merged entities."""
    named = new_dataset(iris)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = iris.merged if g is None or g == DATASET_DEFAULT_GRAPH_ID else g
        named.graph(graph).add((s, p, o))
    return named


def serialize_dataset(dataset: Dataset, fmt: str, iris: Iris) -> str:
    """The dataset as text: TriG keeps the named graphs; Turtle, N-Triples and JSON-LD write the union."""
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "trig":
        return _named(dataset, iris).serialize(format="trig")
    union = Graph(bind_namespaces="core")
    _bind(union, iris)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    if fmt == "nt":
        # Sorted, so two exports of the same graph diff cleanly.
        lines = sorted(line for line in union.serialize(format="nt").splitlines() if line.strip())
        return "\n".join(lines) + ("\n" if lines else "")
    if fmt == "jsonld":
        # The context is inline (ontology/context.jsonld), so no reader ever fetches one.
        return union.serialize(format="json-ld", context=dict(jsonld_context()), auto_compact=True)
    return union.serialize(format=_RDFLIB_FORMAT[fmt])


# --- reader: Neo4j -> rows ----------------------------------------------------------------------

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
    :func:`pactgraph.graph.rdf_stream.stream` writes N-Triples and N-Quads page by page.
    """
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if max_triples is not None and (filters is None or filters.whole) \
            and least_triples(driver, database=database) > max_triples:
        raise ExportTooLarge(_FORMAT_NAMES.get(fmt, fmt), max_triples)
    iris = Iris.of(base_iri)
    dataset = export_graph(driver, database=database, base_iri=iris.base, batch_size=batch_size,
                           filters=filters, max_triples=max_triples, fmt=_FORMAT_NAMES.get(fmt, fmt))
    return serialize_dataset(dataset, fmt, iris)
