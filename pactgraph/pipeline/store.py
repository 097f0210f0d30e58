"""Storing what documents state: one transaction per batch of documents, or per document.

The writes of ``pactgraph ingest`` (whichever way it extracts) and of ``POST /documents`` go
through here, always in the calling process. :class:`BatchWriter` is the ingest's: a batch is
stored whole or not at all; when Neo4j stops answering, the documents of the batches it did not
take go on the report's list of documents not stored, and the next batches check at once whether
it is back instead of each waiting out the driver's retries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pactgraph.graph.connection import ensure_reachable
from pactgraph.graph.errors import GraphUnavailable
from pactgraph.graph.writer import WRITE_RETRY_SECONDS, WriteSummary, write_extraction, write_extractions
from pactgraph.loaders import extract
from pactgraph.ontology.errors import PactgraphError
from pactgraph.ontology.statements import Document, Extraction
from pactgraph.pipeline.report import Report, one_line

if TYPE_CHECKING:
    import neo4j

    from pactgraph.settings import Settings


def store_extractions(driver: neo4j.Driver, extractions: list[Extraction], *, database: str,
                      retry_seconds: float = WRITE_RETRY_SECONDS) -> WriteSummary:
    """Store several documents' extractions in one transaction: all of them, or (GraphUnavailable) none."""
    return write_extractions(driver, extractions, database=database, retry_seconds=retry_seconds)


def store_extraction(driver: neo4j.Driver, extraction: Extraction, *, database: str,
                     retry_seconds: float = WRITE_RETRY_SECONDS) -> WriteSummary:
    """Store one document's extraction in one transaction (GraphUnavailable: nothing stored)."""
    return write_extraction(driver, extraction, database=database, retry_seconds=retry_seconds)


def ingest_document(driver: neo4j.Driver, document: Document, *, database: str,
                    retry_seconds: float = WRITE_RETRY_SECONDS) -> tuple[Extraction, WriteSummary]:
    """Extract ``document`` and store what it states in one transaction; the extraction and the write.

    GraphUnavailable when Neo4j cannot be reached (nothing of the document is stored then).
    """
    extraction = extract(document)
    return extraction, store_extraction(driver, extraction, database=database, retry_seconds=retry_seconds)


class BatchWriter:
    """Documents stored a batch at a time, each batch one transaction; ``problem`` takes one line
    per document not stored."""

    def __init__(self, driver: neo4j.Driver, settings: Settings, batch: int, report: Report,
                 problem: Callable[[str], None]) -> None:
        self.driver = driver
        self.settings = settings
        self.batch = batch
        self.report = report
        self.problem = problem
        self.pending: list[tuple[Document, Extraction]] = []
        #: Set while Neo4j is known to be down: the next batches check it at once instead of each
        #: waiting out the driver's retries; it is cleared as soon as Neo4j answers again.
        self.down: PactgraphError | None = None

    def add(self, document: Document, extraction: Extraction) -> None:
        self.pending.append((document, extraction))
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        report = self.report
        try:
            if self.down is not None:
                ensure_reachable(self.driver)
                self.down = None
            summary = store_extractions(
                self.driver, [e for _, e in self.pending], database=self.settings.neo4j_database,
                retry_seconds=self.settings.neo4j_write_retry_seconds)
        except GraphUnavailable as e:
            self.down = e
            for document, _ in self.pending:
                report.not_stored.append(document.path or document.name)
                self.problem(f"{document.path or document.name}: not stored: {one_line(str(e))}")
        else:
            report.stored += len(self.pending)
            report.relations += sum(len(e.relations) for _, e in self.pending)
            report.nodes += summary.nodes_created
            report.relationships += summary.relationships_created
        self.pending.clear()
