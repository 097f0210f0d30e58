"""The database schema (constraints and indexes), wiping and counting.

Also :func:`driver_errors`, which turns the driver's "no server" errors into
:class:`pactgraph.graph.errors.GraphUnavailable` for every module of ``graph``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import neo4j
from neo4j.exceptions import DatabaseUnavailable, ServiceUnavailable, SessionExpired

from pactgraph.graph.errors import GraphUnavailable
from pactgraph.graph.queries.schema import (
    CONSTRAINTS,
    COUNT_NODES,
    COUNT_RELATIONSHIPS,
    INDEX_EXISTS,
    INDEXES,
    NODE_LABELS,
    PAIR_INDEX,
    WIPE,
)
from pactgraph.graph.queries.writes import BACKFILL_PAIRS
from pactgraph.ontology.vocabulary import SYMMETRIC

log = logging.getLogger(__name__)


@contextmanager
def driver_errors() -> Iterator[None]:
    """Re-raise the driver's connection errors as GraphUnavailable (``from`` the original)."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired, DatabaseUnavailable) as e:
        raise GraphUnavailable(f"Neo4j is unavailable: {e}") from e


def ensure_schema(driver: neo4j.Driver, *, database: str) -> None:
    """Create every constraint and index the writer and the queries rely on (idempotent).

    A graph written before evidence carried its ``pair`` key gets it first (:func:`backfill_pairs`);
    the pair index is created only after that, so its presence says the graph is up to date and a
    later call costs nothing more.
    """
    with driver_errors(), driver.session(database=database) as session:
        for statement in CONSTRAINTS:
            session.run(statement).consume()
        if not _has_pair_index(session):
            backfill_pairs(session)
        for statement in INDEXES:
            session.run(statement).consume()
    log.debug("schema ensured on %s", database)


def _has_pair_index(session: neo4j.Session) -> bool:
    return bool(session.run(INDEX_EXISTS, name=PAIR_INDEX).single(strict=True)["n"])


def pair_keys_ready(driver: neo4j.Driver, *, database: str) -> bool:
    """Whether the evidence carries pair keys (the pair index exists: see :func:`ensure_schema`)."""
    with driver_errors(), driver.session(database=database) as session:
        return _has_pair_index(session)


def backfill_pairs(session: neo4j.Session) -> int:
    """Set ``pair`` on the evidence that lacks it, in batches of their own; how many were set."""
    summary = session.run(BACKFILL_PAIRS, symmetric=sorted(SYMMETRIC),
                          labels=list(NODE_LABELS)).consume()
    updated = summary.counters.properties_set
    if updated:
        log.info("set the pair key of %d evidence nodes written by an earlier version", updated)
    return updated


def wipe(driver: neo4j.Driver, *, database: str) -> None:
    """Delete every node and relationship in batches; the schema stays."""
    # CALL { ... } IN TRANSACTIONS is only allowed in an auto-commit query, hence session.run.
    with driver_errors(), driver.session(database=database) as session:
        for statement in WIPE:
            session.run(statement).consume()


def counts(driver: neo4j.Driver, *, database: str) -> tuple[int, int]:
    """(nodes, relationships) in the database."""
    with driver_errors(), driver.session(database=database) as session:
        nodes = session.run(COUNT_NODES).single(strict=True)["n"]
        relationships = session.run(COUNT_RELATIONSHIPS).single(strict=True)["n"]
    return int(nodes), int(relationships)
