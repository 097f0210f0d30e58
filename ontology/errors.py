"""The root of pactgraph's exceptions.

    PactgraphError
    ├── loaders.errors.DocumentError(path, reason)   a document could not be read
    ├── graph.errors.GraphError                       a graph operation failed
    │   ├── GraphUnavailable                          Neo4j cannot be reached
    │   ├── NotFound(kind, id)                        no such entity
    │   ├── InvalidParameter(name, reason)            a query parameter the graph cannot answer for
    │   ├── QueryRefused(reason)                      a Cypher query is not read-only
    │   ├── LocalServerError(message, log)            the local Neo4j failed to start or stop
    │   └── RdfError                                  an RDF file cannot be read (format, syntax)
    │       └── ImportTooLarge(what, limit, setting)  past the import's bound in bytes or triples
    ├── pipeline.cluster.ClusterError                 a Dask scheduler cannot be reached or named
    ├── pipeline.report.IngestRefused                 an ingest cannot run as asked (nothing stored)
    └── api.errors.* (HTTP-only errors, mapped in api/errors.py)
"""


class PactgraphError(Exception):
    """Base class of every error pactgraph raises on purpose."""
