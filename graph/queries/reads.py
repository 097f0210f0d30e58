"""The API's reads: entity lookups, actors, relations, agreements, paths, neighbourhoods."""

from __future__ import annotations

from functools import cache
from typing import Final

from pactgraph.graph.queries.events import on_or_after, on_or_before
from pactgraph.graph.queries.schema import KEYS_INDEX, NODE_LABELS, checked
from pactgraph.graph.queries.writes import pair_of
from pactgraph.ontology.vocabulary import RELATIONS, relationship_type


def key_phrase(key: str) -> str:
    """The Lucene query for one exact key of the keyword-analyzed full-text index: a quoted phrase."""
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


# The scans the indexed lookups replace, for a database whose full-text index is not there yet
# (created by an older version and not written to since) or not yet online.
@cache
def resolve_entities_scan(label: str) -> str:
    """:func:`resolve_entities` without the full-text index: every node of the label is read."""
    lab = checked(label, NODE_LABELS, "label")
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
    lab = checked(label, NODE_LABELS, "label")
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
  WITH """ + pair_of("a", "b", "predicate") + """ AS key
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
    return _find_relations_typed(tuple(sorted(checked(p, RELATIONS, "predicate") for p in set(predicates))))


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
  WITH """ + pair_of("a", "b", "predicate") + """ AS key
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
  AND ($date_from IS NULL OR (a.date IS NOT NULL AND """ + on_or_after("a.date", "$date_from") + """))
  AND ($date_to IS NULL OR (a.date IS NOT NULL AND """ + on_or_before("a.date", "$date_to") + """))
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
    return _find_paths(tuple(checked(p, RELATIONS, "predicate") for p in predicates), max_hops)


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
  WITH {pair_of("s", "o", "predicate")} AS key
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
