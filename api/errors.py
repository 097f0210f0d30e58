"""The one place where errors become HTTP answers, all with one body shape.

    {"error": {"code": "not_found", "message": "no actor with id 'narnia'"}}

graph.errors.NotFound -> 404, QueryRefused -> 400, InvalidParameter -> 422, GraphUnavailable -> 503,
NotAcceptable -> 406 (naming the types available), any other PactgraphError -> 500, request
validation -> 422, Starlette's own HTTP errors (unknown route 404, wrong method 405, ...) keep
their status.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import GraphUnavailable, InvalidParameter, NotFound, QueryRefused
from loaders.errors import DocumentError
from ontology.errors import PactgraphError

log = logging.getLogger(__name__)


class ApiError(PactgraphError):
    """An error that only the HTTP API raises."""


class MissingApiKey(ApiError):
    """The request carries no API key, or not the configured one."""


class WritesDisabled(ApiError):
    """The server has no API key configured, so the routes that need one are off."""


class NotAcceptable(ApiError):
    """The Accept header accepts none of the media types a route can answer in."""

    def __init__(self, accept: str, offers: tuple[str, ...]) -> None:
        super().__init__(f"cannot answer in any type that Accept: {accept!r} allows; available: "
                         f"{', '.join(offers)}")
        self.accept = accept
        self.offers = offers

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 422: "invalid_request",
               503: "graph_unavailable"}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None,
                   **extra: object) -> JSONResponse:
    """The one error body: ``{"error": {"code": ..., "message": ...}}`` (extra keys inside ``error``)."""
    body = {"error": {"code": code, "message": message, **extra}}
    return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers)


def _pactgraph_error(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, NotFound):
        return error_response(404, "not_found", str(exc))
    if isinstance(exc, MissingApiKey):
        return error_response(401, "unauthorized", str(exc),
                              headers={"WWW-Authenticate": 'Bearer realm="pactgraph"'})
    if isinstance(exc, WritesDisabled):
        return error_response(403, "writes_disabled", str(exc))
    if isinstance(exc, NotAcceptable):
        return error_response(406, "not_acceptable", str(exc), headers={"Vary": "Accept"},
                              available=list(exc.offers))
    if isinstance(exc, DocumentError):
        return error_response(422, "invalid_document", str(exc))
    if isinstance(exc, InvalidParameter):
        return error_response(422, "invalid_request", str(exc))
    if isinstance(exc, QueryRefused):
        return error_response(400, "query_refused", str(exc))
    if isinstance(exc, GraphUnavailable):
        log.warning("graph unavailable: %s", exc)
        return error_response(503, "graph_unavailable", str(exc), headers={"Retry-After": "5"})
    log.error("unhandled pactgraph error: %s", exc, exc_info=exc)
    return error_response(500, "internal_error", str(exc))


def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", "invalid"))
    details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
               for e in exc.errors()]
    return error_response(422, "invalid_request", "; ".join(problems) or "invalid request", details=details)


def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = "no such route"
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal_error", "internal server error")


def install(app: FastAPI) -> None:
    """Register every handler on the app."""
    app.add_exception_handler(PactgraphError, _pactgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


#: OpenAPI description of the error answers, for ``responses=`` on routes.
def error_responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    from api.models import ErrorBody

    descriptions = {400: "Bad request (a body that is not JSON, or not UTF-8)",
                    401: "No API key, or a wrong one",
                    403: "PACTGRAPH_API_KEY is unset: routes that write or run Cypher are off",
                    404: "Not found", 406: "Not acceptable", 422: "Invalid parameters",
                    503: "Neo4j is unreachable"}
    return {status: {"model": ErrorBody, "description": descriptions.get(status, "Error")}
            for status in statuses}
