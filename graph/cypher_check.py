"""The sandbox's first lock: a user's Cypher is read token by token and accepted only as a read query.

The statement is tokenized as Neo4j does (strings, escaped names, parameters, comments, numbers,
words, symbols), then its structure is checked:

* the prefix is parsed, not skipped: ``CYPHER``, ``CYPHER 5`` and ``CYPHER key=value`` options
  (planner and runtime choices only) may precede the query; ``EXPLAIN``, ``PROFILE`` and any
  other version or option are refused;
* the query, every subquery (``CALL {...}``, ``CALL (...) {...}``, ``EXISTS``/``COUNT``/``COLLECT
  {...}``) and every part after ``UNION`` must begin with a read clause: ``MATCH``, ``OPTIONAL
  MATCH``, ``WITH``, ``UNWIND``, ``RETURN`` or a ``CALL`` subquery;
* ``CALL`` is accepted only before a subquery's braces (procedure calls are refused), and a
  subquery may not run ``IN TRANSACTIONS``;
* no clause or command other than the read ones appears anywhere as a keyword (a word outside
  strings, comments and backquotes that is not a property, label, parameter or map key);
* outside strings and comments only ASCII is accepted: Neo4j reads Unicode spaces and
  ``\\uXXXX`` escapes in the query text, so look-alike letters and escapes could spell a keyword
  that a check reading the characters would not see; escapes are refused inside strings too
  (Neo4j decodes them before it finds where a string ends);
* nesting (brackets, ``CASE``, runs of ``NOT``) and the number of tokens are bounded: Neo4j's
  parser takes minutes on a few thousand nested parentheses or ``NOT``\\s, and a query it cannot
  parse in time is a bad query, not an unavailable graph.

A variable named like a refused clause is read as a name where it is declared (``WITH 1 AS
set``) but refused where it is used (``RETURN set``); in backquotes (```set```) it is accepted
everywhere. Everything this lets through
is still planned with ``EXPLAIN`` and must plan as read-only (see :mod:`pactgraph.graph.cypher`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pactgraph.graph.errors import QueryRefused

#: Deeper than this (brackets, CASE, a run of NOT) is refused before it reaches Neo4j.
MAX_NESTING = 40
#: More tokens than this are refused: parsing time grows faster than the query (5,000 terms of a
#: sum took Neo4j 6.6 s to parse, 1,000 took 0.5 s).
MAX_TOKENS = 3000

#: Clauses a query, a subquery or a UNION part may start with.
READ_STARTS = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"})
#: Clause and command keywords that are never accepted as keywords, wherever they stand.
_WRITES = "writes are not allowed"
_ADMIN = "administration commands are not allowed"
REFUSED_WORDS = {
    **dict.fromkeys(("CREATE", "INSERT", "MERGE", "DELETE", "DETACH", "NODETACH", "SET", "REMOVE",
                     "FOREACH"), _WRITES),
    **dict.fromkeys(("SHOW", "TERMINATE", "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "DROP", "START",
                     "STOP", "ENABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN"), _ADMIN),
    "LOAD": "LOAD CSV is not allowed", "USE": "USE (another database) is not allowed",
    "YIELD": "procedure calls and commands are not allowed", "TRANSACTIONS": "IN TRANSACTIONS is not allowed",
    "EXPLAIN": "EXPLAIN and PROFILE are not allowed", "PROFILE": "EXPLAIN and PROFILE are not allowed",
    "CYPHER": "a CYPHER prefix is allowed only at the start",
}
#: Options a ``CYPHER`` prefix may set: the planner's and runtime's choices, nothing that prints
#: internals (``debug=...``) or changes what the query may do.
PREFIX_OPTIONS = frozenset({"runtime", "planner", "expressionengine", "operatorengine",
                            "interpretedpipesfallback", "replan", "connectcomponentsplanner",
                            "inferschemaparts", "statefulshortestplanningmode", "eageranalyzer"})
#: Cypher versions this server speaks.
VERSIONS = frozenset({"5"})
#: Words whose ``{`` opens a subquery rather than a map.
_SUBQUERY_OPENERS = frozenset({"CALL", "EXISTS", "COUNT", "COLLECT"})

_SYMBOLS = set("()[]{},.:;|$+-*/%^=<>!~&?")
_CLOSING = {")": "(", "]": "[", "}": "{"}
_SPACE = " \t\n\r\f\v"


@dataclass(frozen=True)
class Token:
    """One token: ``kind`` is word, name (backquoted), string, number, param or symbol."""

    kind: str
    text: str
    offset: int

    @property
    def word(self) -> str:
        """The keyword this token would be (upper case), or "" when it cannot be one."""
        return self.text.upper() if self.kind == "word" else ""


def _refuse(reason: str, offset: int | None = None) -> QueryRefused:
    where = f" (at offset {offset})" if offset is not None else ""
    return QueryRefused(f"query refused: {reason}{where}")


def tokenize(text: str) -> list[Token]:
    """The query's tokens, comments and spaces left out; QueryRefused for what Neo4j would read
    differently from what it looks like (see the module docstring) or cannot read at all."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _SPACE:
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise _refuse("a comment is not closed", i)
            i = end + 2
        elif c in "'\"":
            i = _string(text, i, tokens)
        elif c == "`":
            i = _backquoted(text, i, tokens, "name")
        elif c == "$":
            i = _param(text, i, tokens)
        elif c.isascii() and (c.isalpha() or c == "_"):
            start = i
            while i < n and text[i].isascii() and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("word", text[start:i], start))
        elif c.isascii() and c.isdigit():
            start = i
            while i < n and text[i].isascii() and (text[i].isalnum() or text[i] in "_."):
                if text[i] == "." and not (i + 1 < n and text[i + 1].isdigit()):
                    break  # a range such as *1..3, or a property of a number (a syntax error)
                if text[i] in "eE" and i + 1 < n and text[i + 1] in "+-":
                    i += 1
                i += 1
            tokens.append(Token("number", text[start:i], start))
        elif c in _SYMBOLS:
            tokens.append(Token("symbol", c, i))
            i += 1
        elif c == "\\":
            raise _refuse("a backslash outside a string (Neo4j reads \\uXXXX escapes as the character)", i)
        elif not c.isascii():
            raise _refuse(f"the character {c!r} (U+{ord(c):04X}) outside a string or a backquoted name; "
                          "only ASCII is accepted there", i)
        else:
            raise _refuse(f"the character {c!r} is not Cypher", i)
        if len(tokens) > MAX_TOKENS:
            raise _refuse(f"the query has more than {MAX_TOKENS} tokens")
    return tokens


