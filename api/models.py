"""Response models of the HTTP API (every route declares one)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from pactgraph.ontology.vocabulary import StatusName

_ACTOR_EXAMPLE: JsonDict = {"id": "turkey", "name": "Turkey", "type": "State",
                             "aliases": ["Ankara", "Turkish"], "wikidata": "Q43"}
_BACKED_EXAMPLE: JsonDict = {"id": "national-liberation-front", "name": "National Liberation Front",
                   "type": "ArmedGroup", "aliases": ["NLF"], "wikidata": None}
_EVIDENCE_EXAMPLE: JsonDict = {
    "document": "00_idlib_2019.txt", "document_id": "5c1e0b6f2d9a4e7b8c3d1f20", "date": "2019-05-06",
    "sentence": "A senior commander in the Turkey-backed National Liberation Front, an armed opposition "
                "group in the north-west, said: ...",
    "status": "asserted", "start": 1234, "end": 1301, "rule": "backed-compound", "confidence": 0.9,
    "predicate": "backs",
}


class ErrorDetail(BaseModel):
    code: str = Field(description="A stable, machine-readable error code.", examples=["not_found"])
    message: str = Field(description="What went wrong, naming the input.", examples=["no actor with id 'x'"])


class ErrorBody(BaseModel):
    """The one shape of every error answer."""

    model_config = ConfigDict(json_schema_extra={
        "examples": [{"error": {"code": "not_found", "message": "no actor with id 'narnia'"}}]})
    error: ErrorDetail


class EntityRef(BaseModel):
    """An actor, agreement or place, as it appears inside other answers."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ACTOR_EXAMPLE]})
    id: str
    name: str
    type: str | None = None
    aliases: list[str] = []
    wikidata: str | None = None


class EvidenceOut(BaseModel):
    """One sentence that states a relation: ``body[start:end]`` of the document is the sentence."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EVIDENCE_EXAMPLE]})
    document: str = Field(description="The document's file name.")
    document_id: str
    date: str | None = Field(None, description="The document's date (ISO).")
    sentence: str
    status: StatusName
    start: int
    end: int
    rule: str | None = None
    confidence: float | None = None
    predicate: str | None = None


class RelationSummary(BaseModel):
    """Summary of the typed relationship (null when no evidence asserts it)."""

    evidence_count: int | None = None
    sources: list[str] | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    confidence: float | None = None


class BackingRow(RelationSummary):
    backer: EntityRef
    backed: EntityRef
    predicate: str = "backs"
    matched: MatchedSummary | None = None
    evidence: list[EvidenceOut]


class BackingPage(BaseModel):
    """Who backs whom, each pair with its sentences."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [{
        "backer": _ACTOR_EXAMPLE, "backed": _BACKED_EXAMPLE, "evidence_count": 1,
        "sources": ["00_idlib_2019.txt"], "first_seen": "2019-05-06", "last_seen": "2019-05-06",
        "confidence": 0.9, "evidence": [_EVIDENCE_EXAMPLE]}], "count": 1}]})
    data: list[BackingRow]
    count: int = Field(description="Matches in all, before limit and offset.")


class ActorPage(BaseModel):
    """Actors whose name or an alias matches."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [_ACTOR_EXAMPLE], "count": 1}]})
    data: list[EntityRef]
    count: int = Field(description="Matches in all, before limit and offset.")


class ActorRelation(RelationSummary):
    direction: Literal["out", "in", "both"] = Field(
        description="out: this actor is the subject; in: the object; both: a symmetric relation.")
    other: EntityRef
    evidence: list[EvidenceOut]


class ActorDetail(EntityRef):
    """One actor and its relations, grouped by predicate."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        **_ACTOR_EXAMPLE, "types_seen": ["State"], "relations": {"backs": [{
            "direction": "out", "other": _BACKED_EXAMPLE, "evidence_count": 1,
            "sources": ["00_idlib_2019.txt"], "first_seen": "2019-05-06", "last_seen": "2019-05-06",
            "confidence": 0.9, "evidence": [_EVIDENCE_EXAMPLE]}]},
        "relation_counts": {"backs": 1}}]})
    types_seen: list[str] = Field([], description="Every type a document gave this actor.")
    relations: dict[str, list[ActorRelation]] = Field(description=(
        "By predicate: at most `per_predicate` relations, those with the most evidence first kept, "
        "listed by direction and the other end's name."))
    relation_counts: dict[str, int] = Field({}, description=(
        "By predicate: how many relations the actor has (more than `relations` lists when a "
        "predicate has more than `per_predicate`; `/relations?actor=…&predicate=…` pages through them all)."))


