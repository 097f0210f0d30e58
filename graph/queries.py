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

from pactgraph.ontology.vocabulary import ACTOR_TYPES, ENTITY_TYPES, RELATIONS, SYMMETRIC, relationship_type

#: The general labels an entity node carries (what MATCH and MERGE key on).
NODE_LABELS: Final = ("Actor", "Agreement", "Place")
_IDENTIFIER: Final = re.compile(r"[A-Za-z][A-Za-z_]*\Z")


def _checked(name: str, allowed: tuple[str, ...] | frozenset[str], what: str) -> str:
    """``name`` if it is one of ``allowed`` and a plain identifier, else ValueError."""
    if name not in allowed or not _IDENTIFIER.match(name):
        raise ValueError(f"{what} {name!r} is not in the ontology's closed list")
    return name


@cache
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

#: The index of evidence by the typed relationship it counts towards (``pair``) and status.
PAIR_INDEX: Final = "evidence_pair_status"

#: The full-text index over entities' normalised names and aliases (``keys``).
KEYS_INDEX: Final = "entity_keys"

#: Indexes the read queries use (name lookups, evidence by predicate and status, documents by name).
INDEXES: Final = (
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name)",
    "CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)",
    "CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name)",
    "CREATE INDEX evidence_predicate_status IF NOT EXISTS FOR (n:Evidence) ON (n.predicate, n.status)",
    # A typed relationship's summary is recounted from its statements: found by their pair key.
    f"CREATE INDEX {PAIR_INDEX} IF NOT EXISTS FOR (n:Evidence) ON (n.pair, n.status)",
    # Name lookups ask whether a key is in the list `keys`, which range indexes cannot answer; a
    # full-text index over the list with the keyword analyzer holds each key as one token.
    f"CREATE FULLTEXT INDEX {KEYS_INDEX} IF NOT EXISTS FOR (n:Actor|Agreement|Place) ON EACH [n.keys] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
)

#: Whether an index of that name ($name) exists (1) or not (0).
INDEX_EXISTS: Final = "SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n"

#: Delete everything, in batches, relationships first; auto-commit queries (``session.run``), in order.
#: ``DETACH DELETE`` of 10,000 nodes at a time deletes all their relationships in the same inner
#: transaction: with a state holding 10^5 of them, that batch outgrew Neo4j's transaction memory.
WIPE: Final = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
)

#: After a bulk import: the importer writes no empty list, where the writer sets ``aliases`` and
#: ``keys`` on every entity, empty or not; auto-commit queries (``session.run``), in order.
FILL_EMPTY_LISTS: Final = (
    "MATCH (n:Actor|Agreement|Place) WHERE n.aliases IS NULL "
    "CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n:Actor|Agreement|Place) WHERE n.keys IS NULL "
    "CALL (n) { SET n.keys = [] } IN TRANSACTIONS OF 10000 ROWS",
)

#: Wait until every index is online (after a bulk import, the new ones are being populated).
AWAIT_INDEXES: Final = "CALL db.awaitIndexes($seconds)"

#: Number of nodes (answered from the count store).
COUNT_NODES: Final = "MATCH (n) RETURN count(n) AS n"

#: Number of relationships (answered from the count store).
COUNT_RELATIONSHIPS: Final = "MATCH ()-[r]->() RETURN count(r) AS n"
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


# --- writes -------------------------------------------------------------------------------------

def pair_key(predicate: str, subject_label: str, subject_id: str, object_label: str, object_id: str) -> str:
    """The ``pair`` of an Evidence node: which typed relationship it counts towards, as one string.

    ``Actor:turkey|backs|Actor:national-liberation-front``: labels too, since ids are unique per
    label only. A symmetric predicate's pair runs from the smaller id to the larger, as its one
    stored relationship does, so both directions of a statement share it.
    """
    first, second = f"{subject_label}:{subject_id}", f"{object_label}:{object_id}"
    if predicate in SYMMETRIC and object_id < subject_id:
        first, second = second, first
    return f"{first}|{predicate}|{second}"


#: Cypher for :func:`pair_key` of evidence ``e`` between ``s`` and ``o`` (``$symmetric``: the
#: symmetric predicates), for evidence stored before pair keys existed (see BACKFILL_PAIRS).
_PAIR_EXPRESSION = """CASE WHEN e.predicate IN $symmetric AND o.id < s.id
     THEN [l IN labels(o) WHERE l IN $labels][0] + ':' + o.id + '|' + e.predicate + '|' +
          [l IN labels(s) WHERE l IN $labels][0] + ':' + s.id
     ELSE [l IN labels(s) WHERE l IN $labels][0] + ':' + s.id + '|' + e.predicate + '|' +
          [l IN labels(o) WHERE l IN $labels][0] + ':' + o.id END"""

#: Sets ``pair`` on evidence written before it existed, in batches; an auto-commit query
#: (``session.run``) with ``$symmetric`` and ``$labels`` (:data:`NODE_LABELS`).
BACKFILL_PAIRS: Final = f"""
MATCH (e:Evidence) WHERE e.pair IS NULL
CALL (e) {{
  MATCH (s)<-[:SUBJECT]-(e)-[:OBJECT]->(o)
  SET e.pair = {_PAIR_EXPRESSION}
}} IN TRANSACTIONS OF 10000 ROWS
"""

#: The documents of a batch; a document's id is a hash of its body, so re-writing changes nothing.
MERGE_DOCUMENTS: Final = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = row.name, d.date = row.date, d.title = row.title, d.source = row.source
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


