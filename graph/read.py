"""Questions the API and the CLI ask of the graph, answered as plain dicts.

Every function takes a driver and a database name. Names are matched on the
normalised ``keys`` the writer stores (``ontology.statements.normalise``:
case, accents, punctuation and a leading "the" folded), so "Assad regime",
"the regime" and "syrian-government" find the same actor. List answers are
``{"data": [...], "count": total}`` with ``limit``/``offset`` paging.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import neo4j

from pactgraph.graph.errors import InvalidParameter, NotFound
from pactgraph.graph.queries import events, reads
from pactgraph.graph.queries.schema import KEYS_INDEX, NODE_LABELS
from pactgraph.graph.schema import driver_errors
from pactgraph.ontology.dates import is_iso_date
from pactgraph.ontology.statements import normalise
from pactgraph.ontology.vocabulary import RELATIONS, STATUSES, SYMMETRIC, relationship_type

log = logging.getLogger(__name__)

#: Reads give up after this long without a server instead of the driver's default 30 s.
READ_RETRY_SECONDS = 5.0
#: Sentences returned per relation of ``get_actor``.
EVIDENCE_PER_RELATION = 10
#: Sentences returned per agreement by ``find_agreements`` (a list of up to 50: the first few by date, which
#: keeps a busy zone's page near 30 KB) and by ``get_agreement`` (``evidence_count`` has them all).
EVIDENCE_PER_AGREEMENT = 5
EVIDENCE_OF_ONE_AGREEMENT = 200
#: Relations of each predicate ``get_actor`` returns by default (those with the most evidence); the
#: rest page through ``find_relations(actor=..., predicate=...)``. An actor view of a hub is read in
#: the time its answer takes to build: 25 keeps the largest answers near 90 KB (100 gave 180 KB).
RELATIONS_PER_PREDICATE = 25

T = TypeVar("T")
Page = dict[str, Any]


class _InTransaction:
    """Stands for the driver inside one read transaction: the helpers below run their queries in it.

    ``scan_names``: look names up by scanning (the full-text index is not usable on this database).
    """

    __slots__ = ("tx", "scan_names")

    def __init__(self, tx: neo4j.ManagedTransaction, scan_names: bool) -> None:
        self.tx = tx
        self.scan_names = scan_names


def _one_transaction(function: Callable[..., T]) -> Callable[..., T]:
    """Run a read route's name lookups and its question in one read transaction.

    Each transaction costs a BEGIN and a COMMIT round trip besides its queries; a question that
    resolved two names and then asked paid for three. The decorated function gets an
    :class:`_InTransaction` as its driver, which ``_read`` (and so every helper) runs in. A
    database whose full-text index of names is missing or not online fails the lookup and with it
    the transaction: the whole read runs again with names looked up by scanning.
    """
    @functools.wraps(function)
    def wrapper(driver: Any, *args: Any, database: str, **kwargs: Any) -> T:
        if isinstance(driver, _InTransaction):
            return function(driver, *args, database=database, **kwargs)

        def attempt(scan_names: bool) -> T:
            return _read(driver, database, lambda tx: function(_InTransaction(tx, scan_names), *args,
                                                              database=database, **kwargs))
        try:
            return attempt(False)
        except neo4j.exceptions.ClientError as e:
            if KEYS_INDEX not in (e.message or ""):
                raise
            log.warning("no usable full-text index %s, names are looked up by scanning: %s",
                        KEYS_INDEX, e.message)
            return attempt(True)
    return wrapper


def _read(driver: neo4j.Driver, database: str, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
    if isinstance(driver, _InTransaction):
        return work(driver.tx)
    # Relationship types that no document has produced yet are normal, not worth a warning.
    with driver_errors(), driver.session(
        database=database, default_access_mode=neo4j.READ_ACCESS,
        max_transaction_retry_time=READ_RETRY_SECONDS,
        notifications_disabled_classifications=[neo4j.NotificationDisabledClassification.UNRECOGNIZED],
    ) as session:
        return session.execute_read(work)


def _single(driver: neo4j.Driver, database: str, query: str, params: dict[str, Any]) -> neo4j.Record | None:
    return _read(driver, database, lambda tx: tx.run(query, params).single())


def _all(driver: neo4j.Driver, database: str, query: str, params: dict[str, Any]) -> list[neo4j.Record]:
    return _read(driver, database, lambda tx: list(tx.run(query, params)))


def _page(limit: int, offset: int) -> dict[str, int]:
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    return {"limit": int(limit), "offset": int(offset)}


# --- names --------------------------------------------------------------------------------------


def _lookup(driver: neo4j.Driver, database: str, indexed: str, scan: str, value: str) -> list[neo4j.Record]:
    """Records of a name lookup: through the keys' full-text index, else (no index, or not online
    yet on a database an older version made) by reading every candidate node, as before the index.
    A blank key (a value of punctuation only) can match no key, so only the id is looked up."""
    key = normalise(value)
    params = {"id": value, "key": key, "phrase": reads.key_phrase(key) if key else '""'}
    if not key or (isinstance(driver, _InTransaction) and driver.scan_names):
        return _all(driver, database, scan, params)
    if isinstance(driver, _InTransaction):
        # Inside a transaction a failed query ends it: _one_transaction starts again by scanning.
        return _all(driver, database, indexed, params)
    try:
        return _all(driver, database, indexed, params)
    except neo4j.exceptions.ClientError as e:
        if KEYS_INDEX not in (e.message or ""):
            raise
        log.warning("no usable full-text index %s, names are looked up by scanning: %s",
                    KEYS_INDEX, e.message)
        return _all(driver, database, scan, params)


def resolve(driver: neo4j.Driver, name_or_id: str, *, label: str = "Actor", database: str) -> list[str]:
    """Ids of ``label`` nodes whose id, name or alias is ``name_or_id`` (best match first)."""
    records = _lookup(driver, database, reads.resolve_entities(label), reads.resolve_entities_scan(label),
                      name_or_id.strip())
    return [record["id"] for record in records]


def resolve_actor(driver: neo4j.Driver, name_or_id: str, *, database: str) -> list[str]:
    """Ids of actors called ``name_or_id`` (an id, a name or an alias; case and accents ignored)."""
    return resolve(driver, name_or_id, label="Actor", database=database)


def search_actors(driver: neo4j.Driver, q: str = "", *, database: str, limit: int = 20,
                  offset: int = 0) -> Page:
    """Actors whose name or an alias contains ``q``: exact name first, then alias, prefix, the rest."""
    record = _single(driver, database, reads.SEARCH_ACTORS, {"key": normalise(q), **_page(limit, offset)})
    return {"data": record["data"], "count": record["count"]} if record else {"data": [], "count": 0}


def get_actor(driver: neo4j.Driver, actor_id: str, *, database: str,
              evidence_per_relation: int = EVIDENCE_PER_RELATION,
              per_predicate: int = RELATIONS_PER_PREDICATE) -> dict[str, Any]:
    """One actor with its relations grouped by predicate; NotFound if no actor has this id.

    Of each predicate, the ``per_predicate`` relations with the most evidence (then by the other
    end's name); ``relation_counts`` says how many the actor has of each. Each relation:
    ``direction`` (``out``: this actor is the subject, ``in``: the object,
    ``both``: symmetric), the ``other`` end, ``evidence_count``, ``sources``,
    ``first_seen``, ``last_seen``, ``confidence`` and up to ``evidence_per_relation`` sentences.
    """
    def work(tx: neo4j.ManagedTransaction) -> tuple[neo4j.Record | None, list[neo4j.Record]]:
        actor = tx.run(reads.GET_ACTOR, {"id": actor_id}).single()
        if actor is None:
            return None, []
        # Only the ontology's relations: events point at actors too (AGENT, TARGET, ...).
        relations = list(tx.run(reads.ACTOR_RELATIONS, {
            "id": actor_id, "symmetric": sorted(SYMMETRIC), "per_relation": evidence_per_relation,
            "per_predicate": per_predicate, "labels": list(NODE_LABELS)}))
        return actor, relations

    actor, relations = _read(driver, database, work)
    if actor is None:
        raise NotFound("actor", actor_id)
    out = dict(actor["actor"])
    grouped: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    for record in relations:
        item = record.data()
        predicate = item.pop("predicate")
        counts[predicate] = item.pop("total")
        grouped.setdefault(predicate, []).append(item)
    out["relations"] = grouped
    out["relation_counts"] = counts
    return out


# --- relations ----------------------------------------------------------------------------------


def _statuses(status: str) -> list[str]:
    if status == "any":
        return list(STATUSES)
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)} or 'any'")
    return [status]


def _ids(driver: neo4j.Driver, value: str | None, label: str, database: str) -> list[str] | None:
    """None (no filter) for no value, else the ids it resolves to (possibly none)."""
    if value is None or not value.strip():
        return None
    return resolve(driver, value, label=label, database=database)


def _date(value: str | None, name: str) -> str | None:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD (None passes), else ValueError naming it."""
    if value is None:
        return None
    if not is_iso_date(value):
        raise InvalidParameter(name, f"expected a date YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
    return value


def _predicates(predicate: str | None) -> list[str]:
    if predicate is None:
        return list(RELATIONS)
    relationship_type(predicate)  # ValueError for a name outside the ontology
    return [predicate]


@_one_transaction
def find_relations(driver: neo4j.Driver, predicate: str | None = None, *, subject: str | None = None,
                   object: str | None = None, actor: str | None = None, status: str = "asserted",
                   valid_at: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   min_sources: int = 1, database: str, limit: int = 50, offset: int = 0) -> Page:
    """Pairs related by ``predicate`` (None: any relation) with evidence of ``status`` (or ``"any"``).

    ``subject``, ``object`` and ``actor`` (either end) are names, aliases or ids of actors,
    agreements or places. Only evidence from documents dated within ``date_from``..``date_to``
    counts (bounds at their own precision: ``date_to="2019"`` keeps all of 2019); a pair needs
    evidence from at least ``min_sources`` documents, and with ``valid_at`` the dates of that
    evidence must span it (first seen on or before, last seen on or after). A symmetric relation
    (``opposes``, ``allied_with``) is one row, its filtered end as ``subject``.

    Rows: ``{"predicate", "subject", "object", "evidence_count", "sources", "first_seen",
    "last_seen", "confidence", "matched", "evidence": [...]}``; the summary fields are those of
    the typed relationship (all asserted evidence, null when none), ``matched`` summarises the
    evidence that passed the filters, which is also what ``evidence`` lists.
    """
    if min_sources < 1:
        raise InvalidParameter("min_sources", "must be at least 1")
    params: dict[str, Any] = {
        "predicates": _predicates(predicate), "statuses": _statuses(status), "symmetric": sorted(SYMMETRIC),
        "valid_at": _date(valid_at, "valid_at"), "date_from": _date(date_from, "from"),
        "date_to": _date(date_to, "to"), "min_sources": int(min_sources), **_page(limit, offset),
        "subject_ids": _any_ids(driver, subject, database), "object_ids": _any_ids(driver, object, database),
        "either_ids": _any_ids(driver, actor, database),
    }
    if [] in (params["subject_ids"], params["object_ids"], params["either_ids"]):
        return {"data": [], "count": 0}
    query = reads.FIND_RELATIONS
    if summaries_answer(params):
        query = reads.find_relations_typed(tuple(params["predicates"]))
        params.update(labels=list(NODE_LABELS))
    records = _all(driver, database, query, params)
    count = records[0]["count"] if records else 0
    return {"data": [r["relation"] for r in records if r["relation"] is not None], "count": count}


def summaries_answer(params: dict[str, Any]) -> bool:
    """Whether the typed relationships' summaries answer a relation question
    (:func:`pactgraph.graph.queries.reads.find_relations_typed`).

    They summarise all asserted evidence, so: asserted only, no date window, and an end given.
    """
    return (params["statuses"] == ["asserted"] and params["date_from"] is None and params["date_to"] is None
            and any(params[key] is not None for key in ("subject_ids", "object_ids", "either_ids")))


def _any_ids(driver: neo4j.Driver, value: str | None, database: str) -> list[str] | None:
    """None (no filter) for no value, else the ids of any entity it names (possibly none)."""
    if value is None or not value.strip():
        return None
    records = _lookup(driver, database, reads.RESOLVE_ANY_ENTITY, reads.RESOLVE_ANY_ENTITY_SCAN,
                      value.strip())
    return [record["id"] for record in records]


@_one_transaction
def find_backing(driver: neo4j.Driver, *, backer: str | None = None, backed: str | None = None,
                 status: str = "asserted", database: str, limit: int = 50, offset: int = 0,
                 **filters: Any) -> Page:
    """Who backs whom: rows ``{"backer", "backed", "evidence": [...], ...}`` (names, aliases or ids).

    ``filters`` are those of :func:`find_relations` (``valid_at``, ``date_from``, ...).
    """
    page = find_relations(driver, "backs", subject=backer, object=backed, status=status,
                          database=database, limit=limit, offset=offset, **filters)
    for row in page["data"]:
        row["backer"] = row.pop("subject")
        row["backed"] = row.pop("object")
    return page


@_one_transaction
def find_agreements(driver: neo4j.Driver, *, zone: str | None = None, party: str | None = None,
                    broker: str | None = None, kind: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, zone_inside: bool = False, database: str, limit: int = 50,
                    offset: int = 0) -> Page:
    """Agreements with their kind, date, status, parties, brokers, zones and asserted evidence
    (the first ``EVIDENCE_PER_AGREEMENT`` sentences by date; ``evidence_count`` counts them all).

    ``zone`` is a place, ``party`` and ``broker`` actors, each by name, alias or id; ``kind`` one
    of the ontology's kinds; ``date_from``/``date_to`` bound the agreement's date, compared at the
    coarser precision of the two (an agreement of ``2018-09`` is within ``from=2018-09-17``).
    A zone matches the agreements that govern it or a place it lies in (Saraqeb: those of Idlib
    and of Syria) and, with ``zone_inside``, those that govern a place inside it.
    """
    zone_ids = _ids(driver, zone, "Place", database)
    if zone_ids:
        zone_ids = _all(driver, database, reads.EXPAND_ZONES, {"ids": zone_ids,
                                                               "inside": zone_inside})[0]["ids"]
    params: dict[str, Any] = {"ids": None, "kinds": [kind] if kind else None,
                              "date_from": _date(date_from, "from"), "date_to": _date(date_to, "to"),
                              "zone_ids": zone_ids,
                              "party_ids": _ids(driver, party, "Actor", database),
                              "broker_ids": _ids(driver, broker, "Actor", database), **_page(limit, offset),
                              "per_agreement": EVIDENCE_PER_AGREEMENT}
    if [] in (params["zone_ids"], params["party_ids"], params["broker_ids"]):
        return {"data": [], "count": 0}
    records = _all(driver, database, reads.FIND_AGREEMENTS, params)
    count = records[0]["count"] if records else 0
    return {"data": [r["agreement"] for r in records if r["agreement"] is not None], "count": count}


#: Event types that count as candidate violations of an agreement by default.
VIOLENT_EVENT_TYPES = ("assault", "fight")


def get_agreement(driver: neo4j.Driver, agreement_id: str, *, database: str,
                  types: tuple[str, ...] = VIOLENT_EVENT_TYPES, status: str = "asserted",
                  limit: int = 100) -> dict[str, Any]:
    """One agreement (as in :func:`find_agreements`) with its candidate violations; NotFound if none.

    Candidate violations are events of ``types`` and ``status`` at a place the agreement
    governs, dated on or after ``violations_since``: the agreement's date or, when the text
    gives none, the date of the first document that mentions it. They are leads for a reader
    to check, not findings: the graph does not know who was bound where.
    """
    params = {"ids": [agreement_id], "kinds": None, "date_from": None, "date_to": None, "zone_ids": None,
              "party_ids": None, "broker_ids": None, "limit": 1, "offset": 0,
              "per_agreement": EVIDENCE_OF_ONE_AGREEMENT}

    def work(tx: neo4j.ManagedTransaction) -> tuple[dict[str, Any] | None, Any, list[neo4j.Record]]:
        record = tx.run(reads.FIND_AGREEMENTS, params).single()
        if record is None or record["agreement"] is None:
            return None, None, []
        since = tx.run(events.AGREEMENT_SINCE, {"id": agreement_id}).single()
        if since is None or since["since"] is None:
            return record["agreement"], None, []
        rows = list(tx.run(events.AGREEMENT_VIOLATIONS, {
            "id": agreement_id, "since": since["since"], "types": list(types),
            "statuses": _statuses(status), "limit": int(limit)}))
        return record["agreement"], since["since"], rows

    agreement, since, rows = _read(driver, database, work)
    if agreement is None:
        raise NotFound("agreement", agreement_id)
    out = dict(agreement)
    out["violations_since"] = since
    out["candidate_violations"] = [{**r["event"], "zone": r["zone"]} for r in rows]
    return out


@_one_transaction
def find_events(driver: neo4j.Driver, *, types: list[str] | None = None, status: str = "asserted",
                actor: str | None = None, agent: str | None = None, target: str | None = None,
                place: str | None = None, date_from: str | None = None, date_to: str | None = None,
                min_killed: int | None = None, database: str, limit: int = 50, offset: int = 0) -> Page:
    """Events, latest first, each with its roles and sentence.

    ``actor`` is an agent or target, ``agent``/``target`` one role only, ``place`` where (names,
    aliases or ids); ``date_from``/``date_to`` bound the event's date (else its document's) at
    the coarser precision of the two; ``min_killed`` keeps events with at least that toll.
    """
    params: dict[str, Any] = {
        "types": list(types) if types else None, "statuses": _statuses(status),
        "date_from": _date(date_from, "from"), "date_to": _date(date_to, "to"),
        "min_killed": min_killed, **_page(limit, offset),
        "actor_ids": _ids(driver, actor, "Actor", database),
        "agent_ids": _ids(driver, agent, "Actor", database),
        "target_ids": _ids(driver, target, "Actor", database),
        "place_ids": _ids(driver, place, "Place", database),
    }
    if [] in (params["actor_ids"], params["agent_ids"], params["target_ids"], params["place_ids"]):
        return {"data": [], "count": 0}
    records = _all(driver, database, events.FIND_EVENTS, params)
    count = records[0]["count"] if records else 0
    return {"data": [r["event"] for r in records if r["event"] is not None], "count": count}


@_one_transaction
def find_paths(driver: neo4j.Driver, source: str, target: str, *, predicates: list[str] | None = None,
               max_hops: int = 3, database: str, limit: int = 10, offset: int = 0,
               evidence_per_step: int = 3) -> Page:
    """The shortest chains of asserted relations linking ``source`` to ``target`` (names, aliases or ids).

    Rows: ``{"length", "nodes": [...], "steps": [{"predicate", "subject", "object", summary...,
    "evidence": [...]}]}``, steps in path order, each naming its subject and object ids as stored
    (a step may run against the path's direction: ``B backs A`` on a path from A to B).
    """
    if not 1 <= max_hops <= reads.MAX_PATH_HOPS:
        raise InvalidParameter("max_hops", f"must be from 1 to {reads.MAX_PATH_HOPS}")
    chosen = tuple(sorted(set(predicates))) if predicates else RELATIONS
    for predicate in chosen:
        if predicate not in RELATIONS:
            raise InvalidParameter("predicate", f"unknown relation {predicate!r}")
    source_ids = _any_ids(driver, source, database)
    target_ids = _any_ids(driver, target, database)
    if not source_ids or not target_ids:
        return {"data": [], "count": 0}
    params = {"source_ids": source_ids, "target_ids": target_ids, "labels": list(NODE_LABELS),
              "per_step": int(evidence_per_step), **_page(limit, offset)}
    records = _all(driver, database, reads.find_paths(chosen, int(max_hops)), params)
    count = records[0]["count"] if records else 0
    return {"data": [r["path"] for r in records if r["path"] is not None], "count": count}


#: The deepest neighbourhood :func:`neighbourhood` draws, and the most edges it returns.
MAX_GRAPH_DEPTH = 3
MAX_GRAPH_EDGES = 5000


@_one_transaction
def neighbourhood(driver: neo4j.Driver, entity: str, *, depth: int = 1, predicates: list[str] | None = None,
                  statuses: list[str] | None = None, valid_at: str | None = None,
                  date_from: str | None = None, date_to: str | None = None, limit: int = 500,
                  database: str) -> dict[str, Any]:
    """The entities within ``depth`` hops of ``entity`` (a name, alias or id of an actor, agreement
    or place; NotFound when none has it) and the statements between them, as nodes and edges.

    Ring by ring: the statements each entity of the last ring takes part in, of ``predicates``
    (default all) and ``statuses`` (default asserted; ``"any"`` for all), from documents dated
    within ``date_from``..``date_to``, and with ``valid_at`` only edges whose evidence spans it (the
    filters of :func:`find_relations`). One edge per subject, predicate, object and status, with
    its ``evidence_count``, ``sources`` (document names), ``first_seen``, ``last_seen`` and
    ``confidence``; the edges with the most sources first, at most ``limit`` (``truncated``: the
    limit cut the answer). Nodes carry ``kind`` (State, ArmedGroup, Organization, Person, Agreement,
    Place) and ``depth``, their distance from the centre.
    """
    if not 1 <= depth <= MAX_GRAPH_DEPTH:
        raise InvalidParameter("depth", f"must be from 1 to {MAX_GRAPH_DEPTH}")
    if not 1 <= limit <= MAX_GRAPH_EDGES:
        raise InvalidParameter("limit", f"must be from 1 to {MAX_GRAPH_EDGES}")
    chosen = sorted(set(predicates)) if predicates else list(RELATIONS)
    for predicate in chosen:
        if predicate not in RELATIONS:
            raise InvalidParameter("predicate", f"unknown relation {predicate!r}")
    wanted = sorted({s for status in (statuses or ["asserted"]) for s in _statuses(status)})
    ids = _any_ids(driver, entity, database)
    if not ids:
        raise NotFound("actor, agreement or place", entity)
    centre = _all(driver, database, reads.GRAPH_NODES, {"ids": ids[:1]})[0]["node"]
    params: dict[str, Any] = {
        "predicates": chosen, "statuses": wanted, "symmetric": sorted(SYMMETRIC),
        "valid_at": _date(valid_at, "valid_at"), "date_from": _date(date_from, "from"),
        "date_to": _date(date_to, "to")}
    nodes: dict[str, dict[str, Any]] = {centre["id"]: {**centre, "depth": 0}}
    edges: dict[str, dict[str, Any]] = {}
    frontier, truncated = [centre["id"]], False
    for ring in range(1, depth + 1):
        if not frontier:
            break
        reached: list[str] = []
        # Edges already drawn come back too (those towards the previous ring): ask for that many more.
        asked = limit + len(edges)
        for record in _all(driver, database, reads.GRAPH_EDGES, {**params, "ids": frontier,
                                                                 "limit": asked}):
            truncated = truncated or record["total"] > asked
            edge = record["edge"]
            if edge is None:
                continue
            source, target = edge.pop("source"), edge.pop("target")
            key = f"{source['id']}|{edge['predicate']}|{edge['status']}|{target['id']}"
            if key in edges:
                continue
            if len(edges) >= limit:
                truncated = True
                break
            edges[key] = {"id": key, "source": source["id"], "target": target["id"],
                          "symmetric": edge["predicate"] in SYMMETRIC, **edge}
            for end in (source, target):
                if end["id"] not in nodes:
                    nodes[end["id"]] = {**end, "depth": ring}
                    reached.append(end["id"])
        frontier = reached
    return {"centre": nodes[centre["id"]], "depth": depth, "nodes": list(nodes.values()),
            "edges": list(edges.values()), "count": len(edges), "truncated": truncated}


def ping(driver: neo4j.Driver, *, database: str) -> bool:
    """True when the database answers a query (GraphUnavailable when the server is unreachable)."""
    record = _single(driver, database, reads.PING, {})
    return bool(record and record["ok"] == 1)
