"""Every Cypher statement of pactgraph, by name.

Values always travel as ``$params``. Labels and relationship types cannot be
parameters, so the few builders below take them only from the ontology's
closed lists (``ontology.vocabulary``) and refuse anything else with
``ValueError`` before a string is ever formatted.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ontology.vocabulary import ACTOR_TYPES, ENTITY_TYPES, RELATIONS, SYMMETRIC, relationship_type

#: The general labels an entity node carries (what MATCH and MERGE key on).
NODE_LABELS: Final = ("Actor", "Agreement", "Place")
_IDENTIFIER: Final = re.compile(r"[A-Za-z][A-Za-z_]*\Z")


def _checked(name: str, allowed: tuple[str, ...] | frozenset[str], what: str) -> str:
    """``name`` if it is one of ``allowed`` and a plain identifier, else ValueError."""
    if name not in allowed or not _IDENTIFIER.match(name):
        raise ValueError(f"{what} {name!r} is not in the ontology's closed list")
    return name


def general_label(entity_type: str) -> str:
    """The MERGE label of an entity type: ``Actor`` for every actor type, else the type itself."""
    _checked(entity_type, ENTITY_TYPES, "entity type")
    return "Actor" if entity_type in ACTOR_TYPES else entity_type


# --- schema -------------------------------------------------------------------------------------

#: Uniqueness constraints, one per MERGE key (MERGE without one duplicates under concurrency).
CONSTRAINTS: Final = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
)

#: Indexes the read queries use (name lookups, evidence by predicate and status, documents by name).
INDEXES: Final = (
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name)",
    "CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)",
    "CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name)",
    "CREATE INDEX evidence_predicate_status IF NOT EXISTS FOR (n:Evidence) ON (n.predicate, n.status)",
)

#: Delete everything, in batches; must run as an auto-commit query (``session.run``).
WIPE: Final = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

#: Number of nodes (answered from the count store).
COUNT_NODES: Final = "MATCH (n) RETURN count(n) AS n"

#: Number of relationships (answered from the count store).
COUNT_RELATIONSHIPS: Final = "MATCH ()-[r]->() RETURN count(r) AS n"


# --- writes -------------------------------------------------------------------------------------

#: The document of an extraction; its id is a hash of the body, so re-writing changes nothing.
MERGE_DOCUMENT: Final = """
MERGE (d:Document {id: $id})
SET d.name = $name, d.date = $date, d.title = $title, d.source = $source
"""

# Shared tail of the entity merges: first name and type win, every other name becomes an alias
# (set union, order of first appearance), and `keys` holds the normalised forms used for lookup.
_ENTITY_SET = """
SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases + [row.name] |
                  CASE WHEN a = n.name OR a IN acc THEN acc ELSE acc + a END),
    n.keys = reduce(acc = coalesce(n.keys, []), k IN row.keys |
                  CASE WHEN k IN acc THEN acc ELSE acc + k END),
    n.wikidata = coalesce(n.wikidata, row.wikidata)
"""


@cache
def merge_entities(entity_type: str) -> str:
    """``UNWIND $rows`` entity merge for one entity type (the label comes from the closed list)."""
    label = _checked(entity_type, ENTITY_TYPES, "entity type")
    if label in ACTOR_TYPES:
        # One node per actor id whatever type later documents give it: the specific label is
        # set when the node is created; other types are only recorded in `types_seen`.
        return f"""
UNWIND $rows AS row
MERGE (n:Actor {{id: row.id}})
ON CREATE SET n:{label}, n.name = row.name, n.type = row.type
SET n.types_seen = CASE WHEN row.type IN coalesce(n.types_seen, []) THEN n.types_seen
                        ELSE coalesce(n.types_seen, []) + row.type END
{_ENTITY_SET}"""
    extra = ""
    if label == "Agreement":
        extra = """,
    n.kind = coalesce(n.kind, row.kind),
    n.date = coalesce(n.date, row.date),
    n.status = coalesce(row.status, n.status)"""
    return f"""
UNWIND $rows AS row
MERGE (n:{label} {{id: row.id}})
ON CREATE SET n.name = row.name, n.type = row.type
{_ENTITY_SET.rstrip()}{extra}
"""


@cache
def merge_evidence(subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` evidence merge, linked to its subject, object and document."""
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (d:Document {{id: $document_id}})
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (e:Evidence {{id: row.id}})
SET e.predicate = row.predicate, e.status = row.status, e.confidence = row.confidence,
    e.sentence = row.sentence, e.start = row.start, e.end = row.end, e.rule = row.rule,
    e.date = row.date
