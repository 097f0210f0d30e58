"""RDF back into Neo4j: what :mod:`graph.rdf` writes, in any of its formats, read back without loss.

Two layers, as for the export:

* pure decoding: :func:`decode` turns an rdflib graph into :class:`ImportRows` (node rows by label,
  link rows by relationship), reading the IRIs that :class:`graph.rdf.Iris` mints back into stable ids;
* a thin writer: :func:`write_rows` MERGEs them with the ``IMPORT_*`` queries of ``graph/queries.py``
  in ``UNWIND`` batches, nodes first, one managed transaction per batch.

Everything is MERGEd on stable ids, so importing a file twice changes nothing, and an import
that stops halfway is finished by running it again. Node properties the export does not write
are rebuilt as the writer would build them: an actor's ``type`` is its class, ``keys`` are
the normalised name and aliases, ``types_seen`` is the class and every ``pg:typeSeen``.
A typed relationship's summary comes from its ``pg:Relation``: ``first_seen``,
``last_seen``, ``confidence``, and ``evidence_count`` and ``sources`` from the evidence it cites.
Resources outside the base IRI, or of an unknown kind, are counted and skipped.

The file is parsed in memory (rdflib): about 1.2 GiB per million triples.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, TypeVar
from urllib.parse import unquote

import neo4j
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from graph import queries
from graph.errors import RdfError
from graph.rdf import Iris, public_source
from graph.schema import driver_errors
from graph.writer import name_keys
from ontology.namespace import (
    ENTITY_CLASSES,
    EVENT_TYPE_CONCEPTS,
    KIND_CONCEPTS,
    PG,
    RELATION_PROPERTIES,
    STATUS_CONCEPTS,
)
from ontology.vocabulary import ACTOR_TYPES, RELATIONS

log = logging.getLogger(__name__)

#: Rows per UNWIND round trip (and per transaction).
BATCH_SIZE: Final = 1000

#: Import format -> rdflib parser.
PARSERS: Final[dict[str, str]] = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld",
                                  "trig": "trig"}
#: Formats without named graphs, parsed into one Graph rather than a Dataset.
_SINGLE_GRAPH: Final = frozenset({"nt", "turtle"})
#: File extension -> import format.
EXTENSIONS: Final[dict[str, str]] = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads",
                                     ".nquads": "nquads", ".jsonld": "jsonld", ".json": "jsonld",
                                     ".trig": "trig"}

#: IRI path segment -> Neo4j general label.
_SEGMENTS: Final[dict[str, str]] = {"actor": "Actor", "agreement": "Agreement", "place": "Place",
                                    "event": "Event", "document": "Document", "evidence": "Evidence"}
_PROPERTY_RELATIONS: Final = {prop: name for name, prop in RELATION_PROPERTIES.items()}
_STATUSES: Final = {concept: value for value, concept in STATUS_CONCEPTS.items()}
_KINDS: Final = {concept: value for value, concept in KIND_CONCEPTS.items()}
_EVENT_TYPES: Final = {concept: value for value, concept in EVENT_TYPE_CONCEPTS.items()}
_ACTOR_CLASSES: Final = {ENTITY_CLASSES[t]: t for t in ACTOR_TYPES}
_ROLES: Final = {PG.agent: "agent", PG.target: "target", PG.place: "place", PG.reportedBy: "reported_by"}

Row = dict[str, Any]
_G = TypeVar("_G", bound=Graph)


@dataclass
class ImportRows:
    """What one RDF graph holds, as rows for the ``IMPORT_*`` queries."""

    #: Actors by their one specific type (``State``, ...); other nodes by label.
    actors: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    nodes: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    #: Evidence links by (subject label, object label).
    evidence: dict[tuple[str, str], list[Row]] = field(default_factory=lambda: defaultdict(list))
    #: Typed relationships by (relation name, subject label, object label).
    relations: dict[tuple[str, str, str], list[Row]] = field(default_factory=lambda: defaultdict(list))
    #: Event roles by role, and events' documents.
    roles: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    event_documents: list[Row] = field(default_factory=list)
    #: Resources left out (outside the base IRI, unknown kind, no class).
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import read and added."""

    triples: int
    nodes_created: int
    relationships_created: int
    skipped: int


# --- pure decoding ------------------------------------------------------------------------------


