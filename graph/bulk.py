"""A first load without transactions: the writer's rows as CSV, for ``neo4j-admin database import full``.

``pactgraph ingest --bulk`` into an empty local database. :class:`BulkGraph` takes extractions in
order and folds the rows :mod:`graph.writer` would send (its own row builders) the way the
writer's Cypher merges them, in Python: the first document names and types an entity, every
other name becomes an alias, ``types_seen``, ``keys`` and ``aliases`` grow in order of first
appearance, ``wikidata``, an agreement's ``kind`` and ``date`` keep the first value given and its
``status`` the last, and each typed relationship's summary (``evidence_count``, ``sources``,
``first_seen``, ``last_seen``, ``confidence``) is counted from the asserted evidence of its pair
as ``graph.queries._RECOUNT`` counts it. :meth:`BulkGraph.write_csv` writes one file per kind of
node and relationship with the importer's typed headers; :func:`import_arguments` names them for
the importer, which :meth:`graph.local.LocalNeo4j.import_full` runs with the server stopped.
The schema (constraints and indexes) is created afterwards by ``ensure_schema``, and
``FILL_EMPTY_LISTS`` gives back the empty lists the importer cannot write.

Documents are taken once each (the caller skips a text already read, as ``pactgraph ingest``
does), so a statement's or an event's id, a hash of its document's id among other things, is
never met twice.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import neo4j

from graph import queries
from graph.schema import driver_errors, ensure_schema
from graph.writer import (
    Row,
    document_row,
    entity_rows,
    event_role_rows,
    event_rows,
    evidence_rows,
    relation_rows,
)
from ontology.statements import Extraction
from ontology.vocabulary import relationship_type

if TYPE_CHECKING:
    from graph.local import LocalNeo4j

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


@dataclass
class _Pair:
    """The asserted evidence of one typed relationship, summarised as it comes."""

    evidence: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    first_seen: str | None = None
    last_seen: str | None = None
    confidence: float | None = None


@dataclass
class BulkGraph:
    """The graph ``write_extractions`` would build from the same extractions, as rows."""

    documents: dict[str, Row] = field(default_factory=dict)
    #: (general label, id) -> node properties (``labels`` for actors: the specific label).
    entities: dict[tuple[str, str], Row] = field(default_factory=dict)
    evidence: dict[str, Row] = field(default_factory=dict)
    #: (evidence id, SUBJECT|OBJECT, label, id) and (evidence id, IN_DOCUMENT, Document, document id).
    evidence_links: set[tuple[str, str, str, str]] = field(default_factory=set)
    #: (relationship type, subject label, subject id, object label, object id) -> pair key.
    relations: dict[tuple[str, str, str, str, str], str] = field(default_factory=dict)
    events: dict[str, Row] = field(default_factory=dict)
    #: (event id, relationship type, label, id): roles and IN_DOCUMENT.
    event_links: set[tuple[str, str, str, str]] = field(default_factory=set)
    #: Each document's name and date, for the summaries.
    _doc_names: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: Every asserted statement's (pair, evidence id, document id, confidence), in order.
    _asserted: list[tuple[str, str, str, float]] = field(default_factory=list)
    relations_read: int = 0

    def add(self, extraction: Extraction) -> None:
        """Fold one document's rows in, after those of the documents added before it."""
        doc = document_row(extraction)
        self.documents[doc["id"]] = doc
        self._doc_names[doc["id"]] = (doc["name"], doc["date"])
        self.relations_read += len(extraction.relations)
        for rows in entity_rows(extraction).values():
            for row in rows:
                self._merge_entity(row)
        for (s_label, o_label), rows in evidence_rows(extraction).items():
            for row in rows:
                self.evidence[row["id"]] = {"id": row["id"], **dict(zip(
                    _names(NODE_COLUMNS["Evidence"]), _values(row, NODE_COLUMNS["Evidence"]), strict=True))}
                self.evidence_links.update((
                    (row["id"], "SUBJECT", s_label, row["subject_id"]),
                    (row["id"], "OBJECT", o_label, row["object_id"]),
                    (row["id"], "IN_DOCUMENT", "Document", doc["id"]),
                ))
                if row["status"] == "asserted":
                    self._asserted.append((row["pair"], row["id"], doc["id"], row["confidence"]))
        for (predicate, s_label, o_label), rows in relation_rows(extraction).items():
            rel = relationship_type(predicate)
            for row in rows:
                self.relations[(rel, s_label, row["subject_id"], o_label, row["object_id"])] = row["pair"]
        for row in event_rows(extraction):
            self.events[row["id"]] = {key: value for key, value in row.items() if key != "roles"}
            self.event_links.add((row["id"], "IN_DOCUMENT", "Document", doc["id"]))
        for role, rows in event_role_rows(extraction).items():
            rel, label = queries.EVENT_ROLES[role]
            for row in rows:
                self.event_links.add((row["event_id"], rel, label, row["entity_id"]))

    def _merge_entity(self, row: Row) -> None:
        """``MERGE_ACTORS`` / ``merge_entities`` on one row, in Python."""
        label = queries.general_label(row["type"])
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
        for alias in (*row["aliases"], row["name"]):
            if alias != node["name"] and alias not in node["aliases"]:
                node["aliases"].append(alias)
        for key in row["keys"]:
            if key not in node["keys"]:
                node["keys"].append(key)
        node["wikidata"] = node["wikidata"] if node["wikidata"] is not None else row["wikidata"]
        if label == "Agreement":
            for prop in ("kind", "date"):
                node[prop] = node[prop] if node[prop] is not None else row[prop]
            node["status"] = row["status"] if row["status"] is not None else node["status"]

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Each pair's summary, as the writer's recount sets it on the typed relationship."""
        pairs: dict[str, _Pair] = defaultdict(_Pair)
        for pair_key, evidence_id, document_id, confidence in self._asserted:
            pair = pairs[pair_key]
            pair.evidence.add(evidence_id)
            name, date = self._doc_names[document_id]
            pair.sources.add(name)
            if date is not None:
                pair.first_seen = date if pair.first_seen is None else min(pair.first_seen, date)
                pair.last_seen = date if pair.last_seen is None else max(pair.last_seen, date)
            pair.confidence = confidence if pair.confidence is None else max(pair.confidence, confidence)
        return {key: {"evidence_count": len(pair.evidence),
                      "sources": sorted(pair.sources, key=_cypher_order),
                      "first_seen": pair.first_seen, "last_seen": pair.last_seen,
                      "confidence": pair.confidence}
                for key, pair in pairs.items()}

    @property
    def node_count(self) -> int:
        return len(self.documents) + len(self.entities) + len(self.evidence) + len(self.events)

    @property
    def relationship_count(self) -> int:
        return len(self.evidence_links) + len(self.relations) + len(self.event_links)

    # -- CSV ------------------------------------------------------------------------------------

    def write_csv(self, folder: Path) -> CsvFiles:
        """Write every node and relationship under ``folder``; what the importer is to read."""
        folder.mkdir(parents=True, exist_ok=True)
        files = CsvFiles(folder)
        actors = [node for (label, _), node in self.entities.items() if label == "Actor"]
        files.nodes("Actor", ("id:ID(Actor)", ":LABEL", *NODE_COLUMNS["Actor"]),
                    ([n["id"], ["Actor", n["type"]], *_values(n, NODE_COLUMNS["Actor"])] for n in actors))
        for label in ("Agreement", "Place"):
            nodes = [node for (kind, _), node in self.entities.items() if kind == label]
            files.nodes(label, (f"id:ID({label})", *NODE_COLUMNS[label]),
                        ([n["id"], *_values(n, NODE_COLUMNS[label])] for n in nodes))
        for label, by_id in (("Document", self.documents), ("Evidence", self.evidence),
                             ("Event", self.events)):
            files.nodes(label, (f"id:ID({label})", *NODE_COLUMNS[label]),
                        ([row["id"], *_values(row, NODE_COLUMNS[label])] for row in by_id.values()))
        for source, links in (("Evidence", self.evidence_links), ("Event", self.event_links)):
            grouped: dict[tuple[str, str], list[list[Any]]] = defaultdict(list)
            for start, rel, label, end in sorted(links):
                grouped[(rel, label)].append([start, end])
            for (rel, label), rows in sorted(grouped.items()):
                files.relationships(rel, (f":START_ID({source})", f":END_ID({label})"), rows)
        summaries = self.summaries()
        typed: dict[tuple[str, str, str], list[list[Any]]] = defaultdict(list)
        for (rel, s_label, s_id, o_label, o_id), pair in self.relations.items():
            typed[(rel, s_label, o_label)].append([s_id, o_id, *_values(summaries[pair], SUMMARY_COLUMNS)])
        for (rel, s_label, o_label), rows in sorted(typed.items()):
            files.relationships(rel, (f":START_ID({s_label})", f":END_ID({o_label})", *SUMMARY_COLUMNS), rows)
        return files


def _names(columns: Iterable[str]) -> list[str]:
    """Property names of typed columns: ``start:long`` -> ``start``."""
    return [column.partition(":")[0] for column in columns]


def _values(row: Row, columns: Iterable[str]) -> list[Any]:
    return [row[name] for name in _names(columns)]


def _field(value: Any) -> str:
    """One CSV field: None empty (no property), strings quoted (so "" is an empty string)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise BulkDataError(f"cannot write {value!r} as a number")
        return repr(value)
    if isinstance(value, list | tuple):
        for element in value:
            if ARRAY_DELIMITER in element:
                raise BulkDataError(f"list element {element!r} holds the array delimiter U+001F")
        value = ARRAY_DELIMITER.join(value)
    return '"' + str(value).replace('"', '""') + '"'


