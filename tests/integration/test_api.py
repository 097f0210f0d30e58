"""Every HTTP route through TestClient, on a small graph written by the writer."""

from __future__ import annotations

import socket

import pytest
from fastapi.testclient import TestClient

from pactgraph.api.app import create_app
from pactgraph.graph.cypher import run_read_only
from pactgraph.graph.errors import QueryRefused

from .test_writer import write_all

pytestmark = pytest.mark.neo4j


@pytest.fixture()
def graph(empty_graph, settings):
    write_all(empty_graph, settings.neo4j_database)
    return empty_graph


@pytest.fixture()
def client(graph, settings):
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]["message"]


# --- /health ------------------------------------------------------------------------------------


def test_health_reports_the_database(client):
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "up"
    assert body["database"]["nodes"] > 0 and body["database"]["relationships"] > 0


# --- /actors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["Assad regime", "assad REGIME", "the regime", "Damascus"])
def test_actors_by_alias_in_any_case(client, q):
    body = client.get("/actors", params={"q": q}).json()
    assert [actor["id"] for actor in body["data"]] == ["syrian-government"]
    assert body["count"] == 1


def test_actors_by_accentless_alias_and_exact_name_first(client):
    assert client.get("/actors", params={"q": "turkiye"}).json()["data"][0]["id"] == "turkey"
    names = [a["name"] for a in client.get("/actors", params={"q": "r"}).json()["data"]]
    assert "Russia" in names and "Iran" in names
    assert client.get("/actors", params={"q": "iran"}).json()["data"][0]["name"] == "Iran"


def test_actors_paginate(client):
    everyone = client.get("/actors").json()
    assert everyone["count"] == 6 == len(everyone["data"])
    page = client.get("/actors", params={"limit": 2, "offset": 2}).json()
    assert page["count"] == 6
    assert page["data"] == everyone["data"][2:4]


def test_actors_limit_is_bounded(client):
    _error(client.get("/actors", params={"limit": 100000}), 422, "invalid_request")
    _error(client.get("/actors", params={"offset": -1}), 422, "invalid_request")


def test_one_actor_with_relations_grouped_by_predicate(client):
    body = client.get("/actors/russia").json()
    summary = (body["name"], body["type"], body["aliases"], body["wikidata"])
    assert summary == ("Russia", "State", ["Moscow"], "Q159")
    backs = body["relations"]["backs"]
    assert [(r["direction"], r["other"]["id"]) for r in backs] == [("out", "syrian-government")]
    assert backs[0]["evidence_count"] == 2
    assert (backs[0]["first_seen"], backs[0]["last_seen"]) == ("2019-05-06", "2019-06-01")
    assert {e["document"] for e in backs[0]["evidence"]} == {"00_idlib_2019.txt", "01_later_2019.txt"}
    assert [r["direction"] for r in body["relations"]["opposes"]] == ["both"]
    assert body["relations"]["brokered"][0]["other"]["id"] == "sochi-agreement"


def test_incoming_relations_and_denials_left_out(client):
    body = client.get("/actors/national-liberation-front").json()
    backs = body["relations"]["backs"]
    assert [(r["direction"], r["other"]["id"]) for r in backs] == [("in", "turkey")]


def test_unknown_actor_is_404(client):
    message = _error(client.get("/actors/narnia"), 404, "not_found")
    assert "narnia" in message


# --- /backing -----------------------------------------------------------------------------------


def test_turkey_backs_the_national_liberation_front(client):
    body = client.get("/backing", params={"backer": "Ankara"}).json()
    assert body["count"] == 1
    row = body["data"][0]
    assert (row["backer"]["name"], row["backed"]["name"]) == ("Turkey", "National Liberation Front")
    [evidence] = row["evidence"]
    assert evidence["document"] == "00_idlib_2019.txt" and evidence["date"] == "2019-05-06"
    assert "Turkey-backed National Liberation Front" in evidence["sentence"]
    assert evidence["status"] == "asserted" and evidence["end"] > evidence["start"]


@pytest.mark.parametrize("name", ["Syrian government", "Assad regime", "syrian-government", "Damascus"])
def test_russia_and_iran_back_the_syrian_government(client, name):
    body = client.get("/backing", params={"backed": name}).json()
    assert [row["backer"]["name"] for row in body["data"]] == ["Russia", "Iran"]  # most evidence first
    assert body["data"][0]["evidence_count"] == 2
    assert any("Moscow and Tehran back the regime" in e["sentence"] for e in body["data"][1]["evidence"])


