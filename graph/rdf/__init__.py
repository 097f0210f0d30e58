"""The graph as RDF and back, under the ontology of ``ontology/pactgraph.ttl``.

* :mod:`~pactgraph.graph.rdf.mapping`: export rows -> quads, and the IRIs (pure);
* :mod:`~pactgraph.graph.rdf.dataset`: quads -> a dataset -> Turtle, N-Triples, JSON-LD, TriG (pure);
* :mod:`~pactgraph.graph.rdf.filters`: which part of the graph an export holds;
* :mod:`~pactgraph.graph.rdf.export`: the reader, Neo4j -> rows -> quads, page by page;
* :mod:`~pactgraph.graph.rdf.stream`: N-Triples and N-Quads streamed from Neo4j;
* :mod:`~pactgraph.graph.rdf.describe`: one resource, for ``GET /id/{kind}/{id}``;
* :mod:`~pactgraph.graph.rdf.parse`: RDF text or a file parsed within bounds;
* :mod:`~pactgraph.graph.rdf.decode`: RDF -> the import's rows (pure);
* :mod:`~pactgraph.graph.rdf.importer`: the rows MERGEd into Neo4j.
"""
