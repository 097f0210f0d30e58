"""The Cypher sandbox's first lock: which statements are read queries (no database needed)."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pactgraph.graph.cypher_check import MAX_NESTING, MAX_TOKENS, check_read_query, tokenize
from pactgraph.graph.errors import QueryRefused

#: Attempts that must be refused, whatever precedes them; the integration tests send them all to
#: POST /cypher and check that nothing changed.
ATTEMPTS = [
    # the prefix walk-arounds of issue 14
    "CYPHER SHOW TRANSACTIONS YIELD currentQuery, parameters",
    'CYPHER TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    "CYPHER SHOW SETTINGS",
    "CYPHER runtime=slotted EXPLAIN MATCH (n) RETURN n",
    # every prefix and option form, any case, any spacing
    "cypher show transactions",
    "CYPHER 5 SHOW TRANSACTIONS",
    "CYPHER 5 CYPHER runtime=slotted SHOW SETTINGS",
    "CYPHER planner=cost runtime=slotted TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "cYpHeR rUnTiMe=SlOtTeD sHoW tRaNsAcTiOnS",
    "CYPHER\nSHOW\tDATABASES",
    "CYPHER 25 MATCH (n) RETURN n",
    "CYPHER debug=toString MATCH (n) RETURN n",
    "CYPHER expressionEngine=interpreted CALL db.labels()",
    "CYPHER runtime=slotted PROFILE MATCH (n) RETURN n",
    "EXPLAIN MATCH (n) RETURN n",
    "PROFILE MATCH (n) RETURN n",
    # comments before or inside
    "/* a comment */ SHOW TRANSACTIONS",
    "// a comment\nSHOW USERS",
    "CALL /* x */ db.labels()",
    "/* SHOW",
    # procedures
    "CALL db.labels()",
    "call dbms.listConfig()",
    "CALL dbms.components() YIELD name RETURN name",
    "CALL`db`.labels()",
    "OPTIONAL CALL db.labels()",
    "RETURN 1 AS x UNION ALL CALL db.labels() YIELD label RETURN label AS x",
    # commands inside subqueries and after UNION
    "MATCH (n) CALL { SHOW TRANSACTIONS } RETURN n",
    "CALL () { CALL db.labels() YIELD label RETURN label } RETURN label",
    "MATCH (n) WHERE EXISTS { SHOW TRANSACTIONS } RETURN n",
    "RETURN COUNT { CALL db.labels() YIELD label RETURN label } AS c",
    "RETURN 1 AS x UNION SHOW USERS",
    "CALL { } RETURN 1",
    # IN TRANSACTIONS, read-only or not
    "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y",
    "UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS RETURN y",
    # other databases, files, writes, administration
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "USE system SHOW USERS",
    "MATCH (n) USE system RETURN n",
    "CREATE (n:Hacked)",
    "MATCH (n) CALL (n) { SET n.hacked = true } RETURN count(*)",
    "FOREACH (x IN [1] | CREATE (:Hacked))",
    "MATCH (n:`Actor`) DETACH DELETE n",
    "CREATE USER hacker SET PASSWORD 'secret-secret'",
    "ALTER USER neo4j SET PASSWORD 'secret-secret'",
    "DROP DATABASE neo4j",
    "STOP DATABASE neo4j",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW PROCEDURES",
    "RETURN 1 AS x; SHOW USERS",
    # Unicode look-alikes, spaces Neo4j reads as spaces, and escapes it decodes
    "\uff33\uff28\uff2f\uff37 TRANSACTIONS",
    "\u0405HOW TRANSACTIONS",
    "CALL\u00a0db.labels()",
    "CALL\u200bdb.labels()",
    "cypher\u2003show transactions",
    "RETURN '\\u0027 SHOW TRANSACTIONS //'",
    "\\u0053HOW TRANSACTIONS",
    # nesting that hangs Neo4j's parser, and unclosed things
    "RETURN " + "(" * 2000 + "1" + ")" * 2000,
    "RETURN " + "NOT " * 2000 + "true",
    "RETURN " + "[" * 100 + "]" * 100,
    "RETURN " + "CASE WHEN true THEN " * 60 + "1" + " END" * 60,
    "RETURN 'abc",
    "WITH 1 AS x CALL { RETURN 2",
]

#: Read queries that must be accepted: keywords inside strings, comments, names and map keys.
READS = [
    "RETURN 1",
    "RETURN 'CREATE' AS s",
    'RETURN "SHOW TRANSACTIONS" AS s',
    "RETURN 'CREATE (n) CALL dbms.components() LOAD CSV' AS s // DELETE",
    "RETURN 'it\\'s' AS s",
    "RETURN '\u65e5\u672c' AS s",
    "// SHOW TRANSACTIONS\nRETURN 1",
    "/* CALL db.labels() \u00c7ALL */ RETURN 1",
    "RETURN 1 AS `show`",
    "MATCH (n) RETURN n.showcase AS show, 1 AS set",
    "UNWIND [1] AS create RETURN 1 AS x",
    "RETURN 1 AS `a``b`",
    "RETURN {create: 1, set: 2, show: 3} AS m",
    "MATCH (n {`show`: 1}) RETURN n.show, n.create",
    "MATCH (n) WHERE n.name STARTS WITH 'S' RETURN n ORDER BY n.name DESC SKIP 1 LIMIT 2",
    "CYPHER runtime=slotted MATCH (n) RETURN count(n) AS c",
    "CYPHER 5 RETURN 1 AS x",
    "CYPHER 5 CYPHER planner=cost RETURN 1 AS x",
    "CALL { MATCH (n) RETURN count(n) AS c } RETURN c",
    "MATCH (n) CALL (n) { RETURN 1 AS x } RETURN x",
    "OPTIONAL CALL { RETURN 1 AS x } RETURN x",
    "MATCH (n) WHERE EXISTS { (n)-->() } RETURN n",
    "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.id = 'x' } RETURN n",
    "RETURN COUNT { MATCH (n) RETURN n } AS c",
    "RETURN COLLECT { MATCH (n) RETURN n.id } AS ids",
    "MATCH (n) RETURN n {.name, .id} AS m",
    "RETURN [x IN range(1, 3) WHERE x > 1 | x * 2] AS l",
    "MATCH p = (a)-[r:BACKS*1..3]->(b) RETURN a, length(p)",
    "RETURN 1 AS x UNION ALL RETURN 2 AS x",
    "RETURN 1 AS x UNION RETURN 2 AS x",
    "RETURN 1;",
    "RETURN 1.5e-3 AS a, 0x1F AS b, .5 AS c, 1_000 AS d",
    "MATCH (s:Actor)-[r:BACKS]->(o:Actor {id: $id}) RETURN s.name AS backer, r.sources AS sources",
    "RETURN $`odd name` AS v",
    "MATCH (n) RETURN CASE WHEN n.id IS NULL THEN 0 ELSE 1 END AS k",
    "UNWIND [1, 2] AS x WITH x WHERE NOT x = 1 RETURN x",
    "RETURN " + "(" * (MAX_NESTING - 1) + "1" + ")" * (MAX_NESTING - 1) + " AS deep",
]


@pytest.mark.parametrize("query", ATTEMPTS)
def test_attempts_are_refused(query):
    with pytest.raises(QueryRefused) as refused:
        check_read_query(query)
    assert str(refused.value).startswith("query refused")


@pytest.mark.parametrize("query", READS)
def test_read_queries_are_accepted(query):
    check_read_query(query)


def test_the_table_is_large_enough():
    assert len(ATTEMPTS) >= 40 and len(set(ATTEMPTS)) == len(ATTEMPTS)


@pytest.mark.parametrize(("query", "words"), [
    ("RETURN 'a // b' AS s // tail", ["RETURN", "'a // b'", "AS", "s"]),
    ("MATCH (n:`My Label`) RETURN n", ["MATCH", "(", "n", ":", "`My Label`", ")", "RETURN", "n"]),
    ('RETURN "x\\"y" /* c */ , $p', ["RETURN", '"x\\"y"', ",", "$p"]),
    ("MATCH ()-[*1..3]->()", ["MATCH", "(", ")", "-", "[", "*", "1", ".", ".", "3", "]", "-", ">", "(", ")"]),
])
def test_tokens(query, words):
    assert [token.text for token in tokenize(query)] == words


@pytest.mark.parametrize(("query", "reason"), [
    ("CALL db.labels()", "procedure calls"),
    ("CYPHER SHOW SETTINGS", "administration commands"),
    ("CYPHER debug=toString RETURN 1", "option 'debug'"),
    ("EXPLAIN RETURN 1", "EXPLAIN and PROFILE"),
    ("CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x", "IN TRANSACTIONS"),
    ("RETURN " + "(" * 50 + "1" + ")" * 50, f"nesting deeper than {MAX_NESTING}"),
    ("\u0405HOW USERS", "U+0405"),
    ("MATCH (n) RETURN n; MATCH (m) RETURN m", "more than one statement"),
])
def test_the_reason_is_named(query, reason):
    with pytest.raises(QueryRefused, match=re.escape(reason)):
        check_read_query(query)


def test_a_long_query_is_refused_quickly():
    query = "RETURN " + "+".join(["1"] * (MAX_TOKENS + 10))
    with pytest.raises(QueryRefused, match="tokens"):
        check_read_query(query)


@given(st.text(max_size=200))
def test_never_crashes(text):
    with contextlib.suppress(QueryRefused):
        check_read_query(text)


@given(st.text(alphabet=st.characters(codec="ascii", exclude_characters="'\"`\\"), max_size=60))
def test_a_refused_keyword_is_never_accepted_inside_code(text):
    """Whatever ASCII code surrounds it, a bare SHOW is refused (strings and comments excluded)."""
    query = f"MATCH (n) WITH n {text.replace('/', ' ')} SHOW TRANSACTIONS"
    with pytest.raises(QueryRefused):
        check_read_query(query)


_scalars = (st.none() | st.booleans() | st.integers() | st.text(max_size=20)
            | st.floats(allow_nan=False, allow_infinity=False))
_json = st.recursive(_scalars,
                     lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner,
                                                                                 max_size=5),
                     max_leaves=30)


@given(_json)
def test_json_size_is_never_below_the_compact_json(value):
    import json

    from pactgraph.graph.cypher import json_size

    compact = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
    assert json_size(value, 10**9) >= compact
    assert json_size(value, compact // 2) > compact // 2  # past the budget it says so


def test_json_size_stops_early_on_a_huge_list():
    from pactgraph.graph.cypher import json_size

    class Counted:
        seen = 0

        def __str__(self) -> str:
            Counted.seen += 1
            return "7"

    assert json_size([Counted() for _ in range(200_000)], 1000) > 1000
    assert Counted.seen <= 1000  # the walk stops at the budget, not at the end of the list
