"""RDF: the export's pages (whole or filtered), one resource for ``GET /id/{kind}/{id}``, and the
import's MERGEs."""

from __future__ import annotations

from functools import cache
from typing import Final

from pactgraph.graph.queries.events import merge_event_roles
from pactgraph.graph.queries.schema import NODE_LABELS, checked
from pactgraph.graph.queries.writes import ENTITY_SET, RECOUNT, pair_of
from pactgraph.ontology.vocabulary import ACTOR_TYPES, RELATIONS, relationship_type

# --- export ---
# Every export query pages by id: rows with ``key > $after``, ``$limit`` keys per page, ordered by key.
# A relation's evidence is found by its pair key (an index seek, ``$labels``: NODE_LABELS, and
# ``$relation_types``: the ontology's relation types). Walking each relation's start node's
# statements instead cost a hub's statements once per relation: a page of 1,000 actors of the
# benchmark graph (states with 17,000 relations) took two minutes.

#: The nodes a whole export writes, by kind: read from the count store, so it costs nothing.
COUNT_EXPORTED: Final = """
CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Agreement) RETURN count(n) AS agreements }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
RETURN evidence, actors + agreements + places + events + documents AS others
"""


def _export_evidence(selected: str = "true") -> str:
    """Cypher: the ids of the asserted evidence (passing ``selected``) of relationship ``r`` from
    ``n`` to ``o``, by its pair key; none for a relationship that is not one of the relations."""
    return f"""CASE WHEN type(r) IN $relation_types THEN COLLECT {{
            MATCH (e:Evidence) WHERE e.pair = {pair_of("n", "o", "toLower(type(r))")}
              AND e.status = 'asserted' AND {selected}
            RETURN e.id }} ELSE [] END"""


# Nodes of one general label with their outgoing typed relationships ($types) and, for each, the ids
# of its asserted evidence (its pair's: either direction for a symmetric one, which is stored once).
_EXPORT_NODES = """
MATCH (n:NODE_LABEL) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, labels(n) AS labels, n {.*} AS node,
       [(n)-[r]->(o) WHERE type(r) IN $types | {
          type: type(r), object_id: o.id, object_labels: labels(o),
          first_seen: r.first_seen, last_seen: r.last_seen, confidence: r.confidence,
          evidence: RELATION_EVIDENCE
       }] AS relations
ORDER BY key
""".replace("RELATION_EVIDENCE", _export_evidence())
#: A page of actors with their outgoing typed relationships.
EXPORT_ACTORS: Final = _EXPORT_NODES.replace("NODE_LABEL", "Actor")
#: A page of agreements with their outgoing typed relationships.
EXPORT_AGREEMENTS: Final = _EXPORT_NODES.replace("NODE_LABEL", "Agreement")
#: A page of places (with outgoing typed relationships, if any).
EXPORT_PLACES: Final = _EXPORT_NODES.replace("NODE_LABEL", "Place")
#: A page of events with their role relationships.
EXPORT_EVENTS: Final = _EXPORT_NODES.replace("NODE_LABEL", "Event")
#: A page of documents.
EXPORT_DOCUMENTS: Final = _EXPORT_NODES.replace("NODE_LABEL", "Document")

#: A page of evidence nodes, each with its subject, object and document.
EXPORT_EVIDENCE: Final = """
MATCH (e:Evidence) WHERE e.id > $after
WITH e ORDER BY e.id LIMIT $limit
OPTIONAL MATCH (e)-[:SUBJECT]->(s)
OPTIONAL MATCH (e)-[:OBJECT]->(o)
OPTIONAL MATCH (e)-[:IN_DOCUMENT]->(d:Document)
RETURN e.id AS key, e {.*} AS evidence, s.id AS subject_id, labels(s) AS subject_labels,
       o.id AS object_id, labels(o) AS object_labels, d.id AS document_id
ORDER BY key
"""


