"""``pactgraph ingest``: its options, its progress bar and its report on stderr.

The ingest itself is the pipeline's (:func:`pactgraph.pipeline.ingest.ingest_paths`): extraction
here, in ``--workers`` local processes or on a Dask cluster (``--scheduler``), storing by the
transactional writer, a batch of documents a transaction, or with ``--bulk`` by the offline
importer, into an empty local database. Either way the report is the same: one line per document
that could not be read or stored, a summary, exit status 1 when any input failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from pactgraph.cli.common import command_driver, err, problem
from pactgraph.pipeline import INGEST_BATCH
from pactgraph.settings import get_settings


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
    from pactgraph.pipeline.ingest import ingest_paths
    from pactgraph.pipeline.report import IngestRefused

    settings = get_settings()
    if scheduler is not None and workers != 1:
        _refuse("--workers and --scheduler: extraction runs in local processes or on a Dask cluster, "
                "not both")
    if shared_fs and scheduler is None:
        _refuse("--shared-fs goes with --scheduler: it sends the cluster's workers paths instead of texts")
    try:
        report = ingest_paths(paths, settings, command_driver, problem=problem, workers=workers, batch=batch,
                              scheduler=scheduler, shared_fs=shared_fs, bulk=bulk, progress=_progress)
    except IngestRefused as e:
        _refuse(str(e))
    for line in report.lines():
        err.print(line, markup=False)
    if not report.complete:
        raise typer.Exit(1)


def _refuse(message: str) -> NoReturn:
    problem(message)
    raise typer.Exit(2)


@contextmanager
def _progress() -> Iterator[Callable[[], None]]:
    """A spinner on stderr while the documents go through (on a terminal only); the function that
    advances it."""
    from rich.progress import Progress

    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)
        yield lambda: progress.advance(task)
