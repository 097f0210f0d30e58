"""Extraction here, in local processes (``--workers N``) or on a Dask cluster (``--scheduler``).

Extraction is a pure function of a document, so ``extractions`` may spread it over worker
processes, and :mod:`pactgraph.pipeline.cluster` over a cluster's; writes always stay in the
calling process (:mod:`pactgraph.pipeline.store`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import TypeVar

from pactgraph.loaders import extract, iter_documents
from pactgraph.loaders.errors import DocumentError
from pactgraph.loaders.extract import extract_many
from pactgraph.ontology.statements import Document, Extraction

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
        yield from extract_many(items)
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