def _string(text: str, i: int, tokens: list[Token]) -> int:
    quote, start, n = text[i], i, len(text)
    i += 1
    while i < n:
        c = text[i]
        if c == "\\":
            if i + 1 < n and text[i + 1] in "uU":
                raise _refuse("a \\u escape in a string (Neo4j decodes it before finding where the string "
                              "ends); write the character itself", i)
            i += 2
        elif c == quote:
            tokens.append(Token("string", text[start:i + 1], start))
            return i + 1
        else:
            i += 1
    raise _refuse("a string is not closed", start)


def _backquoted(text: str, i: int, tokens: list[Token], kind: str) -> int:
    start, n = i, len(text)
    i += 1
    while i < n:
        if text[i] == "`":
            if i + 1 < n and text[i + 1] == "`":  # a doubled backquote stands for one
                i += 2
                continue
            tokens.append(Token(kind, text[start:i + 1], start))
            return i + 1
        if text[i] == "\\" and i + 1 < n and text[i + 1] in "uU":
            raise _refuse("a \\u escape in a backquoted name; write the character itself", i)
        i += 1
    raise _refuse("a backquoted name is not closed", start)


def _param(text: str, i: int, tokens: list[Token]) -> int:
    start, n = i, len(text)
    i += 1
    if i < n and text[i] == "`":
        end = _backquoted(text, i, [], "name")
    else:
        end = i
        while end < n and text[end].isascii() and (text[end].isalnum() or text[end] == "_"):
            end += 1
    if end == i:
        raise _refuse("a $ without a parameter name", start)
    tokens.append(Token("param", text[start:end], start))
    return end


def _prefix(tokens: list[Token]) -> int:
    """Index of the first token after the ``CYPHER`` prefixes; QueryRefused for a version or an
    option that is not accepted, and for EXPLAIN/PROFILE."""
    i = 0
    while i < len(tokens) and tokens[i].word == "CYPHER":
        i += 1
        if i < len(tokens) and tokens[i].kind == "number":
            if tokens[i].text not in VERSIONS:
                raise _refuse(f"Cypher version {tokens[i].text} (this server speaks "
                              f"{', '.join(sorted(VERSIONS))})", tokens[i].offset)
            i += 1
        while i + 2 < len(tokens) and tokens[i].kind == "word" and tokens[i + 1].text == "=":
            option, value = tokens[i], tokens[i + 2]
            if option.text.lower() not in PREFIX_OPTIONS:
                raise _refuse(f"the query option {option.text!r}", option.offset)
            if value.kind not in ("word", "number"):
                raise _refuse(f"the value of the query option {option.text!r}", value.offset)
            i += 3
    return i


