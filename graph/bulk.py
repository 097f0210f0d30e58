"""A first load without transactions: the writer's rows as CSV, for ``neo4j-admin database import full``.

``pactgraph ingest --bulk`` into an empty local database. :class:`BulkGraph` takes extractions in
order and folds the rows :mod:`pactgraph.graph.writer` would send (its own row builders) the way the
writer's Cypher merges them, in Python: the first document names and types an entity, every
other name becomes an alias, ``types_seen``, ``keys`` and ``aliases`` grow in order of first
appearance, ``wikidata``, an agreement's ``kind`` and ``date`` keep the first value given and its
``status`` the last, and each typed relationship's summary (``evidence_count``, ``sources``,
``first_seen``, ``last_seen``, ``confidence``) is counted from the asserted evidence of its pair
as ``graph.queries.writes.RECOUNT`` counts it. :meth:`BulkGraph.write_csv` writes one file per kind of
node and relationship with the importer's typed headers; :func:`import_arguments` names them for
the importer, which :meth:`pactgraph.graph.server.local.LocalNeo4j.import_full` runs with the server stopped.
The schema (``ensure_schema``'s constraints and indexes) is created afterwards by
:func:`after_import`, after ``FILL_EMPTY_LISTS`` gives back the empty lists the importer cannot
write.

Documents are taken once each (the caller skips a text already read, as ``pactgraph ingest``
does), so a statement's or an event's id, a hash of its document's id among other things, is
never met twice.
"""

from __future__ import annotations

import csv
import gc
import io
import logging
import math
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import neo4j

from pactgraph.graph.queries.events import EVENT_ROLES
from pactgraph.graph.queries.schema import (
    AWAIT_INDEXES,
    CONSTRAINTS,
    FILL_EMPTY_LISTS,
    INDEXES,
    general_label,
)
from pactgraph.graph.schema import driver_errors
from pactgraph.graph.writer import (
    Row,
    document_row,
    entity_rows,
    event_role_rows,
    event_rows,
    evidence_rows,
    relation_rows,
)
from pactgraph.ontology.statements import Extraction
from pactgraph.ontology.vocabulary import relationship_type

if TYPE_CHECKING:
    from pactgraph.graph.server.local import LocalNeo4j

log = logging.getLogger(__name__)

#: Between the elements of a list value: a control character, which no document holds
#: (``loaders.documents`` refuses them), so no name or alias can contain it.
ARRAY_DELIMITER = "\x1f"

#: Properties of each kind of node, in column order, with the importer's type where not a string.
_ENTITY_COLUMNS = ("name", "type", "aliases:string[]", "keys:string[]", "wikidata")
NODE_COLUMNS: dict[str, tuple[str, ...]] = {
    "Actor": ("name", "type", "types_seen:string[]", "aliases:string[]", "keys:string[]", "wikidata"),
    "Agreement": (*_ENTITY_COLUMNS, "kind", "date", "status"),
    "Place": _ENTITY_COLUMNS,
    "Document": ("name", "date", "title", "source"),
    "Evidence": ("pair", "predicate", "status", "confidence:double", "sentence", "start:long", "end:long",
                 "rule", "date"),
    "Event": ("type", "trigger", "date", "date_precision", "killed:long", "displaced:long", "status",
              "sentence", "start:long", "end:long", "rule"),
}
#: A typed relationship's summary properties.
SUMMARY_COLUMNS = ("evidence_count:long", "sources:string[]", "first_seen", "last_seen", "confidence:double")


class BulkDataError(ValueError):
    """A value the CSV files cannot carry as it is (a list element holding the array delimiter)."""


def _cypher_order(text: str) -> bytes:
    """Sort key ordering strings as Neo4j does (by UTF-16 code unit, as Java compares them)."""
    return text.encode("utf-16-be")


def _in_cypher_order(texts: set[str]) -> list[str]:
    """``texts`` sorted as Neo4j sorts them; ASCII text sorts the same by code point, without a key."""
    if all(text.isascii() for text in texts):
        return sorted(texts)
    return sorted(texts, key=_cypher_order)


