"""Extraction on a Dask cluster: what ``pactgraph ingest --scheduler ADDRESS`` runs.

Extraction is a pure function of a document, so it goes to the workers of a ``dask.distributed``
cluster (a running one, or a ``LocalCluster`` of N processes for ``local:N``); the writes stay in
the calling process, as with ``--workers``. Documents travel as text (a pickled ``Document``), or
as paths when every worker reads the same file system (``shared_fs``): then the worker reads the
file too, and an unreadable file comes back as its ``DocumentError``.

Results come back to the caller as they finish (``as_completed``) and are handed on in the order
of the input, so the graph is the one a single process writes whatever the timing (the first
document that names an actor gives it its name and type). At most ``ahead`` documents are out on
the cluster at once, so memory stays bounded on both sides.

Each worker process loads the parser once (``loaders.syntax.parser`` is cached per process) and
reuses it for every document it extracts; a worker plugin loads it when the worker joins, so the
first documents do not wait for it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, cast

from distributed import Client, Future, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from pactgraph.loaders import extract, read_document
from pactgraph.loaders.documents import document_files
from pactgraph.loaders.errors import DocumentError
from pactgraph.ontology.errors import PactgraphError
from pactgraph.ontology.statements import Document, Extraction

log = logging.getLogger(__name__)

#: ``local:N``: a LocalCluster of N worker processes on this machine.
_LOCAL = re.compile(r"local:(?P<n>[0-9]+)\Z")
#: Documents out on the cluster per worker thread, beyond the caller's own ``ahead``.
_AHEAD_PER_THREAD = 4
#: How long to wait for a scheduler to answer, and for a LocalCluster's workers to join.
CONNECT_SECONDS = 30.0
MAX_LOCAL_WORKERS = 64


class ClusterError(PactgraphError):
    """The Dask scheduler cannot be reached or its address is not understood."""


def parse_scheduler(address: str) -> int | str:
    """The number of local workers for ``local:N``, else the scheduler's address (ClusterError if bad)."""
    address = address.strip()
    local = _LOCAL.match(address)
    if local:
        n = int(local["n"])
        if not 1 <= n <= MAX_LOCAL_WORKERS:
            raise ClusterError(f"--scheduler {address}: a local cluster has 1 to {MAX_LOCAL_WORKERS} workers")
        return n
    if not address or address.startswith("local") or any(c.isspace() for c in address):
        raise ClusterError(f"--scheduler {address!r}: expected a scheduler address (tcp://HOST:8786) "
                           "or local:N")
    return address


def _load_parser() -> bool:
    """Load the parser in this worker process (cached there for every later document)."""
    from pactgraph.loaders.syntax import parser

    return parser() is not None


def parser_loads() -> int:
    """How many times this process loaded the parser (run on the workers by the tests)."""
    from pactgraph.loaders.syntax import parser

    return parser.cache_info().misses


class ParserPlugin(WorkerPlugin):
    """Each worker loads the parser when it joins (once: it stays cached in the worker's process)."""

    name = "pactgraph-parser"
    idempotent = True

    def setup(self, worker: Any) -> None:
        _load_parser()


def _read_and_extract(path: str, shown: str, source: str,
                      max_bytes: int | None) -> tuple[Document | str, Extraction | None]:
    """On a worker that shares the file system: read one file and extract it.

    A file that cannot be read comes back as the reason, a string: DocumentError takes two
    arguments and so does not survive pickling, which results on their way back go through.
    """
    try:
        document = read_document(Path(path), max_bytes, source=source)
    except DocumentError as e:
        return e.reason, None
    document = dataclasses.replace(document, path=shown)
    return _extract_or_reason(document)


def _extract_or_reason(document: Document) -> tuple[Document | str, Extraction | None]:
    """On a worker: the document and its extraction, or the reason its extraction failed (as text, like an
    unreadable file's: the rest of the documents go on)."""
    try:
        return document, extract(document)
    except Exception as e:  # noqa: BLE001
        return f"extraction failed ({type(e).__name__}: {e})", None


def _local_cluster(n: int) -> Any:
    from distributed import LocalCluster

    # One thread per process: extraction is Python (the GIL), so processes are what run in
    # parallel. No dashboard: it needs a port and a package the project does not use.
    # no dashboard, and the scheduler's HTTP endpoints on a free port: with none given they take
    # 8787, and warn on stderr when another cluster holds it
    return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                        scheduler_port=0, dashboard_address=None, silence_logs=logging.WARNING,
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})


def connect(scheduler: str, stack: ExitStack) -> Client:
    """A client of the scheduler at ``scheduler`` (or of a new LocalCluster), closed with ``stack``."""
    target = parse_scheduler(scheduler)
    # Dask logs every worker's coming and going at INFO; the command's stderr is for its report.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    try:
        if isinstance(target, int):
            cluster = stack.enter_context(_local_cluster(target))
            client = stack.enter_context(Client(cluster, timeout=CONNECT_SECONDS))
            client.wait_for_workers(target, timeout=CONNECT_SECONDS)
        else:
            client = stack.enter_context(Client(target, timeout=CONNECT_SECONDS))
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"--scheduler {scheduler}: cannot reach the Dask scheduler: {e}") from e
    client.register_plugin(ParserPlugin())
    return client


def _threads(client: Client) -> int:
    return max(1, sum(client.nthreads().values()))


def cluster_extractions(client: Client, items: Iterable[Document | DocumentError] | Iterable[Path],
                        *, ahead: int = 0, shared_fs: bool = False,
                        max_bytes: int | None = None,
                        ) -> Iterator[tuple[Document | DocumentError, Extraction | None]]:
    """Each document (or the error that stopped it) with its extraction, in input order.

    ``items`` are what :func:`pactgraph.loaders.iter_documents` yields, read here and sent as text; with
    ``shared_fs`` they are the paths given on the command line, expanded here and read by the
    workers. Up to ``ahead`` documents (and a few per worker thread) are out on the cluster.
    """
    # with shared_fs the caller gives the paths of the command line
    sources = document_files(cast("Iterable[Path]", items)) if shared_fs else items
    window = max(ahead, _threads(client) * _AHEAD_PER_THREAD)
    finished = as_completed(with_results=True)
    results: dict[str, Any] = {}
    # Keys name tasks on the scheduler: unique to this run, since another ingest may share the cluster.
    run = uuid.uuid4().hex[:12]
    queue: deque[tuple[Any, str | None]] = deque()

    def submit(index: int, item: Any) -> str | None:
        if isinstance(item, DocumentError):
            return None
        key = f"pactgraph-extract-{run}-{index}"
        future: Future[Any]
        if shared_fs:
            path, source = item
            future = client.submit(_read_and_extract, str(Path(path).absolute()), str(path), source,
                                   max_bytes, key=key, pure=False)
        else:
            future = client.submit(_extract_or_reason, item, key=key, pure=False)
        finished.add(future)
        return key

    def first() -> tuple[Document | DocumentError, Extraction | None]:
        item, key = queue.popleft()
        if key is None:
            return item, None
        while key not in results:
            future, result = next(finished)
            results[future.key] = result
        document, extraction = results.pop(key)
        if isinstance(document, str):  # the reason it could not be read or extracted
            name = str(item[0]) if shared_fs else item.path or item.name
            return DocumentError(name, document), None
        return document, extraction

    for index, item in enumerate(sources):
        queue.append((item, submit(index, item)))
        while len(queue) > window:
            yield first()
    while queue:
        yield first()
