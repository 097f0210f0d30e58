"""Store an :class:`pactgraph.ontology.statements.Extraction` in Neo4j, as docs/graph-model.md describes.

Rows are built by pure functions (``document_row``, ``entity_rows``,
``evidence_rows``, ``relation_rows``, ``event_rows``, ``event_role_rows``) and
written with ``UNWIND`` batches in one managed transaction per document, or per
batch of documents (``write_extractions``: the rows of all its documents share
each query, so a batch costs about as many round trips as one document). Every
node and relationship is MERGEd on its stable id, and relationship summaries
are recomputed from all the evidence in the graph, so writing the same
extraction twice changes nothing. Events (any status) are ``:Event`` nodes
with their roles (``AGENT``, ``TARGET``, ``PLACE``, ``REPORTED_BY``) and
``IN_DOCUMENT``, written in the same transaction.

Actor types across documents: an actor is one node (``MERGE (:Actor {id})``)
whatever type a document gives it. Its ``type`` property and its specific
label (``:State``, ``:ArmedGroup``, ...) are those of the document that created
it; every type any document gave it is kept, in order of first appearance, in
``types_seen``. So each actor has exactly one specific label, ``labels(n)``
always agrees with ``n.type``, and a disagreement stays visible in the data.
The same first-wins rule holds for ``name``: another document's name for the
same id is added to ``aliases``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import neo4j

from pactgraph.graph.queries.events import EVENT_ROLES, MERGE_EVENTS, merge_event_roles
from pactgraph.graph.queries.schema import NODE_LABELS, general_label
from pactgraph.graph.queries.writes import (
    MERGE_ACTORS,
    MERGE_DOCUMENTS,
    merge_entities,
    merge_evidence,
    merge_relations,
    pair_key,
)
from pactgraph.graph.schema import driver_errors
from pactgraph.ontology.statements import Entity, Event, Extraction, Relation, normalise
from pactgraph.ontology.vocabulary import SYMMETRIC

log = logging.getLogger(__name__)

#: Rows per UNWIND round trip.
BATCH_SIZE = 1000
#: How long the driver retries a document's transaction (its own default): long enough for a
#: cluster to elect a new leader, or a restarting server to answer again.
WRITE_RETRY_SECONDS = 30.0

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class WriteSummary:
    """What one transaction (one document, or a batch of them) added, from the driver's counters."""

    #: Names and ids of the documents written, in order.
    documents: tuple[str, ...]
    document_ids: tuple[str, ...]
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    labels_added: int = 0
    #: Statements written as evidence (any status) and typed relationships merged (asserted only).
    evidence: int = 0
    relations: int = 0
    events: int = 0
    #: Names of documents of the batch left out: the same text as one before them in the batch.
    duplicates: tuple[str, ...] = ()

    @property
    def document(self) -> str:
        """The name of the first (for ``write_extraction``, the only) document written."""
        return self.documents[0]

    @property
    def document_id(self) -> str:
        """The id of the first (for ``write_extraction``, the only) document written."""
        return self.document_ids[0]


# --- pure row builders ------------------------------------------------------------------------


def document_row(extraction: Extraction) -> Row:
    """The Document node's properties."""
    doc = extraction.document
    return {"id": doc.id, "name": doc.name, "date": doc.date, "title": doc.title, "source": doc.source}


def name_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """Normalised forms of the name (first) and the aliases, without repeats or blanks."""
    keys: list[str] = []
    for text in (name, *aliases):
        key = normalise(text)
        if key and key not in keys:
            keys.append(key)
    return keys


def _entities(extraction: Extraction) -> Iterator[Entity]:
    yield from extraction.entities
    for relation in extraction.relations:
        yield relation.subject
        yield relation.object
    for event in extraction.events:
        for _, entity in _event_roles(event):
            yield entity


def entity_rows(extraction: Extraction) -> dict[str, list[Row]]:
    """Entity rows by entity type (the key selects the MERGE query), one row per id.

    The same id seen several times in a document is one row: the first name and type,
    the union of aliases, the first known wikidata, kind, date and status.
    """
    merged: dict[tuple[str, str], Row] = {}
    for entity in _entities(extraction):
        key = (general_label(entity.type), entity.id)
        row = merged.get(key)
        if row is None:
            merged[key] = {"id": entity.id, "name": entity.name, "type": entity.type,
                           "aliases": [a for a in dict.fromkeys(entity.aliases) if a != entity.name],
                           "wikidata": entity.wikidata, "kind": entity.kind, "date": entity.date,
                           "status": entity.status}
            continue
        for alias in (entity.name, *entity.aliases):
            if alias != row["name"] and alias not in row["aliases"]:
                row["aliases"].append(alias)
        for prop in ("wikidata", "kind", "date", "status"):
            row[prop] = row[prop] or getattr(entity, prop)
    by_type: dict[str, list[Row]] = defaultdict(list)
    for row in merged.values():
        row["keys"] = name_keys(row["name"], row["aliases"])
        by_type[row["type"]].append(row)
    return dict(by_type)


