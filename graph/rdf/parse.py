"""RDF text or a file, parsed within bounds, for the import (:mod:`pactgraph.graph.rdf.importer`).

The file is parsed in memory (rdflib): about 1.2 GiB per million triples. The path is the user's,
so what is read is bounded before it is parsed, and parsed only in ways known to be safe:

* at most ``max_bytes`` (``PACTGRAPH_IMPORT_MAX_BYTES``): a regular file past it is refused from its
  size, unread; anything else (a pipe, a device) is read up to the bound and refused beyond;
* at most ``max_triples`` (``PACTGRAPH_IMPORT_MAX_TRIPLES``): the parse stops at the first triple
  past it, however densely the format packs them (Turtle's lists and prefixes, JSON-LD);
* JSON-LD only with its contexts inline: a context named by URL (or ``@import``) would be
  fetched from wherever the file points, so such a file is refused before anything is fetched.

Each refusal is an :class:`~pactgraph.graph.errors.ImportTooLarge` or :class:`~.errors.RdfError` naming
the bound, and nothing is written: the bounds hold before the first query.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any, Final, TypeVar

from rdflib import Dataset, Graph
from rdflib.plugins.stores.memory import Memory

from pactgraph.graph.errors import ImportTooLarge, RdfError

#: Default bounds of one import (settings ``PACTGRAPH_IMPORT_MAX_BYTES``, ``..._MAX_TRIPLES``): a
#: million triples take about 1.2 GiB parsed; an N-Triples export spends about 150 bytes on one.
MAX_BYTES: Final = 256 * 1024 * 1024
MAX_TRIPLES: Final = 1_000_000

#: Import format -> rdflib parser.
PARSERS: Final[dict[str, str]] = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld",
                                  "trig": "trig"}
#: Formats without named graphs, parsed into one Graph rather than a Dataset.
_SINGLE_GRAPH: Final = frozenset({"nt", "turtle"})
#: File extension -> import format.
EXTENSIONS: Final[dict[str, str]] = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads",
                                     ".nquads": "nquads", ".jsonld": "jsonld", ".json": "jsonld",
                                     ".trig": "trig"}

_G = TypeVar("_G", bound=Graph)


def format_of(path: Path, fmt: str | None = None) -> str:
    """The import format: ``fmt`` if given, else from the file's extension; ValueError otherwise."""
    if fmt is not None:
        if fmt not in PARSERS:
            raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(PARSERS)}")
        return fmt
    found = EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise ValueError(f"{path}: cannot tell the RDF format from the extension {path.suffix!r}; "
                         f"give --format ({', '.join(PARSERS)})")
    return found


def read_bounded(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ImportTooLarge past ``max_bytes`` (a regular file from its size, unread)."""
    with path.open("rb") as f:
        found = os.fstat(f.fileno())
        if stat.S_ISREG(found.st_mode) and found.st_size > max_bytes:
            raise ImportTooLarge("bytes", max_bytes, "PACTGRAPH_IMPORT_MAX_BYTES")
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImportTooLarge("bytes", max_bytes, "PACTGRAPH_IMPORT_MAX_BYTES")
    return data


class _Bounded(Memory):
    """rdflib's in-memory store, refusing the triple after the ``limit``-th added (every parser
    adds through ``add``), so a parse stops there instead of filling the memory."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit, self.added = limit, 0

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        self.added += 1
        if self.added > self.limit:
            raise ImportTooLarge("triples", self.limit, "PACTGRAPH_IMPORT_MAX_TRIPLES")
        super().add(triple, context, quoted)


def parse(data: str | bytes, fmt: str, *, max_bytes: int = MAX_BYTES,
          max_triples: int = MAX_TRIPLES) -> Graph:
    """RDF text as one graph (the union of its graphs for TriG and N-Quads); RdfError if not valid,
    ImportTooLarge past ``max_bytes`` (before parsing) or ``max_triples`` (while parsing)."""
    if fmt not in PARSERS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(PARSERS)}")
    if len(data) > max_bytes:  # characters of a str: at most its UTF-8 bytes
        raise ImportTooLarge("bytes", max_bytes, "PACTGRAPH_IMPORT_MAX_BYTES")
    source: str | bytes | dict[str, Any] | list[Any] = data
    if fmt == "jsonld":
        source = _inline_json_ld(data)
    if fmt in _SINGLE_GRAPH:
        # One graph in the file: parsed straight into it. Through a Dataset, copying its quads into
        # the union took as long again as parsing (measured on a 41,000-triple N-Triples export).
        return _parsed(Graph(store=_Bounded(max_triples)), source, fmt)
    dataset = _parsed(Dataset(store=_Bounded(max_triples)), source, fmt)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _inline_json_ld(data: str | bytes) -> Any:
    """The JSON of a JSON-LD text, RdfError when it names a context to fetch (a URL or
    ``@import``): the import reads what is in the file and fetches nothing."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as e:
        raise RdfError(f"not valid jsonld: {e}") from e
    pending = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                contexts = value if isinstance(value, list) else [value]
                if key == "@context" and any(isinstance(c, str) for c in contexts):
                    named = next(c for c in contexts if isinstance(c, str))
                    raise RdfError(f"not read: the JSON-LD names its @context by reference ({named!r}), "
                                   "which would be fetched; give the context inline (as pactgraph's "
                                   "export does)")
                if key == "@import":
                    raise RdfError(f"not read: the JSON-LD @import {value!r} would be fetched; give the "
                                   "context inline")
                pending.append(value)
    return document


def _parsed(target: _G, data: str | bytes | dict[str, Any] | list[Any], fmt: str) -> _G:
    try:
        target.parse(data=data, format=PARSERS[fmt])  # type: ignore[arg-type]
    except ImportTooLarge:
        raise
    except Exception as e:  # rdflib's parsers raise many kinds (BadSyntax, JSON, SAX, ValueError)
        raise RdfError(f"not valid {fmt}: {e}") from e
    return target
