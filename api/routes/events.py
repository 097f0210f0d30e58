"""GET /events: what happened, where, by whom, with the sentence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import EventPage
from pactgraph.api.params import DateFrom, DateTo, EndName, Limit, Offset, StatusParam
from pactgraph.graph import read
from pactgraph.ontology.vocabulary import EventTypeName

router = APIRouter(tags=["events"])

EventType = EventTypeName


@router.get("/events", response_model=EventPage, summary="Events by type, actor, place and date",
            responses=error_responses(422, 503))
def events(
    driver: DriverDep,
    settings: SettingsDep,
    type: Annotated[list[EventType] | None, Query(description="Event types (repeat for several).",
                                                  examples=[["assault", "fight"]])] = None,
    status: StatusParam = "asserted",
    actor: Annotated[EndName, Query(description="An agent or target: a name, alias or id.",
                                    examples=["Russia"])] = None,
    agent: Annotated[EndName, Query(description="Who did it.")] = None,
    target: Annotated[EndName, Query(description="To whom.")] = None,
    place: Annotated[EndName, Query(description="Where: a place's name, alias or id.",
                                    examples=["Idlib"])] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    min_killed: Annotated[int | None, Query(ge=0, le=10_000_000,
                                            description="At least this many people killed.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events latest first, by their own date or else their document's; `from`/`to` compare at the
    coarser precision of the two dates (an event of `2019-04` is within `from=2019-04-15`)."""
    return read.find_events(driver, types=type, status=status, actor=actor, agent=agent, target=target,
                            place=place, date_from=date_from, date_to=date_to, min_killed=min_killed,
                            database=settings.neo4j_database, limit=limit, offset=offset)
