"""GET /actors and /actors/{id}."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import ActorDetail, ActorPage
from pactgraph.api.params import Offset
from pactgraph.graph import read

router = APIRouter(tags=["actors"])

MAX_LIMIT = 200
#: A hub actor's relations of one predicate, at most, in one answer.
MAX_PER_PREDICATE = 1000


@router.get("/actors", response_model=ActorPage, summary="Find actors by name or alias",
            responses=error_responses(422, 503))
def list_actors(
    driver: DriverDep,
    settings: SettingsDep,
    q: Annotated[str, Query(max_length=200, description="Part of a name or alias; case and accents "
                            "are ignored. Empty: every actor.", examples=["Assad regime"])] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many actors.")] = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors whose name or an alias contains `q`; the exact name first, then exact aliases."""
    return read.search_actors(driver, q, database=settings.neo4j_database, limit=limit, offset=offset)


@router.get("/actors/{actor_id}", response_model=ActorDetail, summary="One actor and its relations",
            responses=error_responses(404, 422, 503))
def get_actor(
    driver: DriverDep,
    settings: SettingsDep,
    actor_id: Annotated[str, Path(max_length=200, description="The actor's id.", examples=["russia"])],
    per_predicate: Annotated[int, Query(ge=1, le=MAX_PER_PREDICATE, description=(
        "At most this many relations of each predicate, those with the most evidence; "
        "`relation_counts` has the totals."))] = read.RELATIONS_PER_PREDICATE,
) -> dict[str, Any]:
    """Type, aliases, and relations grouped by predicate, each with its evidence count, first and
    last sighting, and sentences."""
    return read.get_actor(driver, actor_id, database=settings.neo4j_database, per_predicate=per_predicate)
