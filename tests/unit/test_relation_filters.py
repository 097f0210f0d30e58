"""The relation routes' filters: one query parameter model, read by the query names the API documents."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pactgraph.api import deps
from pactgraph.api.app import create_app
from pactgraph.api.params import RelationFilters
from pactgraph.api.routes import backing, relations
from pactgraph.settings import Settings
from tests.conftest import free_port


@pytest.fixture()
def calls(monkeypatch):
    """The arguments each relation route hands to the graph (no Neo4j: the reads are stand-ins)."""
    seen: list[dict] = []

    def answer(*args, **kwargs):
        seen.append(kwargs)
        return {"data": [], "count": 0}

    monkeypatch.setattr(backing.read, "find_backing", answer)
    monkeypatch.setattr(relations.read, "find_relations", answer)
    return seen


@pytest.fixture()
def client():
    # a port nothing answers on: the lifespan must not start the local Neo4j for a test that needs none
    app = create_app(Settings(neo4j_uri=f"bolt://127.0.0.1:{free_port()}"))
    app.dependency_overrides[deps.get_driver] = lambda: object()
    with TestClient(app, raise_server_exceptions=True) as c:
        yield c


@pytest.mark.parametrize("route", ["/backing", "/relations", "/opposition", "/alliances"])
def test_every_relation_route_reads_the_same_filters(client, calls, route):
    answer = client.get(route, params={"status": "any", "valid_at": "2019-05", "from": "2019",
                                       "to": "2020-02-29", "min_sources": 2, "limit": 7, "offset": 3})
    assert answer.status_code == 200, answer.text
    expected = {"status": "any", "valid_at": "2019-05", "date_from": "2019", "date_to": "2020-02-29",
                "min_sources": 2, "limit": 7, "offset": 3}
    assert {k: calls[-1][k] for k in expected} == expected


def test_the_defaults_and_the_python_names_are_not_query_names(client, calls):
    assert client.get("/backing", params={"date_from": "2019", "date_to": "nonsense"}).status_code == 200
    assert calls[-1]["date_from"] is None and calls[-1]["date_to"] is None
    assert (calls[-1]["status"], calls[-1]["min_sources"], calls[-1]["limit"], calls[-1]["offset"]) == \
        ("asserted", 1, 50, 0)


@pytest.mark.parametrize("params", [{"from": "2019-02-30"}, {"to": "2019-13"}, {"limit": 0},
                                    {"min_sources": 0}, {"status": "rumoured"}, {"offset": -1}])
def test_a_bad_filter_is_a_422_naming_it(client, calls, params):
    answer = client.get("/backing", params=params)
    assert answer.status_code == 422
    assert next(iter(params)) in answer.json()["error"]["message"]
    assert not calls


def test_the_model_reads_query_names():
    assert RelationFilters.model_validate({"from": "2019", "date_to": "2020"}).date_to is None
