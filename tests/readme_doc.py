"""The README's console examples, read as data: the commands, what the README says they print, and
whether a real output is what the README shows.

A console example is a line ``$ command`` inside a ```` ```console ```` block, with the command's
continuation lines (a trailing backslash, an open quote) and then the lines it prints, up to the
next ``$ `` line or the block's end. A block preceded by ``<!-- readme-test: skip REASON -->`` is
not run (``make run`` itself, a benchmark).

Matching, so the README can shorten what it shows with ``…``:

* When the README shows JSON, the real output must be the same JSON values. ``…`` stands for any
  value, for any further members of an object (which must otherwise have the same keys, in the
  same order), for any run of array elements, or, inside a string, for any text.
* Otherwise the text is compared line by line (trailing blanks ignored): a line that is only
  ``…`` stands for any number of lines, ``…`` inside a line for any text.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ELLIPSIS = "…"
_SKIP = re.compile(r"<!--\s*readme-test:\s*skip\b(?P<why>.*?)-->")


@dataclass(frozen=True)
class Example:
    line: int  #: the README line of its ``$``
    command: str
    expected: str
    block: int  #: which console block it is in (0, 1, ...)
    skip: str | None = None  #: why the example is not run, or None


def _incomplete(command: str) -> bool:
    """Whether a shell command continues on the next line (a trailing backslash, an open quote)."""
    if command.rstrip().endswith("\\"):
        return True
    check = subprocess.run(["bash", "-n", "-c", command], capture_output=True, text=True, check=False)
    return check.returncode != 0 and ("unexpected end of file" in check.stderr
                                      or "unexpected EOF" in check.stderr)


def examples(readme: Path) -> list[Example]:
    """Every console example of ``readme``, in order."""
    lines = readme.read_text(encoding="utf-8").split("\n")
    found: list[Example] = []
    i, in_fence, in_block, skip, pending_skip, block = 0, False, False, None, None, -1
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            if in_fence:
                in_fence = in_block = False
            else:
                in_fence, in_block = True, line.strip() == "```console"
                if in_block:
                    block += 1
                skip, pending_skip = pending_skip, None
            i += 1
            continue
        marker = None if in_fence else _SKIP.search(line)
        if marker:
            pending_skip = marker.group("why").strip() or "marked skip"
        if in_block and line.startswith("$ "):
            start, command = i, line[2:]
            while _incomplete(command) and i + 1 < len(lines):
                i += 1
                command += "\n" + lines[i]
            i += 1
            shown = []
            while i < len(lines) and not lines[i].startswith(("$ ", "```")):
                shown.append(lines[i])
                i += 1
            found.append(Example(start + 1, command, "\n".join(shown), block, skip))
            continue
        i += 1
    return found


# -- JSON with … ------------------------------------------------------------------------------

class _Any:
    def __repr__(self) -> str:
        return ELLIPSIS


ANY = _Any()


@dataclass
class _Text:
    """A string with … in it."""
    text: str

    def matches(self, value: Any) -> bool:
        pattern = ".*".join(re.escape(part) for part in self.text.split(ELLIPSIS))
        return isinstance(value, str) and re.fullmatch(pattern, value, re.S) is not None


@dataclass
class _Object:
    items: list[tuple[str, Any]]
    more: bool  #: a … among the members


@dataclass
class _Array:
    elements: list[Any]


_TOKEN = re.compile(r'\s*(?:(?P<s>"(?:[^"\\]|\\.)*")|(?P<p>[{}\[\]:,])|(?P<e>…)'
                    r'|(?P<n>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<k>true|false|null))', re.S)


class _Reader:
    """JSON values where … may stand in for values, members, elements or text."""

    def __init__(self, text: str) -> None:
        self.text, self.at = text, 0

    def _token(self, peek: bool = False) -> tuple[str, str]:
        m = _TOKEN.match(self.text, self.at)
        if not m or m.lastgroup is None:
            raise ValueError(f"not JSON at {self.at}: {self.text[self.at:self.at + 30]!r}")
        if not peek:
            self.at = m.end()
        return m.lastgroup, m.group(m.lastgroup)

    def value(self) -> Any:
        kind, token = self._token()
        if kind == "s":
            text = json.loads(token)
            return _Text(text) if ELLIPSIS in text else text
        if kind == "n":
            return json.loads(token)
        if kind == "k":
            return {"true": True, "false": False, "null": None}[token]
        if kind == "e":
            return ANY
        if token == "{":
            return self._object()
        if token == "[":
            return self._array()
        raise ValueError(f"unexpected {token!r}")

    def _object(self) -> _Object:
        obj = _Object([], False)
        if self._token(peek=True) == ("p", "}"):
            self._token()
            return obj
        while True:
            kind, token = self._token()
            if kind == "e":
                obj.more = True
            elif kind == "s" and self._token() == ("p", ":"):
                obj.items.append((json.loads(token), self.value()))
            else:
                raise ValueError("a member expected")
            _, token = self._token()
            if token == "}":
                return obj
            if token != ",":
                raise ValueError(", or } expected")

    def _array(self) -> _Array:
        arr = _Array([])
        if self._token(peek=True) == ("p", "]"):
            self._token()
            return arr
        while True:
            arr.elements.append(self.value())
            _, token = self._token()
            if token == "]":
                return arr
            if token != ",":
                raise ValueError(", or ] expected")

    def values(self) -> list[Any]:
        found = []
        while self.text[self.at:].strip():
            found.append(self.value())
        return found


def _json_values(text: str) -> list[Any]:
    decoder, at, found = json.JSONDecoder(), 0, []
    text = text.strip()
    while at < len(text):
        value, at = decoder.raw_decode(text, at)
        found.append(value)
        while at < len(text) and text[at].isspace():
            at += 1
    return found


def _short(value: Any, limit: int = 200) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + ELLIPSIS


def _match(shown: Any, real: Any, path: str, errors: list[str]) -> None:
    if shown is ANY:
        return
    if isinstance(shown, _Text):
        if not shown.matches(real):
            errors.append(f"{path}: README {json.dumps(shown.text, ensure_ascii=False)}, real {_short(real)}")
    elif isinstance(shown, _Object):
        if not isinstance(real, dict):
            errors.append(f"{path}: README an object, real {_short(real)}")
            return
        keys = [key for key, _ in shown.items]
        for key, sub in shown.items:
            if key in real:
                _match(sub, real[key], f"{path}.{key}", errors)
            else:
                errors.append(f"{path}.{key}: in the README, not in the real output")
        extra = [key for key in real if key not in keys]
        if extra and not shown.more:
            errors.append(f"{path}: the real output has members the README neither shows nor elides: {extra}")
        if [k for k in keys if k in real] != [k for k in real if k in keys]:
            errors.append(f"{path}: members in another order than the README's")
    elif isinstance(shown, _Array):
        if not isinstance(real, list):
            errors.append(f"{path}: README an array, real {_short(real)}")
        elif not _elements_match(shown.elements, real):
            errors.append(f"{path}: README {len(shown.elements)} element(s) "
                          f"{'with … ' if ANY in shown.elements else ''}do not match the real "
                          f"{len(real)}: {_short(real, 600)}")
    elif isinstance(shown, bool) or isinstance(real, bool) or not isinstance(shown, (int, float)):
        if shown != real or type(shown) is not type(real):
            errors.append(f"{path}: README {_short(shown)}, real {_short(real)}")
    elif not isinstance(real, (int, float)) or abs(shown - real) > 1e-9:
        errors.append(f"{path}: README {_short(shown)}, real {_short(real)}")


def _elements_match(shown: list[Any], real: list[Any]) -> bool:
    """Whether the elements match in order, each ANY standing for any run of real elements."""
    ok = [[False] * (len(real) + 1) for _ in range(len(shown) + 1)]
    ok[len(shown)][len(real)] = True
    for i in range(len(shown) - 1, -1, -1):
        for j in range(len(real), -1, -1):
            if shown[i] is ANY:
                ok[i][j] = ok[i + 1][j] or (j < len(real) and ok[i][j + 1])
            elif j < len(real):
                errors: list[str] = []
                _match(shown[i], real[j], "", errors)
                ok[i][j] = not errors and ok[i + 1][j + 1]
    return ok[0][0]


def _lines_match(shown: list[str], real: list[str]) -> bool:
    ok = [[False] * (len(real) + 1) for _ in range(len(shown) + 1)]
    ok[len(shown)][len(real)] = True
    for i in range(len(shown) - 1, -1, -1):
        pattern = re.compile(".*".join(re.escape(part) for part in shown[i].split(ELLIPSIS)))
        for j in range(len(real), -1, -1):
            if shown[i].strip() == ELLIPSIS:
                ok[i][j] = ok[i + 1][j] or (j < len(real) and ok[i][j + 1])
            elif j < len(real):
                ok[i][j] = pattern.fullmatch(real[j]) is not None and ok[i + 1][j + 1]
    return ok[0][0]


def difference(expected: str, real: str) -> str | None:
    """None when what the README shows is true of the real output, else what differs."""
    shown_text = expected.strip("\n")
    try:
        shown = _Reader(shown_text).values() if shown_text.strip() else None
    except ValueError:
        shown = None  # not JSON: compared as text
    if shown:
        try:
            values = _json_values(real)
        except ValueError:
            return "the README shows JSON; the real output is not JSON:\n" + real[:3000]
        if len(values) != len(shown):
            return (f"the README shows {len(shown)} JSON value(s), the real output has {len(values)}:\n"
                    + real[:3000])
        errors: list[str] = []
        for k, (s, v) in enumerate(zip(shown, values, strict=True)):
            _match(s, v, f"[{k}]" if len(shown) > 1 else "$", errors)
        return "\n".join(errors) or None
    shown_lines = [line.rstrip() for line in shown_text.split("\n")] if shown_text else []
    real_lines = [line.rstrip() for line in real.rstrip("\n").split("\n")] if real.strip() else []
    if _lines_match(shown_lines, real_lines):
        return None
    return "\n".join(difflib.unified_diff(shown_lines, real_lines, "README", "real", lineterm="", n=2))
