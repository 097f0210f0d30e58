"""The HTTP API: ``create_app()`` builds it, ``pactgraph serve`` runs it.

One Neo4j driver per process, opened in the lifespan and closed on the way
out. If Neo4j is down at start-up the app starts anyway: routes answer 503
and the driver is opened by the first request after Neo4j returns.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from pactgraph.api import errors
from pactgraph.api.guards import BodyLimit, KeysOutOfUrls
from pactgraph.api.routes import (
    actors,
    agreements,
    backing,
    cypher,
    documents,
    events,
    export,
    health,
    neighbourhood,
    page,
    paths,
    relations,
    resources,
)
from pactgraph.graph.errors import GraphUnavailable
from pactgraph.settings import Settings, get_settings

log = logging.getLogger(__name__)


def _version() -> str:
    try:
        return version("pactgraph")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    from pactgraph.graph.connection import open_driver

    try:
        app.state.driver = open_driver(app.state.settings)
    except GraphUnavailable as e:
        log.warning("starting without Neo4j (routes answer 503 until it is back): %s", e)
        app.state.driver = None
    # What start-up built (modules, the routes, their models, the driver) lives as long as the
    # process: keep it out of the cyclic collector's full passes, which otherwise walk all of it
    # and stalled one request in a few hundred for 90-120 ms on the benchmark graph.
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        if app.state.driver is not None:
            app.state.driver.close()
            app.state.driver = None


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI app, on ``settings`` (default: from the environment)."""
    app = FastAPI(
        title="pactgraph",
        version=_version(),
        summary="Who backs whom, and which truce governs which zone, with the sentences that say so.",
        description="A knowledge graph of political and armed actors, their alliances and agreements, "
                    "built from news. Every relation carries its evidence: document, date and sentence. "
                    'Errors all have the shape `{"error": {"code": "...", "message": "..."}}`.',
        lifespan=lifespan,
    )
    app.state.settings = settings or get_settings()
    app.state.driver = None
    app.state.version = app.version
    app.state.exports = threading.BoundedSemaphore(app.state.settings.pactgraph_max_exports)
    errors.install(app)
    # Outermost first to see a request: a key in the URL is refused (and redacted) before the body
    # is read, and the body is bounded before any route parses it or checks the key.
    app.add_middleware(BodyLimit, max_bytes=app.state.settings.pactgraph_max_body_bytes)
    app.add_middleware(KeysOutOfUrls, key=app.state.settings.pactgraph_api_key)
    for module in (health, actors, relations, backing, agreements, events, paths, neighbourhood, export,
                   documents, cypher, resources, page):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=page.STATIC), name="static")
    return app
