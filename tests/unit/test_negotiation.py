"""Content negotiation on Accept: the quality of the most specific matching range, ties in order."""

from __future__ import annotations

import pytest

from pactgraph.api.errors import NotAcceptable
from pactgraph.api.negotiation import negotiate, preferred

RDF = ["text/turtle", "application/n-triples", "application/ld+json"]
WITH_PAGE = [*RDF, "text/html"]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.mark.parametrize(("accept", "offers", "expected"), [
    (None, RDF, "text/turtle"),
    ("", RDF, "text/turtle"),
    ("*/*", WITH_PAGE, "text/turtle"),
    ("application/n-triples", RDF, "application/n-triples"),
    ("APPLICATION/LD+JSON", RDF, "application/ld+json"),
    ("application/ld+json, text/turtle", RDF, "application/ld+json"),
    ("text/turtle;q=0.5, application/n-triples", RDF, "application/n-triples"),
    ("text/*", WITH_PAGE, "text/turtle"),
    (BROWSER, WITH_PAGE, "text/html"),
    (BROWSER, RDF, "text/turtle"),  # */*;q=0.8 still takes RDF
    ("text/html", WITH_PAGE, "text/html"),
    ("text/html", RDF, None),
    ("image/png", RDF, None),
    ("*/*;q=0", RDF, None),
    ("*/*, text/turtle;q=0", RDF, "application/n-triples"),  # the specific range refuses Turtle
    ("text/turtle;q=bad, application/n-triples;q=0.1", RDF, "application/n-triples"),
    ("text/turtle;charset=utf-8", RDF, "text/turtle"),
    ("garbage", RDF, None),
])
def test_preferred(accept, offers, expected):
    assert preferred(accept, offers) == expected


def test_negotiate_names_what_is_available():
    with pytest.raises(NotAcceptable) as raised:
        negotiate("image/png", RDF)
    assert raised.value.offers == tuple(RDF) and "text/turtle" in str(raised.value)
