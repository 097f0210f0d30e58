"""RDF datasets: the export's quads gathered into one (a bounded number), and written out as Turtle,
N-Triples, JSON-LD or TriG. Pure: rdflib only, no Neo4j."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from rdflib import SKOS, Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, SDO

from pactgraph.graph.errors import ExportTooLarge
from pactgraph.graph.rdf.mapping import Iris, Quad
from pactgraph.ontology.namespace import PG, SEM, WD, jsonld_context
from pactgraph.ontology.vocabulary import RDF_MEDIA_TYPES

#: The formats a whole graph is serialised in (N-Quads is only streamed: ``graph.rdf.stream``), with
#: their media types (the ontology's ``RDF_MEDIA_TYPES``).
MEDIA_TYPES: Final[dict[str, str]] = {fmt: RDF_MEDIA_TYPES[fmt] for fmt in ("turtle", "nt", "jsonld", "trig")}
#: The export formats, in the order the CLI lists them.
FORMATS: Final = tuple(MEDIA_TYPES)
_RDFLIB_FORMAT: Final = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}

#: Format -> its name in messages (ExportTooLarge).
FORMAT_NAMES: Final = {"turtle": "Turtle", "jsonld": "JSON-LD", "trig": "TriG", "nt": "N-Triples",
                       "nquads": "N-Quads"}


def new_dataset(iris: Iris) -> Dataset:
    """An empty dataset with the prefixes of the ontology, its alignments and the minted IRIs."""
    dataset = Dataset()
    _bind(dataset, iris)
    return dataset


def _bind(graph: Graph, iris: Iris) -> None:
    for prefix, namespace in (("pg", str(PG)), ("skos", str(SKOS)), ("prov", str(PROV)),
                              ("sem", str(SEM)), ("schema", str(SDO)), ("dcterms", str(DCTERMS)),
                              ("wd", str(WD)), *iris.prefixes().items()):
        graph.bind(prefix, namespace, override=True, replace=True)


def add_quads(dataset: Dataset, quads: Iterable[Quad], *, limit: int | None = None, fmt: str = "") -> int:
    """Add quads, those with graph None to the default graph; return how many were given.

    ExportTooLarge past ``limit`` quads, before the next one is added: the dataset never holds more.
    """
    n = 0
    for s, p, o, g in quads:
        if limit is not None and n >= limit:
            raise ExportTooLarge(fmt or "RDF", limit)
        target = dataset.graph(DATASET_DEFAULT_GRAPH_ID if g is None else g)
        target.add((s, p, o))
        n += 1
    return n


def _named(dataset: Dataset, iris: Iris) -> Dataset:
    """The dataset with its default graph moved into the named graph of merged entities."""
    named = new_dataset(iris)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = iris.merged if g is None or g == DATASET_DEFAULT_GRAPH_ID else g
        named.graph(graph).add((s, p, o))
    return named


def serialize_dataset(dataset: Dataset, fmt: str, iris: Iris) -> str:
    """The dataset as text: TriG keeps the named graphs; Turtle, N-Triples and JSON-LD write the union."""
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "trig":
        return _named(dataset, iris).serialize(format="trig")
    union = Graph(bind_namespaces="core")
    _bind(union, iris)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    if fmt == "nt":
        # Sorted, so two exports of the same graph diff cleanly.
        lines = sorted(line for line in union.serialize(format="nt").splitlines() if line.strip())
        return "\n".join(lines) + ("\n" if lines else "")
    if fmt == "jsonld":
        # The context is inline (ontology/context.jsonld), so no reader ever fetches one.
        return union.serialize(format="json-ld", context=dict(jsonld_context()), auto_compact=True)
    return union.serialize(format=_RDFLIB_FORMAT[fmt])