#: Every actor, whatever its type, in one ``UNWIND $rows``: one node per actor id whatever type
#: later rows or documents give it. The specific label (``row.type``, checked against the closed list
#: before any query runs) and ``type`` are those of the first row that created the node; every type
#: seen is recorded in ``types_seen``. Rows run in order, so in a batch of documents the first
#: document wins, as it would writing them one by one.
MERGE_ACTORS: Final = f"""
UNWIND $rows AS row
MERGE (n:Actor {{id: row.id}})
ON CREATE SET n:$(row.type), n.name = row.name, n.type = row.type
SET n.types_seen = CASE WHEN row.type IN coalesce(n.types_seen, []) THEN n.types_seen
                        ELSE coalesce(n.types_seen, []) + row.type END
{_ENTITY_SET}"""


@cache
def merge_entities(entity_type: str) -> str:
    """``UNWIND $rows`` entity merge for one entity type (the label comes from the closed list).

    Every actor type shares :data:`MERGE_ACTORS`, which sets each row's own label.
    """
    label = _checked(entity_type, ENTITY_TYPES, "entity type")
    if label in ACTOR_TYPES:
        return MERGE_ACTORS
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
    """``UNWIND $rows`` evidence merge, linked to its subject, object and document (``row.document_id``).

    An evidence id is a hash of its document, offsets, ends, predicate and status, so the links of
    an evidence node this query creates are new too: CREATEd, without the MERGE's search of the
    ends' relationships (a state named in thousands of statements has thousands). A node that
    was there already (a document ingested again) has its links MERGEd. The created/matched test
    is safe under concurrent ingests: MERGE on the uniqueness constraint locks the id first.
    """
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (d:Document {{id: row.document_id}})
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (e:Evidence {{id: row.id}})
WITH d, s, o, e, row, e.predicate IS NULL AS created
SET e.pair = row.pair, e.predicate = row.predicate, e.status = row.status, e.confidence = row.confidence,
    e.sentence = row.sentence, e.start = row.start, e.end = row.end, e.rule = row.rule,
    e.date = row.date
WITH d, s, o, e, created
CALL (d, s, o, e, created) {{
  WITH * WHERE created
  CREATE (e)-[:SUBJECT]->(s), (e)-[:OBJECT]->(o), (e)-[:IN_DOCUMENT]->(d)
}}
CALL (d, s, o, e, created) {{
  WITH * WHERE NOT created
  MERGE (e)-[:SUBJECT]->(s)
  MERGE (e)-[:OBJECT]->(o)
  MERGE (e)-[:IN_DOCUMENT]->(d)
}}
"""


#: A typed relationship's summary recounted from the asserted evidence of its pair (``r`` and ``pair``
#: in scope), shared by the writer and the RDF import.
_RECOUNT = """WITH DISTINCT r, row.pair AS pair
CALL (pair) {
  MATCH (e:Evidence {pair: pair, status: 'asserted'})-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.name
  RETURN count(DISTINCT e) AS evidence_count, collect(DISTINCT d.name) AS sources,
         min(d.date) AS first_seen, max(d.date) AS last_seen, max(e.confidence) AS confidence
}
SET r.evidence_count = evidence_count, r.sources = sources,
    r.first_seen = first_seen, r.last_seen = last_seen, r.confidence = confidence
"""


@cache
def merge_relations(predicate: str, subject_label: str, object_label: str) -> str:
    """``UNWIND $rows`` typed relationship merge, its summary recomputed from all asserted evidence.

    Rows are ``{subject_id, object_id, pair}``; a symmetric predicate's come smaller id first, and
    its statements in either direction share the pair (see :func:`pair_key`). The pair's evidence
    is an index seek (``evidence_pair_status``), however many statements its two ends are in.
    """
    rel = relationship_type(_checked(predicate, RELATIONS, "predicate"))
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (s)-[r:{rel}]->(o)
{_RECOUNT}"""


# --- events -------------------------------------------------------------------------------------

#: Event role -> (relationship type, label of the node it points at). A closed list: the builder
#: below formats only these.
EVENT_ROLES: Final[dict[str, tuple[str, str]]] = {
    "agent": ("AGENT", "Actor"),
    "target": ("TARGET", "Actor"),
    "place": ("PLACE", "Place"),
    "reported_by": ("REPORTED_BY", "Actor"),
}

