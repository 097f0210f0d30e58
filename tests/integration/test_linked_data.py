"""GET /id/{kind}/{id} and GET /export negotiate on Accept: RDF, the page for HTML, 406, Vary, HEAD."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pactgraph.ontology.namespace import PG

pytestmark = pytest.mark.neo4j

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
PARSERS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld"}


@pytest.fixture()
def base(settings) -> str:
    return settings.pactgraph_base_iri


def _get(client, path: str, accept: str | None = None, method: str = "GET"):
    headers = {"Accept": accept} if accept is not None else {}
    return client.request(method, path, headers=headers, follow_redirects=False)


def _parsed(response) -> Graph:
    media = response.headers["content-type"].split(";")[0]
    return Graph().parse(data=response.text, format=PARSERS[media])


def test_turtle_of_turkey_holds_its_backing(examples_client, base):
    response = _get(examples_client, "/id/actor/turkey", "text/turtle")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert response.headers["vary"] == "Accept"
    graph = _parsed(response)
    turkey, nlf = URIRef(f"{base}actor/turkey"), URIRef(f"{base}actor/national-liberation-front")
    assert (turkey, PG.backs, nlf) in graph
    assert (turkey, PG.backs, URIRef(f"{base}actor/anti-assad-rebels")) in graph
    assert (turkey, RDF.type, PG.State) in graph and (turkey, RDFS.label, Literal("Turkey")) in graph
    # relations towards it, and its neighbours' names
    assert (URIRef(f"{base}actor/russia"), PG.opposes, turkey) in graph
    assert (nlf, RDFS.label, Literal("National Liberation Front")) in graph
    # the evidence of its backing, with the sentence and document
    relation = URIRef(f"{base}relation/turkey/backs/national-liberation-front")
    [evidence] = graph.objects(relation, PG.evidence)
    sentence = str(graph.value(evidence, PG.sentence))
    assert "Turkey-backed National Liberation Front" in sentence
    assert graph.value(evidence, PG.inDocument) is not None


def test_denied_statements_are_evidence_only(examples_client, base):
    graph = _parsed(_get(examples_client, "/id/actor/iran", "text/turtle"))
    iran, houthi = URIRef(f"{base}actor/iran"), URIRef(f"{base}actor/houthi")
    assert (iran, PG.backs, houthi) not in graph
    denied = [e for e in graph.subjects(RDF.subject, iran)
              if graph.value(e, PG.status) == PG.statusDenied and graph.value(e, RDF.object) == houthi]
    assert denied and graph.value(denied[0], PG.sentence)


def test_the_three_rdf_types_say_the_same(examples_client):
    graphs = [_parsed(_get(examples_client, "/id/actor/turkey", media)) for media in PARSERS]
    assert len(graphs[0]) > 20
    assert all(isomorphic(graphs[0], other) for other in graphs[1:])


@pytest.mark.parametrize(("path", "location"), [
    ("/id/actor/turkey", "/?actor=turkey"),
    ("/id/place/idlib", "/?actor=idlib"),
    ("/id/agreement/sochi-deal-d6b7db82", "/?agreement=sochi-deal-d6b7db82"),
])
@pytest.mark.parametrize("accept", ["text/html", BROWSER])
def test_html_is_sent_to_the_page(examples_client, path, location, accept):
    response = _get(examples_client, path, accept)
    assert response.status_code == 303
    assert response.headers["location"].endswith(location)
    assert response.headers["vary"] == "Accept"
    page = examples_client.get(response.headers["location"])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")


def test_without_accept_turtle(examples_client):
    for accept in (None, "*/*"):
        response = _get(examples_client, "/id/actor/turkey", accept)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")


@pytest.mark.parametrize(("path", "accept"), [("/id/actor/turkey", "image/png"),
                                              ("/id/actor/turkey", "text/turtle;q=0"),
                                              ("/id/document/x", "text/html")])  # no page for documents
def test_406_for_types_it_cannot_give(examples_client, path, accept):
    response = _get(examples_client, path, accept)
    assert response.status_code == 406
    assert response.headers["vary"] == "Accept"
    error = response.json()["error"]
    assert error["code"] == "not_acceptable" and "text/turtle" in error["available"]


def test_head(examples_client):
    get = _get(examples_client, "/id/actor/turkey", "application/n-triples")
    head = _get(examples_client, "/id/actor/turkey", "application/n-triples", method="HEAD")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["vary"] == "Accept"
    assert _get(examples_client, "/id/actor/narnia", "text/turtle", method="HEAD").status_code == 404


def test_missing_and_unknown(examples_client):
    missing = _get(examples_client, "/id/actor/narnia", "text/turtle")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert _get(examples_client, "/id/actor/narnia", "text/html").status_code == 404
    assert _get(examples_client, "/id/planet/earth", "text/turtle").status_code == 422


def test_every_iri_it_names_can_be_dereferenced(examples_client, base):
    graph = _parsed(_get(examples_client, "/id/agreement/sochi-deal-d6b7db82", "text/turtle"))
    iris = {str(t) for t in set(graph.subjects()) | set(graph.objects())
            if isinstance(t, URIRef) and str(t).startswith(base) and "/relation/" not in str(t)}
    kinds = {iri[len(base):].split("/")[0] for iri in iris}
    assert {"agreement", "actor", "place", "evidence", "document"} <= kinds
    for iri in sorted(iris):
        response = _get(examples_client, "/id/" + iri[len(base):], "application/n-triples")
        assert response.status_code == 200, iri
        assert URIRef(iri) in set(_parsed(response).subjects()), iri


# --- /export negotiates the same way ---


def test_export_refuses_types_it_cannot_give(examples_client):
    response = _get(examples_client, "/export", "image/png")
    assert response.status_code == 406 and response.headers["vary"] == "Accept"
    assert "application/n-quads" in response.json()["error"]["available"]
    assert _get(examples_client, "/export", "text/html").status_code == 406


@pytest.mark.parametrize(("accept", "media"), [(None, "text/turtle"), (BROWSER, "text/turtle"),
                                               ("application/n-triples", "application/n-triples"),
                                               ("application/n-quads", "application/n-quads")])
def test_export_varies_on_accept(examples_client, accept, media):
    response = _get(examples_client, "/export", accept)
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert response.headers["vary"] == "Accept"


def test_export_head(examples_client):
    head = _get(examples_client, "/export", "application/ld+json", method="HEAD")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("application/ld+json")
    assert head.headers["vary"] == "Accept"
    assert _get(examples_client, "/export", "image/png", method="HEAD").status_code == 406
    assert _get(examples_client, "/export?actor=narnia", method="HEAD").status_code == 404
