"""GET /export: the graph as RDF."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response

from api.deps import DriverDep, SettingsDep
from api.errors import error_responses

router = APIRouter(tags=["export"])

Format = Literal["turtle", "nt", "jsonld", "trig"]
MEDIA_TYPES: dict[str, str] = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
}
_BY_MEDIA_TYPE = {media: fmt for fmt, media in MEDIA_TYPES.items()}
_ACTOR = "https://w3id.org/pactgraph/id/actor/"
_EXAMPLES = {
    "turtle": "@prefix pg: <https://w3id.org/pactgraph#> .\n@prefix actor: <" + _ACTOR + "> .\n\n"
              "actor:turkey a pg:Actor, pg:State ;\n    pg:backs actor:national-liberation-front .\n",
    "nt": f"<{_ACTOR}turkey> <https://w3id.org/pactgraph#backs> <{_ACTOR}national-liberation-front> .\n",
    "jsonld": '[{"@id": "' + _ACTOR + 'turkey", "https://w3id.org/pactgraph#backs": '
              '[{"@id": "' + _ACTOR + 'national-liberation-front"}]}]',
    "trig": "@prefix pg: <https://w3id.org/pactgraph#> .\n\n{ <" + _ACTOR + "turkey> pg:backs <"
            + _ACTOR + "national-liberation-front> . }\n",
}


def _from_accept(accept: str | None) -> str:
    """The first RDF format the Accept header names (by order then q), else Turtle."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept or "").split(",")):
        media, *options = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    quality = float(option[2:])
                except ValueError:
                    quality = 0.0
        if media.lower() in _BY_MEDIA_TYPE and quality > 0:
            ranked.append((-quality, index, _BY_MEDIA_TYPE[media.lower()]))
    return min(ranked)[2] if ranked else "turtle"


@router.get(
    "/export",
    summary="The graph as RDF",
    response_class=Response,
    responses={200: {"description": "The whole graph under the pactgraph ontology.",
                     "content": {media: {"example": _EXAMPLES[fmt]} for fmt, media in MEDIA_TYPES.items()}},
               **error_responses(422, 503)},
)
def export(
    driver: DriverDep,
    settings: SettingsDep,
    format: Annotated[Format | None, Query(description="RDF serialisation; without it, the Accept "
                                           "header decides (default Turtle).")] = None,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """Turtle, N-Triples, JSON-LD or TriG, chosen by `format` or else the `Accept` header."""
    from graph.rdf import serialize  # written alongside; imported on use

    fmt = format or _from_accept(accept)
    text = serialize(driver, database=settings.neo4j_database, fmt=fmt, base_iri=settings.pactgraph_base_iri)
    return Response(content=text, media_type=MEDIA_TYPES[fmt])
