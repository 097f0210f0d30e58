"""Rows of a table that name an actor's head: explainers list the actors one a row, with the head in a
column headed "Leader" ("| Actor | Leader | ... |") or in a cell that says so ("| X | ... | Led by Y; ... |").

The actor is the first name of the row's first cell; the head is the first person of the leader's cell.
"""

from __future__ import annotations

import re

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.extractor_state import ExtractorState
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.phrasing import Rule
from pactgraph.loaders.text import Sentence

_TABLE_LEADER = Rule("table-leader", "leader_of", re.compile(r"(?!)"), (), descriptive=True)
#: Column headings of an actor's head.
_LEADER_HEADINGS = frozenset({"leader", "leaders", "led by", "head", "headed by", "commander", "chief"})
#: A cell that opens with its actor's head.
_LED_BY_CELL = re.compile(r"\s*(?:led|headed|commanded)\s+by\s", re.I)
_SEPARATOR = re.compile(r"\s*:?-{3,}:?\s*")
_HEAD_TITLE = re.compile(rf"^(?:{lx.HEAD_OF_STATE_TITLE})$")
_ACTOR_TYPES = frozenset({"ArmedGroup", "Organization", "State"})


class TableRows(ExtractorState):
    """``table_leaders``: the heads a table's rows name."""

    def table_leaders(self) -> None:
        heading: list[str] | None = None
        # a row by its line's start: its first sentence, and its mentions
        rows: dict[int, tuple[Sentence, list[Mention]]] = {}
        for s in self.sentences:
            start = self.body.rfind("\n", 0, s.start) + 1
            if not self.body[start:s.start + 1].lstrip().startswith("|"):
                rows[-1 - s.index] = (s, [])  # not a table's: ends the table before it
                continue
            row = rows.setdefault(start, (s, []))  # a row the sentence splitter cut goes on
            row[1].extend(self.by_sentence[s.index])
        for start, (s, ms) in rows.items():
            end = self.body.find("\n", start) if start >= 0 else -1
            line = self.body[start:end if end >= 0 else len(self.body)] if start >= 0 else ""
            if line.count("|") < 3:
                heading = None
                continue
            bars = [start + k for k, ch in enumerate(line) if ch == "|"]
            cells = [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)]
            if all(_SEPARATOR.fullmatch(self.body[a:b]) for a, b in cells):
                continue
            if heading is None:
                heading = [" ".join(self.body[a:b].lower().split()) for a, b in cells]
                continue
            self._row(s, ms, cells, heading)

    def _row(self, s: Sentence, ms: list[Mention], cells: list[tuple[int, int]], heading: list[str]) -> None:
        if not cells:
            return
        actor = self._first(ms, cells[0], _ACTOR_TYPES, ("name", "gaz"))
        if actor is None:
            return
        state = (e := self.entity(actor.index)) is not None and e.type == "State"
        for j, (a, b) in enumerate(cells[1:], start=1):
            named = j < len(heading) and heading[j] in _LEADER_HEADINGS
            led = _LED_BY_CELL.match(self.body, a, b)
            person = self._first(ms, (led.end() if led else a, b), frozenset({"Person"}), ("name", "person"))
            # "| Government of X | ... | President Y has ... |": a state's row, a cell opening with its head
            titled = state and person is not None and \
                _HEAD_TITLE.match(" ".join(self.body[a:person.start].split())) is not None
            if not named and led is None and not titled:
                continue
            if person is not None:
                self.emit_entities(self.entity(person.index), "leader_of", self.entity(actor.index), s,
                                   _TABLE_LEADER, "asserted", 0.8)

    def _first(self, ms: list[Mention], span: tuple[int, int], types: frozenset[str],
               kinds: tuple[str, ...]) -> Mention | None:
        """The first mention of the span of one of those types and kinds."""
        for m in ms:
            if span[0] <= m.start and m.end <= span[1] and m.kind in kinds and \
                    (e := self.entity(m.index)) is not None and e.type in types:
                return m
        return None
