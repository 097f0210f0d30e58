"""Bad parameters on the real routes are 4xx, never 200 or 5xx: dates that are not on the calendar,
integers past their bounds, queries Neo4j refuses."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from pactgraph.api.app import create_app

pytestmark = pytest.mark.neo4j

KEY = "bad-params-key"


@pytest.fixture()
def client(empty_graph, settings):
    with TestClient(create_app(settings.model_copy(update={"pactgraph_api_key": SecretStr(KEY)}))) as c:
        yield c


DATES = [
    "/backing?valid_at=2019-02-30",
    "/relations?valid_at=2019-02-29",
    "/events?from=2019-02-31",
    "/events?to=2019-13-45",
    "/backing?from=2019-04-31",
    "/agreements?to=2019-00",
    "/relations?from=0000",
    "/export?format=nt&since=2019-02-30",
    "/export?format=nt&until=2019-13",
]


@pytest.mark.parametrize("url", DATES)
def test_dates_off_the_calendar_are_422(client, url):
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_request"
    assert "is not a calendar date" in response.json()["error"]["message"]


@pytest.mark.parametrize("url", ["/backing?valid_at=2020-02-29", "/events?from=2019-02-28&to=2019-03",
                                 "/relations?valid_at=2019", "/export?format=nt&since=2000-02-29"])
def test_calendar_dates_are_answered(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/actors?offset=1000000000000", "/actors?offset=1000001",
                                 "/backing?offset=99999999999999999999", "/events?min_killed=10000001",
                                 "/actors?limit=201", "/paths?source=a&target=b&max_hops=99"])
def test_integers_past_their_bounds_are_422(client, url):
    response = client.get(url)
    assert response.status_code == 422, response.text


def test_the_largest_offset_is_answered(client):
    response = client.get("/actors?offset=1000000")
    assert response.status_code == 200 and response.json()["data"] == []


@pytest.mark.parametrize(("query", "words"), [
    ("RETURN 1/0 AS x", "/ by zero"),
    ("RETURN toInteger([]) AS x", ""),
    ("RETURN $missing AS x", "missing"),
])
def test_a_query_neo4j_refuses_is_400(client, query, words):
    response = client.post("/cypher", json={"query": query}, headers={"X-API-Key": KEY})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "query_refused" and words in error["message"]
