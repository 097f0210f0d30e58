"""Every operation of /openapi.json fuzzed with schemathesis: no 5xx, and every answer fits the schema.

Hypothesis draws requests from the published schema (its examples, then generated ones); each
answer must be documented: status, content type, body shape. The read routes run on the dev
corpus and the key routes with a key configured. Few examples per operation keep the module
to a minute or two.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from pydantic import SecretStr
from schemathesis.checks import positive_data_acceptance

from api.app import create_app
from api.settings import get_settings

pytestmark = pytest.mark.neo4j

KEY = "fuzz-key"
# The app opens its driver on the first request that needs one (the schema itself needs none).
app = create_app(get_settings().model_copy(update={"pactgraph_api_key": SecretStr(KEY)}))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
FUZZ = settings(max_examples=15, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
# A schema-valid query need not be valid Cypher, nor schema-valid text a readable document: a 400
# or a 422 for those is the documented answer, not a rejected valid request.
_FREE_TEXT = {("POST", "/cypher"), ("POST", "/documents")}


@pytest.fixture(scope="module", autouse=True)
def _close_driver() -> Iterator[None]:
    yield
    if app.state.driver is not None:
        app.state.driver.close()
        app.state.driver = None


def _check(case) -> None:
    excluded = [positive_data_acceptance] if (case.method, case.path) in _FREE_TEXT else []
    case.call_and_validate(headers={"X-API-Key": KEY}, excluded_checks=excluded)


@schema.exclude(method="POST", path="/documents").parametrize()
@FUZZ
def test_read_routes_and_cypher_answer_as_documented(case, dev_graph):
    _check(case)


@schema.include(method="POST", path="/documents").parametrize()
@settings(FUZZ, max_examples=10)
def test_posting_documents_answers_as_documented(case, empty_graph):
    _check(case)
