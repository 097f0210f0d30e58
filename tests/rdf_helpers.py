"""Helpers shared by the RDF tests: parsing an export back, validating it with the SHACL shapes."""

from __future__ import annotations

from functools import cache

from rdflib import Dataset, Graph

from pactgraph.ontology.namespace import SHAPES_PATH

#: Export format -> rdflib parser name.
PARSERS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld", "trig": "trig"}
#: Formats that carry named graphs.
QUAD_FORMATS = frozenset({"trig", "nquads"})


#: Every format pactgraph exports: the four of graph.rdf.dataset.FORMATS and streamed N-Quads.
ALL_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")


def export_text(driver, *, database: str, fmt: str, base_iri: str) -> str:
    """The whole graph in ``fmt``: streamed for N-Quads, built in memory for the others."""
    from pactgraph.graph.rdf.export import serialize
    from pactgraph.graph.rdf.stream import stream

    if fmt == "nquads":
        return "".join(stream(driver, database=database, fmt=fmt, base_iri=base_iri))
    return serialize(driver, database=database, fmt=fmt, base_iri=base_iri)


def parse_dataset(text: str, fmt: str) -> Dataset:
    """An export read back as a dataset (triple formats land in its default graph)."""
    dataset = Dataset()
    dataset.parse(data=text, format=PARSERS[fmt])
    return dataset


def parse_union(text: str, fmt: str) -> Graph:
    """An export read back as one graph: the union of its graphs (the RDF merge of a dataset)."""
    if fmt not in QUAD_FORMATS:
        return Graph().parse(data=text, format=PARSERS[fmt])
    graph = Graph()
    for s, p, o, _ in parse_dataset(text, fmt).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@cache
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """(conforms, report text) of a graph against ``ontology/shapes.ttl``, without inference."""
    from pyshacl import validate as run

    conforms, _, report = run(graph, shacl_graph=shapes(), inference="none", advanced=True,
                              allow_warnings=False)
    return bool(conforms), str(report)