def evidence_rows(extraction: Extraction) -> dict[tuple[str, str], list[Row]]:
    """Evidence rows (every status) by (subject label, object label), one per statement id."""
    doc_date = extraction.document.date
    grouped: dict[tuple[str, str], dict[str, Row]] = defaultdict(dict)
    for relation in extraction.relations:
        labels = (general_label(relation.subject.type), general_label(relation.object.type))
        grouped[labels][relation.id] = {
            "id": relation.id,
            "subject_id": relation.subject.id,
            "object_id": relation.object.id,
            "pair": relation_pair(relation),
            "predicate": relation.predicate,
            "status": relation.status,
            "confidence": float(relation.confidence),
            "sentence": relation.evidence.sentence,
            "start": relation.evidence.start,
            "end": relation.evidence.end,
            "rule": relation.evidence.rule,
            "date": relation.date or doc_date,
        }
    return {labels: list(rows.values()) for labels, rows in grouped.items()}


def relation_key(relation: Relation) -> tuple[str, str, str]:
    """(subject id, predicate, object id), symmetric relations from the smaller id to the larger."""
    s, o = relation.subject.id, relation.object.id
    if relation.predicate in SYMMETRIC and o < s:
        s, o = o, s
    return s, relation.predicate, o


def _ends(relation: Relation) -> tuple[Entity, Entity]:
    """Subject and object in the order the typed relationship is stored (see :func:`relation_key`)."""
    if relation_key(relation)[0] != relation.subject.id:
        return relation.object, relation.subject
    return relation.subject, relation.object


def relation_pair(relation: Relation) -> str:
    """The key of the typed relationship a statement counts towards: ``Actor:turkey|backs|Actor:nlf``.

    Stored on every Evidence node (``pair``, indexed with ``status``) so that a relationship's
    summary is recounted from an index seek, not by walking its ends' evidence (see
    :func:`pactgraph.graph.queries.writes.pair_key`, which builds the same key from labels and ids).
    """
    first, second = _ends(relation)
    return pair_key(relation.predicate, general_label(first.type), first.id,
                    general_label(second.type), second.id)


def relation_rows(extraction: Extraction) -> dict[tuple[str, str, str], list[Row]]:
    """Typed-relationship rows by (predicate, subject label, object label), asserted statements only."""
    grouped: dict[tuple[str, str, str], dict[tuple[str, str], Row]] = defaultdict(dict)
    for relation in extraction.relations:
        if relation.status != "asserted":
            continue
        first, second = _ends(relation)
        labels = (relation.predicate, general_label(first.type), general_label(second.type))
        grouped[labels][(first.id, second.id)] = {"subject_id": first.id, "object_id": second.id,
                                                  "pair": relation_pair(relation)}
    return {labels: list(rows.values()) for labels, rows in grouped.items()}


def _event_roles(event: Event) -> Iterator[tuple[str, Entity]]:
    for agent in event.agents:
        yield "agent", agent
    for target in event.targets:
        yield "target", target
    if event.place is not None:
        yield "place", event.place
    if event.reported_by is not None:
        yield "reported_by", event.reported_by


def event_rows(extraction: Extraction) -> list[Row]:
    """Event node rows, one per event id (any status), each listing its roles (``roles``)."""
    rows: dict[str, Row] = {}
    for event in extraction.events:
        roles = dict.fromkeys((EVENT_ROLES[role][0], entity.id)
                              for role, entity in _event_roles(event))
        rows[event.id] = {
            "id": event.id,
            "type": event.type,
            "trigger": event.trigger,
            "date": event.date,
            "date_precision": event.date_precision,
            "killed": event.killed,
            "displaced": event.displaced,
            "status": event.status,
            "sentence": event.evidence.sentence,
            "start": event.evidence.start,
            "end": event.evidence.end,
            "rule": event.evidence.rule,
            "roles": [{"type": rel, "id": entity_id} for rel, entity_id in roles],
        }
    return list(rows.values())


def event_role_rows(extraction: Extraction) -> dict[str, list[Row]]:
    """Event role rows by role (``agent``, ``target``, ``place``, ``reported_by``), without repeats."""
    grouped: dict[str, dict[tuple[str, str], Row]] = defaultdict(dict)
    for event in extraction.events:
        for role, entity in _event_roles(event):
            grouped[role][(event.id, entity.id)] = {"event_id": event.id, "entity_id": entity.id}
    return {role: list(rows.values()) for role, rows in grouped.items()}


def _batches(rows: Sequence[Row], size: int) -> Iterator[list[Row]]:
    for i in range(0, len(rows), size):
        yield list(rows[i : i + size])


# --- the write --------------------------------------------------------------------------------


def _in_order(groups: Iterable[dict[Any, list[Row]]]) -> dict[Any, list[Row]]:
    """Rows of several documents, concatenated per key in document order."""
    merged: dict[Any, list[Row]] = defaultdict(list)
    for group in groups:
        for key, rows in group.items():
            merged[key].extend(rows)
    return merged


