"""GET /backing: who backs whom."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import BackingPage
from pactgraph.api.params import RelationFilterParams
from pactgraph.graph import read

router = APIRouter(tags=["relations"])


@router.get("/backing", response_model=BackingPage, summary="Who backs whom, with the sentences",
            responses=error_responses(422, 503))
def backing(
    driver: DriverDep,
    settings: SettingsDep,
    backer: Annotated[str | None, Query(max_length=200, description="The backer: a name, alias or id.",
                                        examples=["Turkey"])] = None,
    backed: Annotated[str | None, Query(max_length=200, description="The backed: a name, alias or id.",
                                        examples=["Assad regime"])] = None,
    *,
    filters: RelationFilterParams,
) -> dict[str, Any]:
    """Backer/backed pairs, most evidence first; each with its documents, dates and sentences.
    Denied, alleged and hypothetical backing is only returned when `status` asks for it."""
    return read.find_backing(driver, backer=backer, backed=backed, database=settings.neo4j_database,
                             **filters.arguments())