#: Event nodes, MERGEd on their stable id and linked to their document (``row.document_id``); a role
#: the row no longer lists (``row.roles``: ``{type, id}`` maps) is removed, so a re-extraction leaves
#: none stale.
MERGE_EVENTS: Final = """
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id})
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


def _on_or_after(value: str, bound: str) -> str:
    """Cypher: ISO prefix ``value`` is on or after ``bound``, at the coarser of the two precisions."""
    n = f"CASE WHEN size({value}) < size({bound}) THEN size({value}) ELSE size({bound}) END"
    return f"left({value}, {n}) >= left({bound}, {n})"


def _on_or_before(value: str, bound: str) -> str:
    """Cypher: ISO prefix ``value`` is on or before ``bound``, at the coarser of the two precisions."""
    n = f"CASE WHEN size({value}) < size({bound}) THEN size({value}) ELSE size({bound}) END"
    return f"left({value}, {n}) <= left({bound}, {n})"


# One event as the API answers it: `e`, its document `d`; needs `roles` from _EVENT_ROLES.
_EVENT_ROLES = """
CALL (e) {
  OPTIONAL MATCH (e)-[r:AGENT|TARGET|PLACE|REPORTED_BY]->(x)
  WITH r, x ORDER BY x.name
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE
                 {role: toLower(type(r)), id: x.id, name: x.name, type: x.type} END) AS roles
}"""
_EVENT_MAP = """{id: e.id, type: e.type, trigger: e.trigger, date: e.date, date_precision: e.date_precision,
        killed: e.killed, displaced: e.displaced, status: e.status, roles: roles,
        evidence: {document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                   start: e.start, end: e.end, rule: e.rule}}"""

#: Events, latest first, optionally filtered by types, statuses, actor (agent or target) and place ids
#: and a date window on the event's date (else its document's), null: no filter; each with its
#: roles and its evidence.
FIND_EVENTS: Final = """
// With an agent, target, actor or place given, only events in that role of one of its ids can pass
// the filters below: start from those nodes (index seeks, then their role relationships) instead of
// every event. The first filter given seeds (agent, target, actor, place); the others still apply.
CALL () {
  WITH $agent_ids AS ids WHERE ids IS NOT NULL
  MATCH (a:Actor)<-[:AGENT]-(e:Event) WHERE a.id IN ids
  RETURN DISTINCT e
  UNION
  WITH $target_ids AS ids WHERE ids IS NOT NULL AND $agent_ids IS NULL
  MATCH (a:Actor)<-[:TARGET]-(e:Event) WHERE a.id IN ids
  RETURN DISTINCT e
  UNION
  WITH $actor_ids AS ids WHERE ids IS NOT NULL AND $agent_ids IS NULL AND $target_ids IS NULL
  MATCH (a:Actor)<-[:AGENT|TARGET]-(e:Event) WHERE a.id IN ids
  RETURN DISTINCT e
  UNION
  WITH $place_ids AS ids
  WHERE ids IS NOT NULL AND $agent_ids IS NULL AND $target_ids IS NULL AND $actor_ids IS NULL
  MATCH (p:Place)<-[:PLACE]-(e:Event) WHERE p.id IN ids
  RETURN DISTINCT e
  UNION
  WITH coalesce($agent_ids, $target_ids, $actor_ids, $place_ids) AS ids WHERE ids IS NULL
  MATCH (e:Event)
  RETURN e
}
MATCH (e)-[:IN_DOCUMENT]->(d:Document)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($statuses IS NULL OR e.status IN $statuses)
  AND ($actor_ids IS NULL OR EXISTS { MATCH (e)-[:AGENT|TARGET]->(a:Actor) WHERE a.id IN $actor_ids })
  AND ($agent_ids IS NULL OR EXISTS { MATCH (e)-[:AGENT]->(a:Actor) WHERE a.id IN $agent_ids })
  AND ($target_ids IS NULL OR EXISTS { MATCH (e)-[:TARGET]->(a:Actor) WHERE a.id IN $target_ids })
  AND ($place_ids IS NULL OR EXISTS { MATCH (e)-[:PLACE]->(p:Place) WHERE p.id IN $place_ids })
WITH e, d, coalesce(e.date, d.date) AS date
WHERE ($date_from IS NULL OR (date IS NOT NULL AND """ + _on_or_after("date", "$date_from") + """))
  AND ($date_to IS NULL OR (date IS NOT NULL AND """ + _on_or_before("date", "$date_to") + """))
  AND ($min_killed IS NULL OR coalesce(e.killed, 0) >= $min_killed)
// e.id last: events of one sentence tie on the rest, and the order must not depend on the plan.
WITH e, d ORDER BY coalesce(e.date, d.date) DESC, d.name, e.start, e.id
WITH collect({e: e, d: d}) AS rows
WITH size(rows) AS count, rows[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN page = [] THEN [null] ELSE page END) AS row
WITH count, row.e AS e, row.d AS d""" + _EVENT_ROLES + """
RETURN count, CASE WHEN e IS NULL THEN null ELSE """ + _EVENT_MAP + """ END AS event
"""

#: Candidate violations of one agreement: events of $types and $statuses at a place it governs or a place
#: inside one (LOCATED_IN), dated (the event's date, else its document's) on or after $since; earliest
#: first, at most $limit.
AGREEMENT_VIOLATIONS: Final = """
MATCH (a:Agreement {id: $id})-[:GOVERNS]->(:Place)<-[:LOCATED_IN*0..4]-(z:Place)<-[:PLACE]-(e:Event)
      -[:IN_DOCUMENT]->(d:Document)
WHERE e.type IN $types AND e.status IN $statuses
WITH DISTINCT z, e, d
WITH z, e, d, coalesce(e.date, d.date) AS date
WHERE date IS NOT NULL AND """ + _on_or_after("date", "$since") + """
WITH z, e, d ORDER BY coalesce(e.date, d.date), d.name, e.start
LIMIT $limit""" + _EVENT_ROLES + """
RETURN {id: z.id, name: z.name, type: z.type, aliases: coalesce(z.aliases, []), wikidata: z.wikidata}
         AS zone, """ + _EVENT_MAP + """ AS event
"""

#: The date candidate violations are counted from: the agreement's own, else its first mention's.
AGREEMENT_SINCE: Final = """
MATCH (a:Agreement {id: $id})
OPTIONAL MATCH (a)<-[:SUBJECT|OBJECT]-(:Evidence)-[:IN_DOCUMENT]->(m:Document)
WITH a.date AS date, min(m.date) AS first_mentioned
RETURN coalesce(date, first_mentioned) AS since
"""


# --- reads --------------------------------------------------------------------------------------

def key_phrase(key: str) -> str:
    """The Lucene query for one exact key of the keyword-analyzed full-text index: a quoted phrase."""
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


# The scans the indexed lookups replace, for a database whose full-text index is not there yet
# (created by an older version and not written to since) or not yet online.
@cache
def resolve_entities_scan(label: str) -> str:
    """:func:`resolve_entities` without the full-text index: every node of the label is read."""
    lab = _checked(label, NODE_LABELS, "label")
    return f"""
