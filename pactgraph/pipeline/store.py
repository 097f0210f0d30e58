"""Storing what documents state: one transaction per batch of documents, or per document.

The writes of ``pactgraph ingest`` (whichever way it extracts) and of ``POST /documents`` go
through here, always in the calling process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pactgraph.graph.writer import WRITE_RETRY_SECONDS, WriteSummary, write_extraction, write_extractions
from pactgraph.loaders import extract
from pactgraph.ontology.statements import Document, Extraction

if TYPE_CHECKING:
    import neo4j


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