def test_denied_backing_is_not_asserted_backing(client):
    asserted = client.get("/backing", params={"backer": "Iran"}).json()
    assert [row["backed"]["id"] for row in asserted["data"]] == ["syrian-government"]
    denied = client.get("/backing", params={"backer": "Iran", "status": "denied"}).json()
    assert [row["backed"]["id"] for row in denied["data"]] == ["national-liberation-front"]
    assert denied["data"][0]["evidence"][0]["status"] == "denied"
    assert denied["data"][0]["evidence_count"] is None
    everything = client.get("/backing", params={"backer": "Iran", "status": "any"}).json()
    assert everything["count"] == 2


def test_backing_filters_and_pages(client):
    assert client.get("/backing").json()["count"] == 3
    page = client.get("/backing", params={"limit": 1, "offset": 1}).json()
    assert page["count"] == 3 and len(page["data"]) == 1
    assert client.get("/backing", params={"backer": "Turkey", "backed": "Damascus"}).json() == {
        "data": [], "count": 0}
    assert client.get("/backing", params={"backer": "Nobody at all"}).json() == {"data": [], "count": 0}


def test_bad_status_is_422(client):
    message = _error(client.get("/backing", params={"status": "rumoured"}), 422, "invalid_request")
    assert "status" in message


# --- /agreements --------------------------------------------------------------------------------


def test_the_sochi_agreement_governs_idlib(client):
    body = client.get("/agreements", params={"zone": "Idlib"}).json()
    assert body["count"] == 1
    sochi = body["data"][0]
    assert (sochi["name"], sochi["kind"], sochi["date"]) == ("Sochi agreement", "truce", "2018-09-17")
    assert [b["name"] for b in sochi["brokers"]] == ["Russia", "Turkey"]
    assert [z["name"] for z in sochi["zones"]] == ["Idlib"]
    assert sochi["parties"] == []
    assert any("truce brokered by Russia and Turkey" in e["sentence"] for e in sochi["evidence"])
    assert {e["predicate"] for e in sochi["evidence"]} == {"brokered", "governs"}


def test_agreements_by_broker_and_alias(client):
    assert [a["id"] for a in client.get("/agreements", params={"broker": "UN"}).json()["data"]] == [
        "hodeidah-agreement"]
    assert [a["id"] for a in client.get("/agreements", params={"zone": "idlib province"}).json()["data"]] == [
        "sochi-agreement"]
    assert client.get("/agreements", params={"party": "Russia"}).json() == {"data": [], "count": 0}


def test_all_agreements_newest_first(client):
    body = client.get("/agreements").json()
    assert [a["id"] for a in body["data"]] == ["hodeidah-agreement", "sochi-agreement"]
    assert body["count"] == 2
    assert client.get("/agreements", params={"offset": 5}).json() == {"data": [], "count": 2}


# --- /export ------------------------------------------------------------------------------------


@pytest.fixture()
def fake_rdf(monkeypatch):
    """Stands in for pactgraph.graph.rdf.export and .stream, to test the route's format negotiation alone."""
    import pactgraph.graph.rdf.export
    import pactgraph.graph.rdf.filters
    import pactgraph.graph.rdf.stream
    calls = []

    def serialize(driver, *, database, fmt, base_iri, filters=None, max_triples=None):
        calls.append((database, fmt, base_iri))
        return f"# {fmt}\n"

    def stream(driver, *, database, fmt, base_iri, filters=None):
        return iter([serialize(driver, database=database, fmt=fmt, base_iri=base_iri)])

    monkeypatch.setattr(pactgraph.graph.rdf.export, "serialize", serialize)
    monkeypatch.setattr(pactgraph.graph.rdf.filters, "export_filter", lambda driver, **options: None)
    monkeypatch.setattr(pactgraph.graph.rdf.stream, "stream", stream)
    return calls


@pytest.mark.parametrize(("params", "accept", "fmt", "media"), [
    ({}, None, "turtle", "text/turtle"),
    ({"format": "nt"}, None, "nt", "application/n-triples"),
    ({"format": "jsonld"}, "text/turtle", "jsonld", "application/ld+json"),
    ({}, "application/trig", "trig", "application/trig"),
    ({}, "text/html, application/ld+json;q=0.5, application/n-triples;q=0.9", "nt", "application/n-triples"),
])
def test_export_format_by_parameter_or_accept(client, fake_rdf, settings, params, accept, fmt, media):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/export", params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert response.text == f"# {fmt}\n"
    assert fake_rdf == [(settings.neo4j_database, fmt, settings.pactgraph_base_iri)]


def test_export_unknown_format_is_422(client, fake_rdf):
    _error(client.get("/export", params={"format": "rdfxml"}), 422, "invalid_request")
    assert fake_rdf == []