MATCH (n:{lab})
WHERE n.id = $id OR $key IN n.keys
WITH n, CASE WHEN n.id = $id THEN 0 WHEN n.keys[0] = $key THEN 1 ELSE 2 END AS rank
RETURN n.id AS id
ORDER BY rank, n.name
"""


#: Ids of entities of one label whose id, or normalised name or alias, equals the value.
@cache
def resolve_entities(label: str) -> str:
    """Ids of ``label`` nodes named ``$key`` (normalised) or with id ``$id``: id, then name, then alias."""
    lab = _checked(label, NODE_LABELS, "label")
    return f"""
CALL () {{
  MATCH (n:{lab} {{id: $id}}) RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('{KEYS_INDEX}', $phrase) YIELD node
  WITH node AS n WHERE n:{lab} AND $key IN n.keys
  RETURN n
}}
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

def _pair_of(start: str, end: str, predicate: str) -> str:
    """Cypher: the pair key (:func:`pair_key`) of a typed relationship from ``start`` to ``end``,
    as stored (a symmetric one from the smaller id already); needs ``$labels`` (NODE_LABELS)."""
    return (f"[l IN labels({start}) WHERE l IN $labels][0] + ':' + {start}.id + '|' + {predicate} + '|' + "
            f"[l IN labels({end}) WHERE l IN $labels][0] + ':' + {end}.id")


def _top_of_type(rel_type: str) -> str:
    """Cypher (inside ``CALL (n)``): the $per_predicate relationships of one type of actor ``n`` with
    the most evidence (a top-k sort, bounded in memory however many it has), and their total. The type
    is named in the pattern, so Neo4j reads only that chain of the node, not its statements and event
    roles (which outnumber its relations)."""
    return f"""
  MATCH (n)-[r:{rel_type}]-(other)
  WITH n, r, other ORDER BY coalesce(r.evidence_count, 0) DESC, other.name, other.id, startNode(r) = n DESC
  LIMIT $per_predicate
  RETURN r, other, COUNT {{ (n)-[:{rel_type}]-() }} AS total"""


#: The typed relationships of one actor, each with its summary and up to $per_relation sentences: of
#: each type, the $per_predicate with the most evidence (a hub has tens of thousands) with the total.
ACTOR_RELATIONS: Final = """
MATCH (n:Actor {id: $id})
CALL (n) {""" + "\n  UNION ALL".join(_top_of_type(relationship_type(p)) for p in RELATIONS) + """
}
WITH n, r, other, total, toLower(type(r)) AS predicate
WITH n, r, other, total, predicate,
     CASE WHEN predicate IN $symmetric THEN 'both'
          WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
// The relationship's own statements, by its pair key (from its start node to its end node, as
// the writer keys them; $labels: NODE_LABELS): an index seek, however many statements either end has.
CALL (r, predicate) {
  WITH startNode(r) AS a, endNode(r) AS b
  WITH """ + _pair_of("a", "b", "predicate") + """ AS key
  MATCH (e:Evidence {pair: key, status: 'asserted'})-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.date, d.name, e.start
  RETURN collect({document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                  status: e.status, start: e.start, end: e.end, rule: e.rule,
                  confidence: e.confidence, predicate: e.predicate})[..$per_relation] AS evidence
}
RETURN predicate, total, direction,
       {id: other.id, name: other.name, type: other.type, aliases: coalesce(other.aliases, []),
        wikidata: other.wikidata} AS other,
       r.evidence_count AS evidence_count, r.sources AS sources, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, evidence
ORDER BY predicate, direction, other.name, other.id
"""

#: Ids of actors, agreements and places whose id, or normalised name or alias, equals the value.
RESOLVE_ANY_ENTITY: Final = """
CALL () {
  MATCH (n:Actor {id: $id}) RETURN n
  UNION
  MATCH (n:Agreement {id: $id}) RETURN n
  UNION
  MATCH (n:Place {id: $id}) RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('""" + KEYS_INDEX + """', $phrase) YIELD node
  WITH node AS n WHERE $key IN n.keys
  RETURN n
}
WITH n, CASE WHEN n.id = $id THEN 0 WHEN n.keys[0] = $key THEN 1 ELSE 2 END AS rank
RETURN DISTINCT n.id AS id, rank
ORDER BY rank, id
"""

#: :data:`RESOLVE_ANY_ENTITY` without the full-text index (every node is read).
RESOLVE_ANY_ENTITY_SCAN: Final = """
MATCH (n)
WHERE (n:Actor OR n:Agreement OR n:Place) AND (n.id = $id OR $key IN n.keys)
WITH n, CASE WHEN n.id = $id THEN 0 WHEN n.keys[0] = $key THEN 1 ELSE 2 END AS rank
RETURN DISTINCT n.id AS id, rank
ORDER BY rank, id
"""

# A document date (an ISO prefix) compared with a bound at the bound's own precision, so
# `to=2019` keeps 2019-05-06 and `from=2019-06` keeps 2019-06-01.
_DATE_IN_RANGE = """
  AND ($date_from IS NULL OR (d.date IS NOT NULL AND substring(d.date, 0, size($date_from)) >= $date_from))
  AND ($date_to IS NULL OR (d.date IS NOT NULL AND substring(d.date, 0, size($date_to)) <= $date_to))"""

