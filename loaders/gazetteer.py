"""Known states and intergovernmental bodies, and the words news uses for them.

The tables in ``loaders/data`` (``states.tsv``, ``organizations.tsv``, described
in ``loaders/data/README.md``) list every state and the main international
bodies with their names, aliases, demonyms ("Turkish" -> Turkey) and capitals or
seats of power ("the Kremlin" -> Russia). The extractor asks this module what a
surface form may refer to; deciding from context whether "Moscow" is the
Russian government or the city, or whether "Jordan" is the state or a person,
stays the extractor's job. ``GazEntry.ambiguous`` names the forms that need
more context than usual.

``lookup`` tries the surface exactly as written, then its normalised form
(``ontology.statements.normalise``: case, accents, punctuation, a leading
"the"). The normalised step keeps the case shape of proper nouns: it never
turns a lower-case word into a name ("turkey", "chad") nor a capitalised word
into an acronym ("Who", "Us", "Car"), so an acronym form only matches a
surface with no lower-case letter, and a capitalised form only a surface with
an upper-case letter.

Errors: ``GazetteerError(source, reason)``, a child of ``PactgraphError``, when a
table row is malformed (the message names the table and row).
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from pactgraph.ontology.errors import PactgraphError
from pactgraph.ontology.statements import normalise

STATE: Final = "State"
ORGANIZATION: Final = "Organization"
TYPES: Final = (STATE, ORGANIZATION)
#: How a surface form names its entry, strongest first.
FORMS: Final = ("name", "alias", "demonym", "capital")
TABLES: Final = ("states.tsv", "organizations.tsv")

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_QID = re.compile(r"Q[1-9][0-9]*")
_RANK = {form: i for i, form in enumerate(FORMS)}

# What the normalised step asks of a surface's case, by the shape of the form it matched.
_ANY, _NEEDS_UPPER, _NO_LOWER = 0, 1, 2


class GazetteerError(PactgraphError):
    """A gazetteer table row is malformed."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True, slots=True)
class GazEntry:
    """A known state or international body."""

    id: str
    name: str
    type: str
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    #: Forms of this entry that are also common words or other common names.
    ambiguous: frozenset[str]

    def forms(self) -> Iterator[tuple[str, str]]:
        """Every ``(surface, form kind)`` of the entry, strongest kind first."""
        yield self.name, "name"
        for kind, surfaces in (
            ("alias", self.aliases),
            ("demonym", self.demonyms),
            ("capital", self.capitals),
        ):
            for surface in surfaces:
                yield surface, kind


@dataclass(frozen=True, slots=True)
class GazHit:
    """One reading of a surface form: the entry and how the form names it."""

    entry: GazEntry
    #: ``name``, ``alias``, ``demonym`` (an adjective or people form) or ``capital``
    #: (a capital or seat of power, which may also be just a place).
    form: str


def _case_need(form: str) -> int:
    if not any(c.isupper() for c in form):
        return _ANY
    return _NO_LOWER if not any(c.islower() for c in form) else _NEEDS_UPPER


def _fits(need: int, surface: str) -> bool:
    if need == _NO_LOWER:
        return not any(c.islower() for c in surface)
    if need == _NEEDS_UPPER:
        return any(c.isupper() for c in surface)
    return True


def _best_per_entry(hits: Iterable[GazHit]) -> tuple[GazHit, ...]:
    """One hit per entry (its strongest form), in table order."""
    best: dict[str, GazHit] = {}
    for hit in hits:
        kept = best.get(hit.entry.id)
        if kept is None or _RANK[hit.form] < _RANK[kept.form]:
            best[hit.entry.id] = hit
    return tuple(best.values())


def _split(value: str | None) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in (value or "").split("|"):
        item = item.strip()
        if item:
            seen.setdefault(item)
    return tuple(seen)