# --- one resource: GET /id/{kind}/{id} ---
# Rows in the shapes the export's mapping reads (graph/rdf/mapping.py: node_quads, evidence_quads).

#: The general labels whose nodes GET /id describes (evidence has its own query).
DESCRIBED_LABELS: Final = ("Actor", "Agreement", "Place", "Event", "Document")


def _described_relation(start: str, end: str) -> str:
    """Cypher: relationship ``r`` from ``start`` to ``end`` as an export relation map; a typed relation
    of the ontology ($relation_types) lists its asserted evidence by pair key ($labels: NODE_LABELS)."""
    return f"""{{type: type(r), object_id: {end}.id, object_labels: labels({end}),
        first_seen: r.first_seen, last_seen: r.last_seen, confidence: r.confidence,
        evidence: CASE WHEN type(r) IN $relation_types THEN COLLECT {{
          MATCH (e:Evidence) WHERE e.pair = {pair_of(start, end, "toLower(type(r))")}
            AND e.status = 'asserted'
          RETURN e.id ORDER BY e.id }} ELSE [] END}}"""


def describe_node(label: str) -> str:
    """Rows of the node of ``label`` with id $id (its relationships of $types) and of its neighbours
    (their names and classes, and their relationships of $types towards it); none when no such node."""
    label = checked(label, DESCRIBED_LABELS, "label")
    return f"""
MATCH (n:{label} {{id: $id}})
RETURN n.id AS key, labels(n) AS labels, n {{.*}} AS node,
       [(n)-[r]->(o) WHERE type(r) IN $types | {_described_relation("n", "o")}] AS relations
UNION ALL
MATCH (n:{label} {{id: $id}})-[r]-(m)
WHERE type(r) IN $types AND NOT m:Evidence
WITH n, m, collect(CASE WHEN endNode(r) = n THEN r END) AS incoming
RETURN m.id AS key, labels(m) AS labels, m {{.*}} AS node,
       [r IN incoming | {_described_relation("m", "n")}] AS relations
"""


_EVIDENCE_ROWS = """
WITH DISTINCT e
OPTIONAL MATCH (e)-[:SUBJECT]->(s)
OPTIONAL MATCH (e)-[:OBJECT]->(o)
OPTIONAL MATCH (e)-[:IN_DOCUMENT]->(d:Document)
RETURN e.id AS key, e {.*} AS evidence, s.id AS subject_id, labels(s) AS subject_labels,
       o.id AS object_id, labels(o) AS object_labels, d.id AS document_id,
       CASE WHEN d IS NULL THEN null ELSE d {.*} END AS document
ORDER BY key
"""


def describe_evidence(label: str) -> str:
    """Rows of the evidence about the node of ``label`` with id $id (whatever its status: an entity's
    statements, a document's), each with its document's properties; of the evidence $id itself
    when ``label`` is ``Evidence``."""
    if label == "Evidence":
        return "MATCH (e:Evidence {id: $id})" + _EVIDENCE_ROWS
    label = checked(label, DESCRIBED_LABELS, "label")
    return f"MATCH (:{label} {{id: $id}})<-[:SUBJECT|OBJECT|IN_DOCUMENT]-(e:Evidence)" + _EVIDENCE_ROWS

# --- RDF import ---
# What graph/rdf/decode.py decodes from an export, MERGEd on stable ids (so importing twice changes
# nothing). Labels and relationship types come from the ontology's closed lists, as for the writer.

#: Labels of the nodes an import creates besides actors.
IMPORT_LABELS: Final = ("Document", "Event")


@cache
def import_actors(actor_type: str) -> str:
    """``UNWIND $rows`` actor merge that only adds: the specific label, name and type on creation;
    aliases, keys and types seen joined to those stored; a stored Wikidata id kept."""
    label = checked(actor_type, ACTOR_TYPES, "actor type")
    return f"""
UNWIND $rows AS row
MERGE (n:Actor {{id: row.id}})
ON CREATE SET n:{label}, n.name = row.name, n.type = row.type
SET n.types_seen = reduce(acc = coalesce(n.types_seen, []), t IN row.types_seen |
                     CASE WHEN t IN acc THEN acc ELSE acc + t END)
{ENTITY_SET}"""


