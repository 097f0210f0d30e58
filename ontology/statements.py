"""Ontology-typed statements: what loaders produce and graph stores.

Plain frozen dataclasses, so extraction stays a pure function of a document
and its output can cross process boundaries (pickling) unchanged.
"""

from __future__ import annotations

import builtins
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from pactgraph.ontology.vocabulary import (
    ACTOR_TYPES,
    DATE_PRECISIONS,
    ENTITY_TYPES,
    EVENT_TYPES,
    RELATIONS,
    STATUSES,
)


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Fold case, accents, punctuation and a leading "the" for matching names.

    Kept for the names met most (a bulk load folds the same entities once per document).
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'").replace("'s ", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def slug(text: str) -> str:
    """A stable, readable id fragment: ``Hayat Tahrir al-Sham`` -> ``hayat-tahrir-al-sham``."""
    return re.sub(r"\s+", "-", normalise(text).replace("_", " ")) or "x"


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable hex digest of the parts (used for document, evidence and event ids)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor, agreement or place, with a stable id shared across documents."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    #: Agreements only: ceasefire, truce, peace agreement, memorandum, ...
    kind: str | None = None
    #: Agreements only: the ISO date (or month/year prefix) it was struck.
    date: str | None = None
    #: Agreements only: in force, violated, collapsed, terminated, ...
    status: str | None = None

    def __post_init__(self) -> None:
        if self.type not in ENTITY_TYPES:
            raise ValueError(f"entity {self.name!r}: unknown type {self.type!r}")

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "name": self.name, "type": self.type,
                                  "aliases": list(self.aliases)}
        for key in ("wikidata", "kind", "date", "status"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement comes from: ``body[start:end] == sentence``."""

    doc: str
    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Relation:
    """One extracted statement ``subject predicate object`` with its evidence."""

    subject: Entity
    predicate: str
    object: Entity
    evidence: Evidence
    status: str = "asserted"
    confidence: float = 0.8
    #: The date the statement is reported for (usually the document date).
    date: str | None = None

    def __post_init__(self) -> None:
        if self.predicate not in RELATIONS:
            raise ValueError(f"unknown predicate {self.predicate!r}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")

    @property
    def id(self) -> str:
        """Stable per (document, sentence, subject, predicate, object, status)."""
        return short_hash(self.evidence.doc, str(self.evidence.start), self.subject.id,
                          self.predicate, self.object.id, self.status)

    def as_json(self, doc_name: str) -> dict[str, builtins.object]:
        return {
            "doc": doc_name,
            "subject": self.subject.as_json(),
            "predicate": self.predicate,
            "object": self.object.as_json(),
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "date": self.date,
            "evidence": {"sentence": self.evidence.sentence, "start": self.evidence.start,
                         "end": self.evidence.end, "rule": self.evidence.rule},
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Something a sentence says happened: its type, roles, date, tolls and who reports it."""

    type: str
    #: The word or phrase that names the event ("air raids", "met", "condemned").
    trigger: str
    #: Offset of the trigger in the document body.
    trigger_start: int
    evidence: Evidence
    agents: tuple[Entity, ...] = ()
    targets: tuple[Entity, ...] = ()
    place: Entity | None = None
    #: An ISO prefix (``2019-04-30``, ``2019-04``, ``2019``) of ``date_precision``.
    date: str | None = None
    date_precision: str | None = None
    #: People killed or displaced, when the text gives a number ("at least 39" -> 39).
    killed: int | None = None
    displaced: int | None = None
    #: Who the text attributes the report to ("the UN says", "according to the WHO").
    reported_by: Entity | None = None
    status: str = "asserted"

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}; expected one of {', '.join(EVENT_TYPES)}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if (self.date is None) != (self.date_precision is None) or (
                self.date_precision is not None and self.date_precision not in DATE_PRECISIONS):
            raise ValueError(f"event date {self.date!r} with precision {self.date_precision!r}")
        for role, entities in (("agent", self.agents), ("target", self.targets),
                               ("reporter", (self.reported_by,) if self.reported_by else ())):
            for entity in entities:
                if entity.type not in ACTOR_TYPES:
                    raise ValueError(f"event {role} {entity.name!r} is a {entity.type}, not an actor")
        if self.place is not None and self.place.type != "Place":
            raise ValueError(f"event place {self.place.name!r} is a {self.place.type}, not a Place")
        for count in (self.killed, self.displaced):
            if count is not None and count < 0:
                raise ValueError(f"negative count {count}")

    @property
    def id(self) -> str:
        """Stable per (document, sentence, type, trigger offset)."""
        return short_hash(self.evidence.doc, str(self.evidence.start), self.type, str(self.trigger_start))

    def as_json(self, doc_name: str) -> dict[str, object]:
        return {
            "doc": doc_name,
            "id": self.id,
            "type": self.type,
            "trigger": self.trigger,
            "agents": [e.as_json() for e in self.agents],
            "targets": [e.as_json() for e in self.targets],
            "place": self.place.as_json() if self.place else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "killed": self.killed,
            "displaced": self.displaced,
            "reported_by": self.reported_by.as_json() if self.reported_by else None,
            "status": self.status,
            "evidence": {"sentence": self.evidence.sentence, "start": self.evidence.start,
                         "end": self.evidence.end, "rule": self.evidence.rule},
        }


@dataclass(frozen=True, slots=True)
class Document:
    """A news document: its body and what its header says."""

    id: str
    name: str
    body: str
    date: str | None = None
    title: str | None = None
    #: Where it came from as stored and published (``pg:source``): the file's path relative to
    #: the folder the user ingested, or its name; never an absolute path.
    source: str | None = None
    #: The path it was read from, as the user gave it: for messages only, never stored.
    path: str | None = field(default=None, compare=False)

    @staticmethod
    def make_id(body: str) -> str:
        """Documents are identified by content, so re-ingesting one changes nothing."""
        return short_hash(body, length=24)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read out of one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    events: tuple[Event, ...] = ()