MERGE (e)-[:SUBJECT]->(s)
MERGE (e)-[:OBJECT]->(o)
MERGE (e)-[:IN_DOCUMENT]->(d)
"""


@cache
def merge_relations(predicate: str, subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` typed relationship merge, its summary recomputed from all asserted evidence."""
    rel = relationship_type(_checked(predicate, RELATIONS, "predicate"))
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    if predicate in SYMMETRIC:
        # Stored once (rows come smaller id first); evidence counts in either direction.
        evidence = "MATCH (s)<-[:SUBJECT|OBJECT]-(e:Evidence {predicate: $predicate, status: 'asserted'})" \
                   "-[:SUBJECT|OBJECT]->(o)"
    else:
        evidence = "MATCH (s)<-[:SUBJECT]-(e:Evidence {predicate: $predicate, status: 'asserted'})" \
                   "-[:OBJECT]->(o)"
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (s)-[r:{rel}]->(o)
WITH DISTINCT s, o, r
CALL (s, o) {{
  {evidence}
  MATCH (e)-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.name
  RETURN count(DISTINCT e) AS evidence_count, collect(DISTINCT d.name) AS sources,
         min(d.date) AS first_seen, max(d.date) AS last_seen, max(e.confidence) AS confidence
}}
SET r.evidence_count = evidence_count, r.sources = sources,
    r.first_seen = first_seen, r.last_seen = last_seen, r.confidence = confidence
"""


# --- events -------------------------------------------------------------------------------------

#: Event role -> (relationship type, label of the node it points at). A closed list: the builder
#: below formats only these.
EVENT_ROLES: Final[dict[str, tuple[str, str]]] = {
    "agent": ("AGENT", "Actor"),
    "target": ("TARGET", "Actor"),
    "place": ("PLACE", "Place"),
    "reported_by": ("REPORTED_BY", "Actor"),
}

#: The event nodes of a document, MERGEd on their stable id and linked to it; a role the row no
#: longer lists (``row.roles``: ``{type, id}`` maps) is removed, so a re-extraction leaves none stale.
MERGE_EVENTS: Final = """
UNWIND $rows AS row
MATCH (d:Document {id: $document_id})
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.trigger = row.trigger, e.date = row.date, e.date_precision = row.date_precision,
    e.killed = row.killed, e.displaced = row.displaced, e.status = row.status, e.sentence = row.sentence,
    e.start = row.start, e.end = row.end, e.rule = row.rule
MERGE (e)-[:IN_DOCUMENT]->(d)
WITH e, row
CALL (e, row) {
  MATCH (e)-[r:AGENT|TARGET|PLACE|REPORTED_BY]->(x)
  WHERE NOT {type: type(r), id: x.id} IN row.roles
  DELETE r
}
"""


@cache
def merge_event_roles(role: str) -> str:
    """``UNWIND $rows`` merge of one event role (``{event_id, entity_id}`` rows) from the closed list."""
    rel, label = EVENT_ROLES[_checked(role, tuple(EVENT_ROLES), "event role")]
    return f"""
UNWIND $rows AS row
MATCH (e:Event {{id: row.event_id}})
MATCH (x:{label} {{id: row.entity_id}})
MERGE (e)-[:{rel}]->(x)
"""


#: Events, latest first, optionally filtered by types, statuses, actor (agent or target) and place ids
#: (null: no filter), each with its roles and its evidence.
FIND_EVENTS: Final = """
MATCH (e:Event)-[:IN_DOCUMENT]->(d:Document)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($statuses IS NULL OR e.status IN $statuses)
  AND ($actor_ids IS NULL OR EXISTS { MATCH (e)-[:AGENT|TARGET]->(a:Actor) WHERE a.id IN $actor_ids })
  AND ($place_ids IS NULL OR EXISTS { MATCH (e)-[:PLACE]->(p:Place) WHERE p.id IN $place_ids })