def test_export_turtle_for_real(client):
    pytest.importorskip("pactgraph.graph.rdf")
    rdflib = pytest.importorskip("rdflib")
    response = client.get("/export", params={"format": "turtle"})
    assert response.status_code == 200, response.text
    assert len(rdflib.Graph().parse(data=response.text, format="turtle")) > 0


# --- errors -------------------------------------------------------------------------------------


def test_unknown_route_is_404_in_the_one_shape(client):
    _error(client.get("/no/such/route"), 404, "not_found")


def test_wrong_method_is_405_in_the_one_shape(client):
    _error(client.post("/actors"), 405, "method_not_allowed")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_neo4j_down_is_503_and_health_says_so(settings):
    down = settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{_closed_port()}"})
    with TestClient(create_app(down)) as client:
        for path in ("/actors", "/actors/russia", "/backing", "/agreements", "/relations", "/opposition",
                     "/alliances", "/agreements/sochi-agreement", "/events", "/paths?source=a&target=b"):
            _error(client.get(path), 503, "graph_unavailable")
        health = client.get("/health")
        assert health.status_code == 200
        assert health.json()["status"] == "degraded" and health.json()["database"]["status"] == "down"


def test_the_app_reconnects_when_neo4j_returns(graph, settings):
    app = create_app(settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{_closed_port()}"}))
    with TestClient(app) as client:
        _error(client.get("/actors"), 503, "graph_unavailable")
        app.state.settings = settings  # "Neo4j is back" at the configured address
        assert client.get("/actors").json()["count"] == 6
        assert app.state.driver is not None


def test_openapi_documents_every_route_with_a_model_and_example(client):
    spec = client.get("/openapi.json").json()
    for path in ("/health", "/actors", "/actors/{actor_id}", "/backing", "/agreements", "/export"):
        operation = spec["paths"][path]["get"]
        assert operation["summary"], path
        assert "200" in operation["responses"], path
    schemas = spec["components"]["schemas"]
    for model in ("BackingPage", "ActorPage", "ActorDetail", "AgreementPage", "Health", "ErrorBody"):
        assert schemas[model].get("examples"), model


def test_openapi_has_an_example_for_every_answer_and_request_body(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def has_example(content) -> bool:
        ref = content.get("schema", {}).get("$ref", "")
        model = schemas.get(ref.rsplit("/", 1)[-1], {})
        return bool(content.get("example") or content.get("examples") or model.get("examples"))

    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary") and operation.get("description"), (method, path)
            for status, response in operation["responses"].items():
                for media, content in response.get("content", {}).items():
                    assert has_example(content), (method, path, status, media)
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                assert has_example(content), (method, path, "body", media)


# --- read-only Cypher (the CLI's `pactgraph query`) ---------------------------------------------


def test_read_only_query_returns_plain_rows(graph, settings):
    rows = run_read_only(graph, "MATCH (a:Actor) WHERE a.id = $id RETURN a, a.name AS name",
                         {"id": "russia"}, database=settings.neo4j_database)
    assert rows[0]["name"] == "Russia"
    assert rows[0]["a"]["labels"] == ["Actor", "State"] and rows[0]["a"]["properties"]["id"] == "russia"
    assert len(run_read_only(graph, "MATCH (n) RETURN n", database=settings.neo4j_database, limit=3)) == 3


@pytest.mark.parametrize("cypher", [
    "CREATE (n:X)",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Actor) SET n.name = 'x'",
    "MATCH (n) CALL (n) { SET n.hacked = true } RETURN count(*)",
    "CALL db.labels()",
    "call\ndbms.components()",
    "MATCH (n) WITH n CALL apoc.help('x') YIELD name RETURN name",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "PROFILE MATCH (n) RETURN n",
    "CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.y)",
    "MATCH (n RETURN n",
])
def test_read_only_query_refuses_writes_calls_and_csv(graph, settings, cypher):
    from pactgraph.graph.schema import counts

    before = counts(graph, database=settings.neo4j_database)
    with pytest.raises(QueryRefused):
        run_read_only(graph, cypher, database=settings.neo4j_database)
    assert counts(graph, database=settings.neo4j_database) == before


def test_read_only_query_allows_subqueries_and_words_in_strings(graph, settings):
    cypher = ("MATCH (a:Actor {id: 'russia'}) CALL (a) { RETURN a.name AS n } "
              "RETURN n, 'CALL db.labels() LOAD CSV' AS s")
    rows = run_read_only(graph, cypher, database=settings.neo4j_database)
    assert rows == [{"n": "Russia", "s": "CALL db.labels() LOAD CSV"}]


def test_read_only_query_times_out(graph, settings):
    with pytest.raises(QueryRefused, match="longer than"):
        run_read_only(graph, "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*)",
                      database=settings.neo4j_database, timeout=0.5)
