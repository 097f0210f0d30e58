"""What the app does once at start-up, without Neo4j (a closed port: routes would answer 503)."""

from __future__ import annotations

import gc
import socket

from fastapi.testclient import TestClient

from pactgraph.api.app import create_app
from pactgraph.settings import Settings


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_start_up_objects_are_kept_out_of_the_collectors_full_passes():
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(create_app(Settings(neo4j_uri=f"bolt://127.0.0.1:{_closed_port()}"))) as client:
            # Frozen once the lifespan has run: the app, its routes and models are in the
            # permanent generation, which gc.collect() no longer walks.
            assert gc.get_freeze_count() > 10_000
            assert client.get("/health").status_code in (200, 503)
    finally:
        gc.unfreeze()