def parse_iri(iri: Any, iris: Iris) -> tuple[str, str] | None:
    """(general label, stable id) of an IRI minted under ``iris``, else None."""
    if not isinstance(iri, URIRef) or not str(iri).startswith(iris.base):
        return None
    segment, _, rest = str(iri)[len(iris.base):].partition("/")
    label = _SEGMENTS.get(segment)
    if label is None or not rest or "/" in rest:
        return None
    return label, unquote(rest)


def format_of(path: Path, fmt: str | None = None) -> str:
    """The import format: ``fmt`` if given, else from the file's extension; ValueError otherwise."""
    if fmt is not None:
        if fmt not in PARSERS:
            raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(PARSERS)}")
        return fmt
    found = EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise ValueError(f"{path}: cannot tell the RDF format from the extension {path.suffix!r}; "
                         f"give --format ({', '.join(PARSERS)})")
    return found


def parse(data: str | bytes, fmt: str) -> Graph:
    """RDF text as one graph (the union of its graphs for TriG and N-Quads); RdfError if not valid."""
    if fmt not in PARSERS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(PARSERS)}")
    if fmt in _SINGLE_GRAPH:
        # One graph in the file: parsed straight into it. Through a Dataset, copying its quads into
        # the union took as long again as parsing (measured on a 41,000-triple N-Triples export).
        return _parsed(Graph(), data, fmt)
    dataset = _parsed(Dataset(), data, fmt)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _parsed(target: _G, data: str | bytes, fmt: str) -> _G:
    try:
        target.parse(data=data, format=PARSERS[fmt])
    except Exception as e:  # rdflib's parsers raise many kinds (BadSyntax, JSON, SAX, ValueError)
        raise RdfError(f"not valid {fmt}: {e}") from e
    return target


def _text(graph: Graph, node: URIRef, prop: URIRef) -> str | None:
    value = graph.value(node, prop)
    return None if value is None else str(value)


def _int(graph: Graph, node: URIRef, prop: URIRef) -> int | None:
    value = graph.value(node, prop)
    if not isinstance(value, Literal):
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    if not isinstance(value, Literal):
        return None
    try:
        return float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _names(graph: Graph, node: URIRef) -> tuple[str | None, list[str]]:
    name = _text(graph, node, RDFS.label)
    aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {name})
    return name, aliases


def _wikidata(graph: Graph, node: URIRef) -> str | None:
    for item in graph.objects(node, OWL.sameAs):
        if str(item).startswith("http://www.wikidata.org/entity/Q"):
            return str(item).rsplit("/", 1)[1]
    return None


def _entity(graph: Graph, node: URIRef, entity_id: str, entity_type: str) -> Row:
    name, aliases = _names(graph, node)
    row: Row = {"id": entity_id, "name": name, "type": entity_type, "aliases": aliases,
                "keys": name_keys(name or "", aliases), "wikidata": _wikidata(graph, node)}
    return row


def decode(graph: Graph, iris: Iris) -> ImportRows:
    """The rows of every resource of ``graph`` minted under ``iris`` (pure: no Neo4j)."""
    rows = ImportRows()
    labels: dict[URIRef, tuple[str, str]] = {}
    for node in set(graph.subjects(RDF.type, None)):
        parsed = parse_iri(node, iris)
        types = set(graph.objects(node, RDF.type))
        if parsed is None:
            if types & {PG.Actor, PG.Agreement, PG.Place, PG.Event, PG.Document, PG.Evidence}:
                rows.skipped += 1
                log.warning("import: skipped %s (not an IRI under %s)", node, iris.base)
            continue
        label, node_id = parsed
        row, problem = _node_row(graph, node, label, node_id, types)
        if row is None:
            rows.skipped += 1
            log.warning("import: skipped %s (%s)", node, problem)
            continue
        labels[node] = parsed
        if label == "Actor":
            rows.actors[row["type"]].append(row)
        else:
            rows.nodes[label].append(row)

    def ends(subject: Any, obj: Any) -> tuple[tuple[str, str], tuple[str, str]] | None:
        s, o = labels.get(subject), labels.get(obj)
        return (s, o) if s is not None and o is not None else None

    for row in rows.nodes.get("Evidence", []):
        node = iris.evidence(row["id"])
        found = ends(graph.value(node, RDF.subject), graph.value(node, RDF.object))
        document = labels.get(graph.value(node, PG.inDocument))
        if found is None:
            continue
        (s_label, s_id), (o_label, o_id) = found
        rows.evidence[(s_label, o_label)].append({
            "id": row["id"], "subject_id": s_id, "object_id": o_id,
            "pair": queries.pair_key(row["predicate"], s_label, s_id, o_label, o_id),
            "document_id": document[1] if document is not None and document[0] == "Document" else None})

    for row in rows.nodes.get("Event", []):
        node = iris.mint("event", row["id"])
        for prop, role in _ROLES.items():
            for target in graph.objects(node, prop):
                if target in labels:
                    rows.roles[role].append({"event_id": row["id"], "entity_id": labels[target][1]})
        document = labels.get(graph.value(node, PG.inDocument))
        if document is not None and document[0] == "Document":
            rows.event_documents.append({"event_id": row["id"], "document_id": document[1]})

    for (s_label, o_label, name), rel_rows in _relations(graph, labels).items():
        rows.relations[(name, s_label, o_label)].extend(rel_rows)
    return rows


