"""GET /id/{kind}/{id}: the IRIs the RDF export mints, dereferenced.

RDF clients get the resource's description in Turtle, N-Triples or JSON-LD, as their Accept
header prefers (Turtle without one); a browser asking for HTML is sent (303 See Other) to the
page showing that entity. Every negotiated answer carries ``Vary: Accept``; HEAD is answered.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Path, Request, Response
from fastapi.responses import RedirectResponse

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.negotiation import negotiate

router = APIRouter(tags=["linked data"])

Kind = Literal["actor", "agreement", "place", "event", "document", "evidence"]
#: Media type -> the export's format name, in the order offered (the first is the default).
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "jsonld"}
#: The kinds the page can show, and the page's query parameter for each.
PAGE_PARAMETERS = {"actor": "actor", "place": "actor", "agreement": "agreement"}
_VARY = {"Vary": "Accept"}
_PG = "https://w3id.org/pactgraph/ontology#"
_ACTOR = "https://w3id.org/pactgraph/id/actor/"


@router.get(
    "/id/{kind}/{entity_id}", response_class=Response, response_model=None,
    summary="A minted IRI, dereferenced: RDF by Accept, or the page for HTML",
    responses={
        200: {"description": "The resource's description: its classes, names, relations either way "
                             "with their summaries, its neighbours' names, and every statement about it "
                             "with its sentence.",
              "content": {
                  "text/turtle": {"example": f"@prefix pg: <{_PG}> .\n@prefix actor: <{_ACTOR}> .\n\n"
                                             "actor:turkey a pg:Actor, pg:State ;\n"
                                             "    pg:backs actor:national-liberation-front .\n"},
                  "application/n-triples": {"example": f"<{_ACTOR}turkey> <{_PG}backs> "
                                                       f"<{_ACTOR}national-liberation-front> .\n"},
                  "application/ld+json": {"example": {
                      "@context": {"pg": _PG, "actor": _ACTOR},
                      "@graph": [{"@id": "actor:turkey", "@type": ["pg:Actor", "pg:State"],
                                  "pg:backs": {"@id": "actor:national-liberation-front"}}]}}}},
        303: {"description": "For `Accept: text/html` (actors, agreements, places): the page showing it."},
        **error_responses(404, 406, 422, 503)},
)
def resource(
    request: Request,
    driver: DriverDep,
    settings: SettingsDep,
    kind: Annotated[Kind, Path(description="The IRI's kind segment.")],
    entity_id: Annotated[str, Path(max_length=200, description="The IRI's id segment.",
                                   examples=["turkey"])],
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """`https://w3id.org/pactgraph/id/actor/turkey` (the export's IRI) is served here as
    `/id/actor/turkey`: Turtle, N-Triples or JSON-LD by `Accept`, `text/html` redirected to the page,
    406 for anything else."""
    from pactgraph.graph.rdf.dataset import serialize_dataset
    from pactgraph.graph.rdf.describe import describe
    from pactgraph.graph.rdf.mapping import Iris

    offers = [*RDF_TYPES, *(["text/html"] if kind in PAGE_PARAMETERS else [])]
    media = negotiate(accept, offers)
    # Described first even for HTML, so a missing entity is a 404 whatever was asked for.
    dataset = describe(driver, kind, entity_id, database=settings.neo4j_database,
                       base_iri=settings.pactgraph_base_iri)
    if media == "text/html":
        page = request.url_for("page").include_query_params(**{PAGE_PARAMETERS[kind]: entity_id})
        return RedirectResponse(str(page), status_code=303, headers=_VARY)
    text = serialize_dataset(dataset, RDF_TYPES[media], Iris.of(settings.pactgraph_base_iri))
    return Response(text, media_type=media, headers=_VARY)


# HEAD answers as GET would, without a body; one operation in OpenAPI (HEAD is implied by GET).
router.add_api_route("/id/{kind}/{entity_id}", resource, methods=["HEAD"], include_in_schema=False,
                     response_class=Response, response_model=None)
