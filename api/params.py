"""Query parameters that several routes share, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from pactgraph.ontology.dates import DATE_PATTERN as ONTOLOGY_DATE_PATTERN
from pactgraph.ontology.vocabulary import StatusName

#: The most rows any list route returns at once.
MAX_LIMIT = 200

#: A calendar date at its precision: YYYY, YYYY-MM or YYYY-MM-DD (``pactgraph.ontology.dates``). In
#: the schema itself, so clients and the fuzzer see the bound.
DATE_PATTERN = ONTOLOGY_DATE_PATTERN

Status = Literal[StatusName, "any"]
StatusParam = Annotated[Status, Query(description="How the text states it; `any` for all. Denied, alleged "
                                                  "and hypothetical statements only come when asked for.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Skip this many first.")]
ValidAt = Annotated[str | None, Query(
    pattern=DATE_PATTERN, description="Only relations whose evidence spans this date: first seen on or "
    "before it and last seen on or after it (YYYY-MM-DD, YYYY-MM or YYYY, compared at that precision).",
    examples=["2019-05"])]
DateFrom = Annotated[str | None, Query(
    alias="from", pattern=DATE_PATTERN, description="Only evidence from documents dated on or after "
    "this (YYYY-MM-DD, YYYY-MM or YYYY).", examples=["2019-01-01"])]
DateTo = Annotated[str | None, Query(
    alias="to", pattern=DATE_PATTERN, description="Only evidence from documents dated on or before "
    "this (YYYY-MM-DD, YYYY-MM or YYYY; `2019` includes all of 2019).", examples=["2019-12-31"])]
MinSources = Annotated[int, Query(ge=1, le=1000, description="Only pairs stated in at least this many "
                                                             "documents (after the date filters).")]
EndName = Annotated[str | None, Query(max_length=200, description="A name, alias or id (case and "
                                                                  "accents ignored).")]

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT,
                             description=f"At most this many rows (at most {MAX_LIMIT}).")]
