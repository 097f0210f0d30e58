"""GET /paths: how two actors (or agreements, or places) are linked."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import PathPage
from pactgraph.api.params import Offset
from pactgraph.api.routes.relations import Predicate
from pactgraph.graph import read
from pactgraph.graph.queries.reads import MAX_PATH_HOPS

router = APIRouter(tags=["relations"])


@router.get("/paths", response_model=PathPage,
            summary="The shortest chains of relations between two entities",
            responses=error_responses(422, 503))
def paths(
    driver: DriverDep,
    settings: SettingsDep,
    source: Annotated[str, Query(min_length=1, max_length=200, description="Where paths start: a name, "
                                 "alias or id.", examples=["Iran"])],
    target: Annotated[str, Query(min_length=1, max_length=200, description="Where they end.",
                                 examples=["Turkey"])],
    predicate: Annotated[list[Predicate] | None, Query(description="Relations a path may use (repeat for "
                                                       "several); default every relation.")] = None,
    max_hops: Annotated[int, Query(ge=1, le=MAX_PATH_HOPS, description="Longest path considered.")] = 3,
    limit: Annotated[int, Query(ge=1, le=50, description="At most this many paths (at most 50).")] = 10,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Every shortest path of asserted relations (either direction) from `source` to `target`,
    each step with its summary and up to three sentences."""
    return read.find_paths(driver, source, target, predicates=predicate, max_hops=max_hops,
                           database=settings.neo4j_database, limit=limit, offset=offset)
