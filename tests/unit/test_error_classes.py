"""Every class of driver error becomes a documented 4xx or 503, never a 500; dates in the schema
are calendar dates."""

from __future__ import annotations

import calendar
import datetime
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from pactgraph.api import errors
from pactgraph.api.params import DATE_PATTERN


def _server_error(code: str, message: str = "what the server said") -> Neo4jError:
    """A driver error as the driver builds it from a server's FAILURE message."""
    hydrate = getattr(Neo4jError, "_hydrate_neo4j", None)
    if hydrate is not None:
        return hydrate(code=code, message=message)
    return Neo4jError.hydrate(code=code, message=message)  # neo4j 5.x before the GQL errors


CLASSES = [
    ("Neo.ClientError.Statement.SyntaxError", 400, "graph_refused"),
    ("Neo.ClientError.Statement.ArithmeticError", 400, "graph_refused"),
    ("Neo.ClientError.Statement.ArgumentError", 400, "graph_refused"),
    ("Neo.ClientError.Statement.TypeError", 400, "graph_refused"),
    ("Neo.ClientError.Statement.ParameterMissing", 400, "graph_refused"),
    ("Neo.ClientError.Schema.ConstraintValidationFailed", 400, "graph_refused"),
    ("Neo.ClientError.Security.Forbidden", 400, "graph_refused"),
    ("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", 400, "graph_refused"),
    ("Neo.ClientError.Security.Unauthorized", 503, "graph_unavailable"),
    # after `db clean` changed the password under a running server: its credentials, not the request
    ("Neo.ClientError.Security.AuthenticationRateLimit", 503, "graph_unavailable"),
    ("Neo.ClientError.Security.CredentialsExpired", 503, "graph_unavailable"),
    ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", 413, "too_large"),
    ("Neo.TransientError.General.OutOfMemoryError", 413, "too_large"),
    ("Neo.TransientError.Transaction.DeadlockDetected", 503, "graph_unavailable"),
    ("Neo.TransientError.Database.DatabaseUnavailable", 503, "graph_unavailable"),
    ("Neo.TransientError.General.TransactionMemoryLimit", 503, "graph_unavailable"),
    ("Neo.DatabaseError.General.UnknownError", 503, "graph_unavailable"),
    ("Neo.DatabaseError.Statement.ExecutionFailed", 503, "graph_unavailable"),
]


def _app(error: Exception) -> TestClient:
    app = FastAPI()
    errors.install(app)

    @app.get("/raise")
    def _raise() -> None:
        raise error

    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(("code", "status", "name"), CLASSES)
def test_each_neo4j_error_class_has_its_status(code, status, name):
    response = _app(_server_error(code)).get("/raise")
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == name and body["error"]["message"]
    if status == 503:
        assert response.headers["Retry-After"]


@pytest.mark.parametrize("error", [ServiceUnavailable("no server"), SessionExpired("gone")])
def test_driver_errors_are_503(error):
    response = _app(error).get("/raise")
    assert response.status_code == 503 and response.json()["error"]["code"] == "graph_unavailable"


def test_every_route_that_asks_neo4j_documents_400_and_413():
    assert {400, 413, 503} <= set(errors.error_responses(422, 503))
    assert set(errors.error_responses(401)) == {401}


_DATE = re.compile(DATE_PATTERN)


def _is_date(text: str) -> bool:
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return len(text) == 4 and text.isdigit() and int(text) >= 1
        if len(parts) == 2:
            year, month = parts
            return (len(year), len(month)) == (4, 2) and int(year) >= 1 and 1 <= int(month) <= 12
        datetime.date.fromisoformat(text)
        return len(text) == 10
    except ValueError:
        return False


@pytest.mark.parametrize(("text", "valid"), [
    ("2019-02-30", False), ("2019-02-31", False), ("2019-13-45", False), ("2019-00", False),
    ("2019-04-31", False), ("0000", False), ("2019-02-29", False), ("1900-02-29", False),
    ("2020-02-29", True), ("2000-02-29", True), ("2019-04-30", True), ("2019-12", True), ("2019", True),
    ("0001-01-01", True), ("9999-12-31", True), ("2019-1-1", False), ("19", False),
])
def test_dates_are_calendar_dates(text, valid):
    assert bool(_DATE.match(text)) is valid


@given(st.integers(1, 9999), st.integers(0, 13), st.integers(0, 32))
def test_the_pattern_agrees_with_the_calendar(year, month, day):
    text = f"{year:04d}-{month:02d}-{day:02d}"
    assert bool(_DATE.match(text)) is _is_date(text)
    if 1 <= month <= 12:
        assert 1 <= day <= calendar.monthrange(year, month)[1] or not _DATE.match(text)
