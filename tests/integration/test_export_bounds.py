"""GET /export within bounds: in-memory formats refused past PACTGRAPH_EXPORT_MAX_TRIPLES with a
413 that says to stream, the line formats streamed whatever the size, at most
PACTGRAPH_MAX_EXPORTS at once (503 with Retry-After beyond), every slot given back."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pactgraph.api.app import create_app
from pactgraph.api.memory import release_memory

pytestmark = pytest.mark.neo4j


@pytest.fixture()
def bounded(dev_graph, settings):
    app = create_app(settings.model_copy(update={"pactgraph_export_max_triples": 50,
                                                 "pactgraph_max_exports": 2}))
    with TestClient(app) as client:
        yield app, client


def _all_slots_free(app) -> bool:
    slots = app.state.exports
    taken = [slots.acquire(blocking=False) for _ in range(2)]
    for ok in taken:
        if ok:
            slots.release()
    return all(taken)


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "trig"])
def test_an_in_memory_format_past_the_bound_is_413_saying_to_stream(bounded, fmt):
    app, client = bounded
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 413, response.text
    error = response.json()["error"]
    assert error["code"] == "too_large"
    assert "format=nt" in error["message"] and "50 triples" in error["message"]
    assert _all_slots_free(app)


@pytest.mark.parametrize("fmt", ["nt", "nquads"])
def test_line_formats_stream_past_the_bound(bounded, fmt):
    app, client = bounded
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200
    assert len([line for line in response.text.splitlines() if line.strip()]) > 50
    assert _all_slots_free(app)


def test_under_the_bound_turtle_is_built(bounded):
    app, _ = bounded
    big = create_app(app.state.settings.model_copy(update={"pactgraph_export_max_triples": 10_000_000}))
    with TestClient(big) as client:
        response = client.get("/export", params={"format": "turtle"})
    assert response.status_code == 200 and "pg:backs" in response.text


def test_past_the_most_exports_at_once_is_503_with_retry_after(bounded):
    app, client = bounded
    slots = app.state.exports
    assert slots.acquire(blocking=False) and slots.acquire(blocking=False)  # two exports running
    try:
        response = client.get("/export", params={"format": "nt"})
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "busy" and int(response.headers["Retry-After"]) > 0
    finally:
        slots.release()
        slots.release()
    assert client.get("/export", params={"format": "nt"}).status_code == 200
    assert _all_slots_free(app)


def test_memory_is_handed_back_where_glibc_can():
    import ctypes.util
    import sys

    if sys.platform != "linux" or not ctypes.util.find_library("c"):
        pytest.skip("malloc_trim is glibc's")
    assert release_memory() is True


def test_a_filtered_export_past_the_bound_is_refused_while_built(bounded):
    """No count store answers for a part: the triples are counted as they are added."""
    app, client = bounded
    response = client.get("/export", params={"format": "turtle", "actor": "Russia"})
    assert response.status_code == 413 and "50 triples" in response.json()["error"]["message"]
    assert _all_slots_free(app)


def test_a_whole_export_past_the_bound_is_refused_before_it_is_built(dev_graph, settings):
    from pactgraph.graph.rdf.export import least_triples, serialize

    database = settings.neo4j_database
    least = least_triples(dev_graph, database=database)
    whole = serialize(dev_graph, database=database, fmt="nt", base_iri=settings.pactgraph_base_iri)
    assert 0 < least <= len(whole.splitlines())
