"""Rows of the export queries -> RDF quads: the export's mapping, pure (no Neo4j).

:func:`node_quads` and :func:`evidence_quads` turn the plain row dicts that the export queries
return (:mod:`pactgraph.graph.rdf.export` reads them) into quads; :class:`Iris` mints the IRIs.

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
the union. :mod:`pactgraph.graph.rdf.decode` reads any of them back. See ``ontology/README.md`` for
the whole mapping.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Final
from urllib.parse import quote, urlsplit

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from pactgraph.ontology.namespace import (
    ENTITY_CLASSES,
    EVENT_TYPE_CONCEPTS,
    KIND_CONCEPTS,
    PG,
    RELATION_PROPERTIES,
    STATUS_CONCEPTS,
    WD,
)
from pactgraph.ontology.vocabulary import ACTOR_TYPES, RELATIONS, SYMMETRIC, relationship_type

log = logging.getLogger(__name__)

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
