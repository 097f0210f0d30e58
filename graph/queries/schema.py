"""The schema's statements: constraints, indexes, counts, wiping; and the general labels every
builder checks names against.

Labels and relationship types cannot be parameters, so a builder formats a name into Cypher only
after :func:`checked` found it in one of the ontology's closed lists.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from pactgraph.ontology.vocabulary import ACTOR_TYPES, ENTITY_TYPES

#: The general labels an entity node carries (what MATCH and MERGE key on).
NODE_LABELS: Final = ("Actor", "Agreement", "Place")
_IDENTIFIER: Final = re.compile(r"[A-Za-z][A-Za-z_]*\Z")


def checked(name: str, allowed: tuple[str, ...] | frozenset[str], what: str) -> str:
    """``name`` if it is one of ``allowed`` and a plain identifier, else ValueError."""
    if name not in allowed or not _IDENTIFIER.match(name):
        raise ValueError(f"{what} {name!r} is not in the ontology's closed list")
    return name


@cache
def general_label(entity_type: str) -> str:
    """The MERGE label of an entity type: ``Actor`` for every actor type, else the type itself."""
    checked(entity_type, ENTITY_TYPES, "entity type")
    return "Actor" if entity_type in ACTOR_TYPES else entity_type


#: Uniqueness constraints, one per MERGE key (MERGE without one duplicates under concurrency).
CONSTRAINTS: Final = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
)

#: The index of evidence by the typed relationship it counts towards (``pair``) and status.
PAIR_INDEX: Final = "evidence_pair_status"

#: The full-text index over entities' normalised names and aliases (``keys``).
KEYS_INDEX: Final = "entity_keys"

#: Indexes the read queries use (name lookups, evidence by predicate and status, documents by name).
INDEXES: Final = (
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name)",
    "CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)",
    "CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name)",
    "CREATE INDEX evidence_predicate_status IF NOT EXISTS FOR (n:Evidence) ON (n.predicate, n.status)",
    # A typed relationship's summary is recounted from its statements: found by their pair key.
    f"CREATE INDEX {PAIR_INDEX} IF NOT EXISTS FOR (n:Evidence) ON (n.pair, n.status)",
    # Name lookups ask whether a key is in the list `keys`, which range indexes cannot answer; a
    # full-text index over the list with the keyword analyzer holds each key as one token.
    f"CREATE FULLTEXT INDEX {KEYS_INDEX} IF NOT EXISTS FOR (n:Actor|Agreement|Place) ON EACH [n.keys] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
)

#: Whether an index of that name ($name) exists (1) or not (0).
INDEX_EXISTS: Final = "SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n"

#: Delete everything, in batches, relationships first; auto-commit queries (``session.run``), in order.
#: ``DETACH DELETE`` of 10,000 nodes at a time deletes all their relationships in the same inner
#: transaction: with a state holding 10^5 of them, that batch outgrew Neo4j's transaction memory.
WIPE: Final = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
)

#: After a bulk import: the importer writes no empty list, where the writer sets ``aliases`` and
#: ``keys`` on every entity, empty or not; auto-commit queries (``session.run``), in order.
FILL_EMPTY_LISTS: Final = (
    "MATCH (n:Actor|Agreement|Place) WHERE n.aliases IS NULL "
    "CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n:Actor|Agreement|Place) WHERE n.keys IS NULL "
    "CALL (n) { SET n.keys = [] } IN TRANSACTIONS OF 10000 ROWS",
)

#: Wait until every index is online (after a bulk import, the new ones are being populated).
AWAIT_INDEXES: Final = "CALL db.awaitIndexes($seconds)"

#: Number of nodes (answered from the count store).
COUNT_NODES: Final = "MATCH (n) RETURN count(n) AS n"

#: Number of relationships (answered from the count store).
COUNT_RELATIONSHIPS: Final = "MATCH ()-[r]->() RETURN count(r) AS n"
