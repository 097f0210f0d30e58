"""GET /graph on the examples (what `make run` ingests): nodes, edges, filters, GraphML and GEXF."""

from __future__ import annotations

import io

import networkx as nx
import pytest

pytestmark = pytest.mark.neo4j


def _edge(answer: dict, source: str, predicate: str, target: str, status: str = "asserted") -> dict | None:
    return next((e for e in answer["edges"] if (e["source"], e["predicate"], e["target"], e["status"])
                 == (source, predicate, target, status)), None)


def test_turkey_draws_the_national_liberation_front(examples_client):
    answer = examples_client.get("/graph", params={"actor": "Ankara"}).json()
    assert answer["centre"]["id"] == "turkey" and answer["centre"]["depth"] == 0
    nodes = {n["id"]: n for n in answer["nodes"]}
    assert nodes["national-liberation-front"]["kind"] == "ArmedGroup"
    assert nodes["national-liberation-front"]["depth"] == 1
    assert nodes["sochi-deal-d6b7db82"]["kind"] == "Agreement"
    edge = _edge(answer, "turkey", "backs", "national-liberation-front")
    assert edge is not None
    assert edge["sources"] == ["00_idlib_2019.txt"] and edge["first_seen"] == "2019-05-06"
    assert edge["evidence_count"] >= 1 and edge["symmetric"] is False
    assert answer["count"] == len(answer["edges"]) and answer["truncated"] is False
    # every edge touches the centre at depth 1, and every end is a node
    for e in answer["edges"]:
        assert "turkey" in (e["source"], e["target"])
        assert e["source"] in nodes and e["target"] in nodes


def test_depth_one_has_the_pairs_that_relations_lists(examples_client):
    answer = examples_client.get("/graph", params={"actor": "turkey"}).json()
    relations = examples_client.get("/relations", params={"actor": "turkey", "limit": 200}).json()
    pairs = {(r["predicate"], frozenset((r["subject"]["id"], r["object"]["id"]))) for r in relations["data"]}
    assert {(e["predicate"], frozenset((e["source"], e["target"]))) for e in answer["edges"]} == pairs


def test_symmetric_edges_run_from_the_smaller_id(examples_client):
    answer = examples_client.get("/graph", params={"actor": "turkey", "predicate": "opposes"}).json()
    edges = [(e["source"], e["target"], e["symmetric"]) for e in answer["edges"]]
    assert edges == [("russia", "turkey", True)]


def test_denied_relations_only_when_asked(examples_client):
    default = examples_client.get("/graph", params={"actor": "Iran"}).json()
    assert {e["status"] for e in default["edges"]} == {"asserted"}
    assert _edge(default, "iran", "backs", "houthi", "denied") is None
    asked = examples_client.get("/graph", params=[("actor", "Iran"), ("status", "asserted"),
                                                  ("status", "denied")]).json()
    assert _edge(asked, "iran", "backs", "houthi", "denied") is not None
    assert _edge(asked, "houthi", "allied_with", "iran") is not None
    every = examples_client.get("/graph", params={"actor": "Iran", "status": "any"}).json()
    assert len(every["edges"]) >= len(asked["edges"])


def test_a_window_before_2019_hides_the_idlib_backing(examples_client):
    before = examples_client.get("/graph", params={"actor": "turkey", "to": "2018-12-31"}).json()
    assert before["edges"] == [] and [n["id"] for n in before["nodes"]] == ["turkey"]
    during = examples_client.get("/graph", params={"actor": "turkey", "from": "2019", "to": "2019"}).json()
    assert _edge(during, "turkey", "backs", "national-liberation-front") is not None
    assert _edge(examples_client.get("/graph", params={"actor": "turkey", "valid_at": "2019-05"}).json(),
                 "turkey", "backs", "national-liberation-front") is not None
    assert examples_client.get("/graph", params={"actor": "turkey", "valid_at": "2020"}).json()["edges"] == []


def test_predicate_filter(examples_client):
    answer = examples_client.get("/graph", params=[("actor", "turkey"), ("predicate", "brokered"),
                                                   ("predicate", "party_to")]).json()
    assert {e["predicate"] for e in answer["edges"]} == {"brokered", "party_to"}


def test_depth_two_reaches_the_second_ring(examples_client):
    one = examples_client.get("/graph", params={"actor": "turkey"}).json()
    two = examples_client.get("/graph", params={"actor": "turkey", "depth": 2}).json()
    depths = {n["id"]: n["depth"] for n in two["nodes"]}
    assert depths["russia"] == 1 and depths["syria"] == 2  # Russia backs Syria
    assert depths["idlib"] == 2  # the Sochi deal governs Idlib
    assert len(two["edges"]) > len(one["edges"])
    for e in two["edges"]:
        assert min(depths[e["source"]], depths[e["target"]]) <= 1
    assert len({e["id"] for e in two["edges"]}) == len(two["edges"])


def test_limit_cuts_and_says_so(examples_client):
    answer = examples_client.get("/graph", params={"actor": "turkey", "limit": 1}).json()
    assert answer["count"] == 1 and answer["truncated"] is True
    ends = {answer["edges"][0]["source"], answer["edges"][0]["target"]}
    assert {n["id"] for n in answer["nodes"]} == ends


def test_an_agreement_or_place_can_be_the_centre(examples_client):
    answer = examples_client.get("/graph", params={"actor": "sochi-deal-d6b7db82"}).json()
    assert answer["centre"]["kind"] == "Agreement"
    assert _edge(answer, "sochi-deal-d6b7db82", "governs", "idlib") is not None


@pytest.mark.parametrize("params, status, code", [
    ({"actor": "Narnia"}, 404, "not_found"),
    ({"actor": "turkey", "depth": 4}, 422, "invalid_request"),
    ({"actor": "turkey", "format": "dot"}, 422, "invalid_request"),
    ({"actor": "turkey", "status": "rumoured"}, 422, "invalid_request"),
    ({"actor": "turkey", "predicate": "BACKS) DETACH DELETE n //"}, 422, "invalid_request"),
    ({"actor": "turkey", "to": "2019-13"}, 422, "invalid_request"),
    ({}, 422, "invalid_request"),
])
def test_bad_requests(examples_client, params, status, code):
    response = examples_client.get("/graph", params=params)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


@pytest.mark.parametrize("fmt, reader, media", [("gexf", nx.read_gexf, "application/gexf+xml"),
                                                ("graphml", nx.read_graphml, "application/graphml+xml")])
def test_graphml_and_gexf_hold_the_same_subgraph(examples_client, fmt, reader, media):
    params = {"actor": "turkey", "depth": 2, "status": "any"}
    answer = examples_client.get("/graph", params=params).json()
    response = examples_client.get("/graph", params={**params, "format": fmt})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    graph = reader(io.BytesIO(response.content))
    assert graph.number_of_nodes() == len(answer["nodes"])
    assert graph.number_of_edges() == len(answer["edges"])
    labels = {graph.nodes[n].get("label", n) for n in graph.nodes}
    assert "National Liberation Front" in labels
    backs = [d for _, _, d in graph.edges(data=True) if d.get("predicate") == "backs"]
    assert backs and all(d.get("documents") for d in backs)


def test_in_openapi(examples_client):
    spec = examples_client.get("/openapi.json").json()
    operation = spec["paths"]["/graph"]["get"]
    assert {"application/json", "application/gexf+xml", "application/graphml+xml"} <= set(
        operation["responses"]["200"]["content"])
    assert {p["name"] for p in operation["parameters"]} >= {"actor", "depth", "predicate", "status",
                                                            "valid_at", "from", "to", "limit", "format"}