# The entities `x` whose ids are in `seed` (an end filter's ids), whatever their general label.
_SEEDS = """CALL (seed) {
    MATCH (x:Actor) WHERE x.id IN seed RETURN x
    UNION
    MATCH (x:Agreement) WHERE x.id IN seed RETURN x
    UNION
    MATCH (x:Place) WHERE x.id IN seed RETURN x
  }"""


def _relation_map(evidence: str, documents: str, seen_from: str, seen_to: str) -> str:
    """Cypher: one relation as the relation routes answer it, from ``predicate``, its ends ``s`` and
    ``o``, its typed relationship ``r`` (the summary of all asserted evidence) and the evidence that
    passed the filters (the four expressions: its rows, document names and first and last dates)."""
    return f"""{{
         predicate: predicate,
         subject: {{id: s.id, name: s.name, type: s.type, aliases: coalesce(s.aliases, []),
                   wikidata: s.wikidata}},
         object: {{id: o.id, name: o.name, type: o.type, aliases: coalesce(o.aliases, []),
                  wikidata: o.wikidata}},
         evidence_count: r.evidence_count, sources: r.sources, first_seen: r.first_seen,
         last_seen: r.last_seen, confidence: r.confidence,
         matched: {{evidence_count: size({evidence}), sources: {documents},
                   first_seen: {seen_from}, last_seen: {seen_to}}},
         evidence: {evidence}}}"""


#: Subject/object pairs with evidence of the given predicates ($predicates), statuses and document
#: dates, oriented by the end filters (a symmetric pair once), with their sentences and summary.
FIND_RELATIONS: Final = """
// With an end given, only evidence touching one of its ids can pass the end filters below: start
// from those entities (index seeks, then their degree) instead of every evidence of the predicates.
CALL () {
  WITH coalesce($subject_ids, $object_ids, $either_ids) AS seed WHERE seed IS NOT NULL
  """ + _SEEDS + """
  MATCH (x)<-[:SUBJECT|OBJECT]-(e:Evidence)
  RETURN DISTINCT e
  UNION
  WITH coalesce($subject_ids, $object_ids, $either_ids) AS seed WHERE seed IS NULL
  MATCH (e:Evidence) WHERE e.predicate IN $predicates AND e.status IN $statuses
  RETURN e
}
WITH e WHERE e.predicate IN $predicates AND e.status IN $statuses
MATCH (a)<-[:SUBJECT]-(e)-[:OBJECT]->(b)
MATCH (e)-[:IN_DOCUMENT]->(d:Document)
WHERE true""" + _DATE_IN_RANGE + """
UNWIND (CASE WHEN e.predicate IN $symmetric THEN [[a, b], [b, a]] ELSE [[a, b]] END) AS ends
WITH e, d, ends[0] AS s, ends[1] AS o
WHERE ($subject_ids IS NULL OR s.id IN $subject_ids)
  AND ($object_ids IS NULL OR o.id IN $object_ids)
  AND ($either_ids IS NULL OR s.id IN $either_ids OR o.id IN $either_ids)
WITH e, d, s, o ORDER BY d.date, d.name, e.start
WITH e.predicate AS predicate, s, o,
     collect({document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
              status: e.status, start: e.start, end: e.end, rule: e.rule,
              confidence: e.confidence, predicate: e.predicate}) AS evidence,
     collect(DISTINCT d.name) AS documents, min(d.date) AS seen_from, max(d.date) AS seen_to
WHERE size(documents) >= $min_sources
  AND ($valid_at IS NULL OR (seen_from IS NOT NULL
       AND substring(seen_from, 0, size($valid_at)) <= $valid_at
       AND substring(seen_to, 0, size($valid_at)) >= $valid_at))
// a symmetric pair that passes the filters both ways is kept once: the asked-for actor as
// subject, else the smaller id
WITH predicate, CASE WHEN s.id <= o.id THEN [s.id, o.id] ELSE [o.id, s.id] END AS pair, s, o,
     evidence, documents, seen_from, seen_to,
     CASE WHEN $either_ids IS NOT NULL AND s.id IN $either_ids THEN 0 ELSE 1 END AS asked_first
ORDER BY predicate, pair, asked_first, s.id
WITH predicate, pair, collect({s: s, o: o, evidence: evidence, documents: documents,
                               seen_from: seen_from, seen_to: seen_to})[0] AS row
WITH predicate, row ORDER BY size(row.evidence) DESC, row.s.name, row.o.name, predicate, row.s.id, row.o.id
WITH collect({predicate: predicate, row: row}) AS rows
WITH size(rows) AS count, rows[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN page = [] THEN [null] ELSE page END) AS item
WITH count, item.predicate AS predicate, item.row AS row
WITH count, predicate, row, row.s AS s, row.o AS o
OPTIONAL CALL (s, o, predicate) {
  MATCH (s)-[r]-(o)
  WHERE type(r) = toUpper(predicate) AND (predicate IN $symmetric OR startNode(r) = s)
  RETURN r LIMIT 1
}
RETURN count, CASE WHEN row IS NULL THEN null ELSE """ + _relation_map(
    "row.evidence", "row.documents", "row.seen_from", "row.seen_to") + """ END AS relation
"""

def find_relations_typed(predicates: tuple[str, ...]) -> str:
    """:data:`FIND_RELATIONS` when only asserted evidence counts and no date window applies (the API's
    default question), for ``predicates`` (the ontology's).

    The typed relationships' summaries already are the answer, so the pairs come from the given ends'
    typed relationships, not from every statement the ends are in, and only the page's pairs read
    their sentences, by their pair key. The types are named in the pattern, so an end reads only
    those relationship chains (its statements and event roles are never touched). Same rows, order
    and count as FIND_RELATIONS with $statuses = ['asserted'] and no $date_from/$date_to. Needs an
    end filter; $labels: :data:`NODE_LABELS`.
    """
    if not predicates:
        raise ValueError("find_relations_typed needs at least one predicate")
    return _find_relations_typed(tuple(sorted(_checked(p, RELATIONS, "predicate") for p in set(predicates))))


