"""Query parameters that several routes share, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, Field

# the one date syntax (YYYY, YYYY-MM or YYYY-MM-DD), put in the schema so clients and the fuzzer see it
from pactgraph.ontology.dates import DATE_PATTERN
from pactgraph.ontology.vocabulary import StatusName

#: The most rows any list route returns at once.
MAX_LIMIT = 200

Status = Literal[StatusName, "any"]
_STATUS = ("How the text states it; `any` for all. Denied, alleged and hypothetical statements only "
           "come when asked for.")
_VALID_AT = ("Only relations whose evidence spans this date: first seen on or before it and last seen "
             "on or after it (YYYY-MM-DD, YYYY-MM or YYYY, compared at that precision).")
_FROM = "Only evidence from documents dated on or after this (YYYY-MM-DD, YYYY-MM or YYYY)."
_TO = ("Only evidence from documents dated on or before this (YYYY-MM-DD, YYYY-MM or YYYY; `2019` "
       "includes all of 2019).")
_MIN_SOURCES = "Only pairs stated in at least this many documents (after the date filters)."
_LIMIT = f"At most this many rows (at most {MAX_LIMIT})."
_OFFSET = "Skip this many first."

StatusParam = Annotated[Status, Query(description=_STATUS)]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description=_OFFSET)]
ValidAt = Annotated[str | None, Query(pattern=DATE_PATTERN, description=_VALID_AT, examples=["2019-05"])]
DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, description=_FROM,
                                       examples=["2019-01-01"])]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, description=_TO,
                                     examples=["2019-12-31"])]
EndName = Annotated[str | None, Query(max_length=200, description="A name, alias or id (case and "
                                                                  "accents ignored).")]

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=_LIMIT)]


class RelationFilters(BaseModel):
    """The filters of every relation route (``/relations``, ``/backing``, ``/opposition``,
    ``/alliances``), declared once: FastAPI reads them from the query string."""

    status: Status = Field("asserted", description=_STATUS)
    valid_at: str | None = Field(None, pattern=DATE_PATTERN, description=_VALID_AT, examples=["2019-05"])
    date_from: str | None = Field(None, alias="from", pattern=DATE_PATTERN, description=_FROM,
                                  examples=["2019-01-01"])
    date_to: str | None = Field(None, alias="to", pattern=DATE_PATTERN, description=_TO,
                                examples=["2019-12-31"])
    min_sources: int = Field(1, ge=1, le=1000, description=_MIN_SOURCES)
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=_LIMIT)
    offset: int = Field(0, ge=0, le=1_000_000, description=_OFFSET)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the ``graph.read`` functions these filters go to."""
        return self.model_dump(by_alias=False)


#: The relation routes' filters, as one query parameter model.
RelationFilterParams = Annotated[RelationFilters, Query()]
