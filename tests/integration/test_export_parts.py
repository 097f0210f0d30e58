"""Streaming and filtered exports against a real Neo4j: the tiny graph of test_export, and the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from pactgraph.api.app import create_app
from pactgraph.cli import app as cli_app
from pactgraph.graph.errors import NotFound
from pactgraph.graph.rdf.export import serialize
from pactgraph.graph.rdf.filters import export_filter
from pactgraph.graph.rdf.stream import stream
from pactgraph.ontology.namespace import PG, SHAPES_PATH

from ..rdf_helpers import validate
from .test_export import BASE, tiny_graph  # noqa: F401  (the fixture)

pytestmark = pytest.mark.neo4j

TURKEY, IRAN, RUSSIA = (URIRef(BASE + "actor/" + a) for a in ("turkey", "iran", "russia"))
NLF = URIRef(BASE + "actor/national-liberation-front")
SYRIA = URIRef(BASE + "actor/syrian-government")


def _export(driver, settings, fmt="nt", **options) -> Graph:
    database = settings.neo4j_database
    filters = export_filter(driver, database=database, **options)
    text = serialize(driver, database=database, fmt=fmt, base_iri=BASE, filters=filters)
    return Graph().parse(data=text, format="nt" if fmt == "nt" else fmt)


def test_streamed_n_triples_hold_the_same_graph_in_any_page_size(tiny_graph, settings):  # noqa: F811
    whole = _export(tiny_graph, settings)
    for batch_size, chunk_size in ((1000, 10_000), (1, 7)):
        text = "".join(stream(tiny_graph, database=settings.neo4j_database, fmt="nt", base_iri=BASE,
                              batch_size=batch_size, chunk_size=chunk_size))
        assert isomorphic(Graph().parse(data=text, format="nt"), whole)


def test_streamed_n_quads_name_a_graph_per_document_and_one_for_merged_entities(tiny_graph, settings):  # noqa: F811
    text = "".join(stream(tiny_graph, database=settings.neo4j_database, fmt="nquads", base_iri=BASE))
    dataset = Dataset()
    dataset.parse(data=text, format="nquads")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    merged = URIRef(BASE + "graph/merged")
    assert merged in names and len(names) == 2
    assert (TURKEY, PG.backs, NLF) in dataset.graph(merged)


def test_an_actor_neighbourhood_holds_its_statements_denials_included_and_nothing_else(tiny_graph, settings):  # noqa: F811
    graph = _export(tiny_graph, settings, actor="Tehran")
    assert (IRAN, PG.backs, SYRIA) in graph
    assert (TURKEY, PG.backs, NLF) not in graph and (RUSSIA, PG.backs, SYRIA) not in graph
    statuses = {graph.value(ev, PG.status) for ev in graph.subjects(RDF.type, PG.Evidence)}
    assert statuses == {PG.statusAsserted, PG.statusDenied}
    assert (NLF, RDF.type, PG.Actor) in graph, "the other end of the denial is named"
    for rel in graph.subjects(RDF.type, PG.Relation):
        assert IRAN in {graph.value(rel, RDF.subject), graph.value(rel, RDF.object)}
    conforms, report = validate(graph)
    assert conforms, report


def test_one_predicate(tiny_graph, settings):  # noqa: F811
    graph = _export(tiny_graph, settings, predicate="brokered")
    props = {p for p in graph.predicates() if p in {PG.backs, PG.opposes, PG.brokered, PG.governs}}
    assert props == {PG.brokered}
    assert {graph.value(ev, RDF.predicate) for ev in graph.subjects(RDF.type, PG.Evidence)} == {PG.brokered}
    assert validate(graph)[0]


def test_a_time_window(tiny_graph, settings):  # noqa: F811
    assert (TURKEY, PG.backs, NLF) in _export(tiny_graph, settings, since="2019-05", until="2019")
    assert len(_export(tiny_graph, settings, since="2019-05-07")) == 0
    assert len(_export(tiny_graph, settings, until="2018-12-31")) == 0


def test_an_unknown_actor_is_not_found(tiny_graph, settings):  # noqa: F811
    with pytest.raises(NotFound):
        export_filter(tiny_graph, database=settings.neo4j_database, actor="Narnia")


@pytest.fixture()
def client(tiny_graph, settings, monkeypatch):  # noqa: F811
    monkeypatch.setattr(settings, "pactgraph_base_iri", BASE)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_get_export_streams_filtered_n_quads(client):
    response = client.get("/export", params={"actor": "iran", "predicate": "backs"},
                          headers={"Accept": "application/n-quads"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/n-quads")
    dataset = Dataset()
    dataset.parse(data=response.text, format="nquads")
    assert (IRAN, PG.backs, SYRIA, URIRef(BASE + "graph/merged")) in dataset
    assert not list(dataset.quads((None, PG.brokered, None, None)))


@pytest.mark.parametrize(("params", "status"), [({"actor": "Narnia"}, 404), ({"since": "May"}, 422),
                                                ({"since": "2020", "until": "2019"}, 422),
                                                ({"predicate": "likes"}, 422)])
def test_get_export_refuses_bad_filters_with_the_error_shape(client, params, status):
    response = client.get("/export", params=params)
    assert response.status_code == status
    assert set(response.json()["error"]) >= {"code", "message"}


def test_the_api_publishes_the_context_the_ontology_and_the_shapes(client):
    context = client.get("/context.jsonld")
    assert context.status_code == 200 and context.headers["content-type"].startswith("application/ld+json")
    assert context.json()["@context"]["backs"] == {"@id": "pg:backs", "@type": "@id"}
    ontology = client.get("/ontology")
    assert ontology.headers["content-type"].startswith("text/turtle")
    assert "owl:versionIRI" in ontology.text
    assert client.get("/shapes").content == SHAPES_PATH.read_bytes()


def test_pactgraph_export_filters_and_streams_to_a_file(tiny_graph, settings, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(settings, "pactgraph_base_iri", BASE)
    path = tmp_path / "iran.nt"
    result = CliRunner().invoke(cli_app, ["export", "-f", "nt", "-o", str(path), "--actor", "Iran",
                                          "--since", "2019"])
    assert result.exit_code == 0, result.output
    assert (IRAN, PG.backs, SYRIA) in Graph().parse(path, format="nt")
    result = CliRunner().invoke(cli_app, ["export", "--until", "2019-13"])
    assert result.exit_code == 1 and "until" in result.output


def _query(graph: Graph, name: str) -> list[tuple[str, ...]]:
    from ..conftest import EXAMPLES

    return [tuple(str(v) for v in row) for row in graph.query((EXAMPLES / name).read_text(encoding="utf-8"))]


def test_the_readme_sparql_answers_who_backs_whom_with_its_evidence(tiny_graph, settings):  # noqa: F811
    graph = Graph().parse(data=serialize(tiny_graph, database=settings.neo4j_database, fmt="turtle",
                                         base_iri=BASE), format="turtle")
    rows = _query(graph, "who_backs_whom.rq")
    assert [(r[0], r[1]) for r in rows] == [("Iran", "Syrian government"), ("Russia", "Syrian government"),
                                           ("Turkey", "National Liberation Front")]
    turkey = rows[-1]
    assert turkey[3:] == ("idlib.txt", "2019-05-06",
                          "A senior commander in the Turkey-backed National Liberation Front spoke.")
    assert _query(graph, "backing_denied_or_alleged.rq") == [
        ("Iran", "National Liberation Front", "Denied", "idlib.txt",
         "Iran denied arming the National Liberation Front.")]
