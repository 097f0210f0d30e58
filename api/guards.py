"""ASGI guards in front of every route, before routing, body parsing and the key check.

* :class:`BodyLimit`: a request body larger than ``PACTGRAPH_MAX_BODY_BYTES`` is a 413. A
  declared ``Content-Length`` past the limit is refused unread; a body sent without one (chunked)
  is counted while it is read and refused at the first byte past the limit. A 200 MB body used
  to be read and parsed whole, by anyone, before the key was looked at.
* :class:`KeysOutOfUrls`: an API key in the query string (a parameter named like one, or any
  value equal to the configured key) is a 400, and the query string is rewritten in place with
  the value redacted, so the server's access log, which reads it after the answer, never holds
  the key.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qsl, urlencode

from pydantic import SecretStr
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pactgraph.api.errors import error_response

#: Query parameters that carry a key by their name (compared in lower case).
KEY_PARAMETERS = frozenset({"api_key", "apikey", "api-key", "x-api-key", "key", "token", "access_token",
                            "auth", "authorization", "bearer", "password"})
REDACTED = "REDACTED"


class _TooLarge(StarletteHTTPException):
    """The body went past the limit while it was being read. An HTTP exception, so that a route
    reading its body (FastAPI turns other errors there into "error parsing the body") lets it
    through to api/errors.py as the 413 it is."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, _too_large(max_bytes), headers={"Connection": "close"})


def _too_large(max_bytes: int) -> str:
    return f"the request body is larger than the limit of {max_bytes:,} bytes (PACTGRAPH_MAX_BODY_BYTES)"


class BodyLimit:
    """413 for a request body past ``max_bytes``, counted while it is read (see the module docstring)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _refusal(self) -> object:
        return error_response(413, "too_large", _too_large(self.max_bytes), headers={"Connection": "close"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_bytes:
                    await self._refusal()(scope, receive, send)  # type: ignore[operator]
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except _TooLarge:
            if started:
                raise
            await self._refusal()(scope, receive, send)  # type: ignore[operator]


class KeysOutOfUrls:
    """400 for a key in the query string, which is redacted before anything logs it."""

    def __init__(self, app: ASGIApp, key: SecretStr | None = None) -> None:
        self.app = app
        self.key = key.get_secret_value().encode() if key else b""

    def _is_key(self, name: str, value: str) -> bool:
        if name.lower() in KEY_PARAMETERS and value:
            return True
        return bool(self.key) and secrets.compare_digest(value.encode(), self.key)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if query:
            pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
            if any(self._is_key(name, value) for name, value in pairs):
                scope["query_string"] = urlencode(
                    [(name, REDACTED if self._is_key(name, value) else value) for name, value in pairs]
                ).encode("latin-1")
                response = error_response(400, "key_in_url", "API keys go in the X-API-Key or "
                                          "Authorization header, never in the URL (where logs and "
                                          "browser histories keep them); this one is refused")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
