"""Dependencies of the routes, as Annotated aliases.

The driver is the one the lifespan opened. When Neo4j was down at start-up
(or the first attempt failed), the first request that needs it tries again,
so the app recovers when Neo4j comes back without a restart; until then the
routes answer 503 through ``GraphUnavailable``.
"""

from __future__ import annotations

import logging
import threading
from typing import Annotated

import neo4j
from fastapi import Depends, Request

from api.settings import Settings

log = logging.getLogger(__name__)

_opening = threading.Lock()


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_driver(request: Request) -> neo4j.Driver:
    """The process's one driver, opened now if the lifespan could not."""
    state = request.app.state
    driver = state.driver
    if driver is not None:
        return driver
    with _opening:
        if state.driver is None:
            from graph.connection import open_driver

            state.driver = open_driver(state.settings)  # GraphUnavailable -> 503
            log.info("connected to Neo4j")
        return state.driver


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DriverDep = Annotated[neo4j.Driver, Depends(get_driver)]
