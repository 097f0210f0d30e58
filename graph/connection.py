"""One Neo4j driver per process, built from settings.

With ``NEO4J_URI`` set, the user's server is used; otherwise the project's
local Neo4j (``graph.local``) is started on demand.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

from graph.errors import GraphUnavailable

if TYPE_CHECKING:
    from api.settings import Settings

log = logging.getLogger(__name__)


def open_driver(settings: Settings) -> neo4j.Driver:
    """A connected driver for the configured server; raise GraphUnavailable if none answers."""
    if settings.neo4j_uri:
        uri = settings.neo4j_uri
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        auth = (settings.neo4j_user, password) if password else None
    else:  # pragma: no cover - filled in with the local server
        raise GraphUnavailable("NEO4J_URI is unset and the local Neo4j is not wired yet")
    driver = neo4j.GraphDatabase.driver(uri, auth=auth)
    try:
        driver.verify_connectivity()
    except (ServiceUnavailable, AuthError, OSError) as e:
        driver.close()
        raise GraphUnavailable(f"cannot reach Neo4j at {uri}: {e}") from e
    return driver
