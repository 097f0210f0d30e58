"""Errors of the graph layer (see ``ontology.errors`` for the whole tree)."""

from __future__ import annotations

from pathlib import Path

from pactgraph.ontology.errors import PactgraphError


class GraphError(PactgraphError):
    """A graph operation failed."""


class GraphUnavailable(GraphError):
    """Neo4j cannot be reached (down, restarting, or wrong address)."""


class NotFound(GraphError):
    """No entity of this kind has this id."""

    def __init__(self, kind: str, id: str) -> None:
        super().__init__(f"no {kind} with id {id!r}")
        self.kind = kind
        self.id = id


class InvalidParameter(GraphError):
    """A query parameter has a value the graph cannot answer for (``name``: which one)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class QueryRefused(GraphError):
    """A Cypher query was refused (not read-only, or not allowed)."""


class ExportTooLarge(GraphError):
    """An export to be built in memory (Turtle, JSON-LD, TriG) has more than ``limit`` triples."""

    def __init__(self, fmt: str, limit: int) -> None:
        super().__init__(f"the export has more than {limit:,} triples, too many to build as {fmt} in "
                         "memory (PACTGRAPH_EXPORT_MAX_TRIPLES): stream it as N-Triples (format=nt) or "
                         "N-Quads (format=nquads), or narrow it (actor, predicate, since, until)")
        self.fmt = fmt
        self.limit = limit


class LocalServerError(GraphError):
    """The project's local Neo4j failed to start or stop; ``log`` names the file to read."""

    def __init__(self, message: str, log: Path | None = None) -> None:
        super().__init__(f"{message} (see {log})" if log else message)
        self.log = log


class RdfError(GraphError):
    """An RDF file or text cannot be read (unknown format, bad syntax)."""


class ImportTooLarge(RdfError):
    """An RDF import past one of its bounds (``limit`` of ``what``: bytes or triples), refused
    before its file is read whole (bytes) or as soon as its parse goes past it (triples)."""

    def __init__(self, what: str, limit: int, setting: str) -> None:
        super().__init__(f"more than {limit:,} {what}, the import's bound ({setting}): a file is parsed "
                         "in memory (about 1.2 GiB per million triples), so split it (export parts with "
                         "--actor, --predicate, --since, --until) or raise the bound where the memory is")
        self.what = what
        self.limit = limit
        self.setting = setting
