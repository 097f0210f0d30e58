"""Errors of the loaders (see ``ontology.errors`` for the whole tree)."""

from __future__ import annotations

from pactgraph.ontology.errors import PactgraphError


class DocumentError(PactgraphError):
    """A document could not be read: the message names the input and the problem."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
