"""Dependencies of the routes, as Annotated aliases.

The driver is the one the lifespan opened. When Neo4j was down at start-up
(or the first attempt failed), the first request that needs it tries again,
so the app recovers when Neo4j comes back without a restart; until then the
routes answer 503 through ``GraphUnavailable``.
"""

from __future__ import annotations

import logging
import secrets
import threading
from typing import Annotated

import neo4j
from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from pactgraph.api.errors import MissingApiKey, WritesDisabled
from pactgraph.settings import Settings

log = logging.getLogger(__name__)

_opening = threading.Lock()


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_driver(request: Request) -> neo4j.Driver:
    """The process's one driver, opened now if the lifespan could not; the graph's keys checked once."""
    state = request.app.state
    driver = state.driver
    if driver is not None and getattr(state, "pairs_checked", False):
        return driver
    with _opening:
        if state.driver is None:
            from pactgraph.graph.connection import open_driver

            state.driver = open_driver(state.settings)  # GraphUnavailable -> 503
            log.info("connected to Neo4j")
        if not getattr(state, "pairs_checked", False):
            _upgrade_pairs(state.driver, state.settings.neo4j_database)
            state.pairs_checked = True
        return state.driver


def _upgrade_pairs(driver: neo4j.Driver, database: str) -> None:
    """Give a graph written by an earlier version its evidence pair keys, which the reads use.

    Once per process. ``ensure_schema`` sets them and creates their index; a user who may not
    write gets a warning (answers then lack sentences until an ingest or import runs).
    GraphUnavailable goes up (503) and the next request checks again.
    """
    from pactgraph.graph.schema import ensure_schema, pair_keys_ready

    try:
        if pair_keys_ready(driver, database=database):
            return
        ensure_schema(driver, database=database)
    except neo4j.exceptions.ClientError as e:
        log.warning("this graph's evidence has no pair keys and they could not be set (%s): answers "
                    "lack their sentences until `pactgraph ingest` or `import` runs once", e.message)


_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                           description="The server's PACTGRAPH_API_KEY.")
_bearer = HTTPBearer(auto_error=False, description="The server's PACTGRAPH_API_KEY, as a bearer token.")


def require_api_key(
    request: Request,
    key: Annotated[str | None, Security(_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """Let the request through only with the configured key; with none configured, refuse them all."""
    configured = request.app.state.settings.pactgraph_api_key
    expected = configured.get_secret_value() if configured else ""
    if not expected:
        raise WritesDisabled("this server has no PACTGRAPH_API_KEY, so routes that write or run Cypher "
                             "are off")
    given = key or (bearer.credentials if bearer else "")
    if not given:
        raise MissingApiKey("this route needs the API key: send X-API-Key: <key> or "
                            "Authorization: Bearer <key>")
    if not secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise MissingApiKey("the API key is not the configured one")


def get_write_driver(request: Request, driver: Annotated[neo4j.Driver, Depends(get_driver)]) -> neo4j.Driver:
    """The driver, the schema ensured on it once per app (the writer's MERGEs rely on its constraints)."""
    state = request.app.state
    if not getattr(state, "schema_ready", False):
        from pactgraph.graph.schema import ensure_schema

        ensure_schema(driver, database=state.settings.neo4j_database)
        state.schema_ready = True
    return driver


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
#: A parameter of every route that writes or runs Cypher (401 without the key, 403 with none set).
ApiKeyDep = Annotated[None, Depends(require_api_key)]
DriverDep = Annotated[neo4j.Driver, Depends(get_driver)]
#: The driver for routes that write.
WriteDriverDep = Annotated[neo4j.Driver, Depends(get_write_driver)]
