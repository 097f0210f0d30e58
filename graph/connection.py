"""One Neo4j driver per process, built from settings.

With ``NEO4J_URI`` set, the user's server is used (any Neo4j >= 5.26;
``neo4j+s://`` for Aura and clusters) with ``NEO4J_USER``/``NEO4J_PASSWORD``.
Otherwise the project's local Neo4j (``graph.server.local``) is started on demand
and reached with the password it keeps in its home folder.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from pactgraph.graph.errors import GraphUnavailable, LocalServerError

if TYPE_CHECKING:
    from pactgraph.settings import Settings

log = logging.getLogger(__name__)


def open_driver(settings: Settings) -> neo4j.Driver:
    """A connected driver for the configured server; raise GraphUnavailable if none answers."""
    if settings.neo4j_uri:
        uri = settings.neo4j_uri
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        auth: tuple[str, str] | None = (settings.neo4j_user, password) if password else None
    else:
        from pactgraph.graph.server.local import LocalNeo4j

        local = LocalNeo4j.from_settings(settings)
        try:
            local.start()
            auth = local.auth
        except LocalServerError as e:
            raise GraphUnavailable(f"the local Neo4j is unavailable: {e}") from e
        uri = local.uri
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth)
    except (DriverError, ValueError) as e:
        raise GraphUnavailable(f"cannot use NEO4J_URI {uri!r}: {e}") from e
    try:
        driver.verify_connectivity()
    except (ServiceUnavailable, AuthError, DriverError, Neo4jError, OSError) as e:
        driver.close()
        raise GraphUnavailable(f"cannot reach Neo4j at {uri}: {e}") from e
    return driver


def ensure_reachable(driver: neo4j.Driver) -> None:
    """Raise GraphUnavailable at once, without the driver's retries, when no server answers."""
    try:
        driver.verify_connectivity()
    except (ServiceUnavailable, DriverError, Neo4jError, OSError) as e:
        raise GraphUnavailable(f"Neo4j is unavailable: {e}") from e
