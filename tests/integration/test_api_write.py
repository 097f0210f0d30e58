"""POST /documents and POST /cypher: the key they need, what they store, what they refuse."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from typer.testing import CliRunner

from pactgraph.api.app import create_app
from pactgraph.cli import app as cli_app
from pactgraph.graph.schema import counts

from .. import conftest

pytestmark = pytest.mark.neo4j

KEY = "correct horse battery staple"
SEED = conftest.EXAMPLES / "00_idlib_2019.txt"
SENTENCE = ("Moscow and Tehran back the regime of President Bashar al-Assad, while Ankara supports "
            "anti-Assad rebels.")
TEXT = "Syria's war goes on. " + SENTENCE


@pytest.fixture()
def keyed(empty_graph, settings):
    with TestClient(create_app(settings.model_copy(update={"pactgraph_api_key": SecretStr(KEY)}))) as client:
        yield client


@pytest.fixture()
def keyless(empty_graph, settings):
    with TestClient(create_app(settings.model_copy(update={"pactgraph_api_key": None}))) as client:
        yield client


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]["message"]


def _doc(name="tehran.txt", text=TEXT, **extra):
    return {"name": name, "text": text, **extra}


# --- the key ------------------------------------------------------------------------------------


KEY_ROUTES = [("/documents", _doc()), ("/cypher", {"query": "RETURN 1 AS one"})]


@pytest.mark.parametrize(("path", "body"), KEY_ROUTES)
def test_without_a_configured_key_the_key_routes_are_off(keyless, empty_graph, settings, path, body):
    before = counts(empty_graph, database=settings.neo4j_database)
    response = keyless.post(path, json=body, headers={"X-API-Key": "anything"})
    message = _error(response, 403, "writes_disabled")
    assert "PACTGRAPH_API_KEY" in message
    assert counts(empty_graph, database=settings.neo4j_database) == before


@pytest.mark.parametrize(("path", "body"), KEY_ROUTES)
@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {KEY}"}, {"X-API-Key": ""}])
def test_without_the_key_is_401(keyed, empty_graph, settings, path, body, headers):
    before = counts(empty_graph, database=settings.neo4j_database)
    response = keyed.post(path, json=body, headers=headers)
    _error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert counts(empty_graph, database=settings.neo4j_database) == before


def test_the_key_is_checked_before_the_body(keyed):
    _error(keyed.post("/documents", json={"nonsense": True}), 401, "unauthorized")


@pytest.mark.parametrize("headers", [{"X-API-Key": KEY}, {"Authorization": f"Bearer {KEY}"}])
def test_the_key_as_header_or_bearer_token(keyed, headers):
    assert keyed.post("/cypher", json={"query": "RETURN 1 AS one"}, headers=headers).status_code == 200


def test_openapi_declares_the_key_on_the_key_routes_only(keyed):
    spec = keyed.get("/openapi.json").json()
    assert {"APIKeyHeader", "HTTPBearer"} <= set(spec["components"]["securitySchemes"])
    assert spec["paths"]["/documents"]["post"]["security"] and spec["paths"]["/cypher"]["post"]["security"]
    assert "security" not in spec["paths"]["/backing"]["get"]


# --- POST /documents ----------------------------------------------------------------------------


def test_a_posted_document_is_extracted_stored_and_answered(keyed):
    response = keyed.post("/documents", json=_doc(date="2019-05-06", title="Backers"),
                          headers={"X-API-Key": KEY})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True and body["relations"] >= 2 and body["nodes_created"] > 0
    assert body["document"]["name"] == "tehran.txt" and body["document"]["date"] == "2019-05-06"
    backing = keyed.get("/backing", params={"backed": "Syria"}).json()
    assert {row["backer"]["id"] for row in backing["data"]} >= {"russia", "iran"}
    [evidence] = backing["data"][0]["evidence"]
    assert (evidence["document"], evidence["date"]) == ("tehran.txt", "2019-05-06")
    assert evidence["sentence"] == SENTENCE


def test_posting_the_same_text_again_adds_nothing(keyed, empty_graph, settings):
    first = keyed.post("/documents", json=_doc(), headers={"X-API-Key": KEY})
    assert first.status_code == 201
    before = counts(empty_graph, database=settings.neo4j_database)
    again = keyed.post("/documents", json=_doc(), headers={"X-API-Key": KEY})
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["document"]["id"] == first.json()["document"]["id"]
    assert counts(empty_graph, database=settings.neo4j_database) == before


def test_a_posted_document_is_stored_as_pactgraph_ingest_stores_it(keyed, empty_graph, settings, tmp_path):
    database = settings.neo4j_database
    response = keyed.post("/documents", json=_doc(SEED.name, SEED.read_text("utf-8")),
                          headers={"X-API-Key": KEY})
    assert response.status_code == 201, response.text
    posted = counts(empty_graph, database=database)
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    result = CliRunner().invoke(cli_app, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert "0 nodes and 0 relationships added" in result.output
    assert counts(empty_graph, database=database) == posted


@pytest.mark.parametrize(("body", "code"), [
    (_doc(text="   \n "), "invalid_document"),
    (_doc(text="Russia backs\x00 Syria."), "invalid_document"),
    (_doc(text="date 2019-02-30\nRussia backs Syria."), "invalid_document"),
    (_doc(text=""), "invalid_request"),
    (_doc(date="6 May 2019"), "invalid_request"),
    (_doc(name="../etc/passwd"), "invalid_request"),
    (_doc(name=""), "invalid_request"),
    ({"text": TEXT}, "invalid_request"),
    ({**_doc(), "subject": "Russia"}, "invalid_request"),
])
def test_bad_documents_are_422_and_store_nothing(keyed, empty_graph, settings, body, code):
    before = counts(empty_graph, database=settings.neo4j_database)
    _error(keyed.post("/documents", json=body, headers={"X-API-Key": KEY}), 422, code)
    assert counts(empty_graph, database=settings.neo4j_database) == before


@pytest.mark.parametrize(("body", "says"), [
    ([_doc()], "Input should be a valid dictionary"),
    ("Russia backs Syria.", "Input should be a valid dictionary"),
    ({"name": "tehran.txt", "text": 42}, "text: Input should be a valid string"),
    ({"name": ["tehran.txt"], "text": TEXT}, "name: Input should be a valid string"),
    ({"name": "tehran.txt", "text": TEXT, "date": 20190506}, "date: Input should be a valid string"),
    ({"document": _doc()}, "name: Field required; text: Field required; document: Extra inputs"),
])
def test_json_of_the_wrong_shape_is_422_naming_the_field_and_stores_nothing(keyed, empty_graph, settings,
                                                                            body, says):
    before = counts(empty_graph, database=settings.neo4j_database)
    message = _error(keyed.post("/documents", json=body, headers={"X-API-Key": KEY}), 422,
                     "invalid_request")
    assert says in message, message
    assert counts(empty_graph, database=settings.neo4j_database) == before


def test_a_text_over_the_size_limit_is_422_naming_the_document_and_the_limit(empty_graph, settings):
    small = settings.model_copy(update={"pactgraph_api_key": SecretStr(KEY),
                                        "pactgraph_max_document_bytes": 64})
    before = counts(empty_graph, database=settings.neo4j_database)
    with TestClient(create_app(small)) as client:
        message = _error(client.post("/documents", json=_doc(text=TEXT * 2), headers={"X-API-Key": KEY}),
                         422, "invalid_document")
        assert message.startswith("tehran.txt: too large: ")
        assert "more than the limit of 64 bytes (PACTGRAPH_MAX_DOCUMENT_BYTES)" in message
        assert counts(empty_graph, database=settings.neo4j_database) == before
        assert client.post("/documents", json=_doc(text="Russia backs Syria."),
                           headers={"X-API-Key": KEY}).status_code == 201


# --- POST /cypher -------------------------------------------------------------------------------


def _cypher(client, query, **extra):
    return client.post("/cypher", json={"query": query, **extra}, headers={"X-API-Key": KEY})


def test_cypher_returns_columns_and_plain_rows(keyed):
    assert keyed.post("/documents", json=_doc(), headers={"X-API-Key": KEY}).status_code == 201
    query = "MATCH (s:Actor)-[r:BACKS]->(o:Actor {id: $id}) RETURN s, r, s.name AS name ORDER BY name"
    response = _cypher(keyed, query, params={"id": "syria"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["s", "r", "name"] and body["truncated"] is False
    assert [row["name"] for row in body["data"]] == ["Iran", "Russia"] and body["count"] == 2
    assert body["data"][0]["s"]["labels"] == ["Actor", "State"]
    # the relationship's ends are named by their ids, the unreturned end too
    assert body["data"][0]["r"]["type"] == "BACKS"
    assert (body["data"][0]["r"]["start"], body["data"][0]["r"]["end"]) == ("iran", "syria")


def test_cypher_row_limit(keyed, settings):
    body = _cypher(keyed, "UNWIND range(1, 50) AS x RETURN x", limit=10).json()
    assert body["count"] == 10 and body["truncated"] is True and body["data"][-1] == {"x": 10}
    capped = settings.model_copy(update={"pactgraph_api_key": SecretStr(KEY), "pactgraph_cypher_max_rows": 5})
    with TestClient(create_app(capped)) as client:
        assert _cypher(client, "UNWIND range(1, 50) AS x RETURN x", limit=1000).json()["count"] == 5
    _error(_cypher(keyed, "RETURN 1", limit=0), 422, "invalid_request")


REFUSED = [
    "CREATE (n:Hacked)",
    "MERGE (n:Actor {id: 'hacked'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) DELETE n",
    "MATCH (n:Actor) SET n.hacked = true",
    "MATCH (n:Actor) REMOVE n.name",
    "MATCH (n) CALL (n) { SET n.hacked = true } RETURN count(*)",
    "CALL { CREATE (:Hacked) } RETURN 1",
    "MATCH (n) WITH n LIMIT 1 CALL (n) { MATCH (m) DETACH DELETE m } RETURN 1",
    "UNWIND [1] AS x FOREACH (y IN [x] | CREATE (:Hacked))",
    "UNWIND range(1, 3) AS x CALL (x) { CREATE (:Hacked {x: x}) } IN TRANSACTIONS RETURN x",
    "CALL dbms.components()",
    "CALL dbms.killQueries(['1'])",
    "CALL`db`.labels()",
    "CALL db.createLabel('Hacked')",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "USE system SHOW USERS",
    "SHOW USERS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CREATE INDEX hacked IF NOT EXISTS FOR (n:Actor) ON (n.hacked)",
    "DROP CONSTRAINT actor_id",
    "EXPLAIN CREATE (n:Hacked)",
    "MATCH (n RETURN n",
]


@pytest.mark.parametrize("query", REFUSED)
def test_cypher_refuses_writes_procedures_and_csv_and_changes_nothing(keyed, empty_graph, settings, query):
    assert keyed.post("/documents", json=_doc(), headers={"X-API-Key": KEY}).status_code == 201
    database = settings.neo4j_database
    before = counts(empty_graph, database=database)
    _error(_cypher(keyed, query), 400, "query_refused")
    assert counts(empty_graph, database=database) == before
    check = _cypher(keyed, "MATCH (n) WHERE n:Hacked OR n.hacked IS NOT NULL OR (n:Actor AND n.name IS NULL) "
                           "RETURN count(n) AS n").json()
    assert check["data"] == [{"n": 0}]
    unchanged = _cypher(keyed, "MATCH (n:Actor {id: 'syria'}) RETURN n.name AS name").json()
    assert unchanged["data"] == [{"name": "Syria"}]


@pytest.mark.parametrize("params", [{"n": 2**63}, {"n": -(2**63) - 1}, {"m": {"deep": [1, 2**70]}}])
def test_cypher_parameters_neo4j_cannot_hold_are_422(keyed, params):
    message = _error(_cypher(keyed, "RETURN $n AS n", params=params), 422, "invalid_request")
    assert "64-bit" in message
    assert _cypher(keyed, "RETURN $n AS n", params={"n": 2**63 - 1}).json()["data"] == [{"n": 2**63 - 1}]


def test_cypher_words_inside_strings_are_not_refused(keyed):
    body = _cypher(keyed, "RETURN 'CREATE (n) CALL dbms.components() LOAD CSV' AS s // DELETE").json()
    assert body["data"] == [{"s": "CREATE (n) CALL dbms.components() LOAD CSV"}]


def test_cypher_is_stopped_after_the_timeout(keyed, settings):
    quick = settings.model_copy(update={"pactgraph_api_key": SecretStr(KEY), "pactgraph_cypher_timeout": 0.5})
    slow = "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*)"
    with TestClient(create_app(quick)) as client:
        message = _error(_cypher(client, slow), 400, "query_refused")
    assert "longer than" in message


def test_the_key_routes_answer_503_when_neo4j_is_down(settings):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{port}",
                                       "pactgraph_api_key": SecretStr(KEY)})
    with TestClient(create_app(down)) as client:
        for path, body in KEY_ROUTES:
            _error(client.post(path, json=body, headers={"X-API-Key": KEY}), 503, "graph_unavailable")
            _error(client.post(path, json=body), 401, "unauthorized")  # the key is checked first
