"""The guards in front of the routes: bodies bounded while read, keys kept out of URLs and logs."""

from __future__ import annotations

import logging
import socket
import threading
import time

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr

from pactgraph.api.app import create_app
from pactgraph.graph.rdf.mapping import public_source
from pactgraph.settings import Settings

KEY = "guard-test-key-0123456789"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(**extra) -> Settings:
    """An app that never reaches Neo4j (a closed port): the guards answer before any route."""
    return Settings(neo4j_uri=f"bolt://127.0.0.1:{_closed_port()}", pactgraph_api_key=SecretStr(KEY),
                    **extra)


@pytest.fixture()
def client():
    with TestClient(create_app(_settings(pactgraph_max_body_bytes=10_000))) as c:
        yield c


def test_a_declared_body_past_the_limit_is_413_before_the_key(client):
    response = client.post("/documents", content=b"x" * 20_000, headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"
    assert "10,000 bytes" in response.json()["error"]["message"]


def test_a_chunked_body_is_counted_while_read(client):
    read = []

    def chunks():
        for _ in range(100):
            read.append(1)
            yield b"x" * 1000

    response = client.post("/documents", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


def test_a_body_under_the_limit_reaches_the_key_check(client):
    response = client.post("/documents", json={"name": "a.txt", "text": "Russia backs Syria."})
    assert response.status_code == 401


@pytest.mark.parametrize("url", ["/health?api_key=abc", "/actors?q=x&X-API-Key=abc", "/backing?token=abc",
                                 f"/actors?q={KEY}", "/cypher?key=abc"])
def test_a_key_in_the_url_is_refused(client, url):
    response = client.get(url)
    assert response.status_code == 400 and response.json()["error"]["code"] == "key_in_url"
    assert "abc" not in response.text and KEY not in response.text


def test_other_parameters_pass(client):
    assert client.get("/actors?q=key%20figure").status_code != 400


def test_the_access_log_never_holds_a_key_from_the_url():
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    access = logging.getLogger("uvicorn.access")
    handler = Keep()
    access.addHandler(handler)
    previous = access.level
    access.setLevel(logging.INFO)
    port = _closed_port()
    server = uvicorn.Server(uvicorn.Config(create_app(_settings()), host="127.0.0.1", port=port,
                                           log_config=None, access_log=True, lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        for url in (f"/health?api_key={KEY}", f"/actors?q={KEY}"):
            response = httpx.get(f"http://127.0.0.1:{port}{url}")
            assert response.status_code == 400
    finally:
        server.should_exit = True
        thread.join(10)
        access.removeHandler(handler)
        access.setLevel(previous)
    assert len([line for line in records if "REDACTED" in line]) == 2, records
    assert not [line for line in records if KEY in line], records


@pytest.mark.parametrize(("stored", "published"), [
    ("/home/someone/corpus/00_idlib_2019.txt", "00_idlib_2019.txt"),
    ("file:///srv/news/a.txt", "a.txt"),
    ("C:\\Users\\someone\\news\\b.txt", "b.txt"),
    ("~/news/c.txt", "c.txt"),
    ("syria/00_idlib_2019.txt", "syria/00_idlib_2019.txt"),
    ("00_idlib_2019.txt", "00_idlib_2019.txt"),
])
def test_an_export_never_publishes_an_absolute_path(stored, published):
    assert public_source(stored) == published