@cache
def _find_relations_typed(predicates: tuple[str, ...]) -> str:
    types = "|".join(relationship_type(p) for p in predicates)
    return _FIND_RELATIONS_TYPED.replace("%TYPES%", types)


_FIND_RELATIONS_TYPED: Final = """
WITH coalesce($subject_ids, $object_ids, $either_ids) AS seed
""" + _SEEDS + """
MATCH (x)-[r:%TYPES%]-()
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b, toLower(type(r)) AS predicate
UNWIND (CASE WHEN predicate IN $symmetric THEN [[a, b], [b, a]] ELSE [[a, b]] END) AS ends
WITH r, a, b, predicate, ends[0] AS s, ends[1] AS o
WHERE ($subject_ids IS NULL OR s.id IN $subject_ids)
  AND ($object_ids IS NULL OR o.id IN $object_ids)
  AND ($either_ids IS NULL OR s.id IN $either_ids OR o.id IN $either_ids)
  AND size(r.sources) >= $min_sources
  AND ($valid_at IS NULL OR (r.first_seen IS NOT NULL
       AND substring(r.first_seen, 0, size($valid_at)) <= $valid_at
       AND substring(r.last_seen, 0, size($valid_at)) >= $valid_at))
WITH r, a, b, predicate, s, o,
     CASE WHEN $either_ids IS NOT NULL AND s.id IN $either_ids THEN 0 ELSE 1 END AS asked_first
ORDER BY asked_first, s.id
WITH r, predicate, collect({s: s, o: o, a: a, b: b})[0] AS row
WITH r, predicate, row ORDER BY r.evidence_count DESC, row.s.name, row.o.name, predicate, row.s.id, row.o.id
WITH collect({r: r, predicate: predicate, row: row}) AS rows
WITH size(rows) AS count, rows[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN page = [] THEN [null] ELSE page END) AS item
WITH count, item.r AS r, item.predicate AS predicate, item.row.s AS s, item.row.o AS o,
     item.row.a AS a, item.row.b AS b
OPTIONAL CALL (a, b, predicate) {
  WITH """ + _pair_of("a", "b", "predicate") + """ AS key
  MATCH (e:Evidence {pair: key, status: 'asserted'})-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.date, d.name, e.start
  RETURN collect({document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                  status: e.status, start: e.start, end: e.end, rule: e.rule,
                  confidence: e.confidence, predicate: e.predicate}) AS evidence,
         collect(DISTINCT d.name) AS documents, min(d.date) AS seen_from, max(d.date) AS seen_to
}
RETURN count, CASE WHEN r IS NULL THEN null ELSE """ + _relation_map(
    "evidence", "documents", "seen_from", "seen_to") + """ END AS relation
"""

#: The places a zone query reaches: the zones themselves, the places they lie in and, when $inside, the
#: places that lie in them (asserted LOCATED_IN, a few steps at most).
EXPAND_ZONES: Final = """
MATCH (z:Place) WHERE z.id IN $ids
OPTIONAL MATCH (z)-[:LOCATED_IN*1..4]->(around:Place)
OPTIONAL MATCH (inner:Place)-[:LOCATED_IN*1..4]->(z) WHERE $inside
RETURN collect(DISTINCT z.id) + collect(DISTINCT around.id) + collect(DISTINCT inner.id) AS ids
"""

#: Agreements, optionally filtered by ids, kinds, a date window, governed zone, party and broker ids
#: (null: no filter).
FIND_AGREEMENTS: Final = """
// With zones given, only agreements governing one of them pass: start from those places (and do
// not check it again on each agreement: that walked every zone of every agreement found).
CALL () {
  WITH $zone_ids AS zones WHERE zones IS NOT NULL
  MATCH (z:Place)<-[:GOVERNS]-(a:Agreement) WHERE z.id IN zones
  RETURN DISTINCT a
  UNION
  WITH $zone_ids AS zones WHERE zones IS NULL
  MATCH (a:Agreement)
  RETURN a
}
WITH a WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($date_from IS NULL OR (a.date IS NOT NULL AND """ + _on_or_after("a.date", "$date_from") + """))
  AND ($date_to IS NULL OR (a.date IS NOT NULL AND """ + _on_or_before("a.date", "$date_to") + """))
  AND ($party_ids IS NULL OR EXISTS { MATCH (p:Actor)-[:PARTY_TO]->(a) WHERE p.id IN $party_ids })
  AND ($broker_ids IS NULL OR EXISTS { MATCH (b:Actor)-[:BROKERED]->(a) WHERE b.id IN $broker_ids })
WITH a ORDER BY a.date IS NULL, a.date DESC, a.name, a.id
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
        evidence_count: size(evidence), evidence: evidence[..$per_agreement]} END AS agreement
"""

#: The longest path ``find_paths`` builds: the hop count cannot be a parameter, so it is bounded here.
MAX_PATH_HOPS: Final = 4