def _node_row(graph: Graph, node: URIRef, label: str, node_id: str, types: set[Any]
              ) -> tuple[Row | None, str]:
    """The row of one node, or None and why it cannot be stored as the writer would store it."""
    if label == "Actor":
        specific = sorted(_ACTOR_CLASSES[t] for t in types if t in _ACTOR_CLASSES)
        if not specific:
            return None, "an actor without a class: State, ArmedGroup, Organization or Person"
        row = _entity(graph, node, node_id, specific[0])
        seen = sorted({str(t) for t in graph.objects(node, PG.typeSeen)} - {specific[0]})
        row["types_seen"] = [specific[0], *seen]
    elif label in ("Agreement", "Place"):
        row = _entity(graph, node, node_id, label)
        if label == "Agreement":
            kind = graph.value(node, PG.kind)
            row.update(kind=_KINDS.get(kind) if kind is not None else None,
                       date=_text(graph, node, PG.date), status=_text(graph, node, PG.agreementStatus))
    elif label == "Document":
        return {"id": node_id, "name": _text(graph, node, RDFS.label),
                "date": _text(graph, node, PG.publishedOn), "title": _text(graph, node, DCTERMS.title),
                "source": public_source(source) if (source := _text(graph, node, PG.source)) else None}, ""
    elif label == "Event":
        return _event(graph, node, node_id), ""
    else:
        row = _evidence(graph, node, node_id)
        if row["predicate"] is None or row["status"] is None:
            return None, "an evidence without one of the ten relations as rdf:predicate, or without a status"
        return row, ""
    if not row["name"]:
        return None, f"{'an' if label[0] in 'AE' else 'a'} {label.lower()} without an rdfs:label"
    return row, ""


def _event(graph: Graph, node: URIRef, node_id: str) -> Row:
    event_type = graph.value(node, PG.eventType)
    status = graph.value(node, PG.status)
    return {"id": node_id, "type": _EVENT_TYPES.get(event_type) if event_type is not None else None,
            "trigger": _text(graph, node, PG.trigger), "date": _text(graph, node, PG.date),
            "date_precision": _text(graph, node, PG.datePrecision),
            "killed": _int(graph, node, PG.killed), "displaced": _int(graph, node, PG.displaced),
            "status": _STATUSES.get(status) if status is not None else None,
            "sentence": _text(graph, node, PG.sentence), "start": _int(graph, node, PG.start),
            "end": _int(graph, node, PG.end), "rule": _text(graph, node, PG.rule)}


def _evidence(graph: Graph, node: URIRef, node_id: str) -> Row:
    status = graph.value(node, PG.status)
    return {"id": node_id, "predicate": _PROPERTY_RELATIONS.get(graph.value(node, RDF.predicate)),
            "status": _STATUSES.get(status) if status is not None else None,
            "confidence": _float(graph.value(node, PG.confidence)),
            "sentence": _text(graph, node, PG.sentence), "start": _int(graph, node, PG.start),
            "end": _int(graph, node, PG.end), "rule": _text(graph, node, PG.rule),
            "date": _text(graph, node, PG.date)}