WITH e, d ORDER BY coalesce(e.date, d.date) DESC, d.name, e.start
WITH collect({e: e, d: d}) AS rows
WITH size(rows) AS count, rows[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN page = [] THEN [null] ELSE page END) AS row
WITH count, row.e AS e, row.d AS d
CALL (e) {
  OPTIONAL MATCH (e)-[r:AGENT|TARGET|PLACE|REPORTED_BY]->(x)
  WITH r, x ORDER BY x.name
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE
                 {role: toLower(type(r)), id: x.id, name: x.name, type: x.type} END) AS roles
}
RETURN count,
       CASE WHEN e IS NULL THEN null ELSE
       {id: e.id, type: e.type, trigger: e.trigger, date: e.date, date_precision: e.date_precision,
        killed: e.killed, displaced: e.displaced, status: e.status, roles: roles,
        evidence: {document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                   start: e.start, end: e.end, rule: e.rule}} END AS event
"""


# --- reads --------------------------------------------------------------------------------------

#: Ids of entities of one label whose id, or normalised name or alias, equals the value.
@cache
def resolve_entities(label: str) -> str:
    """Ids of ``label`` nodes named ``$key`` (normalised) or with id ``$id``: id, then name, then alias."""
    lab = _checked(label, NODE_LABELS, "label")
    return f"""
MATCH (n:{lab})
WHERE n.id = $id OR $key IN n.keys
WITH n, CASE WHEN n.id = $id THEN 0 WHEN n.keys[0] = $key THEN 1 ELSE 2 END AS rank
RETURN n.id AS id
ORDER BY rank, n.name
"""


#: Actors whose normalised name or alias contains ``$key``; exact name first, then alias, prefix, rest.
SEARCH_ACTORS: Final = """
MATCH (n:Actor)
WHERE any(k IN n.keys WHERE k CONTAINS $key)
WITH n, CASE
  WHEN n.keys[0] = $key THEN 0
  WHEN $key IN n.keys THEN 1
  WHEN any(k IN n.keys WHERE k STARTS WITH $key) THEN 2
  ELSE 3 END AS rank
ORDER BY rank, n.name, n.id
WITH collect({id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []),
              wikidata: n.wikidata}) AS rows
RETURN size(rows) AS count, rows[$offset..$offset + $limit] AS data
"""

#: One actor by id.
GET_ACTOR: Final = """
MATCH (n:Actor {id: $id})
RETURN {id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []),
        wikidata: n.wikidata, types_seen: coalesce(n.types_seen, [n.type])} AS actor
"""

#: The typed relationships of one actor, each with its summary and up to $per_relation sentences.
ACTOR_RELATIONS: Final = """
MATCH (n:Actor {id: $id})-[r]-(other)
WHERE NOT other:Evidence
WITH n, r, other, toLower(type(r)) AS predicate
WITH n, r, other, predicate,
     CASE WHEN predicate IN $symmetric THEN 'both'
          WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
CALL (n, other, predicate, direction) {
  MATCH (e:Evidence {predicate: predicate, status: 'asserted'})-[:IN_DOCUMENT]->(d:Document)
  WHERE (direction IN ['out', 'both'] AND (e)-[:SUBJECT]->(n) AND (e)-[:OBJECT]->(other))
     OR (direction IN ['in', 'both'] AND (e)-[:SUBJECT]->(other) AND (e)-[:OBJECT]->(n))
  WITH e, d ORDER BY d.date, d.name, e.start
  RETURN collect({document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                  status: e.status, start: e.start, end: e.end, rule: e.rule,
                  confidence: e.confidence, predicate: e.predicate})[..$per_relation] AS evidence
}
RETURN predicate, direction,
       {id: other.id, name: other.name, type: other.type, aliases: coalesce(other.aliases, []),
        wikidata: other.wikidata} AS other,
       r.evidence_count AS evidence_count, r.sources AS sources, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, evidence
ORDER BY predicate, direction, other.name
"""

#: Subject/object pairs of one predicate with evidence of the given statuses, optionally filtered.
FIND_PAIRS: Final = """
MATCH (s:Actor)<-[:SUBJECT]-(e:Evidence {predicate: $predicate})-[:OBJECT]->(o:Actor)
WHERE e.status IN $statuses
  AND ($subject_ids IS NULL OR s.id IN $subject_ids)
  AND ($object_ids IS NULL OR o.id IN $object_ids)
