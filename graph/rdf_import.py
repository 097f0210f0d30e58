"""RDF back into Neo4j: what :mod:`pactgraph.graph.rdf` writes, in any of its formats, read back without loss.

Two layers, as for the export:

* pure decoding: :func:`decode` turns an rdflib graph into :class:`ImportRows` (node rows by label,
  link rows by relationship), reading the IRIs that :class:`~pactgraph.graph.rdf.Iris` mints back into ids;
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

The file is parsed in memory (rdflib): about 1.2 GiB per million triples. The path is the user's,
so what is read is bounded before it is parsed, and parsed only in ways known to be safe:

* at most ``max_bytes`` (``PACTGRAPH_IMPORT_MAX_BYTES``): a regular file past it is refused from its
  size, unread; anything else (a pipe, a device) is read up to the bound and refused beyond;
* at most ``max_triples`` (``PACTGRAPH_IMPORT_MAX_TRIPLES``): the parse stops at the first triple
  past it, however densely the format packs them (Turtle's lists and prefixes, JSON-LD);
* JSON-LD only with its contexts inline: a context named by URL (or ``@import``) would be
  fetched from wherever the file points, so such a file is refused before anything is fetched.

Each refusal is an :class:`~pactgraph.graph.errors.ImportTooLarge` or :class:`~.errors.RdfError` naming
the bound, and nothing is written: the bounds hold before the first query.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Final, TypeVar, cast
from urllib.parse import unquote

import neo4j
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from pactgraph.graph.errors import ImportTooLarge, RdfError
from pactgraph.graph.queries.events import EVENT_ROLES
from pactgraph.graph.queries.rdf import (
    IMPORT_EVENT_DOCUMENTS,
    import_actors,
    import_event_roles,
    import_evidence,
    import_nodes,
    import_relations,
)
from pactgraph.graph.queries.writes import merge_entities, pair_key
from pactgraph.graph.rdf import Iris, public_source
from pactgraph.graph.schema import driver_errors
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
from pactgraph.ontology.vocabulary import ACTOR_TYPES, RELATIONS, SYMMETRIC

log = logging.getLogger(__name__)

#: Rows per UNWIND round trip (and per transaction).
BATCH_SIZE: Final = 1000
#: Default bounds of one import (settings ``PACTGRAPH_IMPORT_MAX_BYTES``, ``..._MAX_TRIPLES``): a
#: million triples take about 1.2 GiB parsed; an N-Triples export spends about 150 bytes on one.
MAX_BYTES: Final = 256 * 1024 * 1024
MAX_TRIPLES: Final = 1_000_000

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
# Keyed by any term (rdflib's Node), so that the object of any triple can be looked up.
_PROPERTY_RELATIONS: Final[dict[Node, str]] = {prop: name for name, prop in RELATION_PROPERTIES.items()}
_STATUSES: Final[dict[Node, str]] = {concept: value for value, concept in STATUS_CONCEPTS.items()}
_KINDS: Final[dict[Node, str]] = {concept: value for value, concept in KIND_CONCEPTS.items()}
_EVENT_TYPES: Final[dict[Node, str]] = {concept: value for value, concept in EVENT_TYPE_CONCEPTS.items()}
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


def read_bounded(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ImportTooLarge past ``max_bytes`` (a regular file from its size, unread)."""
    with path.open("rb") as f:
        found = os.fstat(f.fileno())
        if stat.S_ISREG(found.st_mode) and found.st_size > max_bytes:
            raise ImportTooLarge("bytes", max_bytes, "PACTGRAPH_IMPORT_MAX_BYTES")
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImportTooLarge("bytes", max_bytes, "PACTGRAPH_IMPORT_MAX_BYTES")
    return data


class _Bounded(Memory):
    """rdflib's in-memory store, refusing the triple after the ``limit``-th added (every parser
    adds through ``add``), so a parse stops there instead of filling the memory."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit, self.added = limit, 0

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        self.added += 1
        if self.added > self.limit:
            raise ImportTooLarge("triples", self.limit, "PACTGRAPH_IMPORT_MAX_TRIPLES")
        super().add(triple, context, quoted)


def parse(data: str | bytes, fmt: str, *, max_bytes: int = MAX_BYTES,
          max_triples: int = MAX_TRIPLES) -> Graph:
    """RDF text as one graph (the union of its graphs for TriG and N-Quads); RdfError if not valid,
    ImportTooLarge past ``max_bytes`` (before parsing) or ``max_triples`` (while parsing)."""
    if fmt not in PARSERS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(PARSERS)}")
    if len(data) > max_bytes:  # characters of a str: at most its UTF-8 bytes
        raise ImportTooLarge("bytes", max_bytes, "PACTGRAPH_IMPORT_MAX_BYTES")
    source: str | bytes | dict[str, Any] | list[Any] = data
    if fmt == "jsonld":
        source = _inline_json_ld(data)
    if fmt in _SINGLE_GRAPH:
        # One graph in the file: parsed straight into it. Through a Dataset, copying its quads into
        # the union took as long again as parsing (measured on a 41,000-triple N-Triples export).
        return _parsed(Graph(store=_Bounded(max_triples)), source, fmt)
    dataset = _parsed(Dataset(store=_Bounded(max_triples)), source, fmt)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _inline_json_ld(data: str | bytes) -> Any:
    """The JSON of a JSON-LD text, RdfError when it names a context to fetch (a URL or
    ``@import``): the import reads what is in the file and fetches nothing."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as e:
        raise RdfError(f"not valid jsonld: {e}") from e
    pending = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                contexts = value if isinstance(value, list) else [value]
                if key == "@context" and any(isinstance(c, str) for c in contexts):
                    named = next(c for c in contexts if isinstance(c, str))
                    raise RdfError(f"not read: the JSON-LD names its @context by reference ({named!r}), "
                                   "which would be fetched; give the context inline (as pactgraph's "
                                   "export does)")
                if key == "@import":
                    raise RdfError(f"not read: the JSON-LD @import {value!r} would be fetched; give the "
                                   "context inline")
                pending.append(value)
    return document


def _parsed(target: _G, data: str | bytes | dict[str, Any] | list[Any], fmt: str) -> _G:
    try:
        target.parse(data=data, format=PARSERS[fmt])  # type: ignore[arg-type]
    except ImportTooLarge:
        raise
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


# --- the write ----------------------------------------------------------------------------------


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