@cache
def import_nodes(label: str) -> str:
    """``UNWIND $rows`` merge of documents or events, with the properties the rows carry (rows
    carry no nulls, so a property the file lacks is never removed)."""
    lab = checked(label, IMPORT_LABELS, "label")
    return f"""
UNWIND $rows AS row
MERGE (n:{lab} {{id: row.id}})
SET n += row
"""


@cache
def import_evidence(subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` imported evidence, only where its subject, object and document are in the
    graph (the file's nodes are written first), linked to them once each; ``written`` lists
    the ids stored, so the caller can name the rest."""
    s = checked(subject_label, NODE_LABELS, "label")
    o = checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MATCH (d:Document {{id: row.document_id}})
MERGE (e:Evidence {{id: row.id}})
SET e += row.props, e.pair = row.pair
MERGE (e)-[:SUBJECT]->(s)
MERGE (e)-[:OBJECT]->(o)
MERGE (e)-[:IN_DOCUMENT]->(d)
RETURN collect(row.id) AS written
"""


@cache
def import_relations(predicate: str, subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` typed relationships of an import, made only where asserted evidence of the
    pair is in the graph, their summaries recounted from all of it (never taken from the file,
    which may hold a part); ``merged`` lists the pairs made or recounted."""
    rel = relationship_type(checked(predicate, RELATIONS, "predicate"))
    s = checked(subject_label, NODE_LABELS, "label")
    o = checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
WITH s, o, row WHERE EXISTS {{ MATCH (:Evidence {{pair: row.pair, status: 'asserted'}}) }}
MERGE (s)-[r:{rel}]->(o)
{RECOUNT}RETURN collect(pair) AS merged
"""


@cache
def import_event_roles(role: str) -> str:
    """``UNWIND $rows`` imported event roles (``{event_id, entity_id, item}`` rows), only where the
    event and the entity are in the graph; ``linked`` lists the rows' ``item`` made or found."""
    return merge_event_roles(role) + "RETURN collect(row.item) AS linked\n"


#: ``UNWIND $rows`` links of imported events to their documents (``{event_id, document_id, item}``
#: rows), only where both are in the graph; ``linked`` lists the rows' ``item`` made or found.
IMPORT_EVENT_DOCUMENTS: Final = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id})
MATCH (d:Document {id: row.document_id})
MERGE (e)-[:IN_DOCUMENT]->(d)
RETURN collect(row.item) AS linked
"""


# --- RDF filtered export ---
# The export of one part of the graph: the evidence an actor's neighbourhood, a time window or one
# predicate selects, the events they select, and the entities and documents those touch. Same row
# shapes and paging (``key > $after``, ``$limit``) as the EXPORT_* queries above. Parameters, each
# null for no filter: ``$actor_ids`` (the actors whose neighbourhood), ``$predicates`` (relation
# names), ``$since``/``$until`` (full ISO dates; a date of month or year precision is in the window
# when its month or year overlaps it).

# Whether evidence `e` is selected (its own date, as the writer set it: the statement's or the document's).
_SELECTED_EVIDENCE = """(($predicates IS NULL OR e.predicate IN $predicates)
  AND ($actor_ids IS NULL OR EXISTS { MATCH (e)-[:SUBJECT|OBJECT]->(fa:Actor) WHERE fa.id IN $actor_ids })
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= left($since, size(e.date))))
  AND ($until IS NULL OR (e.date IS NOT NULL AND e.date <= left($until, size(e.date)))))"""
# Whether event `ev` is selected: no predicate filter (events are not relations), one of the actors
# in a role, its date (else its document's) in the window.
_SELECTED_EVENT = """($predicates IS NULL
  AND ($actor_ids IS NULL
       OR EXISTS { MATCH (ev)-[:AGENT|TARGET|REPORTED_BY]->(fa:Actor) WHERE fa.id IN $actor_ids })
  AND ($since IS NULL AND $until IS NULL OR EXISTS {
    MATCH (ev)-[:IN_DOCUMENT]->(fd:Document)
    WITH coalesce(ev.date, fd.date) AS day WHERE day IS NOT NULL
      AND ($since IS NULL OR day >= left($since, size(day)))
      AND ($until IS NULL OR day <= left($until, size(day)))
  }))"""

_FILTERED_ENTITIES = """
MATCH (n:NODE_LABEL) WHERE n.id > $after
  AND (($actor_ids IS NOT NULL AND n.id IN $actor_ids)
       OR EXISTS { MATCH (n)<-[:SUBJECT|OBJECT]-(e:Evidence) WHERE SELECTED_EVIDENCE }
       OR EXISTS { MATCH (n)<-[:AGENT|TARGET|PLACE|REPORTED_BY]-(ev:Event) WHERE SELECTED_EVENT })
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, labels(n) AS labels, n {.*} AS node,
       [rel IN [(n)-[r]->(o) WHERE type(r) IN $types | {
          type: type(r), object_id: o.id, object_labels: labels(o),
          first_seen: r.first_seen, last_seen: r.last_seen, confidence: r.confidence,
          evidence: RELATION_EVIDENCE
       }] WHERE size(rel.evidence) > 0] AS relations
