"""GET /relations, /backing, /opposition and /alliances on the dev corpus (25 documents, 2015-2025)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.neo4j


def _pairs(body) -> list[tuple[str, str]]:
    return [(row["subject"]["id"], row["object"]["id"]) for row in body["data"]]


def _get(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_russia_backs_syria_in_three_documents_with_their_dates(dev_client):
    [row] = _get(dev_client, "/relations", predicate="backs", subject="Moscow", object="Damascus")["data"]
    assert row["predicate"] == "backs"
    assert (row["subject"]["id"], row["object"]["id"]) == ("russia", "syria")
    assert row["matched"]["sources"] == ["00_idlib_2019.txt", "01_syria_northeast_2019.txt",
                                         "22_idlib_moscow_ceasefire_2020.txt"]
    assert (row["first_seen"], row["last_seen"]) == ("2019-05-06", "2020-03-06")
    assert [e["date"] for e in row["evidence"]] == ["2019-05-06", "2019-10-23", "2020-03-06"]
    assert all(e["sentence"] and e["end"] > e["start"] and e["status"] == "asserted" for e in row["evidence"])


@pytest.mark.parametrize(("params", "dates"), [
    ({"to": "2019-06"}, ["2019-05-06"]),
    ({"to": "2019-05-06"}, ["2019-05-06"]),
    ({"from": "2019-07-01"}, ["2019-10-23", "2020-03-06"]),
    ({"from": "2019", "to": "2019"}, ["2019-05-06", "2019-10-23"]),
    ({"from": "2019-05-07", "to": "2019-10-22"}, None),
    ({"from": "2020"}, ["2020-03-06"]),
    ({"from": "2020-03-07"}, None),
])
def test_from_and_to_keep_only_evidence_of_documents_dated_between(dev_client, params, dates):
    body = _get(dev_client, "/backing", backer="russia", backed="syria", **params)
    if dates is None:
        assert body == {"data": [], "count": 0}
        return
    [row] = body["data"]
    assert [e["date"] for e in row["evidence"]] == dates
    assert row["matched"]["evidence_count"] == len(dates)
    assert (row["matched"]["first_seen"], row["matched"]["last_seen"]) == (dates[0], dates[-1])
    # the typed relationship's own summary still describes all asserted evidence
    assert row["evidence_count"] == 3


@pytest.mark.parametrize(("valid_at", "found"), [
    ("2019-05-06", True), ("2019-08", True), ("2019-10-23", True), ("2019", True), ("2020-01-01", True),
    ("2020-03-06", True), ("2019-05-05", False), ("2018", False), ("2020-03-07", False), ("2021", False),
])
def test_valid_at_needs_evidence_on_both_sides_of_the_date(dev_client, valid_at, found):
    body = _get(dev_client, "/backing", backer="Russia", backed="Syria", valid_at=valid_at)
    assert body["count"] == (1 if found else 0)


def test_min_sources_keeps_pairs_stated_in_that_many_documents(dev_client):
    everyone = _get(dev_client, "/backing", backed="Syria")
    assert {row["backer"]["id"] for row in everyone["data"]} >= {"russia", "iran"}
    twice = _get(dev_client, "/backing", backed="Syria", min_sources=2)
    assert [row["backer"]["id"] for row in twice["data"]] == ["russia"]
    assert _get(dev_client, "/relations", predicate="backs", min_sources=2)["count"] >= 1
    many = _get(dev_client, "/relations", min_sources=1000)
    assert many == {"data": [], "count": 0}


def test_opposition_is_one_row_per_pair_with_the_asked_actor_as_subject(dev_client):
    body = _get(dev_client, "/opposition", actor="Ankara")
    assert all(row["subject"]["id"] == "turkey" for row in body["data"])
    others = [row["object"]["id"] for row in body["data"]]
    assert "russia" in others and "kurdistan-workers-party" in others
    assert len(others) == len(set(others))
    [russia] = [row for row in body["data"] if row["object"]["id"] == "russia"]
    assert russia["predicate"] == "opposes"
    assert russia["matched"]["sources"] == ["00_idlib_2019.txt", "22_idlib_moscow_ceasefire_2020.txt"]
    assert russia["evidence_count"] == 2  # stored once, from the smaller id, found from either side
    flipped = _get(dev_client, "/opposition", actor="Russia", other="Turkey")
    assert _pairs(flipped) == [("russia", "turkey")]


def test_a_symmetric_pair_stated_both_ways_is_one_row(dev_client):
    body = _get(dev_client, "/alliances", actor="Ethiopia", other="Eritrea")
    assert _pairs(body) == [("ethiopia", "eritrea")]
    assert body["data"][0]["matched"]["evidence_count"] >= 2
    unfiltered = _pairs(_get(dev_client, "/alliances", limit=200))
    keys = [tuple(sorted(pair)) for pair in unfiltered]
    assert len(keys) == len(set(keys)) and ("eritrea", "ethiopia") in keys


def test_alliances_of_an_actor_from_either_end(dev_client):
    body = _get(dev_client, "/alliances", actor="Russia")
    assert {row["object"]["id"] for row in body["data"]} >= {"armenia"}
    either = _get(dev_client, "/relations", predicate="allied_with", actor="Russia")
    assert either["count"] == body["count"]
    # armenia < russia, yet the asked-for actor is the subject of every symmetric row
    assert {row["subject"]["id"] for row in either["data"]} == {"russia"}


def test_relations_of_any_predicate_and_any_entity(dev_client):
    governs = _get(dev_client, "/relations", predicate="governs", object="Idlib")
    assert governs["count"] >= 1
    assert all(row["object"]["id"] == "idlib" and row["subject"]["type"] == "Agreement"
               for row in governs["data"])
    everything = _get(dev_client, "/relations", actor="Turkey", limit=200)
    assert {row["predicate"] for row in everything["data"]} >= {"backs", "opposes", "brokered", "party_to"}
    assert everything["count"] == len(everything["data"])


def test_denied_and_alleged_are_kept_apart(dev_client):
    assert _get(dev_client, "/backing", backer="Rwanda", backed="M23")["count"] == 0
    alleged = _get(dev_client, "/backing", backer="Rwanda", backed="M23", status="alleged")
    [row] = alleged["data"]
    assert {e["status"] for e in row["evidence"]} == {"alleged"} and row["evidence_count"] is None
    denied = _get(dev_client, "/relations", predicate="backs", subject="Rwanda", status="denied")
    assert {e["status"] for row in denied["data"] for e in row["evidence"]} == {"denied"}
    both = _get(dev_client, "/backing", backer="Rwanda", backed="M23", status="any")
    assert {e["status"] for e in both["data"][0]["evidence"]} == {"alleged", "denied"}


def test_pages_are_bounded_and_consistent(dev_client):
    everything = _get(dev_client, "/relations", predicate="backs", limit=200)
    assert everything["count"] == len(everything["data"]) > 5
    page = _get(dev_client, "/relations", predicate="backs", limit=2, offset=3)
    assert page["count"] == everything["count"]
    assert page["data"] == everything["data"][3:5]
    counts = [row["matched"]["evidence_count"] for row in everything["data"]]
    assert counts == sorted(counts, reverse=True)
    for params in ({"limit": 201}, {"limit": 0}, {"offset": -1}, {"min_sources": 0},
                   {"valid_at": "2019-13"}, {"from": "May 2019"}, {"to": "2019-02-30x"},
                   {"predicate": "likes"}, {"status": "rumoured"}):
        response = dev_client.get("/relations", params=params)
        assert response.status_code == 422, (params, response.text)
        assert response.json()["error"]["code"] == "invalid_request"


def test_unknown_names_match_nothing(dev_client):
    assert _get(dev_client, "/relations", subject="Narnia") == {"data": [], "count": 0}
    assert _get(dev_client, "/opposition", actor="Russia", other="Narnia") == {"data": [], "count": 0}


def test_an_actors_relations_are_the_ontologys_not_its_event_roles(dev_client):
    body = _get(dev_client, "/actors/russia")
    assert set(body["relations"]) <= {"backs", "opposes", "allied_with", "party_to", "brokered", "governs",
                                      "leader_of", "member_of", "evolved_from", "controls"}
    assert {"backs", "opposes", "party_to"} <= set(body["relations"])
    assert all(r["other"]["name"] for rows in body["relations"].values() for r in rows)


def test_a_hubs_relations_are_capped_per_predicate_and_counted(dev_client):
    full = _get(dev_client, "/actors/russia", per_predicate=1000)
    assert full["relation_counts"] == {p: len(rows) for p, rows in full["relations"].items()}
    many = [p for p, n in full["relation_counts"].items() if n > 1]
    assert many, full["relation_counts"]
    capped = _get(dev_client, "/actors/russia", per_predicate=1)
    assert capped["relation_counts"] == full["relation_counts"]
    for predicate, rows in capped["relations"].items():
        assert len(rows) == 1
        most = max(r["evidence_count"] for r in full["relations"][predicate])
        assert rows[0]["evidence_count"] == most
        assert rows[0] in full["relations"][predicate]
    for bad in ("0", "1001", "x"):
        assert dev_client.get(f"/actors/russia?per_predicate={bad}").status_code == 422


def _both_answers(driver, database, params):
    from pactgraph.graph import read
    from pactgraph.graph.queries.reads import FIND_RELATIONS, find_relations_typed
    from pactgraph.graph.queries.schema import NODE_LABELS

    assert read.summaries_answer(params)
    slow = [r.data() for r in read._all(driver, database, FIND_RELATIONS, params)]
    typed = dict(params, labels=list(NODE_LABELS))
    fast = [r.data() for r in read._all(driver, database, find_relations_typed(
        tuple(params["predicates"])), typed)]
    return slow, fast


def test_the_summaries_give_the_same_answers_as_the_statements_for_every_entity(dev_graph, settings):
    """The shortcut for asserted, undated questions against the walk over all statements it replaces:
    every entity of the corpus as subject, object and either end, each predicate and all of them,
    with paging, a minimum of sources and a validity date."""
    from pactgraph.ontology.vocabulary import RELATIONS, SYMMETRIC

    database = settings.neo4j_database
    ids = [r["id"] for r in dev_graph.execute_query(
        "MATCH (n) WHERE n:Actor OR n:Agreement OR n:Place RETURN n.id AS id ORDER BY id",
        database_=database).records]
    assert len(ids) > 100
    base = {"statuses": ["asserted"], "symmetric": sorted(SYMMETRIC), "valid_at": None, "date_from": None,
            "date_to": None, "min_sources": 1, "limit": 50, "offset": 0,
            "subject_ids": None, "object_ids": None, "either_ids": None}
    compared = answered = 0
    for i, entity in enumerate(ids):
        predicates = [list(RELATIONS), [list(RELATIONS)[i % len(RELATIONS)]]][i % 2]
        for end in ("subject_ids", "object_ids", "either_ids"):
            params = dict(base, predicates=predicates, **{end: [entity]})
            if i % 7 == 0:
                params.update(limit=2, offset=1)
            if i % 11 == 0:
                params.update(min_sources=2)
            if i % 13 == 0:
                params.update(valid_at="2019")
            slow, fast = _both_answers(dev_graph, database, params)
            assert fast == slow, (entity, end, params)
            compared += 1
            answered += bool(slow and slow[0]["relation"])
    # Two ends at once, and several ids for one end (an ambiguous name resolves to several).
    for params in (dict(base, predicates=["backs"], subject_ids=["russia", "iran"], object_ids=["syria"]),
                   dict(base, predicates=list(RELATIONS), either_ids=["russia", "turkey"]),
                   dict(base, predicates=["opposes"], subject_ids=["turkey"], object_ids=["russia"])):
        slow, fast = _both_answers(dev_graph, database, params)
        assert fast == slow, params
        answered += bool(slow and slow[0]["relation"])
    assert compared == 3 * len(ids) and answered > 100
