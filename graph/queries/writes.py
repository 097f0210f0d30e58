"""The writer's statements: documents, entities, evidence and typed relationships, MERGEd on stable
ids in ``UNWIND $rows`` batches (events are in :mod:`pactgraph.graph.queries.events`)."""

from __future__ import annotations

from functools import cache
from typing import Final

from pactgraph.graph.queries.schema import NODE_LABELS, checked
from pactgraph.ontology.vocabulary import ACTOR_TYPES, ENTITY_TYPES, RELATIONS, SYMMETRIC, relationship_type


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
ENTITY_SET = """
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
{ENTITY_SET}"""


@cache
def merge_entities(entity_type: str) -> str:
    """``UNWIND $rows`` entity merge for one entity type (the label comes from the closed list).

    Every actor type shares :data:`MERGE_ACTORS`, which sets each row's own label.
    """
    label = checked(entity_type, ENTITY_TYPES, "entity type")
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
{ENTITY_SET.rstrip()}{extra}
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
    s = checked(subject_label, NODE_LABELS, "label")
    o = checked(object_label, NODE_LABELS, "label")
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
RECOUNT = """WITH DISTINCT r, row.pair AS pair
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
    rel = relationship_type(checked(predicate, RELATIONS, "predicate"))
    s = checked(subject_label, NODE_LABELS, "label")
    o = checked(object_label, NODE_LABELS, "label")
    return f"""
UNWIND $rows AS row
MATCH (s:{s} {{id: row.subject_id}})
MATCH (o:{o} {{id: row.object_id}})
MERGE (s)-[r:{rel}]->(o)
{RECOUNT}"""


def pair_of(start: str, end: str, predicate: str) -> str:
    """Cypher: the pair key (:func:`pair_key`) of a typed relationship from ``start`` to ``end``,
    as stored (a symmetric one from the smaller id already); needs ``$labels`` (NODE_LABELS)."""
    return (f"[l IN labels({start}) WHERE l IN $labels][0] + ':' + {start}.id + '|' + {predicate} + '|' + "
            f"[l IN labels({end}) WHERE l IN $labels][0] + ':' + {end}.id")