@dataclass
class CsvFiles:
    """The files written, as the importer's ``--nodes`` and ``--relationships`` arguments."""

    folder: Path
    node_args: list[str] = field(default_factory=list)
    relationship_args: list[str] = field(default_factory=list)
    #: Whether a value spans lines (the importer then reads fields across line ends, more slowly).
    multiline: bool = False
    rows: int = 0
    _count: int = 0

    def _write(self, stem: str, header: Iterable[str], rows: Iterable[list[Any]]) -> Path | None:
        self._count += 1
        path = self.folder / f"{self._count:02d}-{stem}.csv"
        written = 0
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write(",".join(header) + "\n")
            for row in rows:
                line = ",".join(_field(value) for value in row)
                if not self.multiline and ("\n" in line or "\r" in line):
                    self.multiline = True
                f.write(line + "\n")
                written += 1
        if not written:
            path.unlink()
            return None
        self.rows += written
        return path

    def nodes(self, label: str, header: Iterable[str], rows: Iterable[list[Any]]) -> None:
        path = self._write(label.lower(), header, rows)
        if path:
            # Actors name their labels in a column; the others take theirs from the argument.
            self.node_args.append(f"--nodes={path}" if label == "Actor" else f"--nodes={label}={path}")

    def relationships(self, rel: str, header: Iterable[str], rows: Iterable[list[Any]]) -> None:
        path = self._write(rel.lower(), header, rows)
        if path:
            self.relationship_args.append(f"--relationships={rel}={path}")

    def arguments(self) -> list[str]:
        """The importer's options for these files (the database name not included)."""
        return [*self.node_args, *self.relationship_args, "--array-delimiter=U+001F",
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
    """The schema (``ensure_schema``), the empty lists the importer cannot write, and every index
    online before the first query."""
    ensure_schema(driver, database=database)
    with driver_errors(), driver.session(database=database) as session:
        for statement in queries.FILL_EMPTY_LISTS:
            session.run(statement).consume()
        session.run(queries.AWAIT_INDEXES, seconds=timeout_seconds).consume()

