"""The read queries that start from the entities asked about give the answers of a walk over everything.

``FIND_EVENTS`` starts from the given agent, target, actor or place instead of every event, and
``ACTOR_RELATIONS`` expands only the ontology's relationship types of the actor instead of all its
relationships. Each is checked here against the query it replaces (the same text with the
shortcut taken out), over every entity of the dev corpus and combinations of filters: same rows,
same order, same counts.
"""

from __future__ import annotations

import itertools

from pactgraph.graph import read
from pactgraph.graph.queries.events import FIND_EVENTS
from pactgraph.graph.queries.reads import ACTOR_RELATIONS
from pactgraph.graph.queries.schema import NODE_LABELS
from pactgraph.ontology.vocabulary import RELATIONS, SYMMETRIC, relationship_type

#: FIND_EVENTS as it was: every event, then the filters.
_AFTER_START = FIND_EVENTS.index("MATCH (e)-[:IN_DOCUMENT]")
EVENTS_BY_SCAN = "MATCH (e:Event)\n" + FIND_EVENTS[_AFTER_START:]

#: ACTOR_RELATIONS as a plain reading: every relationship of the actor, then its type, all of them,
#: each counted by type (the query keeps the $per_predicate of each type with the most evidence);
#: the sentences and the answer as the query reads them.
_TAIL = ACTOR_RELATIONS[ACTOR_RELATIONS.index("// The relationship's own statements"):]
ACTOR_RELATIONS_BY_SCAN = """
MATCH (n:Actor {id: $id})-[r]-(other)
WHERE type(r) IN $types
WITH n, r, other, toLower(type(r)) AS predicate, COUNT { (n)-[x]-() WHERE type(x) = type(r) } AS total
WITH n, r, other, total, predicate,
     CASE WHEN predicate IN $symmetric THEN 'both' WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
""" + _TAIL


def _ids(driver, database, query):
    return [r["id"] for r in driver.execute_query(query, database_=database).records]


def _events(driver, database, query, **filters):
    params = {"types": None, "statuses": ["asserted"], "date_from": None, "date_to": None,
              "min_killed": None, "limit": 50, "offset": 0, "actor_ids": None, "agent_ids": None,
              "target_ids": None, "place_ids": None, **filters}
    return [r.data() for r in read._all(driver, database, query, params)]


def test_the_scan_reference_is_the_query_without_its_start():
    assert EVENTS_BY_SCAN != FIND_EVENTS and "CALL ()" not in EVENTS_BY_SCAN


def test_events_from_their_roles_are_those_of_the_scan(dev_graph, settings):
    database = settings.neo4j_database
    actors = _ids(dev_graph, database, "MATCH (:Event)-[:AGENT|TARGET]->(a:Actor) "
                                       "RETURN DISTINCT a.id AS id ORDER BY id")
    places = _ids(dev_graph, database, "MATCH (:Event)-[:PLACE]->(p:Place) "
                                       "RETURN DISTINCT p.id AS id ORDER BY id")
    assert len(actors) > 20 and len(places) > 5
    compared = answered = 0
    cases = []
    for i, actor in enumerate(actors):
        cases += [{"actor_ids": [actor]}, {"agent_ids": [actor]}, {"target_ids": [actor]}]
        if i % 3 == 0:
            cases.append({"agent_ids": [actor], "types": ["assault", "fight"], "limit": 2, "offset": 1})
        if i % 4 == 0:
            cases.append({"actor_ids": [actor], "statuses": ["asserted", "alleged", "denied", "hypothetical"],
                          "date_from": "2019", "date_to": "2020-06"})
    for place, actor in zip(places, itertools.cycle(actors)):
        cases += [{"place_ids": [place]}, {"place_ids": [place], "actor_ids": [actor]},
                  {"place_ids": [place], "min_killed": 1}]
    cases += [{"agent_ids": actors[:3], "target_ids": actors[3:9]},
              {"actor_ids": actors, "place_ids": places}, {}, {"types": ["assault"], "limit": 5, "offset": 3}]
    for filters in cases:
        seeded = _events(dev_graph, database, FIND_EVENTS, **filters)
        scanned = _events(dev_graph, database, EVENTS_BY_SCAN, **filters)
        assert seeded == scanned, filters
        compared += 1
        answered += bool(scanned and scanned[0]["event"])
    assert compared > 100 and answered > 50


def test_an_actors_typed_relations_are_those_of_the_scan(dev_graph, settings):
    database = settings.neo4j_database
    actors = _ids(dev_graph, database, "MATCH (a:Actor) RETURN a.id AS id ORDER BY id")
    assert len(actors) > 50
    params = {"symmetric": sorted(SYMMETRIC), "per_relation": 10, "labels": list(NODE_LABELS),
              "types": [relationship_type(p) for p in RELATIONS]}
    answered = capped = 0
    for actor in actors:
        asked = dict(params, id=actor)
        scanned = [r.data() for r in read._all(dev_graph, database, ACTOR_RELATIONS_BY_SCAN, asked)]
        typed = [r.data() for r in read._all(dev_graph, database, ACTOR_RELATIONS,
                                             dict(asked, per_predicate=1000))]
        totals = {}
        for row in scanned:
            totals[row["predicate"]] = totals.get(row["predicate"], 0) + 1
        assert all(row["total"] == totals[row["predicate"]] for row in scanned), actor
        assert typed == scanned, actor
        answered += bool(typed)
        # one a type: the one with the most evidence
        top = [r.data() for r in read._all(dev_graph, database, ACTOR_RELATIONS,
                                           dict(asked, per_predicate=1))]
        assert sorted(row["predicate"] for row in top) == sorted(totals)
        for row in top:
            most = max(x["evidence_count"] for x in scanned if x["predicate"] == row["predicate"])
            assert row["evidence_count"] == most, (actor, row["predicate"])
            capped += totals[row["predicate"]] > 1
    assert answered > 50 and capped > 10
