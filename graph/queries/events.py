"""Events: their writes (nodes and roles), the events read back, and an agreement's candidate
violations."""

from __future__ import annotations

from functools import cache
from typing import Final

from pactgraph.graph.queries.schema import checked

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
    rel, label = EVENT_ROLES[checked(role, tuple(EVENT_ROLES), "event role")]
    return f"""
UNWIND $rows AS row
MATCH (e:Event {{id: row.event_id}})
MATCH (x:{label} {{id: row.entity_id}})
MERGE (e)-[:{rel}]->(x)
"""


def on_or_after(value: str, bound: str) -> str:
    """Cypher: ISO prefix ``value`` is on or after ``bound``, at the coarser of the two precisions."""
    n = f"CASE WHEN size({value}) < size({bound}) THEN size({value}) ELSE size({bound}) END"
    return f"left({value}, {n}) >= left({bound}, {n})"


def on_or_before(value: str, bound: str) -> str:
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
WHERE ($date_from IS NULL OR (date IS NOT NULL AND """ + on_or_after("date", "$date_from") + """))
  AND ($date_to IS NULL OR (date IS NOT NULL AND """ + on_or_before("date", "$date_to") + """))
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
WHERE date IS NOT NULL AND """ + on_or_after("date", "$since") + """
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
