"""RDF -> rows for the import's queries: the import's mapping, pure (no Neo4j).

:func:`decode` reads what :mod:`pactgraph.graph.rdf.mapping` writes, in any of its formats, back into
:class:`ImportRows` (node rows by label, link rows by relationship), reading the IRIs that
:class:`~pactgraph.graph.rdf.mapping.Iris` mints back into ids. Node properties the export does not
write are rebuilt as the writer would build them: an actor's ``type`` is its class, ``keys`` are the
normalised name and aliases, ``types_seen`` is the class and every ``pg:typeSeen``.

Whatever is not read is counted by kind (:data:`SKIP_KINDS`) and named in
:attr:`ImportRows.skipped_items`: resources outside the base IRI, resources of other
vocabularies, untyped resources, terms of the pg: namespace the ontology does not define,
predicates the import does not read, resources without what the graph needs, and evidence,
statements or event roles (agent, target, place, reporter, document) whose ends are in neither the
file nor the graph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Final, cast
from urllib.parse import unquote

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from pactgraph.graph.queries.events import EVENT_ROLES
from pactgraph.graph.queries.writes import pair_key
from pactgraph.graph.rdf.mapping import Iris, public_source
from pactgraph.graph.writer import name_keys
from pactgraph.ontology.namespace import (
    ENTITY_CLASSES,
    EVENT_TYPE_CONCEPTS,
    KIND_CONCEPTS,
    ONTOLOGY_PATH,
    PG,
    RELATION_PROPERTIES,
    STATUS_CONCEPTS,
)
from pactgraph.ontology.vocabulary import ACTOR_TYPES, SYMMETRIC

#: IRI path segment -> Neo4j general label.
_SEGMENTS: Final[dict[str, str]] = {"actor": "Actor", "agreement": "Agreement", "place": "Place",
                                    "event": "Event", "document": "Document", "evidence": "Evidence"}
# Keyed by any term (rdflib's Node), so that the object of any triple can be looked up.
_PROPERTY_RELATIONS: Final[dict[Node, str]] = {prop: name for name, prop in RELATION_PROPERTIES.items()}
_STATUSES: Final[dict[Node, str]] = {concept: value for value, concept in STATUS_CONCEPTS.items()}
_KINDS: Final[dict[Node, str]] = {concept: value for value, concept in KIND_CONCEPTS.items()}
_EVENT_TYPES: Final[dict[Node, str]] = {concept: value for value, concept in EVENT_TYPE_CONCEPTS.items()}
_ACTOR_CLASSES: Final = {ENTITY_CLASSES[t]: t for t in ACTOR_TYPES}
_ROLES: Final = {PG.agent: "agent", PG.target: "target", PG.place: "place", PG.reportedBy: "reported_by"}

Row = dict[str, Any]


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
    #: What was left out, by kind (a key of :data:`SKIP_KINDS`): IRIs, or terms with their use.
    skipped_items: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def skip(self, kind: str, item: str) -> None:
        self.skipped_items[kind].append(item)

    @property
    def skipped(self) -> int:
        return sum(len(items) for items in self.skipped_items.values())


#: Kinds of what an import leaves out, as the summary names them.
SKIP_KINDS: Final[dict[str, str]] = {
    "outside": "resources outside the base IRI",
    "foreign": "resources of another vocabulary",
    "untyped": "untyped resources",
    "unknown_term": "pg: terms the ontology does not define",
    "unknown_predicate": "predicates the import does not read",
    "incomplete": "resources without what the graph needs",
    "unresolved_evidence": "evidence whose subject, object or document is in neither the file nor the graph",
    "unsupported_statement": "statements without asserted evidence, or with ends in neither the file "
                             "nor the graph",
    "unresolved_role": "event roles and documents that point at what is in neither the file nor the graph",
}


def parse_iri(iri: Any, iris: Iris) -> tuple[str, str] | None:
    """(general label, stable id) of an IRI minted under ``iris``, else None."""
    if not isinstance(iri, URIRef) or not str(iri).startswith(iris.base):
        return None
    segment, _, rest = str(iri)[len(iris.base):].partition("/")
    label = _SEGMENTS.get(segment)
    if label is None or not rest or "/" in rest:
        return None
    return label, unquote(rest)


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


#: Predicates of other vocabularies that the export writes and the import reads.
_READ_PREDICATES: Final = frozenset({RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs, PROV.wasDerivedFrom,
                                     DCTERMS.title, RDF.subject, RDF.predicate, RDF.object})
_ENDS: Final = frozenset({"Actor", "Agreement", "Place"})


@cache
def _pg_terms() -> frozenset[URIRef]:
    """Every term of the pg: namespace that the ontology defines."""
    ontology = Graph().parse(ONTOLOGY_PATH, format="turtle")
    return frozenset(term for term in ontology.subjects() if isinstance(term, URIRef)
                     and str(term).startswith(str(PG)))


def _vocabulary(graph: Graph, rows: ImportRows) -> None:
    """Count the pg: terms the ontology does not define and the predicates the import does not read."""
    known = _pg_terms()
    unknown: dict[str, int] = defaultdict(int)
    unread: dict[str, int] = defaultdict(int)
    namespace = str(PG)
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef) and str(term).startswith(namespace) and term not in known:
                unknown[str(term)] += 1
        p = triple[1]
        if not str(p).startswith(namespace) and p not in _READ_PREDICATES:
            unread[str(p)] += 1
    for iri, uses in sorted(unknown.items()):
        rows.skip("unknown_term", f"{iri} ({uses} triple{'s' if uses > 1 else ''})")
    for iri, uses in sorted(unread.items()):
        rows.skip("unknown_predicate", f"{iri} ({uses} triple{'s' if uses > 1 else ''})")


def decode(graph: Graph, iris: Iris) -> ImportRows:
    """The rows of every resource of ``graph`` minted under ``iris`` (pure: no Neo4j), and what
    is left out, by kind (see :data:`SKIP_KINDS`)."""
    rows = ImportRows()
    labels: dict[Node, tuple[str, str]] = {}
    pg_classes = {t for t in _pg_terms() if str(t)[len(str(PG)):][:1].isupper()}
    for node in sorted(set(graph.subjects(RDF.type, None)), key=str):
        parsed = parse_iri(node, iris)
        types = set(graph.objects(node, RDF.type))
        if parsed is None:
            if types & {PG.Actor, PG.Agreement, PG.Place, PG.Event, PG.Document, PG.Evidence}:
                rows.skip("outside", str(node))
            elif not types & pg_classes:
                rows.skip("foreign", str(node))
            continue
        if not types & pg_classes:
            rows.skip("foreign", str(node))
            continue
        label, node_id = parsed
        row, problem = _node_row(graph, cast(URIRef, node), label, node_id, types)  # parsed: an IRI
        if row is None:
            rows.skip("incomplete", f"{node}: {problem}")
            continue
        labels[node] = parsed
        if label == "Actor":
            rows.actors[row["type"]].append(row)
        else:
            rows.nodes[label].append(row)
    relation_properties = set(_PROPERTY_RELATIONS)
    typed = set(graph.subjects(RDF.type, None))
    for node in sorted({s for s in graph.subjects() if s not in typed}, key=str):
        if not set(graph.predicates(node)) <= relation_properties:
            rows.skip("untyped", str(node))
    _vocabulary(graph, rows)

    def end(node: Any, allowed: frozenset[str] = _ENDS) -> tuple[str, str] | None:
        """An end typed in the file, or named by an IRI of ours (the graph may hold it)."""
        found = labels.get(node) or parse_iri(node, iris)
        return found if found is not None and found[0] in allowed else None

    evidence_rows = rows.nodes.pop("Evidence", [])
    for row in evidence_rows:
        node = iris.evidence(row["id"])
        s, o = end(graph.value(node, RDF.subject)), end(graph.value(node, RDF.object))
        document = end(graph.value(node, PG.inDocument), frozenset({"Document"}))
        if s is None or o is None or document is None:
            rows.skip("unresolved_evidence", str(node))
            continue
        pair = pair_key(row["predicate"], s[0], s[1], o[0], o[1])
        rows.evidence[(s[0], o[0])].append({
            "id": row["id"], "subject_id": s[1], "object_id": o[1], "document_id": document[1],
            "pair": pair, "props": {k: v for k, v in row.items() if v is not None and k != "id"}})
        if row["status"] == "asserted":
            _add_relation(rows, row["predicate"], s, o)

    for row in rows.nodes.get("Event", []):
        node = iris.mint("event", row["id"])
        for prop, role in _ROLES.items():
            for target in sorted(graph.objects(node, prop), key=str):
                item = f"{node} {prop} {target}"
                found = end(target, frozenset({EVENT_ROLES[role][1]}))
                if found is None:
                    rows.skip("unresolved_role", item)
                    continue
                rows.roles[role].append({"event_id": row["id"], "entity_id": found[1], "item": item})
        for target in sorted(graph.objects(node, PG.inDocument), key=str):
            item = f"{node} {PG.inDocument} {target}"
            document = end(target, frozenset({"Document"}))
            if document is None:
                rows.skip("unresolved_role", item)
                continue
            rows.event_documents.append({"event_id": row["id"], "document_id": document[1], "item": item})

    for relation, name in _PROPERTY_RELATIONS.items():
        for subject, obj in graph.subject_objects(relation):
            s, o = end(subject), end(obj)
            if s is None or o is None:
                rows.skip("unsupported_statement", f"{subject} {relation} {obj}")
                continue
            _add_relation(rows, name, s, o)
    for label in ("Document", "Event"):
        if label in rows.nodes:
            rows.nodes[label] = [{k: v for k, v in row.items() if v is not None} for row in rows.nodes[label]]
    return rows


def _add_relation(rows: ImportRows, name: str, s: tuple[str, str], o: tuple[str, str]) -> None:
    """A typed relationship to merge (once per pair; a symmetric one from the smaller id)."""
    if name in SYMMETRIC and o[1] < s[1]:
        s, o = o, s
    key = (name, s[0], o[0])
    pair = pair_key(name, s[0], s[1], o[0], o[1])
    if all(row["pair"] != pair for row in rows.relations[key]):
        rows.relations[key].append({"subject_id": s[1], "object_id": o[1], "pair": pair})


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
        if not row["sentence"] or row["start"] is None or row["end"] is None or row["start"] >= row["end"]:
            return None, "an evidence without its sentence, or pg:start and pg:end offsets around it"
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
    relation = graph.value(node, RDF.predicate)
    return {"id": node_id, "predicate": _PROPERTY_RELATIONS.get(relation) if relation is not None else None,
            "status": _STATUSES.get(status) if status is not None else None,
            "confidence": _float(graph.value(node, PG.confidence)),
            "sentence": _text(graph, node, PG.sentence), "start": _int(graph, node, PG.start),
            "end": _int(graph, node, PG.end), "rule": _text(graph, node, PG.rule),
            "date": _text(graph, node, PG.date)}
