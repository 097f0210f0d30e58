"""GET /health: the service and its database."""

from __future__ import annotations

from fastapi import APIRouter, Request

from pactgraph.api.deps import SettingsDep, get_driver
from pactgraph.api.models import DatabaseStatus, Health
from pactgraph.graph.errors import GraphUnavailable

router = APIRouter(tags=["service"])


@router.get("/health", response_model=Health, summary="Service and database status")
def health(request: Request, settings: SettingsDep) -> Health:
    """Always 200 while the service runs; ``status`` is ``degraded`` when Neo4j does not answer."""
    from pactgraph.graph.schema import counts

    database = settings.neo4j_database
    try:
        nodes, relationships = counts(get_driver(request), database=database)
    except GraphUnavailable as e:
        return Health(status="degraded", version=request.app.state.version,
                      database=DatabaseStatus(status="down", database=database, message=str(e)))
    return Health(status="ok", version=request.app.state.version,
                  database=DatabaseStatus(status="up", database=database, nodes=nodes,
                                          relationships=relationships))
