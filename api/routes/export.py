"""GET /export: the graph (or a part) as RDF; GET /context.jsonld, /ontology, /shapes: its vocabulary."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from itertools import chain
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.background import BackgroundTask

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import TooBusy, error_responses
from pactgraph.api.memory import release_memory
from pactgraph.api.negotiation import negotiate
from pactgraph.api.params import DATE_PATTERN as _DATE  # one date syntax for every filter of the API
from pactgraph.ontology.vocabulary import RDF_MEDIA_TYPES, RdfFormat, RelationName

router = APIRouter(tags=["export"])

Format = RdfFormat
Predicate = RelationName
MEDIA_TYPES: dict[str, str] = {fmt: media for fmt, media in RDF_MEDIA_TYPES.items()}
_BY_MEDIA_TYPE = {media: fmt for fmt, media in MEDIA_TYPES.items()}
#: Every answer may differ by Accept (when `format` is not given), so caches must key on it.
_VARY = {"Vary": "Accept"}
_ACTOR = "https://w3id.org/pactgraph/id/actor/"
_PG = "https://w3id.org/pactgraph/ontology#"
_EXAMPLES = {
    "turtle": "@prefix pg: <" + _PG + "> .\n@prefix actor: <" + _ACTOR + "> .\n\n"
              "actor:turkey a pg:Actor, pg:State ;\n    pg:backs actor:national-liberation-front .\n",
    "nt": f"<{_ACTOR}turkey> <{_PG}backs> <{_ACTOR}national-liberation-front> .\n",
    "nquads": f"<{_ACTOR}turkey> <{_PG}backs> <{_ACTOR}national-liberation-front> "
              f"<https://w3id.org/pactgraph/id/graph/merged> .\n",
    "jsonld": '[{"@id": "' + _ACTOR + 'turkey", "' + _PG + 'backs": '
              '[{"@id": "' + _ACTOR + 'national-liberation-front"}]}]',
    "trig": "@prefix pg: <" + _PG + "> .\n\n<https://w3id.org/pactgraph/id/graph/merged> { <" + _ACTOR
            + "turkey> pg:backs <" + _ACTOR + "national-liberation-front> . }\n",
}


@router.get(
    "/export",
    summary="The graph as RDF",
    response_class=Response,
    responses={200: {"description": "The graph under the pactgraph ontology (N-Triples and N-Quads "
                                    "are streamed as they are read).",
                     "content": {media: {"example": _EXAMPLES[fmt]} for fmt, media in MEDIA_TYPES.items()}},
               **error_responses(404, 406, 422, 503)},
)
def export(
    request: Request,
    driver: DriverDep,
    settings: SettingsDep,
    format: Annotated[Format | None, Query(description="RDF serialisation; without it, the Accept "
                                           "header decides (default Turtle).")] = None,
    actor: Annotated[str | None, Query(description="Only this actor's neighbourhood: the statements "
                                       "and events it takes part in (a name, alias or id).")] = None,
    predicate: Annotated[Predicate | None, Query(description="Only statements of this relation.")] = None,
    since: Annotated[str | None, Query(pattern=_DATE, description="Only statements and events dated "
                                       "on or after this day, month or year.")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description="Only statements and events dated "
                                       "on or before this day, month or year.")] = None,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """Turtle, N-Triples, N-Quads, JSON-LD or TriG, chosen by `format` or else the `Accept` header
    (Turtle without one; 406 when it accepts none of them).

    N-Triples and N-Quads are streamed page by page, whatever the size. Turtle, JSON-LD and TriG
    are built in memory: past PACTGRAPH_EXPORT_MAX_TRIPLES they are a 413 that says to stream.
    At most PACTGRAPH_MAX_EXPORTS run at once (a 503 with Retry-After beyond)."""
    fmt = format or _BY_MEDIA_TYPE[negotiate(accept, list(MEDIA_TYPES.values()))]
    slots = request.app.state.exports
    if not slots.acquire(blocking=False):
        raise TooBusy("exports", settings.pactgraph_max_exports)
    handed_over = False
    try:
        response = _export(driver, settings, fmt, actor, predicate, since, until,
                           head=request.method == "HEAD", release=lambda: _finish(slots))
        handed_over = True
        return response
    finally:
        if not handed_over:
            _finish(slots)


def _finish(slots: threading.BoundedSemaphore) -> None:
    """After an export: its slot back, and the memory it used handed back to the system."""
    slots.release()
    release_memory()


def _export(driver: Any, settings: Any, fmt: str, actor: str | None, predicate: str | None,
            since: str | None, until: str | None, *, head: bool, release: Callable[[], None]) -> Response:
    """The answer, which calls ``release`` once it is sent (or its stream closed)."""
    from pactgraph.graph.rdf.export import serialize
    from pactgraph.graph.rdf.filters import export_filter
    from pactgraph.graph.rdf.stream import STREAM_MEDIA_TYPES, stream

    database, base = settings.neo4j_database, settings.pactgraph_base_iri
    try:
        filters = export_filter(driver, database=database, actor=actor, predicate=predicate, since=since,
                                until=until)
    except ValueError as e:
        raise HTTPException(422, str(e)) from e
    if head:
        # The type, without reading the graph; no Content-Length, as for a streamed answer.
        return StreamingResponse(_released(iter(()), release), media_type=MEDIA_TYPES[fmt], headers=_VARY)
    if fmt in STREAM_MEDIA_TYPES:
        chunks = stream(driver, database=database, fmt=fmt, base_iri=base, filters=filters)
        # The first chunk is read before answering, so an unreachable Neo4j is still a 503.
        first = next(chunks, "")
        return StreamingResponse(_released(chain([first], chunks), release), media_type=MEDIA_TYPES[fmt],
                                 headers=_VARY)
    text = serialize(driver, database=database, fmt=fmt, base_iri=base, filters=filters,
                     max_triples=settings.pactgraph_export_max_triples)
    return Response(content=text, media_type=MEDIA_TYPES[fmt], headers=_VARY,
                    background=BackgroundTask(release))


def _released(chunks: Iterator[str], release: Callable[[], None]) -> Iterator[str]:
    """The chunks, then ``release`` when the stream ends or is closed (a client that went away)."""
    try:
        yield from chunks
    finally:
        release()


# HEAD answers as GET would, without a body; one operation in OpenAPI (HEAD is implied by GET).
router.add_api_route("/export", export, methods=["HEAD"], include_in_schema=False, response_class=Response)


@router.get("/context.jsonld", summary="The JSON-LD context of the export", response_class=Response,
            responses={200: {"content": {"application/ld+json": {"example": {"@context": {
                "pg": _PG, "actor": _ACTOR, "backs": {"@id": "pg:backs", "@type": "@id"}}}}}}})
def context() -> JSONResponse:
    """The compact `@context` every JSON-LD export carries inline, to compact or frame other data with."""
    from pactgraph.ontology.namespace import jsonld_context

    return JSONResponse({"@context": jsonld_context()}, media_type="application/ld+json")


@router.get("/ontology", summary="The pactgraph ontology (OWL, Turtle)", response_class=Response,
            responses={200: {"content": {"text/turtle": {"example": (
                "@prefix pg: <" + _PG + "> .\n@prefix owl: <http://www.w3.org/2002/07/owl#> .\n\n"
                "pg:backs a owl:ObjectProperty ;\n    rdfs:label \"backs\"@en .\n")}}}})
def ontology() -> Response:
    """`ontology/pactgraph.ttl`, the source of truth of every class and property the export uses."""
    from pactgraph.ontology.namespace import ONTOLOGY_PATH

    return Response(ONTOLOGY_PATH.read_bytes(), media_type="text/turtle")


@router.get("/shapes", summary="The SHACL shapes every export satisfies (Turtle)", response_class=Response,
            responses={200: {"content": {"text/turtle": {"example": (
                "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix pg: <" + _PG + "> .\n\n"
                "pg:ActorShape a sh:NodeShape ;\n    sh:targetClass pg:Actor .\n")}}}})
def shapes() -> Response:
    """`ontology/shapes.ttl`: validate an export with any SHACL processor (pyshacl, TopBraid, Jena)."""
    from pactgraph.ontology.namespace import SHAPES_PATH

    return Response(SHAPES_PATH.read_bytes(), media_type="text/turtle")