def _plan(extractions: Sequence[Extraction], batch_size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every (query, parameters) of a batch of documents, in order; pure, so label checks happen here.

    One query per kind of row for the whole batch, not per document: a round trip costs about as
    much as writing a few hundred rows. Rows keep document order, so the first document still
    names and types a new actor, as writing the documents one by one would.
    """
    documents = [document_row(extraction) for extraction in extractions]
    plan: list[tuple[str, dict[str, Any]]] = [(MERGE_DOCUMENTS, {"rows": batch})
                                              for batch in _batches(documents, batch_size)]
    entities: dict[str, list[Row]] = defaultdict(list)
    for extraction in extractions:
        for entity_type, rows in entity_rows(extraction).items():
            entities[general_label(entity_type)].extend(rows)
    for label in NODE_LABELS:
        if entities.get(label):
            query = MERGE_ACTORS if label == "Actor" else merge_entities(label)
            plan.extend((query, {"rows": batch}) for batch in _batches(entities[label], batch_size))
    evidence = _in_order({labels: [dict(row, document_id=extraction.document.id) for row in rows]
                          for labels, rows in evidence_rows(extraction).items()}
                         for extraction in extractions)
    for (s_label, o_label), rows in sorted(evidence.items()):
        query = merge_evidence(s_label, o_label)
        plan.extend((query, {"rows": batch}) for batch in _batches(rows, batch_size))
    relations = _in_order(relation_rows(extraction) for extraction in extractions)
    for (predicate, s_label, o_label), rows in sorted(relations.items()):
        # Once per pair: the summary query recounts all of the pair's evidence anyway.
        unique = list({(row["subject_id"], row["object_id"]): row for row in rows}.values())
        query = merge_relations(predicate, s_label, o_label)
        plan.extend((query, {"rows": batch}) for batch in _batches(unique, batch_size))
    events = [dict(row, document_id=extraction.document.id)
              for extraction in extractions for row in event_rows(extraction)]
    plan.extend((MERGE_EVENTS, {"rows": batch}) for batch in _batches(events, batch_size))
    roles = _in_order(event_role_rows(extraction) for extraction in extractions)
    for role, rows in sorted(roles.items()):
        query = merge_event_roles(role)
        plan.extend((query, {"rows": batch}) for batch in _batches(rows, batch_size))
    return plan


def unique_documents(extractions: Sequence[Extraction]) -> tuple[list[Extraction], tuple[str, ...]]:
    """The extractions with one per document id (the first), and the names of those left out.

    A document's id is its text's hash, and so are its statements' ids: the same text twice in
    one transaction gave the evidence rows twice to one query, whose created-or-matched test saw
    both as created and linked each evidence twice to its ends and its document.
    """
    seen: set[str] = set()
    unique: list[Extraction] = []
    duplicates: list[str] = []
    for extraction in extractions:
        if extraction.document.id in seen:
            duplicates.append(extraction.document.name)
            continue
        seen.add(extraction.document.id)
        unique.append(extraction)
    return unique, tuple(duplicates)


_COUNTERS = ("nodes_created", "relationships_created", "properties_set", "labels_added")


def write_extractions(driver: neo4j.Driver, extractions: Sequence[Extraction], *, database: str,
                      batch_size: int = BATCH_SIZE,
                      retry_seconds: float = WRITE_RETRY_SECONDS) -> WriteSummary:
    """Store the statements of several documents in one transaction; return what was added.

    All or nothing: either every document of ``extractions`` is stored or none is. The driver
    retries the transaction on transient errors (deadlocks between concurrent ingests among
    them) and lost connections for ``retry_seconds``. Raises ValueError (before any query runs)
    on a type or predicate outside the ontology, and GraphUnavailable when Neo4j cannot be reached.
    """
    if not extractions:
        return WriteSummary(documents=(), document_ids=())
    extractions, duplicates = unique_documents(extractions)
    plan = _plan(extractions, batch_size)

    def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
        # Counted inside the function: the driver may retry it after a transient error.
        totals = dict.fromkeys(_COUNTERS, 0)
        for query, params in plan:
            counters = tx.run(query, params).consume().counters
            for name in _COUNTERS:
                totals[name] += getattr(counters, name)
        return totals

    with driver_errors(), driver.session(database=database,
                                         max_transaction_retry_time=retry_seconds) as session:
        totals = session.execute_write(work)
    summary = WriteSummary(
        documents=tuple(extraction.document.name for extraction in extractions),
        document_ids=tuple(extraction.document.id for extraction in extractions),
        evidence=sum(len(rows) for extraction in extractions for rows in evidence_rows(extraction).values()),
        relations=sum(len(rows) for extraction in extractions for rows in relation_rows(extraction).values()),
        events=sum(len(event_rows(extraction)) for extraction in extractions),
        duplicates=duplicates,
        **totals,
    )
    log.debug("wrote %d documents: %s", len(extractions), summary)
    return summary


def write_extraction(driver: neo4j.Driver, extraction: Extraction, *, database: str,
                     batch_size: int = BATCH_SIZE,
                     retry_seconds: float = WRITE_RETRY_SECONDS) -> WriteSummary:
    """Store one document's statements in one transaction (see :func:`write_extractions`)."""
    return write_extractions(driver, [extraction], database=database, batch_size=batch_size,
                             retry_seconds=retry_seconds)
