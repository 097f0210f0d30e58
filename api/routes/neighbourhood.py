"""GET /graph: one neighbourhood as nodes and edges, the page's and any other client's."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models_graph import EXAMPLE, GraphAnswer
from pactgraph.api.params import DateFrom, DateTo, Status, ValidAt
from pactgraph.api.routes.relations import Predicate
from pactgraph.graph import read
from pactgraph.graph.network import MEDIA_TYPES, write

router = APIRouter(tags=["graph"])

GraphFormat = Literal["json", "graphml", "gexf"]


@router.get("/graph", response_model=GraphAnswer, summary="One neighbourhood as nodes and edges",
            responses={200: {"content": {media: {"schema": {"type": "string"},
                                                 "example": write(EXAMPLE, fmt).decode()}
                                         for fmt, media in MEDIA_TYPES.items()},
                             "description": "JSON, or GraphML / GEXF with `format`."},
                       **error_responses(404, 422, 503)})
def neighbourhood(
    driver: DriverDep,
    settings: SettingsDep,
    actor: Annotated[str, Query(min_length=1, max_length=200, description="The centre: a name, alias or "
                                "id of an actor, agreement or place.", examples=["Turkey"])],
    depth: Annotated[int, Query(ge=1, le=read.MAX_GRAPH_DEPTH, description="Hops from the centre.")] = 1,
    predicate: Annotated[list[Predicate] | None, Query(description="Relations to draw (repeat for "
                                                       "several); default every relation.")] = None,
    status: Annotated[list[Status] | None, Query(description="Statuses to draw (repeat for several; "
                                                 "`any` for all); default asserted only.")] = None,
    valid_at: ValidAt = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Annotated[int, Query(ge=1, le=read.MAX_GRAPH_EDGES, description="At most this many edges, "
                                "those with the most sources first.")] = 500,
    format: Annotated[GraphFormat, Query(description="`graphml` or `gexf` for Gephi and Cytoscape "
                                         "desktop; default JSON.")] = "json",
) -> Any:
    """The entities within `depth` hops of `actor` and the statements between them: one edge per
    subject, predicate, object and status, with its number of statements, documents, first and
    last dates and confidence (the sentences: `/relations?subject=…&object=…`)."""
    answer = read.neighbourhood(driver, actor, depth=depth, predicates=predicate, statuses=status,
                                valid_at=valid_at, date_from=date_from, date_to=date_to, limit=limit,
                                database=settings.neo4j_database)
    if format == "json":
        return answer
    return Response(write(answer, format), media_type=MEDIA_TYPES[format])
