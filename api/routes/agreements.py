"""GET /agreements and /agreements/{id}: which agreement governs which zone, and what may break it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import AgreementDetail, AgreementPage
from pactgraph.api.params import DateFrom, DateTo, Limit, Offset, StatusParam
from pactgraph.api.routes.events import EventType
from pactgraph.graph import read

router = APIRouter(tags=["relations"])


@router.get("/agreements", response_model=AgreementPage,
            summary="Agreements by zone, party, broker, kind or date, with the sentences",
            responses=error_responses(422, 503))
def agreements(
    driver: DriverDep,
    settings: SettingsDep,
    zone: Annotated[str | None, Query(max_length=200, description="A place the agreement governs, or "
                                      "one it lies in (Saraqeb matches the agreements of Idlib).",
                                      examples=["Idlib"])] = None,
    zone_inside: Annotated[bool, Query(description="Also the agreements that govern a place inside the "
                                       "zone (Idlib matches those of Saraqeb).")] = False,
    party: Annotated[str | None, Query(max_length=200, description="An actor party to it.")] = None,
    broker: Annotated[str | None, Query(max_length=200, description="An actor that brokered it.",
                                        examples=["Russia"])] = None,
    kind: Annotated[str | None, Query(max_length=50, description="ceasefire, truce, peace agreement, "
                                      "memorandum, declaration, framework or agreement.",
                                      examples=["ceasefire"])] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Agreements (newest first) with kind, date, status, parties, brokers, zones and evidence.
    `from`/`to` bound the agreement's date at the coarser precision of the two (an agreement of
    `2018-09` is within `from=2018-09-17`); agreements without a date are left out by them."""
    return read.find_agreements(driver, zone=zone, party=party, broker=broker, kind=kind,
                                date_from=date_from, date_to=date_to, zone_inside=zone_inside,
                                database=settings.neo4j_database, limit=limit, offset=offset)


@router.get("/agreements/{agreement_id}", response_model=AgreementDetail,
            summary="One agreement and its candidate violations", responses=error_responses(404, 422, 503))
def get_agreement(
    driver: DriverDep,
    settings: SettingsDep,
    agreement_id: Annotated[str, Path(max_length=200, description="The agreement's id.",
                                      examples=["sochi-deal-d6b7db82"])],
    type: Annotated[list[EventType] | None, Query(description="Event types that count as violations "
                                                  "(default assault and fight).")] = None,
    status: StatusParam = "asserted",
    limit: Limit = 100,
) -> dict[str, Any]:
    """Parties, brokers, zones and evidence, and the events at its zones on or after its date
    (earliest first): leads for a monitor to check, each with its sentence."""
    return read.get_agreement(driver, agreement_id, database=settings.neo4j_database,
                              types=tuple(type) if type else read.VIOLENT_EVENT_TYPES, status=status,
                              limit=limit)
