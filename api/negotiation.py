"""Content negotiation on the Accept header (RFC 9110, section 12.5.1), for the routes that answer
in several media types: GET /id/{kind}/{id} and GET /export.

Each offer gets the quality of the most specific media range that matches it (``text/turtle``
before ``text/*`` before ``*/*``); the best quality wins, ties going to the range listed first,
then to the first offer. No Accept header accepts anything: the first offer. ``q=0`` refuses.
"""

from __future__ import annotations

from collections.abc import Sequence

from pactgraph.api.errors import NotAcceptable


def _ranges(accept: str) -> list[tuple[str, str, float, int]]:
    """(type, subtype, quality, position) of each media range of the header, lower-cased."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        if "/" not in media:
            continue
        kind, _, subtype = media.lower().partition("/")
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((kind.strip(), subtype.strip(), quality, position))
    return ranges


def preferred(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer that ``accept`` prefers, or None when it accepts none of them."""
    if not offers:
        return None
    if accept is None or not accept.strip():
        return offers[0]
    ranges = _ranges(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for index, offer in enumerate(offers):
        kind, _, subtype = offer.lower().partition("/")
        matches = [(specificity, quality, position)
                   for range_kind, range_subtype, quality, position in ranges
                   for specificity in [2 if (range_kind, range_subtype) == (kind, subtype)
                                       else 1 if (range_kind, range_subtype) == (kind, "*")
                                       else 0 if (range_kind, range_subtype) == ("*", "*") else -1]
                   if specificity >= 0]
        if not matches:
            continue
        _, quality, position = max(matches, key=lambda m: (m[0], -m[2]))
        if quality <= 0:
            continue
        rank = (quality, -position, -index)
        if best is None or rank > best:
            best, chosen = rank, offer
    return chosen


def negotiate(accept: str | None, offers: Sequence[str]) -> str:
    """:func:`preferred`, or NotAcceptable (406) naming what could be given."""
    chosen = preferred(accept, offers)
    if chosen is None:
        raise NotAcceptable(accept or "", tuple(offers))
    return chosen