def find_paths(predicates: tuple[str, ...], max_hops: int) -> str:
    """Shortest paths of typed relationships (``predicates``, the ontology's) from ``$source_ids`` to
    ``$target_ids``, up to ``max_hops`` long; each step with its summary and up to $per_step sentences."""
    # Checked before the cache: True == 1 would otherwise find the text built for 1.
    if not isinstance(max_hops, int) or isinstance(max_hops, bool) or not 1 <= max_hops <= MAX_PATH_HOPS:
        raise ValueError(f"max_hops must be an integer from 1 to {MAX_PATH_HOPS}")
    if not predicates:
        raise ValueError("find_paths needs at least one predicate")
    return _find_paths(tuple(_checked(p, RELATIONS, "predicate") for p in predicates), max_hops)


@cache
def _find_paths(predicates: tuple[str, ...], max_hops: int) -> str:
    types = "|".join(relationship_type(p) for p in predicates)
    return f"""
MATCH (a) WHERE (a:Actor OR a:Agreement OR a:Place) AND a.id IN $source_ids
MATCH (b) WHERE (b:Actor OR b:Agreement OR b:Place) AND b.id IN $target_ids AND a <> b
MATCH p = allShortestPaths((a)-[:{types}*1..{max_hops}]-(b))
WITH p, reduce(key = '', n IN nodes(p) | key + '/' + n.id) AS key
ORDER BY length(p), key
WITH collect(p) AS paths
WITH size(paths) AS count, paths[$offset..$offset + $limit] AS page
UNWIND (CASE WHEN page = [] THEN [null] ELSE range(0, size(page) - 1) END) AS k
WITH count, k, page[k] AS p
UNWIND (CASE WHEN p IS NULL THEN [null] ELSE range(0, length(p) - 1) END) AS i
WITH count, k, p, i, relationships(p)[i] AS r
WITH count, k, p, i, r, startNode(r) AS s, endNode(r) AS o, toLower(type(r)) AS predicate
CALL (s, o, predicate) {{
  WITH {_pair_of("s", "o", "predicate")} AS key
  OPTIONAL MATCH (e:Evidence {{pair: key, status: 'asserted'}})-[:IN_DOCUMENT]->(d:Document)
  WITH e, d ORDER BY d.date, d.name, e.start
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE
                 {{document: d.name, document_id: d.id, date: d.date, sentence: e.sentence,
                  status: e.status, start: e.start, end: e.end, rule: e.rule,
                  confidence: e.confidence, predicate: e.predicate}} END)[..$per_step] AS evidence
}}
WITH count, k, p, i, CASE WHEN r IS NULL THEN null ELSE
     {{predicate: predicate, subject: s.id, object: o.id, evidence_count: r.evidence_count,
      sources: r.sources, first_seen: r.first_seen, last_seen: r.last_seen, confidence: r.confidence,
      evidence: evidence}} END AS step
ORDER BY k, i
WITH count, k, p, collect(step) AS steps
RETURN count, CASE WHEN p IS NULL THEN null ELSE
       {{length: length(p), steps: steps,
        nodes: [n IN nodes(p) | {{id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []),
                                 wikidata: n.wikidata}}]}} END AS path
ORDER BY k
"""


def _graph_node(n: str) -> str:
    """Cypher: entity ``n`` as a neighbourhood node; ``kind`` is its specific class (an actor's type,
    else its general label), which the page draws by."""
    return f"""{{id: {n}.id, name: {n}.name,
       kind: CASE WHEN {n}:Agreement THEN 'Agreement' WHEN {n}:Place THEN 'Place'
                  ELSE coalesce({n}.type, 'Actor') END,
       type: {n}.type, aliases: coalesce({n}.aliases, []), wikidata: {n}.wikidata}}"""


#: The entities whose ids are in $ids (actors, agreements, places), as neighbourhood nodes.
GRAPH_NODES: Final = """
WITH $ids AS seed
""" + _SEEDS + """
WITH x AS n ORDER BY n.id
RETURN """ + _graph_node("n") + """ AS node
"""

#: One ring of a neighbourhood: the statements of $predicates and $statuses that an entity of $ids
#: takes part in, from documents dated within $date_from..$date_to, one edge per subject, predicate,
#: object and status (a symmetric pair from the smaller id), with its summary over those statements;
#: with $valid_at, only edges whose first and last document dates span it. The $limit edges with
#: the most sources come first; `total` counts them all.
GRAPH_EDGES: Final = """
WITH $ids AS seed
""" + _SEEDS + """
MATCH (x)<-[:SUBJECT|OBJECT]-(e:Evidence)
WHERE e.predicate IN $predicates AND e.status IN $statuses
WITH DISTINCT e
MATCH (a)<-[:SUBJECT]-(e)-[:OBJECT]->(b)
MATCH (e)-[:IN_DOCUMENT]->(d:Document)
WHERE true""" + _DATE_IN_RANGE + """
WITH e, d, CASE WHEN e.predicate IN $symmetric AND b.id < a.id THEN [b, a] ELSE [a, b] END AS ends
WITH e.predicate AS predicate, e.status AS status, ends[0] AS s, ends[1] AS o,
     count(e) AS evidence_count, collect(DISTINCT d.name) AS sources,
     min(d.date) AS first_seen, max(d.date) AS last_seen, max(e.confidence) AS confidence
WHERE $valid_at IS NULL OR (first_seen IS NOT NULL
      AND substring(first_seen, 0, size($valid_at)) <= $valid_at
      AND substring(last_seen, 0, size($valid_at)) >= $valid_at)
WITH predicate, status, s, o, evidence_count, sources, first_seen, last_seen, confidence
ORDER BY size(sources) DESC, evidence_count DESC, s.id, predicate, o.id, status
WITH collect({predicate: predicate, status: status, s: s, o: o, evidence_count: evidence_count,
              sources: sources, first_seen: first_seen, last_seen: last_seen,
              confidence: confidence}) AS rows
UNWIND (CASE WHEN rows = [] THEN [null] ELSE rows[..$limit] END) AS row
WITH size(rows) AS total, row, row.s AS s, row.o AS o
RETURN total, CASE WHEN row IS NULL THEN null ELSE
       {predicate: row.predicate, status: row.status, evidence_count: row.evidence_count,
        sources: row.sources, first_seen: row.first_seen, last_seen: row.last_seen,
        confidence: row.confidence,
        source: """ + _graph_node("s") + """,
        target: """ + _graph_node("o") + """} END AS edge
"""


