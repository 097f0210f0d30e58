"""RDF export against a real Neo4j: a tiny graph written by the writer, exported in every format."""

from __future__ import annotations

import json
from urllib.parse import unquote

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pactgraph.graph.rdf.dataset import FORMATS
from pactgraph.graph.rdf.export import export_graph, serialize
from pactgraph.graph.writer import write_extraction
from pactgraph.ontology.namespace import PG
from pactgraph.ontology.statements import Document, Entity, Evidence, Extraction, Relation
from pactgraph.ontology.vocabulary import RELATIONS

pytestmark = pytest.mark.neo4j

BASE = "https://example.org/pg/"
BODY = (
    "A senior commander in the Turkey-backed National Liberation Front spoke. "
    "Moscow and Tehran back the regime of President Bashar al-Assad. "
    "Russia and Turkey are on opposing sides. "
    "Iran denied arming the National Liberation Front. "
    "The Sochi truce brokered by Russia and Turkey covers Idlib."
)


def _sentence(text: str) -> tuple[str, int, int]:
    start = BODY.index(text)
    return text, start, start + len(text)


def _extraction() -> Extraction:
    document = Document(id=Document.make_id(BODY), name="idlib.txt", body=BODY, date="2019-05-06")
    turkey = Entity("turkey", "Turkey", "State", ("Ankara",), wikidata="Q43")
    russia = Entity("russia", "Russia", "State", ("Moscow",), wikidata="Q159")
    iran = Entity("iran", "Iran", "State", ("Tehran",), wikidata="Q794")
    syria = Entity("syrian-government", "Syrian government", "State", ("Assad regime", "regime"))
    nlf = Entity("national-liberation-front", "National Liberation Front", "ArmedGroup", ("NLF",))
    sochi = Entity("sochi-agreement", "Sochi agreement", "Agreement", ("Sochi truce",), kind="truce",
                   date="2018-09")
    idlib = Entity("idlib", "Idlib", "Place", wikidata="Q191344")

    def rel(s, p, o, text, status="asserted"):
        sentence, start, end = _sentence(text)
        return Relation(s, p, o, Evidence(document.name, sentence, start, end, "test"), status=status,
                        confidence=0.9, date=document.date)

    relations = (
        rel(turkey, "backs", nlf, "A senior commander in the Turkey-backed National Liberation Front spoke."),
        rel(russia, "backs", syria, "Moscow and Tehran back the regime of President Bashar al-Assad."),
        rel(iran, "backs", syria, "Moscow and Tehran back the regime of President Bashar al-Assad."),
        rel(turkey, "opposes", russia, "Russia and Turkey are on opposing sides."),
        rel(iran, "backs", nlf, "Iran denied arming the National Liberation Front.", status="denied"),
        rel(russia, "brokered", sochi, "The Sochi truce brokered by Russia and Turkey covers Idlib."),
        rel(sochi, "governs", idlib, "The Sochi truce brokered by Russia and Turkey covers Idlib."),
    )
    entities = (turkey, russia, iran, syria, nlf, sochi, idlib)
    return Extraction(document=document, entities=entities, relations=relations)


@pytest.fixture()
def tiny_graph(empty_graph, settings):
    write_extraction(empty_graph, _extraction(), database=settings.neo4j_database)
    return empty_graph


def _parse(text: str, fmt: str) -> Graph:
    if fmt == "trig":
        dataset = Dataset()
        dataset.parse(data=text, format="trig")
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return Graph().parse(data=text, format={"jsonld": "json-ld"}.get(fmt, fmt))


def _labels(graph: Graph, node) -> set[str]:
    return {str(x) for p in (RDFS.label, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))
            for x in graph.objects(node, p)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_the_backing_facts_and_their_sentences(tiny_graph, settings, fmt):
    text = serialize(tiny_graph, database=settings.neo4j_database, fmt=fmt, base_iri=BASE)
    graph = _parse(text, fmt)

    backs = {(frozenset(_labels(graph, s)), frozenset(_labels(graph, o)))
             for s, o in graph.subject_objects(PG.backs)}
    assert any("Turkey" in s and "NLF" in o for s, o in backs), backs
    assert any("Russia" in s and "Assad regime" in o for s, o in backs), backs
    assert any("Iran" in s and "Assad regime" in o for s, o in backs), backs
    assert not any("Iran" in s and "NLF" in o for s, o in backs), "a denied statement became a fact"

    sentences = {str(s) for s in graph.objects(None, PG.sentence)}
    assert "A senior commander in the Turkey-backed National Liberation Front spoke." in sentences
    assert "Iran denied arming the National Liberation Front." in sentences
    denied = [ev for ev in graph.subjects(PG.status, PG.statusDenied)]
    assert len(denied) == 1

    sochi = URIRef(BASE + "agreement/sochi-agreement")
    assert (sochi, PG.governs, URIRef(BASE + "place/idlib")) in graph
    assert (URIRef(BASE + "actor/russia"), PG.brokered, sochi) in graph
    assert graph.value(sochi, PG.kind) == PG.kindTruce
    assert (URIRef(BASE + "actor/russia"), PG.opposes, URIRef(BASE + "actor/turkey")) in graph


