"""From text to graph: the path `pactgraph ingest` and `POST /documents` share.

Extraction is a pure function of a document, so ``extractions`` may spread it over worker
processes; writes always stay in the calling process, one transaction per batch of documents
(``store_extractions``) or per document.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from pactgraph.graph.writer import WRITE_RETRY_SECONDS, WriteSummary, write_extraction, write_extractions
from pactgraph.loaders import extract
from pactgraph.ontology.statements import Document, Extraction

if TYPE_CHECKING:
    import neo4j

T = TypeVar("T")

#: Documents handed to the pool per worker ahead of the writes, so memory stays bounded.
_AHEAD_PER_WORKER = 4


def extractions(items: Iterable[Document | T], workers: int = 1,
                ahead: int = 0) -> Iterator[tuple[Document | T, Extraction | None]]:
    """Each item with its extraction (``None`` for items that are not documents), in order.

    With ``workers`` > 1 the extractions run in that many processes, up to ``ahead`` items (at
    least a few per worker) before the one the caller is at. A caller that writes a batch of
    documents at a time passes its batch size, so the workers extract the next batch while it
    writes this one; memory stays bounded by that many extractions.
    """
    if workers <= 1:
        for item in items:
            yield item, extract(item) if isinstance(item, Document) else None
        return
    pending: deque[tuple[Document | T, Future[Extraction] | None]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in items:
            future = pool.submit(extract, item) if isinstance(item, Document) else None
            pending.append((item, future))
            while len(pending) > max(ahead, workers * _AHEAD_PER_WORKER):
                done, done_future = pending.popleft()
                yield done, done_future.result() if done_future else None
        while pending:
            done, done_future = pending.popleft()
            yield done, done_future.result() if done_future else None


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
