"""POST /cypher: a read-only Cypher query, for what the other routes do not ask (needs the API key)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from pactgraph.api.deps import ApiKeyDep, DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import CypherIn, CypherResult
from pactgraph.graph import cypher as runner
from pactgraph.settings import cypher_auth

router = APIRouter(tags=["write"])


@router.post("/cypher", response_model=CypherResult,
             summary="Run a read-only Cypher query (needs the API key)",
             responses=error_responses(400, 401, 403, 422, 503))
def cypher(_: ApiKeyDep, body: CypherIn, driver: DriverDep, settings: SettingsDep) -> dict[str, Any]:
    """Refused with 400 before it runs: anything but a read query (whatever prefix or option comes
    first): writes, procedure calls, SHOW/TERMINATE and other commands, LOAD CSV, USE,
    EXPLAIN/PROFILE, IN TRANSACTIONS, too deep nesting, and any query whose plan writes. It then runs
    in a READ transaction; a run longer than PACTGRAPH_CYPHER_TIMEOUT seconds is a 400, and the
    answer is cut (``truncated``) at PACTGRAPH_CYPHER_MAX_ROWS rows or PACTGRAPH_CYPHER_MAX_BYTES."""
    return runner.run_cypher(driver, body.query, body.params, database=settings.neo4j_database,
                             limit=min(body.limit, settings.pactgraph_cypher_max_rows),
                             timeout=settings.pactgraph_cypher_timeout,
                             max_bytes=settings.pactgraph_cypher_max_bytes, auth=cypher_auth(settings))
