"""Extraction here, in local processes (``--workers N``) or on a Dask cluster (``--scheduler``).

Extraction is a pure function of a document, so ``extractions`` may spread it over worker
processes, and :mod:`pactgraph.pipeline.cluster` over a cluster's; writes always stay in the
calling process (:mod:`pactgraph.pipeline.store`).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import TypeVar

from pactgraph.loaders import iter_documents
from pactgraph.loaders.errors import DocumentError
from pactgraph.loaders.extract import extract_many
from pactgraph.ontology.statements import Document, Extraction

T = TypeVar("T")

log = logging.getLogger(__name__)

#: Documents handed to the pool per worker ahead of the writes, so memory stays bounded.
_AHEAD_PER_WORKER = 16

#: Documents a worker process extracts at once (``extract_many`` parses their sentences together).
_CHUNK = 8


def _extract_chunk(documents: list[Document]) -> list[Extraction | str]:
    """The documents' extractions, or for one that failed the reason (a ``DocumentError`` does not survive
    pickling on its way back: it takes two arguments)."""
    return [x if x is not None else item.reason if isinstance(item, DocumentError) else "not extracted"
            for item, x in extract_many(documents, batch=len(documents))]


def extractions(items: Iterable[Document | T], workers: int = 1,
                ahead: int = 0) -> Iterator[tuple[Document | DocumentError | T, Extraction | None]]:
    """Each item with its extraction (``None`` for items that are not documents), in order; a document
    whose extraction fails comes back as a ``DocumentError`` naming it.

    With ``workers`` > 1 the extractions run in that many processes, a few documents at a time each,
    up to ``ahead`` documents (at least a few per worker) before the one the caller is at. A caller that
    writes a batch of documents at a time passes its batch size, so the workers extract the next batch
    while it writes this one; memory stays bounded by that many extractions.
    """
    if workers <= 1:
        yield from extract_many(items)
        return
    # each chunk of items in order, with the future of its documents' extractions
    pending: deque[tuple[list[Document | T], Future[list[Extraction | str]] | None]] = deque()
    limit = max(ahead, workers * _AHEAD_PER_WORKER)
    with ProcessPoolExecutor(max_workers=workers) as pool:

        def submit(chunk: list[Document | T]) -> None:
            documents = [x for x in chunk if isinstance(x, Document)]
            pending.append((chunk, pool.submit(_extract_chunk, documents) if documents else None))

        def results() -> Iterator[tuple[Document | DocumentError | T, Extraction | None]]:
            chunk, future = pending.popleft()
            try:
                done = iter(future.result() if future else ())
            except Exception as e:  # noqa: BLE001 (a worker that died: its documents are reported, the rest go on)
                log.error("a worker process failed on %d documents: %s", len(chunk), e)
                reason = f"extraction failed ({type(e).__name__}: {e})"
                done = iter([reason] * sum(isinstance(x, Document) for x in chunk))
            for item in chunk:
                if not isinstance(item, Document):
                    yield item, None
                elif isinstance(x := next(done), str):
                    yield DocumentError(item.path or item.name, x), None
                else:
                    yield item, x

        chunk: list[Document | T] = []
        in_chunk = waiting = 0  # documents in ``chunk``, and in the pending chunks
        for item in items:
            chunk.append(item)
            in_chunk += isinstance(item, Document)
            if in_chunk >= _CHUNK:
                submit(chunk)
                waiting += in_chunk
                chunk, in_chunk = [], 0
            while pending and waiting > limit:
                waiting -= sum(isinstance(x, Document) for x in pending[0][0])
                yield from results()
        if chunk:
            submit(chunk)
        while pending:
            yield from results()


def document_extractions(paths: list[Path], stack: ExitStack, *, max_bytes: int | None, workers: int = 1,
                         ahead: int = 0, scheduler: str | None = None, shared_fs: bool = False,
                         ) -> Iterable[tuple[Document | DocumentError, Extraction | None]]:
    """Each input under ``paths`` (a document or the error that stopped it) with its extraction, in
    input order: extracted in ``workers`` local processes, or on the Dask cluster of ``scheduler``
    (its client closed with ``stack``; ClusterError when it cannot be reached).
    """
    if scheduler is None:
        return extractions(iter_documents(paths, max_bytes=max_bytes), workers, ahead=ahead)
    from pactgraph.pipeline import cluster

    client = cluster.connect(scheduler, stack)
    items = paths if shared_fs else iter_documents(paths, max_bytes=max_bytes)
    return cluster.cluster_extractions(client, items, ahead=ahead, shared_fs=shared_fs, max_bytes=max_bytes)