class AgreementRow(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    kind: str | None = None
    date: str | None = None
    status: str | None = None
    parties: list[EntityRef]
    brokers: list[EntityRef]
    zones: list[EntityRef]
    evidence_count: int = Field(0, description="Asserted statements about the agreement; `evidence` "
                                "lists the first 5 by date (200 on `/agreements/{id}`).")
    evidence: list[EvidenceOut]


class AgreementPage(BaseModel):
    """Agreements with their parties, brokers, zones and sentences."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [{
        "id": "sochi-agreement", "name": "Sochi agreement", "aliases": ["Sochi deal"], "kind": "truce",
        "date": "2018-09-17", "status": "violated", "parties": [],
        "brokers": [{"id": "russia", "name": "Russia", "type": "State", "aliases": ["Moscow"]},
                    _ACTOR_EXAMPLE],
        "zones": [{"id": "idlib", "name": "Idlib", "type": "Place", "aliases": []}], "evidence_count": 1,
        "evidence": [{**_EVIDENCE_EXAMPLE, "predicate": "brokered",
                      "sentence": "Syria's worst violence in more than a year is undermining a fragile "
                                  "truce brokered by Russia and Turkey, ..."}]}], "count": 1}]})
    data: list[AgreementRow]
    count: int = Field(description="Matches in all, before limit and offset.")


class DatabaseStatus(BaseModel):
    status: Literal["up", "down"]
    database: str
    message: str | None = None
    nodes: int | None = None
    relationships: int | None = None


class Health(BaseModel):
    """Whether the service answers and whether Neo4j does."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "ok", "version": "0.1.0",
        "database": {"status": "up", "database": "neo4j", "nodes": 120, "relationships": 340}}]})
    status: Literal["ok", "degraded"]
    version: str
    database: DatabaseStatus


class MatchedSummary(BaseModel):
    """What the evidence that passed the request's filters (status, dates) amounts to."""

    evidence_count: int
    sources: list[str] = Field(description="Distinct documents of that evidence.")
    first_seen: str | None = None
    last_seen: str | None = None


_MATCHED_EXAMPLE: JsonDict = {"evidence_count": 1, "sources": ["00_idlib_2019.txt"],
                               "first_seen": "2019-05-06", "last_seen": "2019-05-06"}


class RelationRow(RelationSummary):
    """One related pair; the summary fields describe all asserted evidence, ``matched`` the filtered."""

    predicate: str = Field(description="The ontology's relation name.", examples=["backs"])
    subject: EntityRef
    object: EntityRef
    matched: MatchedSummary
    evidence: list[EvidenceOut]


class RelationPage(BaseModel):
    """Related pairs, most evidence first, each with its sentences."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [{
        "predicate": "backs", "subject": _ACTOR_EXAMPLE, "object": _BACKED_EXAMPLE, "evidence_count": 1,
        "sources": ["00_idlib_2019.txt"], "first_seen": "2019-05-06", "last_seen": "2019-05-06",
        "confidence": 0.9, "matched": _MATCHED_EXAMPLE, "evidence": [_EVIDENCE_EXAMPLE]}], "count": 1}]})
    data: list[RelationRow]
    count: int = Field(description="Matches in all, before limit and offset.")


BackingRow.model_rebuild()


class EventRole(BaseModel):
    """Who or where an event involves: ``role`` is agent, target, place or reported_by."""

    role: Literal["agent", "target", "place", "reported_by"]
    id: str
    name: str
    type: str | None = None


class EventEvidence(BaseModel):
    """The sentence that reports an event: ``body[start:end]`` of the document."""

    document: str
    document_id: str
    date: str | None = Field(None, description="The document's date (ISO).")
    sentence: str
    start: int
    end: int
    rule: str | None = None


_EVENT_EXAMPLE: JsonDict = {
    "id": "0c5f3f0e9b1d2a44", "type": "assault", "trigger": "air strikes", "date": "2019-04",
    "date_precision": "month", "killed": None, "displaced": None, "status": "asserted",
    "roles": [{"role": "place", "id": "idlib", "name": "Idlib", "type": "Place"},
              {"role": "agent", "id": "russia", "name": "Russia", "type": "State"}],
    "evidence": {"document": "00_idlib_2019.txt", "document_id": "5c1e0b6f2d9a4e7b", "date": "2019-05-06",
                 "sentence": "Since late April, Syrian and Russian air strikes have hit ... Idlib ...",
                 "start": 310, "end": 452, "rule": "event:assault"}}


class EventRow(BaseModel):
    """One event read out of a sentence; ``status`` other than asserted: planned, alleged or denied."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EVENT_EXAMPLE]})
    id: str
    type: str = Field(description="assault, fight, consult, agree, aid, protest, accuse, coerce, displace.")
    trigger: str | None = None
    date: str | None = Field(None, description="The event's own date, an ISO prefix, when the text gives it.")
    date_precision: Literal["day", "month", "year"] | None = None
    killed: int | None = None
    displaced: int | None = None
    status: StatusName
    roles: list[EventRole]
    evidence: EventEvidence


