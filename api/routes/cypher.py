"""POST /cypher: a read-only Cypher query, for what the other routes do not ask (needs the API key)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import ApiKeyDep, DriverDep, SettingsDep
from api.errors import error_responses
from api.models import CypherIn, CypherResult
from graph import cypher as runner

router = APIRouter(tags=["write"])


@router.post("/cypher", response_model=CypherResult,
             summary="Run a read-only Cypher query (needs the API key)",
             responses=error_responses(400, 401, 403, 422, 503))
def cypher(_: ApiKeyDep, body: CypherIn, driver: DriverDep, settings: SettingsDep) -> dict[str, Any]:
    """Refused with 400 before it runs: procedure calls, LOAD CSV, USE, EXPLAIN/PROFILE,
    administration commands, and any query whose plan writes (a write inside a subquery too).
    It then runs in a READ transaction, stopped after PACTGRAPH_CYPHER_TIMEOUT seconds."""
    return runner.run_cypher(driver, body.query, body.params, database=settings.neo4j_database,
                             limit=min(body.limit, settings.pactgraph_cypher_max_rows),
                             timeout=settings.pactgraph_cypher_timeout)