@dataclass
class BulkGraph:
    """The graph ``write_extractions`` would build from the same extractions, as rows."""

    documents: dict[str, Row] = field(default_factory=dict)
    #: (general label, id) -> node properties (``labels`` for actors: the specific label).
    entities: dict[tuple[str, str], Row] = field(default_factory=dict)
    #: Evidence id -> the writer's evidence row (its ``subject_id`` and ``object_id`` are not written
    #: as properties).
    evidence: dict[str, Row] = field(default_factory=dict)
    #: (relationship type, subject label, subject id, object label, object id) -> pair key.
    relations: dict[tuple[str, str, str, str, str], str] = field(default_factory=dict)
    #: Event id -> the writer's event row (its ``roles`` are written as relationships).
    events: dict[str, Row] = field(default_factory=dict)
    #: The untyped relationships, grouped as they are written: (start label, relationship type,
    #: end label) -> {(start id, end id): None}, in order of first appearance. Evidence has
    #: SUBJECT, OBJECT and IN_DOCUMENT; events their roles and IN_DOCUMENT.
    links: dict[tuple[str, str, str], dict[tuple[str, str], None]] = field(default_factory=dict)
    #: Each document's name and date, for the summaries.
    _doc_names: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: Every asserted statement's (pair, evidence id, document id, confidence), in order.
    _asserted: list[tuple[str, str, str, float]] = field(default_factory=list)
    relations_read: int = 0

    def _links(self, start: str, rel: str, end: str) -> dict[tuple[str, str], None]:
        group = self.links.get((start, rel, end))
        if group is None:
            group = self.links[(start, rel, end)] = {}
        return group

    def add(self, extraction: Extraction) -> None:
        """Fold one document's rows in, after those of the documents added before it."""
        doc = document_row(extraction)
        doc_id = doc["id"]
        self.documents[doc_id] = doc
        self._doc_names[doc_id] = (doc["name"], doc["date"])
        self.relations_read += len(extraction.relations)
        for rows in entity_rows(extraction).values():
            for row in rows:
                self._merge_entity(row)
        evidence, asserted = self.evidence, self._asserted
        in_document = self._links("Evidence", "IN_DOCUMENT", "Document")
        for (s_label, o_label), rows in evidence_rows(extraction).items():
            subjects = self._links("Evidence", "SUBJECT", s_label)
            objects = self._links("Evidence", "OBJECT", o_label)
            for row in rows:
                evidence_id = row["id"]
                evidence[evidence_id] = row
                subjects[(evidence_id, row["subject_id"])] = None
                objects[(evidence_id, row["object_id"])] = None
                in_document[(evidence_id, doc_id)] = None
                if row["status"] == "asserted":
                    asserted.append((row["pair"], evidence_id, doc_id, row["confidence"]))
        relations = self.relations
        for (predicate, s_label, o_label), rows in relation_rows(extraction).items():
            rel = relationship_type(predicate)
            for row in rows:
                relations[(rel, s_label, row["subject_id"], o_label, row["object_id"])] = row["pair"]
        events = event_rows(extraction)
        if events:
            event_in_document = self._links("Event", "IN_DOCUMENT", "Document")
            for row in events:
                self.events[row["id"]] = row
                event_in_document[(row["id"], doc_id)] = None
            for role, rows in event_role_rows(extraction).items():
                rel, label = EVENT_ROLES[role]
                links = self._links("Event", rel, label)
                for row in rows:
                    links[(row["event_id"], row["entity_id"])] = None

    def _merge_entity(self, row: Row) -> None:
        """``MERGE_ACTORS`` / ``merge_entities`` on one row, in Python."""
        label = general_label(row["type"])
        node = self.entities.get((label, row["id"]))
        if node is None:
            node = {"id": row["id"], "name": row["name"], "type": row["type"], "aliases": [], "keys": [],
                    "wikidata": None}
            if label == "Actor":
                node["types_seen"] = []
            elif label == "Agreement":
                node.update(kind=None, date=None, status=None)
            self.entities[(label, row["id"])] = node
        if label == "Actor" and row["type"] not in node["types_seen"]:
            node["types_seen"].append(row["type"])
        aliases = node["aliases"]
        for alias in (*row["aliases"], row["name"]):
            if alias != node["name"] and alias not in aliases:
                aliases.append(alias)
        keys = node["keys"]
        for key in row["keys"]:
            if key not in keys:
                keys.append(key)
        if node["wikidata"] is None:
            node["wikidata"] = row["wikidata"]
        if label == "Agreement":
            for prop in ("kind", "date"):
                if node[prop] is None:
                    node[prop] = row[prop]
            if row["status"] is not None:
                node["status"] = row["status"]

    @property
    def evidence_links(self) -> set[tuple[str, str, str, str]]:
        """(evidence id, SUBJECT|OBJECT|IN_DOCUMENT, label, id) of every evidence relationship."""
        return self._flat_links("Evidence")

    @property
    def event_links(self) -> set[tuple[str, str, str, str]]:
        """(event id, role relationship|IN_DOCUMENT, label, id) of every event relationship."""
        return self._flat_links("Event")

    def _flat_links(self, source: str) -> set[tuple[str, str, str, str]]:
        return {(start, rel, label, end) for (kind, rel, label), pairs in self.links.items() if kind == source
                for start, end in pairs}

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Each pair's summary, as the writer's recount sets it on the typed relationship."""
        by_pair: dict[str, list[tuple[str, str, str, float]]] = defaultdict(list)
        for statement in self._asserted:
            by_pair[statement[0]].append(statement)
        names = self._doc_names
        summaries = {}
        for key, statements in by_pair.items():
            sources = {names[document_id][0] for _, _, document_id, _ in statements}
            dates = [date for _, _, document_id, _ in statements
                     if (date := names[document_id][1]) is not None]
            summaries[key] = {
                "evidence_count": len({evidence_id for _, evidence_id, _, _ in statements}),
                "sources": _in_cypher_order(sources),
                "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
                "confidence": max(confidence for _, _, _, confidence in statements)}
        return summaries

    @property
    def node_count(self) -> int:
        return len(self.documents) + len(self.entities) + len(self.evidence) + len(self.events)

    @property
    def relationship_count(self) -> int:
        return sum(len(pairs) for pairs in self.links.values()) + len(self.relations)

    # -- CSV ------------------------------------------------------------------------------------

    def write_csv(self, folder: Path) -> CsvFiles:
        """Write every node and relationship under ``folder``; what the importer is to read.

        Nodes are numbered in the order they are written, from 0 across all files: the
        importer takes those numbers as the nodes' own ids (``--id-type=actual``), so it maps no
        id, and relationships name their ends by number. Each node keeps its ``id`` property.
        """
        # Without the cyclic collector: the rows made here hold no cycles, and each full collection
        # would walk every object of the fold (at 10^6 statements a quarter of this step's time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._write_csv(folder)
        finally:
            if collecting:
                gc.enable()

    def _write_csv(self, folder: Path) -> CsvFiles:
        folder.mkdir(parents=True, exist_ok=True)
        files = CsvFiles(folder)
        numbers: dict[str, dict[str, int]] = {}
        by_label: dict[str, list[Row]] = {"Actor": [], "Agreement": [], "Place": []}
        for (label, _), node in self.entities.items():
            by_label[label].append(node)
        by_label.update(Document=list(self.documents.values()), Evidence=list(self.evidence.values()),
                        Event=list(self.events.values()))
        for label, nodes in by_label.items():
            first = files.next_node
            numbers[label] = {node["id"]: first + i for i, node in enumerate(nodes)}
            columns = ("id", *NODE_COLUMNS[label])
            values = _converter(columns)
            if label == "Actor":
                labels = "Actor" + ARRAY_DELIMITER
                files.nodes(label, (":ID", ":LABEL", *columns),
                            ([first + i, labels + n["type"], *values(n)] for i, n in enumerate(nodes)),
                            len(nodes))
            else:
                files.nodes(label, (":ID", *columns),
                            ([first + i, *values(n)] for i, n in enumerate(nodes)), len(nodes))
        for (source, rel, label), pairs in self.links.items():
            starts, ends = numbers[source], numbers[label]
            files.relationships(rel, (":START_ID", ":END_ID"),
                                [(starts[start], ends[end]) for start, end in pairs])
        summaries = self.summaries()
        summary_values = _converter(SUMMARY_COLUMNS)
        typed: dict[tuple[str, str, str], list[list[Any]]] = defaultdict(list)
        for (rel, s_label, s_id, o_label, o_id), pair in self.relations.items():
            typed[(rel, s_label, o_label)].append(
                [numbers[s_label][s_id], numbers[o_label][o_id], *summary_values(summaries[pair])])
        for (rel, _, _), rows in typed.items():
            files.relationships(rel, (":START_ID", ":END_ID", *SUMMARY_COLUMNS), rows)
        return files


def _names(columns: Iterable[str]) -> list[str]:
    """Property names of typed columns: ``start:long`` -> ``start``."""
    return [column.partition(":")[0] for column in columns]


class _Absent:
    """A missing value, as the ``csv`` module writes it: it quotes every field that is not a number
    (``QUOTE_NONNUMERIC``), None included, so None would be written ``""``, an empty string. This
    object counts as a number (it has ``__float__``) and reads as the empty text, so its field is
    empty and unquoted: no property."""

    __slots__ = ()

    def __float__(self) -> float:
        return 0.0

    def __str__(self) -> str:
        return ""


_ABSENT = _Absent()


def _converter(columns: tuple[str, ...]) -> Callable[[Row], list[Any]]:
    """A function from a row (a dict) to the CSV values of ``columns``, in order: None absent,
    lists joined by the array delimiter, non-finite numbers refused. (No column is a boolean.)"""
    names = _names(columns)
    get = operator.itemgetter(*names)
    lists = [i for i, column in enumerate(columns) if column.endswith("[]")]
    doubles = [i for i, column in enumerate(columns) if column.endswith(":double")]

    def values(row: Row) -> list[Any]:
        out = list(get(row))
        if None in out:
            out = [_ABSENT if value is None else value for value in out]
        for i in lists:
            if out[i] is not _ABSENT:
                out[i] = _joined(out[i])
        for i in doubles:
            if out[i].__class__ is float and not math.isfinite(out[i]):
                raise BulkDataError(f"cannot write {out[i]!r} as a number")
        return out

    return values


def _joined(elements: Iterable[str]) -> str:
    for element in elements:
        if ARRAY_DELIMITER in element:
            raise BulkDataError(f"list element {element!r} holds the array delimiter U+001F")
    return ARRAY_DELIMITER.join(elements)


def _writer(f: Any) -> Any:
    """The ``csv`` module's writer as the importer reads: strings quoted (so "" is an empty string),
    quotes doubled, numbers bare, one row a line."""
    return csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")


def _field(value: Any) -> str:
    """One CSV field as :meth:`BulkGraph.write_csv` writes it: None empty (no property), strings
    quoted (so "" is an empty string), lists joined by the array delimiter, numbers bare."""
    buffer = io.StringIO()
    if isinstance(value, list | tuple):
        value = _joined(value)
    elif isinstance(value, float) and not math.isfinite(value):
        raise BulkDataError(f"cannot write {value!r} as a number")
    # Beside a second field: the module writes a row of one empty field as "" (not an empty line).
    _writer(buffer).writerow([_ABSENT if value is None else value, 0])
    return buffer.getvalue()[:-3]


@dataclass
class CsvFiles:
    """The files written, as the importer's ``--nodes`` and ``--relationships`` arguments."""

    folder: Path
    node_args: list[str] = field(default_factory=list)
    relationship_args: list[str] = field(default_factory=list)
    #: Whether a value spans lines (the importer then reads fields across line ends, more slowly).
    multiline: bool = False
    rows: int = 0
    #: The number the next node written gets (nodes are numbered from 0 across all files).
    next_node: int = 0
    _count: int = 0

    def _write(self, stem: str, header: Iterable[str],
               rows: Iterable[Iterable[Any]]) -> tuple[Path | None, int]:
        self._count += 1
        path = self.folder / f"{self._count:02d}-{stem}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write(",".join(header) + "\n")
            start = f.tell()
            _writer(f).writerows(rows)
            empty = f.tell() == start
        if empty:
            path.unlink()
            return None, 0
        # A line end inside a quoted value makes more line ends than rows (and a lone \r one too).
        data = path.read_bytes()
        written = data.count(b"\n") - 1
        if b"\r" in data:
            self.multiline = True
        return path, written

    def nodes(self, label: str, header: Iterable[str], rows: Iterable[Iterable[Any]], count: int) -> None:
        path, lines = self._write(label.lower(), header, rows)
        if path:
            self.multiline = self.multiline or lines != count
            self.rows += count
            self.next_node += count
            # Actors name their labels in a column; the others take theirs from the argument.
            self.node_args.append(f"--nodes={path}" if label == "Actor" else f"--nodes={label}={path}")

    def relationships(self, rel: str, header: Iterable[str], rows: list[Any]) -> None:
        path, lines = self._write(rel.lower(), header, rows)
        if path:
            self.multiline = self.multiline or lines != len(rows)
            self.rows += len(rows)
            self.relationship_args.append(f"--relationships={rel}={path}")

    def arguments(self) -> list[str]:
        """The importer's options for these files (the database name not included)."""
        return [*self.node_args, *self.relationship_args, "--id-type=actual", "--array-delimiter=U+001F",
                f"--multiline-fields={'true' if self.multiline else 'false'}"]


def import_files(local: LocalNeo4j, files: CsvFiles, *, database: str, report: Path) -> None:
    """Stop the local server, import the files into ``database``, start the server again.

    The server is started again whether the import went well or not (LocalServerError then).
    """
    local.stop()
    try:
        local.import_full(files.arguments(), database=database, report=report)
    finally:
        local.start()


def after_import(driver: neo4j.Driver, *, database: str, timeout_seconds: int = 600) -> None:
    """The empty lists the importer cannot write, then the schema (``ensure_schema``'s constraints
    and indexes), and every index online before the first query.

    The lists come first, while no index covers them. The constraints and indexes are created in
    one transaction, and waited for once: each constraint populates its index as it is created,
    the other indexes are populated together after the commit. ``ensure_schema``'s backfill of
    evidence pair keys is not needed: every imported evidence node has its ``pair``.
    """
    with driver_errors(), driver.session(database=database) as session:
        for statement in FILL_EMPTY_LISTS:
            session.run(statement).consume()
        with session.begin_transaction() as tx:
            for statement in (*CONSTRAINTS, *INDEXES):
                tx.run(statement).consume()
            tx.commit()
        session.run(AWAIT_INDEXES, seconds=timeout_seconds).consume()
