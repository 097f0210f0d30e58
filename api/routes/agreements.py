"""GET /agreements: which agreement governs which zone."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import DriverDep, SettingsDep
from api.errors import error_responses
from api.models import AgreementPage
from graph import read

router = APIRouter(tags=["relations"])

MAX_LIMIT = 200


@router.get("/agreements", response_model=AgreementPage,
            summary="Agreements by zone, party or broker, with the sentences",
            responses=error_responses(422, 503))
def agreements(
    driver: DriverDep,
    settings: SettingsDep,
    zone: Annotated[str | None, Query(max_length=200, description="A place the agreement governs.",
                                      examples=["Idlib"])] = None,
    party: Annotated[str | None, Query(max_length=200, description="An actor party to it.")] = None,
    broker: Annotated[str | None, Query(max_length=200, description="An actor that brokered it.",
                                        examples=["Russia"])] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many agreements.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Skip this many first.")] = 0,
) -> dict[str, Any]:
    """Agreements (newest first) with kind, date, status, parties, brokers, zones and evidence."""
    return read.find_agreements(driver, zone=zone, party=party, broker=broker,
                                database=settings.neo4j_database, limit=limit, offset=offset)