def entry_from_row(row: Mapping[str, str | None], source: str = "row") -> GazEntry:
    """A checked entry from one table row (``type`` defaults to ``State``)."""

    def field(key: str) -> str:
        return (row.get(key) or "").strip()

    entry_id, name = field("id"), field("name")
    where = f"{source} ({entry_id or name or '?'})"
    if not _SLUG.fullmatch(entry_id):
        raise GazetteerError(where, f"id {entry_id!r} is not a slug (lowercase letters, digits, hyphens)")
    if not name:
        raise GazetteerError(where, "name is empty")
    entry_type = field("type") or STATE
    if entry_type not in TYPES:
        raise GazetteerError(where, f"type {entry_type!r} is not one of {', '.join(TYPES)}")
    qid = field("wikidata") or None
    if qid is not None and not _QID.fullmatch(qid):
        raise GazetteerError(where, f"wikidata {qid!r} is not a QID like Q159")
    entry = GazEntry(
        id=entry_id,
        name=name,
        type=entry_type,
        wikidata=qid,
        aliases=_split(row.get("aliases")),
        demonyms=_split(row.get("demonyms")),
        capitals=_split(row.get("capitals")),
        ambiguous=frozenset(_split(row.get("ambiguous"))),
    )
    unknown = entry.ambiguous - {surface for surface, _ in entry.forms()}
    if unknown:
        raise GazetteerError(where, f"ambiguous lists forms the entry does not have: {sorted(unknown)}")
    return entry


class Gazetteer:
    """An immutable index of known actors by surface form; lookups are dictionary lookups."""

    __slots__ = ("entries", "_by_id", "_exact", "_folded")

    entries: tuple[GazEntry, ...]
    _by_id: Mapping[str, GazEntry]
    _exact: Mapping[str, tuple[GazHit, ...]]
    _folded: Mapping[str, tuple[tuple[GazHit, int], ...]]

    def __init__(self, entries: Iterable[GazEntry]) -> None:
        entries = tuple(entries)
        by_id: dict[str, GazEntry] = {}
        exact: dict[str, list[GazHit]] = {}
        folded: dict[str, list[tuple[GazHit, int]]] = {}
        for entry in entries:
            if entry.id in by_id:
                raise GazetteerError(entry.id, "the id is used twice")
            by_id[entry.id] = entry
            for surface, kind in entry.forms():
                hit = GazHit(entry, kind)
                exact.setdefault(surface, []).append(hit)
                key = normalise(surface)
                if key:
                    folded.setdefault(key, []).append((hit, _case_need(surface)))
        set_ = object.__setattr__
        set_(self, "entries", entries)
        set_(self, "_by_id", MappingProxyType(by_id))
        set_(self, "_exact", MappingProxyType({k: _best_per_entry(v) for k, v in exact.items()}))
        set_(self, "_folded", MappingProxyType({k: tuple(v) for k, v in folded.items()}))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self.entries)} entries>"

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The tables shipped in ``loaders/data``, loaded once per process."""
        data = importlib.resources.files("pactgraph.loaders") / "data"
        entries: list[GazEntry] = []
        for table in TABLES:
            lines = (data / table).read_text(encoding="utf-8").splitlines()
            reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            entries.extend(entry_from_row(row, f"{table}:{reader.line_num}") for row in reader)
        return cls(entries)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str | None]]) -> Gazetteer:
        """A gazetteer from rows shaped like the tables' (``|`` between list items)."""
        return cls(entry_from_row(row, f"row {i}") for i, row in enumerate(rows, 1))

    def get(self, id: str) -> GazEntry | None:  # noqa: A002 - the API's name for the entry id
        """The entry with this id, or None."""
        return self._by_id.get(id)

    def lookup(self, surface: str) -> tuple[GazHit, ...]:
        """Every entry the surface may name, one hit per entry; ``()`` when none.

        Exact (case-sensitive) matches win; otherwise the normalised form is
        tried, keeping the case shape of names and acronyms (see the module doc).
        """
        hits = self._exact.get(surface)
        if hits:
            return hits
        candidates = self._folded.get(normalise(surface))
        if not candidates:
            return ()
        return _best_per_entry(hit for hit, need in candidates if _fits(need, surface))

    def surface_forms(self) -> Iterator[tuple[str, GazHit]]:
        """Every surface form as written in the tables, with its hit (for a PhraseMatcher)."""
        for entry in self.entries:
            for surface, kind in entry.forms():
                yield surface, GazHit(entry, kind)
