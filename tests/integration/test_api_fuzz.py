"""Every operation of /openapi.json fuzzed with schemathesis: no 5xx, and every answer fits the schema.

Hypothesis draws requests from the published schema (its examples, then generated ones); each
answer must be documented: status, content type, body shape. The read routes run on the dev
corpus and the key routes with a key configured. Few examples per operation keep the module
to a minute or two.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck
from hypothesis import settings as examples
from pydantic import SecretStr
from schemathesis.checks import positive_data_acceptance

from pactgraph.api.app import create_app

pytestmark = pytest.mark.neo4j

KEY = "fuzz-key"
FUZZ = examples(max_examples=12, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
# A schema-valid query need not be valid Cypher, nor schema-valid text a readable document: a 400
# or a 422 for those is the documented answer, not a rejected valid request. Nor can the schema say that
# one parameter bounds another: /export answers 422 to a "since" after its "until".
_FREE_TEXT = {("POST", "/cypher"), ("POST", "/documents"), ("GET", "/export")}


@pytest.fixture(scope="module")
def fuzz_app(settings) -> Iterator[FastAPI]:
    """The app under test, with a key; its one driver is closed at the end."""
    app = create_app(settings.model_copy(update={"pactgraph_api_key": SecretStr(KEY)}))
    yield app
    if app.state.driver is not None:
        app.state.driver.close()
        app.state.driver = None


def _schema_only_app() -> FastAPI:
    """An app to read the OpenAPI document from at collection time. Loading it runs the lifespan,
    which would start the test Neo4j; this one points at a closed port, so it gives up at once."""
    from pactgraph.settings import get_settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return create_app(get_settings().model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{port}"}))


schema = schemathesis.openapi.from_asgi("/openapi.json", _schema_only_app())


def _check(case, app: FastAPI) -> None:
    excluded = [positive_data_acceptance] if (case.method, case.path) in _FREE_TEXT else []
    case.call_and_validate(app=app, headers={"X-API-Key": KEY}, excluded_checks=excluded)


@schema.exclude(method="POST", path="/documents").parametrize()
@FUZZ
def test_read_routes_and_cypher_answer_as_documented(case, dev_graph, fuzz_app):
    _check(case, fuzz_app)


@schema.include(method="POST", path="/documents").parametrize()
@examples(FUZZ, max_examples=8)
def test_posting_documents_answers_as_documented(case, empty_graph, fuzz_app):
    _check(case, fuzz_app)
