"""N-Triples and N-Quads lines written without rdflib's serializer, and export filters, without Neo4j."""

from __future__ import annotations

from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pactgraph.api.routes.export import Predicate
from pactgraph.graph.rdf.dataset import serialize_dataset
from pactgraph.graph.rdf.filters import ExportFilter
from pactgraph.graph.rdf.stream import line, lines, term
from pactgraph.ontology.vocabulary import RELATIONS

from .test_rdf_mapping import DOC_IRI, EV1, IRIS, _dataset

S, P = URIRef("https://example.org/id/actor/a%2Fb"), URIRef("https://example.org/p")


@given(st.text())
def test_any_text_literal_reads_back_from_its_line(text):
    for literal in (Literal(text), Literal(text, lang="en"), Literal(text, datatype=XSD.date)):
        parsed = Graph().parse(data=line((S, P, literal, None), IRIS, quads=False), format="nt")
        assert list(parsed) == [(S, P, literal)]


def test_typed_literals_keep_their_datatype():
    assert term(Literal(5, datatype=XSD.nonNegativeInteger)) == \
        '"5"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'
    assert term(Literal("x", datatype=XSD.string)) == '"x"'


def _quads():
    return [(s, p, o, None if g == URIRef("urn:x-rdflib:default") else g)
            for s, p, o, g in _dataset().quads((None, None, None, None))]


def test_streamed_n_triples_are_the_same_graph_as_the_serializer_writes():
    text = "".join(lines(iter(_quads()), IRIS, fmt="nt", chunk_size=3))
    expected = Graph().parse(data=serialize_dataset(_dataset(), "nt", IRIS), format="nt")
    assert isomorphic(Graph().parse(data=text, format="nt"), expected)


def test_streamed_n_quads_put_evidence_in_its_document_graph_and_the_rest_in_merged():
    text = "".join(lines(iter(_quads()), IRIS, fmt="nquads"))
    dataset = Dataset()
    dataset.parse(data=text, format="nquads")
    assert {g.identifier for g in dataset.graphs() if len(g)} == {DOC_IRI, IRIS.merged}
    assert (EV1, None, None) in dataset.graph(DOC_IRI)


def test_chunks_hold_distinct_sorted_lines():
    quad = _quads()[0]
    chunks = list(lines(iter([quad, quad, *_quads()]), IRIS, fmt="nt", chunk_size=5))
    assert all(chunk.splitlines() == sorted(set(chunk.splitlines())) for chunk in chunks)
    assert len(chunks[0].splitlines()) == 5


def test_only_line_formats_stream():
    with pytest.raises(ValueError, match="cannot stream"):
        list(lines(iter(_quads()), IRIS, fmt="turtle"))


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2019", None, ("2019-01-01", None)), (None, "2019-02", (None, "2019-02-31")),
    ("2019-05-06", "2019-05-06", ("2019-05-06", "2019-05-06")),
])
def test_window_ends_become_full_dates(since, until, expected):
    f = ExportFilter.of(since=since, until=until)
    assert (f.since, f.until) == expected and not f.whole


@pytest.mark.parametrize("kwargs", [{"since": "May 2019"}, {"since": "2019-13"}, {"until": "2019-02-32"},
                                    {"since": "2020", "until": "2019"}, {"predicate": "BACKS"}])
def test_bad_filters_are_refused(kwargs):
    with pytest.raises(ValueError):
        ExportFilter.of(**kwargs)


def test_the_api_offers_exactly_the_ontology_relations():
    assert get_args(Predicate) == RELATIONS