def _relations(graph: Graph, labels: dict[URIRef, tuple[str, str]]
               ) -> dict[tuple[str, str, str], list[Row]]:
    """Typed relationships from the direct triples, each with the summary of its pg:Relation."""
    summaries: dict[tuple[Any, Any, Any], URIRef] = {}
    for rel in graph.subjects(RDF.type, PG.Relation):
        key = (graph.value(rel, RDF.subject), graph.value(rel, RDF.predicate), graph.value(rel, RDF.object))
        summaries[key] = rel
    grouped: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for prop, name in _PROPERTY_RELATIONS.items():
        for subject, obj in graph.subject_objects(prop):
            s, o = labels.get(subject), labels.get(obj)
            if s is None or o is None:
                continue
            props: Row = {}
            rel = summaries.get((subject, prop, obj))
            if rel is not None:
                evidence = list(graph.objects(rel, PG.evidence))
                documents = {graph.value(ev, PG.inDocument) for ev in evidence} - {None}
                sources = sorted({str(name) for name in (graph.value(d, RDFS.label) for d in documents)
                                  if name is not None})
                props = {"first_seen": _text(graph, rel, PG.firstSeen),
                         "last_seen": _text(graph, rel, PG.lastSeen),
                         "confidence": _float(graph.value(rel, PG.confidence)),
                         "evidence_count": len(evidence), "sources": sources}
            grouped[(s[0], o[0], name)].append({"subject_id": s[1], "object_id": o[1], "props": props})
    return grouped


# --- the write ----------------------------------------------------------------------------------


def _batches(rows: Sequence[Row], size: int) -> Iterator[list[Row]]:
    for i in range(0, len(rows), size):
        yield list(rows[i : i + size])


def plan(rows: ImportRows, batch_size: int = BATCH_SIZE) -> list[tuple[str, dict[str, Any]]]:
    """Every (query, parameters) of an import, nodes before links; pure, so label checks happen here."""
    steps: list[tuple[str, list[Row]]] = []
    for actor_type, actor_rows in sorted(rows.actors.items()):
        steps.append((queries.import_actors(actor_type), actor_rows))
    for label, node_rows in sorted(rows.nodes.items()):
        steps.append((queries.import_nodes(label), node_rows))
    for (s_label, o_label), link_rows in sorted(rows.evidence.items()):
        steps.append((queries.import_evidence_links(s_label, o_label), link_rows))
    for (name, s_label, o_label), rel_rows in sorted(rows.relations.items()):
        if name in RELATIONS:
            steps.append((queries.import_relations(name, s_label, o_label), rel_rows))
    for role, role_rows in sorted(rows.roles.items()):
        steps.append((queries.merge_event_roles(role), role_rows))
    steps.append((queries.IMPORT_EVENT_DOCUMENTS, rows.event_documents))
    return [(query, {"rows": batch})
            for query, step_rows in steps for batch in _batches(step_rows, batch_size)]


def write_rows(driver: neo4j.Driver, rows: ImportRows, *, database: str,
               batch_size: int = BATCH_SIZE) -> tuple[int, int]:
    """MERGE the rows, one transaction per batch; (nodes created, relationships created)."""
    nodes = relationships = 0

    def work(tx: neo4j.ManagedTransaction, query: str, params: dict[str, Any]) -> tuple[int, int]:
        counters = tx.run(query, params).consume().counters
        return counters.nodes_created, counters.relationships_created

    with driver_errors(), driver.session(database=database) as session:
        for query, params in plan(rows, batch_size):
            n, r = session.execute_write(work, query, params)
            nodes += n
            relationships += r
    return nodes, relationships


def import_rdf(driver: neo4j.Driver, data: str | bytes, *, fmt: str, database: str, base_iri: str,
               batch_size: int = BATCH_SIZE) -> ImportSummary:
    """Read RDF text in ``fmt`` (one of :data:`PARSERS`) into Neo4j."""
    iris = Iris.of(base_iri)
    graph = parse(data, fmt)
    rows = decode(graph, iris)
    nodes, relationships = write_rows(driver, rows, database=database, batch_size=batch_size)
    summary = ImportSummary(triples=len(graph), nodes_created=nodes, relationships_created=relationships,
                            skipped=rows.skipped)
    log.info("imported %s", summary)
    return summary


def import_file(driver: neo4j.Driver, path: Path, *, database: str, base_iri: str, fmt: str | None = None,
                batch_size: int = BATCH_SIZE) -> ImportSummary:
    """Read an RDF file (format from ``fmt`` or its extension) into Neo4j."""
    return import_rdf(driver, path.read_bytes(), fmt=format_of(path, fmt), database=database,
                      base_iri=base_iri, batch_size=batch_size)