def test_asserted_relations_link_to_their_evidence(tiny_graph, settings):
    graph = _parse(serialize(tiny_graph, database=settings.neo4j_database, fmt="turtle", base_iri=BASE),
                   "turtle")
    for rel in graph.subjects(RDF.type, PG.Relation):
        evidence = list(graph.objects(rel, PG.evidence))
        assert evidence, rel
        for ev in evidence:
            assert graph.value(ev, PG.status) == PG.statusAsserted
            assert graph.value(ev, RDF.predicate) == graph.value(rel, RDF.predicate)
            ends = {graph.value(ev, RDF.subject), graph.value(ev, RDF.object)}
            assert ends == {graph.value(rel, RDF.subject), graph.value(rel, RDF.object)}
            assert graph.value(ev, PG.inDocument) is not None


def test_no_iri_carries_an_internal_id(tiny_graph, settings):
    database = settings.neo4j_database
    records = tiny_graph.execute_query(
        "MATCH (n) RETURN n.id AS id, elementId(n) AS element "
        "UNION ALL MATCH ()-[r]->() RETURN null AS id, elementId(r) AS element",
        database_=database,
    ).records
    stable = {r["id"] for r in records if r["id"] is not None}
    internal = {r["element"] for r in records}

    graph = _parse(serialize(tiny_graph, database=database, fmt="nt", base_iri=BASE), "nt")
    minted = {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(BASE)}
    assert minted
    for iri in minted:
        assert not any(element in iri for element in internal), iri
        kind, *segments = [unquote(part) for part in iri[len(BASE):].split("/")]
        if kind == "relation":
            subject, predicate, obj = segments
            assert {subject, obj} <= stable and predicate in RELATIONS, iri
        else:
            assert kind in {"actor", "agreement", "place", "event", "document", "evidence"}, iri
            assert segments[0] in stable and len(segments) == 1, iri


def test_trig_has_a_named_graph_per_document_with_its_evidence(tiny_graph, settings):
    text = serialize(tiny_graph, database=settings.neo4j_database, fmt="trig", base_iri=BASE)
    dataset = Dataset()
    dataset.parse(data=text, format="trig")
    document = URIRef(BASE + "document/" + Document.make_id(BODY))
    named = dataset.graph(document)
    assert len(list(named.subjects(RDF.type, PG.Evidence))) == 7
    assert not list(named.subject_objects(PG.backs)), "facts live in the default graph"


def test_jsonld_context_is_inline(tiny_graph, settings):
    data = json.loads(serialize(tiny_graph, database=settings.neo4j_database, fmt="jsonld", base_iri=BASE))
    assert isinstance(data["@context"], dict)
    assert any(node.get("backs") for node in data["@graph"])


def test_small_pages_export_the_same_graph(tiny_graph, settings):
    database = settings.neo4j_database

    def union(dataset: Dataset) -> Graph:
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph

    whole = export_graph(tiny_graph, database=database, base_iri=BASE)
    paged = export_graph(tiny_graph, database=database, base_iri=BASE, batch_size=2)
    assert isomorphic(union(whole), union(paged))
    assert (URIRef(BASE + "actor/turkey"), PG.backs, URIRef(BASE + "actor/national-liberation-front")) \
        in union(paged)


def test_an_empty_graph_exports_to_empty_but_valid_rdf(empty_graph, settings):
    for fmt in FORMATS:
        text = serialize(empty_graph, database=settings.neo4j_database, fmt=fmt, base_iri=BASE)
        assert len(_parse(text, fmt)) == 0


def test_labels_are_plain_literals(tiny_graph, settings):
    graph = _parse(serialize(tiny_graph, database=settings.neo4j_database, fmt="turtle", base_iri=BASE),
                   "turtle")
    assert graph.value(URIRef(BASE + "actor/turkey"), RDFS.label) == Literal("Turkey")