def check_read_query(text: str) -> None:
    """Refuse (QueryRefused) a query that is not a plain read query; see the module docstring."""
    tokens = tokenize(text)
    while tokens and tokens[-1].text == ";" and tokens[-1].kind == "symbol":
        tokens.pop()
    if not tokens:
        raise _refuse("the query is empty")
    start = _prefix(tokens)
    if start == len(tokens):
        raise _refuse("the query has a prefix and nothing after it")
    _check_start(tokens, start, "the query")
    stack: list[tuple[str, bool]] = []  # (opening bracket, whether it opened a subquery)
    case_depth = 0
    not_run = 0
    for i in range(start, len(tokens)):
        token = tokens[i]
        before = tokens[i - 1] if i > start else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.kind == "symbol":
            not_run = 0
            if token.text == ";":
                raise _refuse("more than one statement", token.offset)
            if token.text in "([{":
                subquery = token.text == "{" and _opens_subquery(tokens, i, start)
                stack.append((token.text, subquery))
                if subquery:
                    _check_start(tokens, i + 1, "a subquery", pattern=before is not None
                                 and before.word in ("EXISTS", "COUNT"))
            elif token.text in _CLOSING:
                if not stack or stack[-1][0] != _CLOSING[token.text]:
                    raise _refuse(f"an unmatched {token.text!r}", token.offset)
                _, subquery = stack.pop()
                if subquery and after is not None and after.word == "IN":
                    raise _refuse("IN TRANSACTIONS is not allowed", after.offset)
            if len(stack) + case_depth > MAX_NESTING:
                raise _refuse(f"nesting deeper than {MAX_NESTING}", token.offset)
            continue
        word = token.word
        if not word or _not_a_keyword(before, after, stack):
            not_run = 0
            continue
        if word == "NOT":
            not_run += 1
        else:
            not_run = 0
        if word == "CASE":
            case_depth += 1
        elif word == "END":
            case_depth = max(0, case_depth - 1)
        if len(stack) + case_depth + not_run > MAX_NESTING:
            raise _refuse(f"nesting deeper than {MAX_NESTING}", token.offset)
        if word in REFUSED_WORDS:
            raise _refuse(f"{REFUSED_WORDS[word]} ({token.text})", token.offset)
        if word == "CALL":
            _check_call(tokens, i)
        elif word == "UNION":
            j = i + 1
            if j < len(tokens) and tokens[j].word in ("ALL", "DISTINCT"):
                j += 1
            _check_start(tokens, j, "a query after UNION")
    if stack:
        raise _refuse(f"an unclosed {stack[-1][0]!r}")


def _not_a_keyword(before: Token | None, after: Token | None, stack: list[tuple[str, bool]]) -> bool:
    """Whether a word stands where Neo4j reads a name, never a keyword: a property or namespace
    (after ``.``), a label or type (after ``:``), an alias (after ``AS``), or a map key (``{key:``
    or ``, key:`` in a map)."""
    if before is not None and ((before.kind == "symbol" and before.text in ".:") or before.word == "AS"):
        return True
    in_map = bool(stack) and stack[-1] == ("{", False)
    return (in_map and after is not None and after.text == ":" and before is not None
            and before.text in ("{", ","))


def _opens_subquery(tokens: list[Token], i: int, start: int) -> bool:
    """Whether the ``{`` at ``i`` opens a subquery: after CALL, EXISTS, COUNT or COLLECT, or after
    the ``(...)`` of a scoped ``CALL (...) {``."""
    before = tokens[i - 1] if i > start else None
    if before is None:
        return False
    if before.word in _SUBQUERY_OPENERS and (i - 2 < start or tokens[i - 2].text not in ".:"):
        return True
    if before.text == ")" and before.kind == "symbol":
        depth, j = 0, i - 1
        while j >= start:
            if tokens[j].kind == "symbol" and tokens[j].text == ")":
                depth += 1
            elif tokens[j].kind == "symbol" and tokens[j].text == "(":
                depth -= 1
                if depth == 0:
                    return j > start and tokens[j - 1].word == "CALL"
            j -= 1
    return False


def _check_call(tokens: list[Token], i: int) -> None:
    """``CALL`` must open a subquery: ``CALL {`` or ``CALL (vars) {``; anything else calls a procedure."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == "(" and tokens[j].kind == "symbol":
        depth = 0
        while j < len(tokens):
            if tokens[j].kind == "symbol" and tokens[j].text == "(":
                depth += 1
            elif tokens[j].kind == "symbol" and tokens[j].text == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        j += 1
    if j >= len(tokens) or tokens[j].kind != "symbol" or tokens[j].text != "{":
        raise _refuse("procedure calls are not allowed (CALL is accepted only before a subquery's braces)",
                      tokens[i].offset)


def _check_start(tokens: list[Token], i: int, what: str, *, pattern: bool = False) -> None:
    """The token at ``i`` must begin a read clause (or, in ``EXISTS {``/``COUNT {``, a pattern)."""
    if i >= len(tokens):
        raise _refuse(f"{what} is empty")
    token = tokens[i]
    if token.word in READ_STARTS or (pattern and token.text == "(" and token.kind == "symbol"):
        return
    if token.word in REFUSED_WORDS:
        raise _refuse(f"{REFUSED_WORDS[token.word]} ({token.text})", token.offset)
    raise _refuse(f"{what} must begin with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or a CALL subquery, "
                  f"not {token.text!r}", token.offset)
