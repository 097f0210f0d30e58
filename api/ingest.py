"""One document from text to graph: the path `pactgraph ingest` and `POST /documents` share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.writer import WRITE_RETRY_SECONDS, WriteSummary, write_extraction
from loaders import extract
from ontology.statements import Document, Extraction

if TYPE_CHECKING:
    import neo4j


def ingest_document(driver: neo4j.Driver, document: Document, *, database: str,
                    retry_seconds: float = WRITE_RETRY_SECONDS) -> tuple[Extraction, WriteSummary]:
    """Extract ``document`` and store what it states in one transaction; the extraction and the write.

    GraphUnavailable when Neo4j cannot be reached (nothing of the document is stored then).
    """
    extraction = extract(document)
    return extraction, write_extraction(driver, extraction, database=database, retry_seconds=retry_seconds)