ORDER BY key
""".replace("RELATION_EVIDENCE", _export_evidence("SELECTED_EVIDENCE")).replace(
    "SELECTED_EVIDENCE", _SELECTED_EVIDENCE).replace("SELECTED_EVENT", _SELECTED_EVENT)

#: A page of the selected actors (the neighbourhood's centre, ends of selected evidence, roles of
#: selected events), each with its typed relations that selected asserted evidence supports.
FILTERED_ACTORS: Final = _FILTERED_ENTITIES.replace("NODE_LABEL", "Actor")
#: A page of the selected agreements, with their supported typed relations.
FILTERED_AGREEMENTS: Final = _FILTERED_ENTITIES.replace("NODE_LABEL", "Agreement")
#: A page of the selected places.
FILTERED_PLACES: Final = _FILTERED_ENTITIES.replace("NODE_LABEL", "Place")

#: A page of the selected events with all their roles and their document.
FILTERED_EVENTS: Final = """
MATCH (ev:Event) WHERE ev.id > $after AND SELECTED_EVENT
WITH ev AS n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, labels(n) AS labels, n {.*} AS node,
       [(n)-[r]->(o) WHERE type(r) IN $types | {type: type(r), object_id: o.id, object_labels: labels(o)}]
         AS relations
ORDER BY key
""".replace("SELECTED_EVENT", _SELECTED_EVENT)

#: A page of the documents that selected evidence or events were read from.
FILTERED_DOCUMENTS: Final = """
MATCH (n:Document) WHERE n.id > $after
  AND (EXISTS { MATCH (n)<-[:IN_DOCUMENT]-(e:Evidence) WHERE SELECTED_EVIDENCE }
       OR EXISTS { MATCH (n)<-[:IN_DOCUMENT]-(ev:Event) WHERE SELECTED_EVENT })
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, labels(n) AS labels, n {.*} AS node, [] AS relations
ORDER BY key
""".replace("SELECTED_EVIDENCE", _SELECTED_EVIDENCE).replace("SELECTED_EVENT", _SELECTED_EVENT)

#: A page of the selected evidence, each with its subject, object and document (the export's page, filtered).
FILTERED_EVIDENCE: Final = EXPORT_EVIDENCE.replace(
    "WHERE e.id > $after", f"WHERE e.id > $after AND {_SELECTED_EVIDENCE}", 1)
