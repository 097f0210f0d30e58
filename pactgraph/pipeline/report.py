"""What an ingest tells its caller: the report of a run, or why it refused to run.

The command line prints the report's lines on stderr and exits 1 unless it is complete; an
:class:`IngestRefused` is one ``error:`` line there and exit status 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pactgraph.ontology.errors import PactgraphError


class IngestRefused(PactgraphError):
    """The ingest cannot be done as asked: options or a database that do not allow it, a Dask
    scheduler out of reach. Nothing was stored."""


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 document``, ``2 documents``."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def one_line(text: str, limit: int = 240) -> str:
    """The driver's multi-line messages as one line of stderr."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


@dataclass
class Report:
    """What the summary line says, and the retry list: the documents not stored."""

    stored: int = 0
    relations: int = 0
    nodes: int = 0
    relationships: int = 0
    failed: int = 0
    duplicates: int = 0
    not_stored: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every input read and stored (what the exit status says)."""
        return not (self.failed or self.not_stored)

    def lines(self) -> list[str]:
        """The summary, then the documents not stored, if any (running the same ingest again stores them)."""
        lines = [f"{count(self.stored, 'document')} stored ({count(self.relations, 'relation')} read; "
                 f"{count(self.nodes, 'node')} and {count(self.relationships, 'relationship')} added), "
                 f"{self.failed} unreadable, {len(self.not_stored)} not stored"
                 + (f", {count(self.duplicates, 'copy', 'copies')} of a text already read."
                    if self.duplicates else ".")]
        if self.not_stored:
            lines.append("not stored (run the same command again to store them): "
                         + ", ".join(self.not_stored))
        return lines