WITH s, o, count(DISTINCT e) AS n
ORDER BY n DESC, s.name, o.name
WITH collect({subject: s.id, object: o.id}) AS pairs
RETURN size(pairs) AS count, pairs[$offset..$offset + $limit] AS data
"""

#: For each pair, the two ends, the typed relationship's summary (if asserted) and the sentences.
PAIR_DETAILS: Final = """
UNWIND range(0, size($pairs) - 1) AS i
WITH i, $pairs[i] AS pair
MATCH (s:Actor {id: pair.subject}), (o:Actor {id: pair.object})
OPTIONAL MATCH (s)-[r]->(o) WHERE type(r) = $rel_type
CALL (s, o) {
  MATCH (s)<-[:SUBJECT]-(e:Evidence {predicate: $predicate})-[:OBJECT]->(o)
  WHERE e.status IN $statuses
  MATCH (e)-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.date, d.name, e.start
  RETURN collect({document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                  status: e.status, start: e.start, end: e.end, rule: e.rule,
                  confidence: e.confidence, predicate: e.predicate}) AS evidence
}
RETURN {id: s.id, name: s.name, type: s.type, aliases: coalesce(s.aliases, []), wikidata: s.wikidata}
         AS subject,
       {id: o.id, name: o.name, type: o.type, aliases: coalesce(o.aliases, []), wikidata: o.wikidata}
         AS object,
       r.evidence_count AS evidence_count, r.sources AS sources, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, evidence
ORDER BY i
"""

#: Agreements, optionally filtered by governed zone, party and broker ids (null: no filter).
FIND_AGREEMENTS: Final = """
MATCH (a:Agreement)
WHERE ($zone_ids IS NULL OR EXISTS { MATCH (a)-[:GOVERNS]->(z:Place) WHERE z.id IN $zone_ids })
  AND ($party_ids IS NULL OR EXISTS { MATCH (p:Actor)-[:PARTY_TO]->(a) WHERE p.id IN $party_ids })
  AND ($broker_ids IS NULL OR EXISTS { MATCH (b:Actor)-[:BROKERED]->(a) WHERE b.id IN $broker_ids })
WITH a ORDER BY a.date DESC, a.name, a.id
WITH collect(a) AS agreements
WITH size(agreements) AS count, agreements[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN page = [] THEN [null] ELSE page END) AS a
CALL (a) {
  OPTIONAL MATCH (p:Actor)-[:PARTY_TO]->(a)
  WITH p ORDER BY p.name
  RETURN collect({id: p.id, name: p.name, type: p.type, aliases: coalesce(p.aliases, []),
                  wikidata: p.wikidata}) AS parties
}
CALL (a) {
  OPTIONAL MATCH (b:Actor)-[:BROKERED]->(a)
  WITH b ORDER BY b.name
  RETURN collect({id: b.id, name: b.name, type: b.type, aliases: coalesce(b.aliases, []),
                  wikidata: b.wikidata}) AS brokers
}
CALL (a) {
  OPTIONAL MATCH (a)-[:GOVERNS]->(z:Place)
  WITH z ORDER BY z.name
  RETURN collect({id: z.id, name: z.name, type: z.type, aliases: coalesce(z.aliases, []),
                  wikidata: z.wikidata}) AS zones
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:SUBJECT|OBJECT]-(e:Evidence {status: 'asserted'})-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.date, d.name, e.start
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE
                 {document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                  status: e.status, start: e.start, end: e.end, rule: e.rule,
                  confidence: e.confidence, predicate: e.predicate} END) AS evidence
}
RETURN count,
       CASE WHEN a IS NULL THEN null ELSE
       {id: a.id, name: a.name, aliases: coalesce(a.aliases, []), kind: a.kind, date: a.date,
        status: a.status, parties: [x IN parties WHERE x.id IS NOT NULL],
        brokers: [x IN brokers WHERE x.id IS NOT NULL], zones: [x IN zones WHERE x.id IS NOT NULL],
        evidence: evidence} END AS agreement
