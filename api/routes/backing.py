"""GET /backing: who backs whom."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from api.deps import DriverDep, SettingsDep
from api.errors import error_responses
from api.models import BackingPage
from graph import read

router = APIRouter(tags=["relations"])

MAX_LIMIT = 200
Status = Literal["asserted", "denied", "alleged", "hypothetical", "any"]


@router.get("/backing", response_model=BackingPage, summary="Who backs whom, with the sentences",
            responses=error_responses(422, 503))
def backing(
    driver: DriverDep,
    settings: SettingsDep,
    backer: Annotated[str | None, Query(max_length=200, description="The backer: a name, alias or id.",
                                        examples=["Turkey"])] = None,
    backed: Annotated[str | None, Query(max_length=200, description="The backed: a name, alias or id.",
                                        examples=["Assad regime"])] = None,
    status: Annotated[Status, Query(description="How the text states it; `any` for all.")] = "asserted",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many pairs.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Skip this many first.")] = 0,
) -> dict[str, Any]:
    """Backer/backed pairs, most evidence first; each with its documents, dates and sentences.
    Denied, alleged and hypothetical backing is only returned when `status` asks for it."""
    return read.find_backing(driver, backer=backer, backed=backed, status=status,
                             database=settings.neo4j_database, limit=limit, offset=offset)
