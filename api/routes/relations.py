"""GET /relations and its shortcuts /opposition and /alliances: who stands how to whom."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from api.deps import DriverDep, SettingsDep
from api.errors import error_responses
from api.models import RelationPage
from api.params import DateFrom, DateTo, EndName, Limit, MinSources, Offset, StatusParam, ValidAt
from graph import read

router = APIRouter(tags=["relations"])

Predicate = Literal["backs", "opposes", "allied_with", "party_to", "brokered", "governs", "leader_of",
                    "member_of", "evolved_from", "controls"]


@router.get("/relations", response_model=RelationPage,
            summary="Any relation between actors, agreements and places, with the sentences",
            responses=error_responses(422, 503))
def relations(
    driver: DriverDep,
    settings: SettingsDep,
    predicate: Annotated[Predicate | None, Query(description="The relation; without it, every relation.",
                                                 examples=["backs"])] = None,
    subject: Annotated[EndName, Query(examples=["Turkey"])] = None,
    object: Annotated[EndName, Query(examples=["NLF"])] = None,
    actor: Annotated[EndName, Query(description="Either end: a name, alias or id.")] = None,
    status: StatusParam = "asserted",
    valid_at: ValidAt = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    min_sources: MinSources = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Subject/object pairs, most evidence first, each with its documents, dates and sentences.
    A symmetric relation (`opposes`, `allied_with`) comes once, its filtered end as `subject`."""
    return read.find_relations(driver, predicate, subject=subject, object=object, actor=actor, status=status,
                               valid_at=valid_at, date_from=date_from, date_to=date_to,
                               min_sources=min_sources, database=settings.neo4j_database,
                               limit=limit, offset=offset)


def _symmetric(predicate: str, noun: str):
    def route(
        driver: DriverDep,
        settings: SettingsDep,
        actor: Annotated[EndName, Query(description="One side: a name, alias or id.",
                                        examples=["Russia"])] = None,
        other: Annotated[EndName, Query(description="The other side.")] = None,
        status: StatusParam = "asserted",
        valid_at: ValidAt = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        min_sources: MinSources = 1,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return read.find_relations(driver, predicate, subject=actor, object=other, status=status,
                                   valid_at=valid_at, date_from=date_from, date_to=date_to,
                                   min_sources=min_sources, database=settings.neo4j_database,
                                   limit=limit, offset=offset)

    route.__doc__ = (f"Pairs of actors {noun}, most evidence first, each once with `actor` as `subject`; "
                     f"`/relations?predicate={predicate}` with either end.")
    route.__name__ = predicate
    return route


router.add_api_route("/opposition", _symmetric("opposes", "on opposing sides"), methods=["GET"],
                     response_model=RelationPage, summary="Who opposes whom, with the sentences",
                     responses=error_responses(422, 503))
router.add_api_route("/alliances", _symmetric("allied_with", "allied with each other"), methods=["GET"],
                     response_model=RelationPage, summary="Who is allied with whom, with the sentences",
                     responses=error_responses(422, 503))