"""

#: Whether the database answers at all (for /health).
PING: Final = "RETURN 1 AS ok"


# --- RDF export ---
# Every export query pages by id: rows with ``key > $after``, ``$limit`` keys per page, ordered by key.

# Nodes of one general label with their outgoing typed relationships ($types) and, for each, the ids
# of its asserted evidence (either direction for the $symmetric types, which are stored once).
_EXPORT_NODES = """
MATCH (n:NODE_LABEL) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, labels(n) AS labels, n {.*} AS node,
       [(n)-[r]->(o) WHERE type(r) IN $types | {
          type: type(r), object_id: o.id, object_labels: labels(o),
          first_seen: r.first_seen, last_seen: r.last_seen, confidence: r.confidence,
          evidence: [(n)<-[:SUBJECT]-(e:Evidence)-[:OBJECT]->(o)
                     WHERE e.predicate = toLower(type(r)) AND e.status = 'asserted' | e.id]
                  + [(o)<-[:SUBJECT]-(e:Evidence)-[:OBJECT]->(n)
                     WHERE type(r) IN $symmetric AND e.predicate = toLower(type(r))
                       AND e.status = 'asserted' | e.id]
       }] AS relations
ORDER BY key
"""
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


# --- RDF import ---
# What graph/rdf_import.py decodes from an export, MERGEd on stable ids (so importing twice changes
# nothing). Labels and relationship types come from the ontology's closed lists, as for the writer.

#: Labels of the nodes an import creates besides actors.
IMPORT_LABELS: Final = ("Agreement", "Place", "Document", "Event", "Evidence")


@cache
def import_actors(actor_type: str) -> str:
    """``UNWIND $rows`` actor merge: the specific label on creation, then the row's properties."""
    label = _checked(actor_type, ACTOR_TYPES, "actor type")
    return f"""
UNWIND $rows AS row
MERGE (n:Actor {{id: row.id}})
ON CREATE SET n:{label}
SET n += row
"""


@cache
def import_nodes(label: str) -> str:
    """``UNWIND $rows`` merge of agreements, places, documents, events or evidence, with their properties."""
    lab = _checked(label, IMPORT_LABELS, "label")
    return f"""
UNWIND $rows AS row
MERGE (n:{lab} {{id: row.id}})
SET n += row
"""


@cache
def import_evidence_links(subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` links of imported evidence to its subject, object and (when known) document."""
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (e:Evidence {{id: row.id}})
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (e)-[:SUBJECT]->(s)
MERGE (e)-[:OBJECT]->(o)
WITH e, row
CALL (e, row) {{
  MATCH (d:Document {{id: row.document_id}})
  MERGE (e)-[:IN_DOCUMENT]->(d)
}}
"""


@cache
def import_relations(predicate: str, subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` typed relationship merge with the summary the file gives (``row.props``)."""
    rel = relationship_type(_checked(predicate, RELATIONS, "predicate"))
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (s)-[r:{rel}]->(o)
SET r += row.props
"""


#: ``UNWIND $rows`` links of imported events to their documents (``{event_id, document_id}`` rows).
IMPORT_EVENT_DOCUMENTS: Final = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id})
MATCH (d:Document {id: row.document_id})
MERGE (e)-[:IN_DOCUMENT]->(d)
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
          evidence: [(n)<-[:SUBJECT]-(e:Evidence)-[:OBJECT]->(o)
                     WHERE e.predicate = toLower(type(r)) AND e.status = 'asserted'
                       AND SELECTED_EVIDENCE | e.id]
                  + [(o)<-[:SUBJECT]-(e:Evidence)-[:OBJECT]->(n)
                     WHERE type(r) IN $symmetric AND e.predicate = toLower(type(r))
                       AND e.status = 'asserted' AND SELECTED_EVIDENCE | e.id]
       }] WHERE size(rel.evidence) > 0] AS relations
ORDER BY key
""".replace("SELECTED_EVIDENCE", _SELECTED_EVIDENCE).replace("SELECTED_EVENT", _SELECTED_EVENT)

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

#: A page of the selected evidence, each with its subject, object and document.
FILTERED_EVIDENCE: Final = """
MATCH (e:Evidence) WHERE e.id > $after AND SELECTED_EVIDENCE
WITH e ORDER BY e.id LIMIT $limit
OPTIONAL MATCH (e)-[:SUBJECT]->(s)
OPTIONAL MATCH (e)-[:OBJECT]->(o)
OPTIONAL MATCH (e)-[:IN_DOCUMENT]->(d:Document)
RETURN e.id AS key, e {.*} AS evidence, s.id AS subject_id, labels(s) AS subject_labels,
       o.id AS object_id, labels(o) AS object_labels, d.id AS document_id
ORDER BY key
""".replace("SELECTED_EVIDENCE", _SELECTED_EVIDENCE)
