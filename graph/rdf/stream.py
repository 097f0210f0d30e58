"""N-Triples and N-Quads written straight from Neo4j, page by page, in memory that does not grow.

The line formats need no view of the whole graph: :func:`stream` reads the export queries one
page at a time (:func:`pactgraph.graph.rdf.export.iter_quads`), turns each quad into its line here (no rdflib
graph is built), and yields the text in chunks of ``chunk_size`` lines, each chunk without
repeats and sorted, so two exports of the same graph are the same text. Memory holds one page
of rows and one chunk of lines, whatever the size of the graph.

In N-Quads every triple is in a named graph, as in TriG: a document's evidence in the graph
named by the document's IRI, everything else in ``{base}graph/merged``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import neo4j
from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from pactgraph.graph.rdf.export import BATCH_SIZE, iter_quads
from pactgraph.graph.rdf.filters import ExportFilter
from pactgraph.graph.rdf.mapping import Iris, Quad
from pactgraph.ontology.vocabulary import RDF_MEDIA_TYPES

#: Streamed format -> media type.
STREAM_MEDIA_TYPES: Final[dict[str, str]] = {fmt: RDF_MEDIA_TYPES[fmt] for fmt in ("nt", "nquads")}
#: Lines per chunk of output.
CHUNK_SIZE: Final = 10_000

# N-Triples' ECHAR: inside a quoted literal only these four must be escaped.
_ESCAPES: Final = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def term(node: Node) -> str:
    """One term in N-Triples syntax (IRIs and literals: the export mints no blank nodes)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = '"' + str(node).translate(_ESCAPES) + '"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype is not None and node.datatype != XSD.string:
            return f"{text}^^<{node.datatype}>"
        return text
    raise ValueError(f"cannot write {node!r} as an N-Triples term")


def line(quad: Quad, iris: Iris, *, quads: bool) -> str:
    """The N-Triples (``quads=False``) or N-Quads line of one quad."""
    s, p, o, g = quad
    if not quads:
        return f"{term(s)} {term(p)} {term(o)} .\n"
    return f"{term(s)} {term(p)} {term(o)} {term(g if g is not None else iris.merged)} .\n"


def lines(source: Iterator[Quad], iris: Iris, *, fmt: str, chunk_size: int = CHUNK_SIZE) -> Iterator[str]:
    """Chunks of text from quads: each chunk ``chunk_size`` distinct lines, sorted."""
    if fmt not in STREAM_MEDIA_TYPES:
        raise ValueError(f"cannot stream {fmt!r}; expected one of {', '.join(STREAM_MEDIA_TYPES)}")
    quads = fmt == "nquads"
    chunk: set[str] = set()
    for quad in source:
        chunk.add(line(quad, iris, quads=quads))
        if len(chunk) >= chunk_size:
            yield "".join(sorted(chunk))
            chunk = set()
    if chunk:
        yield "".join(sorted(chunk))


def stream(driver: neo4j.Driver, *, database: str, fmt: str, base_iri: str, batch_size: int = BATCH_SIZE,
           filters: ExportFilter | None = None, chunk_size: int = CHUNK_SIZE) -> Iterator[str]:
    """The graph (or the part ``filters`` selects) as N-Triples or N-Quads text, chunk by chunk."""
    if fmt not in STREAM_MEDIA_TYPES:
        raise ValueError(f"cannot stream {fmt!r}; expected one of {', '.join(STREAM_MEDIA_TYPES)}")
    iris = Iris.of(base_iri)
    source = iter_quads(driver, database=database, iris=iris, batch_size=batch_size, filters=filters)
    return lines(source, iris, fmt=fmt, chunk_size=chunk_size)
