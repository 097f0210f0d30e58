"""Every export of the ingested dev corpus satisfies the SHACL shapes of ontology/shapes.ttl."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from pactgraph.ontology.namespace import PG

from ..rdf_helpers import ALL_FORMATS, export_text, parse_union, validate

pytestmark = pytest.mark.neo4j

BASE = "https://example.org/pg/"


@pytest.fixture(scope="module")
def exports(dev_corpus_graph, settings) -> dict[str, str]:
    database = settings.neo4j_database
    return {fmt: export_text(dev_corpus_graph, database=database, fmt=fmt, base_iri=BASE)
            for fmt in ALL_FORMATS}


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_export_of_the_dev_corpus_satisfies_the_shapes(exports, fmt):
    graph = parse_union(exports[fmt], fmt)
    assert len(graph) > 1000, "the dev corpus exported next to nothing"
    conforms, report = validate(graph)
    assert conforms, report


def test_the_shapes_catch_a_broken_export(exports):
    graph = parse_union(exports["nt"], "nt")
    relation = next(graph.subjects(RDF.type, PG.Relation))
    subject, prop, obj = (graph.value(relation, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    evidence = next(graph.objects(relation, PG.evidence))
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    broken.remove((subject, prop, obj))  # the relation no longer describes an asserted triple
    broken.set((evidence, PG.status, PG.statusDenied))  # and cites a denial as its evidence
    nobody = URIRef(BASE + "actor/nobody")
    broken.add((nobody, RDF.type, PG.Actor))  # an actor with no name, no class
    broken.add((nobody, PG.backs, subject))  # and a direct triple without its pg:Relation
    broken.add((evidence, PG.confidence, Literal(2)))
    conforms, report = validate(broken)
    assert not conforms
    for expected in ("does not assert", "without its pg:Relation", "cites an evidence that is not asserted",
                     "exactly one of the classes", "Confidence"):
        assert expected in report, expected
