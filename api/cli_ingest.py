"""``pactgraph ingest``: extract documents and store what they state.

Extraction runs here, in ``--workers`` local processes, or on a Dask cluster (``--scheduler``);
storing is the transactional writer's, a batch of documents a transaction, or with ``--bulk`` the
offline importer's, into an empty local database. Either way the report is the same: one line per
document that could not be read or stored, a summary, exit status 1 when any input failed.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from pactgraph.api.cli_common import command_driver, count, err, one_line, problem
from pactgraph.ontology.errors import PactgraphError
from pactgraph.settings import Settings, get_settings

if TYPE_CHECKING:
    from pactgraph.loaders.errors import DocumentError
    from pactgraph.ontology.statements import Document, Extraction

log = logging.getLogger(__name__)

#: Documents per transaction in `pactgraph ingest`: enough that round trips stop mattering
#: (a document's rows take about as long to send as a batch of a hundred's), few enough that
#: a failed transaction costs little to redo and holds its locks briefly.
INGEST_BATCH = 100


@dataclass
class _Report:
    """What the summary line says."""

    stored: int = 0
    relations: int = 0
    nodes: int = 0
    relationships: int = 0
    failed: int = 0
    duplicates: int = 0
    not_stored: list[str] = field(default_factory=list)

    def print(self) -> None:
        err.print(f"{count(self.stored, 'document')} stored ({count(self.relations, 'relation')} read; "
                  f"{count(self.nodes, 'node')} and {count(self.relationships, 'relationship')} added), "
                  f"{self.failed} unreadable, {len(self.not_stored)} not stored"
                  + (f", {count(self.duplicates, 'copy', 'copies')} of a text already read."
                     if self.duplicates else "."), markup=False)
        if self.not_stored:
            err.print("not stored (run the same command again to store them): " + ", ".join(self.not_stored),
                      markup=False)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of plain-text news (*.txt).")],
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, max=64,
        help="Extract in this many processes (writes stay in this one).",
    )] = 1,
    batch: Annotated[int, typer.Option(
        "--batch", "-b", min=1, max=10_000,
        help="Documents per transaction: each batch is stored whole or not at all.",
    )] = INGEST_BATCH,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="Extract on the workers of this Dask scheduler (tcp://HOST:8786), or on a local cluster "
             "of N processes (local:N); writes stay in this process.",
    )] = None,
    shared_fs: Annotated[bool, typer.Option(
        "--shared-fs",
        help="With --scheduler: send the workers paths, not texts (they must see the same files "
             "at the same paths).",
    )] = False,
    bulk: Annotated[bool, typer.Option(
        "--bulk",
        help="A first load into an empty local database: the rows as CSV files, loaded by "
             "neo4j-admin database import with the server stopped.",
    )] = False,
) -> None:
    """Extract relations from documents and store them in Neo4j.

    Documents are stored in batches of --batch, each one transaction: a batch is stored whole
    or not at all. When Neo4j stops answering, every document not stored gets one line on
    stderr; running the same command again stores exactly those (what is stored already is
    merged, never duplicated). --bulk stores them all at once with Neo4j's offline importer,
    into an empty local database only.
    """
    from pactgraph.graph.errors import GraphUnavailable
    from pactgraph.graph.schema import counts, ensure_schema

    settings = get_settings()
    if scheduler is not None and workers != 1:
        _refuse("--workers and --scheduler: extraction runs in local processes or on a Dask cluster, "
                "not both")
    if shared_fs and scheduler is None:
        _refuse("--shared-fs goes with --scheduler: it sends the cluster's workers paths instead of texts")
    if bulk and settings.neo4j_uri:
        _refuse(f"--bulk loads the project's local Neo4j offline, but NEO4J_URI is set "
                f"({settings.neo4j_uri}): ingest without --bulk to write to that server")
    database = settings.neo4j_database
    report = _Report()
    with ExitStack() as stack:
        driver = stack.enter_context(command_driver())
        if bulk:
            try:
                nodes, relationships = counts(driver, database=database)
            except GraphUnavailable as e:
                _refuse(str(e))
            if nodes or relationships:
                _refuse(f"--bulk needs an empty database: {database} holds {count(nodes, 'node')} and "
                        f"{count(relationships, 'relationship')} (`pactgraph db clean --yes` empties "
                        "it; ingest without --bulk adds to it)")
        else:
            ensure_schema(driver, database=database)
        results = _extractions(paths, settings, stack, workers=workers, batch=batch,
                               scheduler=scheduler, shared_fs=shared_fs)
        if bulk:
            from pactgraph.graph.bulk import BulkGraph

            graph = BulkGraph()
            accepted: list[Document] = []

            def take(document: Document, extraction: Extraction) -> None:
                graph.add(extraction)
                accepted.append(document)

            _read(results, report, take)
            # Anything written meanwhile by someone else would be lost under the import: look again.
            nodes, relationships = counts(driver, database=database)
            if nodes or relationships:
                _refuse(f"--bulk needs an empty database: {database} was written to during "
                        f"extraction ({count(nodes, 'node')}); nothing was loaded")
        else:
            writer = _BatchWriter(driver, settings, batch, report)
            _read(results, report, writer.add)
            writer.flush()
    if bulk:
        _bulk_load(graph, accepted, settings, report)
    report.print()
    if report.failed or report.not_stored:
        raise typer.Exit(1)


def _refuse(message: str) -> NoReturn:
    problem(message)
    raise typer.Exit(2)


def _extractions(paths: list[Path], settings: Settings, stack: ExitStack, *, workers: int, batch: int,
                 scheduler: str | None, shared_fs: bool,
                 ) -> Iterable[tuple[Document | DocumentError, Extraction | None]]:
    """Each input (a document or the error that stopped it) with its extraction, in input order."""
    from pactgraph.api import ingest as ingesting
    from pactgraph.loaders import iter_documents

    max_bytes = settings.pactgraph_max_document_bytes
    if scheduler is None:
        return ingesting.extractions(iter_documents(paths, max_bytes=max_bytes), workers, ahead=batch)
    from pactgraph.api import cluster

    try:
        client = cluster.connect(scheduler, stack)
    except PactgraphError as e:
        _refuse(str(e))
    items = paths if shared_fs else iter_documents(paths, max_bytes=max_bytes)
    return cluster.cluster_extractions(client, items, ahead=batch, shared_fs=shared_fs, max_bytes=max_bytes)


def _read(results: Iterable[tuple[Document | DocumentError, Extraction | None]], report: _Report,
          take: Callable[[Document, Extraction], None]) -> None:
    """Count and name what could not be read, skip a text already read, hand on the rest in order."""
    from rich.progress import Progress

    from pactgraph.loaders.errors import DocumentError

    #: Document ids met in this run: the same text again (another copy of a file) is stored once.
    seen: dict[str, str] = {}
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)
        for item, extraction in results:
            progress.advance(task)
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


class _BatchWriter:
    """Documents stored a batch at a time, each batch one transaction."""

    def __init__(self, driver, settings: Settings, batch: int, report: _Report) -> None:
        self.driver = driver
        self.settings = settings
        self.batch = batch
        self.report = report
        self.pending: list[tuple[Document, Extraction]] = []
        #: Set while Neo4j is known to be down: the next batches check it at once instead of each
        #: waiting out the driver's retries; it is cleared as soon as Neo4j answers again.
        self.down: PactgraphError | None = None

    def add(self, document: Document, extraction: Extraction) -> None:
        self.pending.append((document, extraction))
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        from pactgraph.api import ingest as ingesting
        from pactgraph.graph.connection import ensure_reachable
        from pactgraph.graph.errors import GraphUnavailable

        if not self.pending:
            return
        report = self.report
        try:
            if self.down is not None:
                ensure_reachable(self.driver)
                self.down = None
            summary = ingesting.store_extractions(
                self.driver, [e for _, e in self.pending], database=self.settings.neo4j_database,
                retry_seconds=self.settings.neo4j_write_retry_seconds)
        except GraphUnavailable as e:
            self.down = e
            for document, _ in self.pending:
                report.not_stored.append(document.path or document.name)
                problem(f"{document.path or document.name}: not stored: {one_line(str(e))}")
        else:
            report.stored += len(self.pending)
            report.relations += sum(len(e.relations) for _, e in self.pending)
            report.nodes += summary.nodes_created
            report.relationships += summary.relationships_created
        self.pending.clear()


def _bulk_load(graph, accepted: list[Document], settings: Settings, report: _Report) -> None:
    """Write the graph's CSV files, import them with the server stopped, start it, build the schema."""
    from pactgraph.graph.bulk import after_import, import_files
    from pactgraph.graph.schema import counts, ensure_schema
    from pactgraph.graph.server.local import LocalNeo4j

    database = settings.neo4j_database
    local = LocalNeo4j.from_settings(settings)
    folder = Path(tempfile.mkdtemp(prefix="bulk-", dir=local.home))
    try:
        loaded = False
        if accepted:
            try:
                files = graph.write_csv(folder / "csv")
                import_files(local, files, database=database, report=folder / "import.report")
                loaded = True
            except (PactgraphError, ValueError, OSError) as e:
                problem(f"bulk load failed: {one_line(str(e))}")
                report.not_stored.extend(document.path or document.name for document in accepted)
        with command_driver() as driver:
            if loaded:
                after_import(driver, database=database)
                report.nodes, report.relationships = counts(driver, database=database)
                report.stored = len(accepted)
                report.relations = graph.relations_read
            else:
                ensure_schema(driver, database=database)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
