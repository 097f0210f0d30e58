"""Read-only Cypher from users (``pactgraph query``, ``POST /cypher``), refused unless it only reads.

Four locks, each enough for what it covers: the text is refused outright for procedure calls,
LOAD CSV, USE, EXPLAIN/PROFILE and administration commands (looking past strings and comments);
the server's plan (``EXPLAIN``) must be of type ``r``, which catches writes anywhere, a subquery
too; the query runs in a READ transaction; and the server stops it after a timeout. Rows come
back as plain JSON-friendly values, at most ``limit`` of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, CypherSyntaxError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from graph import queries
from graph.errors import InvalidParameter, QueryRefused
from graph.read import _read

_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/",
                                   re.DOTALL)
_REFUSED = (
    (re.compile(r"\bCALL\b(?!\s*[{(])", re.IGNORECASE), "procedure calls are not allowed"),
    (re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE), "LOAD CSV is not allowed"),
    (re.compile(r"^\s*(EXPLAIN|PROFILE)\b", re.IGNORECASE), "EXPLAIN and PROFILE are not allowed"),
    (re.compile(r"^\s*USE\b|\bUSE\s+[\w.`]+\s+(MATCH|RETURN|WITH|CALL|UNWIND)\b", re.IGNORECASE),
     "USE (another database) is not allowed"),
    (re.compile(r"^\s*(SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|RENAME|START|STOP|ENABLE|DROP)\b",
                re.IGNORECASE), "administration commands are not allowed"),
)


def _check_text(cypher: str) -> None:
    """Refuse outright what is never allowed, looking past strings and comments."""
    code = _STRINGS_AND_COMMENTS.sub(" ", cypher)
    for pattern, reason in _REFUSED:
        if pattern.search(code):
            raise QueryRefused(f"query refused: {reason}")


def _plain(value: Any, ids: dict[str, Any] | None = None) -> Any:
    """Driver values as JSON-friendly Python (nodes and relationships as dicts).

    ``ids`` maps element ids to stable ids, for relationship ends the query did not return.
    """
    ids = ids or {}
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": _plain(dict(value), ids)}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": _plain(dict(value), ids),
                "start": _end_id(value.start_node, ids), "end": _end_id(value.end_node, ids)}
    if isinstance(value, Path):
        return {"nodes": [_plain(n, ids) for n in value.nodes],
                "relationships": [_plain(r, ids) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _plain(v, ids) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v, ids) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _end_id(node: Node | None, ids: dict[str, Any]) -> Any:
    if node is None:
        return None
    return node.get("id") if "id" in node else ids.get(node.element_id)


def _bare_ends(value: Any) -> Iterator[str]:
    """Element ids of relationship ends that came without their properties (not returned themselves)."""
    if isinstance(value, Relationship):
        for node in (value.start_node, value.end_node):
            if node is not None and not len(node):
                yield node.element_id
    elif isinstance(value, dict):
        for item in value.values():
            yield from _bare_ends(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _bare_ends(item)


_INT64 = (-(2**63), 2**63 - 1)


def _check_params(value: Any, where: str = "params") -> None:
    """InvalidParameter for a value Neo4j cannot take: an integer outside 64 bits (JSON has no bound)."""
    if isinstance(value, bool):
        return
    if isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
        raise InvalidParameter(where, f"integer {value} is outside the 64-bit range Neo4j stores")
    if isinstance(value, dict):
        for key, item in value.items():
            _check_params(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_params(item, f"{where}[{index}]")


def run_read_only(driver: neo4j.Driver, cypher: str, params: dict[str, Any] | None = None, *,
                  database: str, limit: int = 1000, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Run a read-only Cypher query; at most ``limit`` rows, each a dict of plain values.

    Refused (QueryRefused) before running: procedure calls, LOAD CSV, USE, EXPLAIN/PROFILE,
    administration commands, and anything whose plan is not read-only (a write inside a
    subquery too). It then runs in a READ transaction that the server stops after ``timeout`` seconds.
    """
    return run_cypher(driver, cypher, params, database=database, limit=limit, timeout=timeout)["data"]


def run_cypher(driver: neo4j.Driver, cypher: str, params: dict[str, Any] | None = None, *,
               database: str, limit: int = 1000, timeout: float = 30.0) -> dict[str, Any]:
    """:func:`run_read_only` with its columns: ``{"columns", "data", "count", "truncated"}``.

    ``truncated`` is true when the query had more than ``limit`` rows (only ``limit`` are returned).
    """
    if limit < 1:
        raise QueryRefused("limit must be at least 1")
    _check_text(cypher)
    params = params or {}
    _check_params(params)

    @neo4j.unit_of_work(timeout=timeout)
    def plan(tx: neo4j.ManagedTransaction) -> str:
        return tx.run("EXPLAIN " + cypher, params).consume().query_type

    @neo4j.unit_of_work(timeout=timeout)
    def run(tx: neo4j.ManagedTransaction) -> dict[str, Any]:
        result = tx.run(cypher, params)
        keys = list(result.keys())
        records = result.fetch(limit + 1)
        more = len(records) > limit
        records = records[:limit]
        bare = sorted({element for record in records for element in _bare_ends(record.values())})
        ids = {row["element"]: row["id"] for row in tx.run(queries.IDS_OF_ELEMENTS, {"elements": bare})} \
            if bare else {}
        rows = [{key: _plain(value, ids) for key, value in zip(keys, record.values(), strict=True)}
                for record in records]
        return {"columns": keys, "data": rows, "count": len(rows), "truncated": more}

    try:
        query_type = _read(driver, database, plan)
        if query_type != "r":
            raise QueryRefused(f"query refused: only read-only queries may run (plan type {query_type!r})")
        return _read(driver, database, run)
    except CypherSyntaxError as e:
        raise QueryRefused(f"invalid Cypher: {e.message}") from e
    except ClientError as e:
        if "TransactionTimedOut" in (e.code or "") or "Terminated" in (e.code or ""):
            raise QueryRefused(f"query refused: took longer than {timeout:g} s") from e
        raise QueryRefused(f"query refused: {e.message} ({e.code})") from e
    except Neo4jError as e:
        if "TransactionTimedOut" in (e.code or ""):
            raise QueryRefused(f"query refused: took longer than {timeout:g} s") from e
        raise
