"""An ingest of files and folders from end to end: what ``pactgraph ingest`` runs.

Extraction runs here, in ``workers`` local processes, or on a Dask cluster (``scheduler``);
storing is the transactional writer's, a batch of documents a transaction
(:class:`pactgraph.pipeline.store.BatchWriter`), or with ``bulk`` the offline importer's, into an
empty local database (:mod:`pactgraph.pipeline.bulk`). Either way the report is the same: one line
per document that could not be read or stored (through ``problem``), and the counts of the
summary (:class:`pactgraph.pipeline.report.Report`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pactgraph.graph.schema import ensure_schema
from pactgraph.loaders.errors import DocumentError
from pactgraph.ontology.errors import PactgraphError
from pactgraph.pipeline import INGEST_BATCH
from pactgraph.pipeline.bulk import BulkLoad
from pactgraph.pipeline.extraction import document_extractions
from pactgraph.pipeline.report import IngestRefused, Report
from pactgraph.pipeline.store import BatchWriter

if TYPE_CHECKING:
    import neo4j

    from pactgraph.ontology.statements import Document, Extraction
    from pactgraph.settings import Settings

log = logging.getLogger(__name__)

#: A driver for the time of a ``with``: the command line's opens it (starting the local Neo4j on demand).
Connect = Callable[[], AbstractContextManager["neo4j.Driver"]]
#: Where the one-line problems go, each naming its input.
Problem = Callable[[str], None]
#: For the time of a ``with``, a function called once per input as it goes through.
Progress = Callable[[], AbstractContextManager[Callable[[], None]]]


@contextmanager
def no_progress() -> Iterator[Callable[[], None]]:
    yield lambda: None


def ingest_paths(paths: list[Path], settings: Settings, connect: Connect, *, problem: Problem,
                 workers: int = 1, batch: int = INGEST_BATCH, scheduler: str | None = None,
                 shared_fs: bool = False, bulk: bool = False, progress: Progress = no_progress) -> Report:
    """Extract the documents under ``paths`` and store what they state; the report of the run.

    IngestRefused, before anything is stored, when ``bulk`` is asked of a server other than the
    local one or of a database that is not empty, or when the Dask ``scheduler`` cannot be reached.
    """
    if bulk and settings.neo4j_uri:
        raise IngestRefused(f"--bulk loads the project's local Neo4j offline, but NEO4J_URI is set "
                            f"({settings.neo4j_uri}): ingest without --bulk to write to that server")
    database = settings.neo4j_database
    report = Report()
    load = BulkLoad(settings) if bulk else None
    with ExitStack() as stack:
        driver = stack.enter_context(connect())
        if load is not None:
            load.check_empty(driver)
        else:
            ensure_schema(driver, database=database)
        try:
            results = document_extractions(paths, stack, max_bytes=settings.pactgraph_max_document_bytes,
                                           workers=workers, ahead=batch, scheduler=scheduler,
                                           shared_fs=shared_fs)
        except PactgraphError as e:
            raise IngestRefused(str(e)) from e
        if load is not None:
            read(results, report, load.add, problem=problem, progress=progress)
            load.check_still_empty(driver)
        else:
            writer = BatchWriter(driver, settings, batch, report, problem)
            read(results, report, writer.add, problem=problem, progress=progress)
            writer.flush()
    if load is not None:
        load.load(connect, report, problem)
    return report


def read(results: Iterable[tuple[Document | DocumentError, Extraction | None]], report: Report,
         take: Callable[[Document, Extraction], None], *, problem: Problem,
         progress: Progress = no_progress) -> None:
    """Count and name what could not be read, skip a text already read, hand on the rest in order."""
    #: Document ids met in this run: the same text again (another copy of a file) is stored once.
    seen: dict[str, str] = {}
    with progress() as advance:
        for item, extraction in results:
            advance()
            if isinstance(item, DocumentError) or extraction is None:
                report.failed += 1
                problem(str(item))
                continue
            if item.id in seen:
                report.duplicates += 1
                log.info("%s: the same text as %s, stored once", item.path or item.name, seen[item.id])
                continue
            seen[item.id] = item.path or item.name
            take(item, extraction)
