"""Extraction in local processes: what ``pactgraph ingest --workers N`` runs.

Extraction is a pure function of a document, so ``extractions`` may spread it over worker
processes; writes always stay in the calling process (:mod:`pactgraph.pipeline.store`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from pactgraph.loaders import extract
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
