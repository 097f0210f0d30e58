"""GET /paths on the dev corpus: the shortest chains of asserted relations, each step with its sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.neo4j


def _get(client, **params):
    response = client.get("/paths", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_direct_relation_is_a_path_of_one_step(dev_client):
    body = _get(dev_client, source="Moscow", target="Damascus", max_hops=1)
    [path] = [p for p in body["data"] if p["steps"][0]["predicate"] == "backs"]
    assert path["length"] == 1 and [n["id"] for n in path["nodes"]] == ["russia", "syria"]
    [step] = path["steps"]
    assert (step["subject"], step["object"], step["evidence_count"]) == ("russia", "syria", 3)
    assert step["evidence"] and all(e["status"] == "asserted" and e["sentence"] for e in step["evidence"])


def test_paths_chain_steps_in_either_direction_with_evidence(dev_client):
    body = _get(dev_client, source="Armenia", target="Azerbaijan",
                predicate=["backs", "opposes", "allied_with"])
    assert body["count"] >= 1
    for path in body["data"]:
        nodes = [n["id"] for n in path["nodes"]]
        assert nodes[0] == "armenia" and nodes[-1] == "azerbaijan"
        assert len(path["steps"]) == path["length"] == len(nodes) - 1
        for i, step in enumerate(path["steps"]):
            assert step["predicate"] in ("backs", "opposes", "allied_with")
            assert {step["subject"], step["object"]} == {nodes[i], nodes[i + 1]}
            assert step["evidence"] and step["evidence_count"] >= 1
    assert {len(p["steps"]) for p in body["data"]} == {body["data"][0]["length"]}  # all shortest


def test_no_path_within_the_hop_limit_or_for_unknown_names(dev_client):
    assert _get(dev_client, source="Armenia", target="Azerbaijan", predicate="backs", max_hops=1) == {
        "data": [], "count": 0}
    assert _get(dev_client, source="Narnia", target="Turkey") == {"data": [], "count": 0}
    assert _get(dev_client, source="Turkey", target="Turkey") == {"data": [], "count": 0}


def test_paths_page(dev_client):
    everything = _get(dev_client, source="Iran", target="Turkey", limit=50)
    assert everything["count"] == len(everything["data"]) >= 1
    page = _get(dev_client, source="Iran", target="Turkey", limit=1, offset=0)
    assert page["count"] == everything["count"] and page["data"] == everything["data"][:1]


@pytest.mark.parametrize("params", [{"source": "Iran"}, {"source": "Iran", "target": ""},
                                    {"source": "Iran", "target": "Turkey", "max_hops": 5},
                                    {"source": "Iran", "target": "Turkey", "predicate": "likes"},
                                    {"source": "Iran", "target": "Turkey", "limit": 51}])
def test_bad_path_requests_are_422(dev_client, params):
    response = dev_client.get("/paths", params=params)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"