#: Actors with at least $at_least distinct neighbours over typed relationships of $types, those whose
#: number is closest to $degree first, at most $limit (the benchmark's hubs: bench/graph_page.py).
ACTORS_BY_DEGREE: Final = """
MATCH (a:Actor)
WHERE COUNT { (a)--() } >= $at_least
WITH a, COUNT { MATCH (a)-[r]-(b) WHERE type(r) IN $types RETURN DISTINCT b } AS neighbours
WHERE neighbours >= $at_least
RETURN a.id AS id, a.name AS name, neighbours
ORDER BY abs(neighbours - $degree), id
LIMIT $limit
"""


#: Stable ids of nodes given by element id (ends of relationships a Cypher query returned alone).
IDS_OF_ELEMENTS: Final = """
MATCH (n) WHERE elementId(n) IN $elements
RETURN elementId(n) AS element, n.id AS id
"""

#: Whether the database answers at all (for /health).
PING: Final = "RETURN 1 AS ok"


# --- RDF export ---
# Every export query pages by id: rows with ``key > $after``, ``$limit`` keys per page, ordered by key.
# A relation's evidence is found by its pair key (an index seek, ``$labels``: NODE_LABELS, and
# ``$relation_types``: the ontology's relation types). Walking each relation's start node's
# statements instead cost a hub's statements once per relation: a page of 1,000 actors of the
# benchmark graph (states with 17,000 relations) took two minutes.


def _export_evidence(selected: str = "true") -> str:
    """Cypher: the ids of the asserted evidence (passing ``selected``) of relationship ``r`` from
    ``n`` to ``o``, by its pair key; none for a relationship that is not one of the relations."""
    return f"""CASE WHEN type(r) IN $relation_types THEN COLLECT {{
            MATCH (e:Evidence) WHERE e.pair = {_pair_of("n", "o", "toLower(type(r))")}
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
# Rows in the shapes the export's mapping reads (graph/rdf.py: node_quads, evidence_quads).

#: The general labels whose nodes GET /id describes (evidence has its own query).
DESCRIBED_LABELS: Final = ("Actor", "Agreement", "Place", "Event", "Document")


def _described_relation(start: str, end: str) -> str:
    """Cypher: relationship ``r`` from ``start`` to ``end`` as an export relation map; a typed relation
    of the ontology ($relation_types) lists its asserted evidence by pair key ($labels: NODE_LABELS)."""
    return f"""{{type: type(r), object_id: {end}.id, object_labels: labels({end}),
        first_seen: r.first_seen, last_seen: r.last_seen, confidence: r.confidence,
        evidence: CASE WHEN type(r) IN $relation_types THEN COLLECT {{
          MATCH (e:Evidence) WHERE e.pair = {_pair_of(start, end, "toLower(type(r))")}
            AND e.status = 'asserted'
          RETURN e.id ORDER BY e.id }} ELSE [] END}}"""


def describe_node(label: str) -> str:
    """Rows of the node of ``label`` with id $id (its relationships of $types) and of its neighbours
    (their names and classes, and their relationships of $types towards it); none when no such node."""
    label = _checked(label, DESCRIBED_LABELS, "label")
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
    label = _checked(label, DESCRIBED_LABELS, "label")
    return f"MATCH (:{label} {{id: $id}})<-[:SUBJECT|OBJECT|IN_DOCUMENT]-(e:Evidence)" + _EVIDENCE_ROWS

# --- RDF import ---
# What graph/rdf_import.py decodes from an export, MERGEd on stable ids (so importing twice changes
# nothing). Labels and relationship types come from the ontology's closed lists, as for the writer.

#: Labels of the nodes an import creates besides actors.
IMPORT_LABELS: Final = ("Document", "Event")


@cache
def import_actors(actor_type: str) -> str:
    """``UNWIND $rows`` actor merge that only adds: the specific label, name and type on creation;
    aliases, keys and types seen joined to those stored; a stored Wikidata id kept."""
    label = _checked(actor_type, ACTOR_TYPES, "actor type")
    return f"""
UNWIND $rows AS row
MERGE (n:Actor {{id: row.id}})
ON CREATE SET n:{label}, n.name = row.name, n.type = row.type
SET n.types_seen = reduce(acc = coalesce(n.types_seen, []), t IN row.types_seen |
                     CASE WHEN t IN acc THEN acc ELSE acc + t END)
{_ENTITY_SET}"""


@cache
def import_nodes(label: str) -> str:
    """``UNWIND $rows`` merge of documents or events, with the properties the rows carry (rows
    carry no nulls, so a property the file lacks is never removed)."""
    lab = _checked(label, IMPORT_LABELS, "label")
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
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
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
    rel = relationship_type(_checked(predicate, RELATIONS, "predicate"))
    s = _checked(subject_label, NODE_LABELS, "label")
    o = _checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
WITH s, o, row WHERE EXISTS {{ MATCH (:Evidence {{pair: row.pair, status: 'asserted'}}) }}
MERGE (s)-[r:{rel}]->(o)
{_RECOUNT}RETURN collect(pair) AS merged
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
