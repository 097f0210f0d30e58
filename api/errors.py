"""The one place where errors become HTTP answers, all with one body shape.

    {"error": {"code": "not_found", "message": "no actor with id 'narnia'"}}

graph.errors.NotFound -> 404, QueryRefused -> 400, InvalidParameter -> 422, GraphUnavailable -> 503,
NotAcceptable -> 406 (naming the types available), TooBusy -> 503 with Retry-After, any other
PactgraphError -> 500, request validation -> 422, Starlette's own HTTP errors (unknown route 404,
wrong method 405, ...) keep their status.

A driver error that reaches here, by class: Neo4j's out-of-memory errors -> 413 (the question
needs more memory than the server gives a transaction: narrow it), a failed sign-in -> 503 (the
server's settings, not the request), other client errors -> 400, transient and database errors
-> 503 with Retry-After, the driver's own (connection) errors -> 503.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError
from starlette.exceptions import HTTPException as StarletteHTTPException

from pactgraph.graph.errors import ExportTooLarge, GraphUnavailable, InvalidParameter, NotFound, QueryRefused
from pactgraph.loaders.errors import DocumentError
from pactgraph.ontology.errors import PactgraphError

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


class TooBusy(ApiError):
    """As many of this kind of request as the server allows at once are running (``what``)."""

    def __init__(self, what: str, limit: int, retry_after: int = 10) -> None:
        super().__init__(f"{limit} {what} already running, the most this server runs at once; "
                         f"try again in {retry_after} s")
        self.retry_after = retry_after

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 413: "too_large", 422: "invalid_request",
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
    if isinstance(exc, ExportTooLarge):
        return error_response(413, "too_large", str(exc))
    if isinstance(exc, TooBusy):
        return error_response(503, "busy", str(exc), headers={"Retry-After": str(exc.retry_after)})
    if isinstance(exc, QueryRefused):
        return error_response(400, "query_refused", str(exc))
    if isinstance(exc, GraphUnavailable):
        log.warning("graph unavailable: %s", exc)
        return error_response(503, "graph_unavailable", str(exc), headers={"Retry-After": "5"})
    log.error("unhandled pactgraph error: %s", exc, exc_info=exc)
    return error_response(500, "internal_error", str(exc))


#: Neo4j's answers about this server's own credentials (not the request's question): the server is
#: unusable until its settings or Neo4j's limit change, whatever the request asked.
_CREDENTIAL_CODES = frozenset({
    "Neo.ClientError.Security.Unauthorized", "Neo.ClientError.Security.AuthenticationRateLimit",
    "Neo.ClientError.Security.CredentialsExpired", "Neo.ClientError.Security.TokenExpired",
})


def _driver_error(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, Neo4jError):
        code = exc.code or ""
        if "OutOfMemory" in code:
            log.warning("Neo4j ran out of memory for a request: %s", code)
            return error_response(413, "too_large", "the question needs more memory than Neo4j gives "
                                  "one transaction: narrow it (a smaller limit, fewer hops, a shorter "
                                  "date window)")
        if isinstance(exc, AuthError) or code in _CREDENTIAL_CODES:
            log.error("Neo4j refused the server's credentials: %s", exc.message)
            return error_response(503, "graph_unavailable", "Neo4j refused this server's credentials",
                                  headers={"Retry-After": "30"})
        if isinstance(exc, ClientError):
            log.info("Neo4j refused a request's query: %s %s", code, exc.message)
            return error_response(400, "graph_refused", f"Neo4j refused the question ({code}): {exc.message}")
        log.warning("Neo4j error: %s %s", code, exc.message)
        return error_response(503, "graph_unavailable", f"Neo4j could not answer now ({code}); try again",
                              headers={"Retry-After": "5"})
    log.warning("Neo4j driver error: %s", exc)
    return error_response(503, "graph_unavailable", f"Neo4j is unavailable: {type(exc).__name__}",
                          headers={"Retry-After": "5"})


def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    from pactgraph.ontology.dates import DATE_PATTERN

    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
        message = error.get("msg", "invalid")
        pattern = (error.get("ctx") or {}).get("pattern")
        if error.get("type") == "string_pattern_mismatch" and pattern == DATE_PATTERN:
            message = f"{error.get('input')!r} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)"
        problems.append(f"{where}: {message}" if where else message)
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
    app.add_exception_handler(Neo4jError, _driver_error)
    app.add_exception_handler(DriverError, _driver_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


#: OpenAPI description of the error answers, for ``responses=`` on routes. A route that asks
#: Neo4j (it lists 503) may also answer 400 and 413 with Neo4j's refusals (see :func:`_driver_error`).
def error_responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    from pactgraph.api.models import ErrorBody

    if 503 in statuses:
        statuses = tuple(sorted({*statuses, 400, 413}))
    descriptions = {400: "Bad request (a body that is not JSON or not UTF-8, a query Neo4j refused)",
                    401: "No API key, or a wrong one",
                    403: "PACTGRAPH_API_KEY is unset: routes that write or run Cypher are off",
                    404: "Not found", 406: "Not acceptable", 413: "Too large (a body, an export, or a "
                    "question that needs more memory than Neo4j gives it)", 422: "Invalid parameters",
                    503: "Neo4j is unreachable"}
    return {status: {"model": ErrorBody, "description": descriptions.get(status, "Error")}
            for status in statuses}