class EventPage(BaseModel):
    """Events, latest first, with their roles and sentences."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [_EVENT_EXAMPLE], "count": 1}]})
    data: list[EventRow]
    count: int = Field(description="Matches in all, before limit and offset.")


class CandidateViolation(EventRow):
    """An event at a zone the agreement governs (or a place inside one), on or after its date: a lead to
    check, not a finding."""

    zone: EntityRef


class AgreementDetail(AgreementRow):
    """One agreement, with the events that may have broken it."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "sochi-deal-d6b7db82", "name": "Sochi deal", "aliases": ["Sochi truce"], "kind": "truce",
        "date": "2018-09", "status": None, "parties": [], "brokers": [_ACTOR_EXAMPLE],
        "zones": [{"id": "idlib", "name": "Idlib", "type": "Place", "aliases": []}], "evidence_count": 1,
        "evidence": [{**_EVIDENCE_EXAMPLE, "predicate": "governs"}], "violations_since": "2018-09",
        "candidate_violations": [{
            **_EVENT_EXAMPLE, "zone": {"id": "idlib", "name": "Idlib", "type": "Place", "aliases": []}}]}]})
    violations_since: str | None = Field(
        description="Events on or after this date count: the agreement's date, else the date of the first "
                    "document that mentions it; null when neither is known (then no candidates).")
    candidate_violations: list[CandidateViolation]


class PathStep(RelationSummary):
    """One relation on a path, as stored: it may run against the path's direction."""

    predicate: str
    subject: str = Field(description="Id of the relation's subject.")
    object: str = Field(description="Id of the relation's object.")
    evidence: list[EvidenceOut]


class PathRow(BaseModel):
    length: int = Field(description="Number of steps.")
    nodes: list[EntityRef] = Field(description="From the source to the target.")
    steps: list[PathStep] = Field(description="steps[i] links nodes[i] and nodes[i + 1].")


class PathPage(BaseModel):
    """The shortest chains of asserted relations between two entities, shortest first."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"data": [{
        "length": 1, "nodes": [{"id": "russia", "name": "Russia", "type": "State", "aliases": ["Moscow"]},
                               {"id": "syria", "name": "Syria", "type": "State", "aliases": ["Damascus"]}],
        "steps": [{"predicate": "backs", "subject": "russia", "object": "syria", "evidence_count": 2,
                   "sources": ["00_idlib_2019.txt", "01_syria_northeast_2019.txt"],
                   "first_seen": "2019-05-06", "last_seen": "2019-10-23", "confidence": 0.9,
                   "evidence": [{**_EVIDENCE_EXAMPLE, "sentence": "Moscow and Tehran back the regime of "
                                 "President Bashar al-Assad, while Ankara supports anti-Assad rebels."}]}]}],
        "count": 1}]})
    data: list[PathRow]
    count: int = Field(description="Shortest paths in all, before limit and offset.")


class DocumentIn(BaseModel):
    """A news document to extract and store; ``text`` may open with a ``date YYYY-MM-DD`` line."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "name": "tembora_2021.txt", "date": "2021-03-18", "title": "Oronde and Tembora sign accord",
        "text": "Moscow and Tehran back the regime of President Bashar al-Assad, while Ankara supports "
                "anti-Assad rebels."}]})
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f/\\]+$",
                      description="The document's file name, as evidence will cite it.")
    text: str = Field(min_length=1, max_length=1_000_000, description="The document, plain text.")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                             description="Publication date; overrides a `date` header line in the text.")
    title: str | None = Field(None, max_length=500)


class DocumentRef(BaseModel):
    id: str = Field(description="A hash of the body: the same text is the same document.")
    name: str
    date: str | None = None
    title: str | None = None


class DocumentStored(BaseModel):
    """What storing a document read and added (storing the same text again adds nothing)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "document": {"id": "2f6c0c3c9e1b4a7d", "name": "tembora_2021.txt", "date": "2021-03-18",
                     "title": "Oronde and Tembora sign accord"},
        "created": True, "relations": 2, "evidence": 2, "events": 0, "nodes_created": 5,
        "relationships_created": 8}]})
    document: DocumentRef
    created: bool = Field(description="False when the graph already held this text.")
    relations: int = Field(description="Typed relationships the document asserts.")
    evidence: int = Field(description="Statements read out of its sentences, whatever their status.")
    events: int
    nodes_created: int
    relationships_created: int


class CypherIn(BaseModel):
    """A read-only Cypher query; values travel in ``params`` (``$name`` in the query)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "query": "MATCH (s:Actor)-[r:BACKS]->(o:Actor {id: $id}) "
                 "RETURN s.name AS backer, r.sources AS sources",
        "params": {"id": "syria"}, "limit": 100}]})
    query: str = Field(min_length=1, max_length=20_000)
    params: dict[str, Any] = Field(default_factory=dict, description="Query parameters (JSON values).")
    limit: int = Field(1000, ge=1, le=100_000, description="At most this many rows (and at most the server's "
                                                          "PACTGRAPH_CYPHER_MAX_ROWS).")


class CypherResult(BaseModel):
    """Rows of a read-only query: nodes as ``{labels, properties}``, relationships as
    ``{type, properties, start, end}`` (ids of their ends), paths as ``{nodes, relationships}``."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "columns": ["backer", "sources"],
        "data": [{"backer": "Russia", "sources": ["00_idlib_2019.txt", "01_syria_northeast_2019.txt"]},
                 {"backer": "Iran", "sources": ["00_idlib_2019.txt"]}],
        "count": 2, "truncated": False}]})
    columns: list[str]
    data: list[dict[str, Any]]
    count: int = Field(description="Rows returned.")
    truncated: bool = Field(description="True when the query had more rows than the limit.")
