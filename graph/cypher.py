"""Read-only Cypher from users (``pactgraph query``, ``POST /cypher``), refused unless it only reads.

Four locks, each enough for what it covers: the statement is tokenized and accepted only as a
read query (:mod:`pactgraph.graph.cypher_check`: prefixes parsed, every clause and subquery a read one,
procedures, commands, EXPLAIN/PROFILE, USE, LOAD CSV and IN TRANSACTIONS refused, nesting bounded);
the server's plan (``EXPLAIN``) must be of type ``r``, which catches writes anywhere, a subquery
too; the query runs in a READ transaction; and the server stops it after a timeout. The answer is
bounded too: at most ``limit`` rows and ``max_bytes`` of JSON (cut, ``truncated``), and the whole
run, from the plan to the last row received, within ``timeout`` seconds.

Neo4j Community has no roles: every user may write and administer, so a read-only user cannot be
made there and these checks are what hold. On a server with roles, ``PACTGRAPH_CYPHER_USER`` names
a user with a read-only role, and the queries run as that user (see the README).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, ClientError, CypherSyntaxError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from pactgraph.graph.cypher_check import check_read_query
from pactgraph.graph.errors import GraphUnavailable, InvalidParameter, QueryRefused
from pactgraph.graph.queries.reads import IDS_OF_ELEMENTS
from pactgraph.graph.schema import driver_errors

#: Records the driver asks for at a time, so that a cut answer stops pulling: what comes past the
#: cut is received and dropped. At 100, issue 14's ``UNWIND range(1, 1000) AS i RETURN i,
#: range(1, 1000000)`` (about 5 MB a record) took 8 s to cut after its first record, 14 s on a
#: loaded machine, past the 10 s timeout; at 10, 4-5 s, while 1,000 small rows still come in 0.2 s.
FETCH_SIZE = 10
#: The default bound of an answer's JSON (bytes).
MAX_BYTES = 8 * 1024 * 1024


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


def json_size(value: Any, budget: int) -> int:
    """About how many bytes ``value`` takes as JSON once plain; past ``budget`` it stops counting
    and returns more than ``budget`` (a row of 20 million numbers is not walked to its end)."""
    size = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Node):
            size += 30 + sum(len(label) + 3 for label in item.labels)
            stack.append(dict(item))
        elif isinstance(item, Relationship):
            size += 60 + len(item.type)
            stack.append(dict(item))
        elif isinstance(item, Path):
            size += 30
            stack.extend(item.nodes)
            stack.extend(item.relationships)
        elif isinstance(item, dict):
            size += 2 + sum(len(json.dumps(str(key), ensure_ascii=False).encode()) + 2 for key in item)
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            size += 2 + len(item)
            stack.extend(item[: budget - size + 1] if size <= budget else ())
        elif isinstance(item, str):
            size += len(json.dumps(item, ensure_ascii=False).encode())
        elif isinstance(item, bool) or item is None:
            size += 5
        else:
            size += len(str(item))
        if size > budget:
            return size
    return size


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
                  database: str, limit: int = 1000, timeout: float = 30.0,
                  max_bytes: int = MAX_BYTES, auth: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Run a read-only Cypher query; at most ``limit`` rows, each a dict of plain values.

    Refused (QueryRefused) before running: anything but a read query (see :mod:`pactgraph.graph.cypher_check`)
    and anything whose plan is not read-only (a write inside a subquery too). It then runs in a
    READ transaction that the server stops after ``timeout`` seconds.
    """
    rows: list[dict[str, Any]] = run_cypher(driver, cypher, params, database=database, limit=limit,
                                            timeout=timeout, max_bytes=max_bytes, auth=auth)["data"]
    return rows


class _TooLong(Exception):
    """The run went past its deadline while rows were coming in."""


def run_cypher(driver: neo4j.Driver, cypher: str, params: dict[str, Any] | None = None, *,
               database: str, limit: int = 1000, timeout: float = 30.0,
               max_bytes: int = MAX_BYTES, auth: tuple[str, str] | None = None) -> dict[str, Any]:
    """:func:`run_read_only` with its columns: ``{"columns", "data", "count", "truncated"}``.

    ``truncated`` is true when the query had more than ``limit`` rows or its rows came to more
    than ``max_bytes`` of JSON: the rows before the cut are returned. A query still running or
    sending after ``timeout`` seconds (counted from the plan) is refused. With ``auth``, the query
    runs as that user (the same driver, a session of that user's own).
    """
    if limit < 1:
        raise QueryRefused("limit must be at least 1")
    check_read_query(cypher)
    params = params or {}
    _check_params(params)
    deadline = time.monotonic() + timeout

    def remaining() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _TooLong
        return left

    def plan(tx: neo4j.ManagedTransaction) -> str:
        return tx.run("EXPLAIN " + cypher, params).consume().query_type or ""  # none: not a read

    def run(tx: neo4j.ManagedTransaction) -> dict[str, Any]:
        result = tx.run(cypher, params)
        keys = list(result.keys())
        records: list[neo4j.Record] = []
        size, more = 2, False
        for record in result:
            remaining()
            if len(records) == limit:
                more = True
                break
            size += json_size(dict(zip(keys, record.values(), strict=True)), max_bytes - size) + 1
            if size > max_bytes:
                more = True
                break
            records.append(record)
        remaining()
        bare = sorted({element for record in records for element in _bare_ends(record.values())})
        ids = {row["element"]: row["id"] for row in tx.run(IDS_OF_ELEMENTS, {"elements": bare})} \
            if bare else {}
        rows = [{key: _plain(value, ids) for key, value in zip(keys, record.values(), strict=True)}
                for record in records]
        return {"columns": keys, "data": rows, "count": len(rows), "truncated": more}

    try:
        with driver_errors(), driver.session(database=database, default_access_mode=neo4j.READ_ACCESS,
                                             fetch_size=FETCH_SIZE, max_transaction_retry_time=0,
                                             auth=auth) as session:
            query_type = session.execute_read(neo4j.unit_of_work(timeout=remaining())(plan))
            if query_type != "r":
                raise QueryRefused("query refused: only read-only queries may run "
                                   f"(plan type {query_type!r})")
            return session.execute_read(neo4j.unit_of_work(timeout=remaining())(run))
    except AuthError as e:
        raise GraphUnavailable(f"the Cypher user {auth[0] if auth else ''!r} cannot sign in to Neo4j: "
                               f"{e.message}") from e
    except _TooLong as e:
        raise QueryRefused(f"query refused: took longer than {timeout:g} s") from e
    except CypherSyntaxError as e:
        raise QueryRefused(f"invalid Cypher: {e.message}") from e
    except Neo4jError as e:
        if _timed_out(e):
            raise QueryRefused(f"query refused: took longer than {timeout:g} s") from e
        if _out_of_memory(e):
            raise QueryRefused(f"query refused: it needs more memory than the server gives a query "
                               f"({e.message})") from e
        if isinstance(e, ClientError):
            raise QueryRefused(f"query refused: {e.message} ({e.code})") from e
        raise


def _timed_out(error: Neo4jError) -> bool:
    code = error.code or ""
    return "TransactionTimedOut" in code or "Terminated" in code


def _out_of_memory(error: Neo4jError) -> bool:
    code = error.code or ""
    return "MemoryPoolOutOfMemory" in code or "OutOfMemory" in code
