"""Borders as places: "the Valdorian-Kessan border", "the Kessa–Oronde frontier", "the international border".

A mixin of the mention walker (``loaders.mentions``): a border is a place an agreement covers or an
army holds, but it has no name of its own. It is read as a zone when the two states it divides name
it, joined by a dash ("the X-Y border", the two names read first as mentions of the states, which it
replaces), or when it is "the international border". A border that qualifies another noun ("the X-Y
border guards", "the border crossing", "a X-Y border treaty") is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pactgraph.loaders.text import Sentence

if TYPE_CHECKING:
    from pactgraph.loaders.mentions import Mention

#: The nouns of a border.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
_DASHES = frozenset({"-", "–", "—"})
#: Words that may follow a border that ends its phrase ("the X-Y border and ...", "... border, which").
_AFTER_BORDER = frozenset({
    "and", "or", "but", "in", "on", "at", "near", "along", "between", "with", "from", "to", "of", "which",
    "that", "is", "was", "has", "had", "remains", "remained", "where", "for", "since", "as", "by", "while",
    "after", "before", "into", "until", "across", "around", "itself", "are", "were", "will", "within",
    "under", "over", "through", "beyond", "up", "so",
})


class Borders:
    """``border``: a border named by the two states it divides, or "the international border"."""

    body: str
    tokens: list[Any]
    mentions: list[Mention]

    if TYPE_CHECKING:
        def tok(self, i: int) -> str: ...
        def text(self, i: int, j: int) -> str: ...
        def add(self, i: int, j: int, sent: int, kind: str, **kw: Any) -> Mention: ...

    def border(self, i: int, s: Sentence) -> None:
        nxt = self.tok(i + 1)
        if nxt.isalpha() and nxt.islower() and nxt not in _AFTER_BORDER or nxt in ("-", "–"):
            return  # "the X-Y border guards", "the border crossing", "border-crossing"
        before = self.tok(i - 1)
        if before.lower() == "international" and self.tok(i - 2).lower() in ("the", "an", "its", "their"):
            if not (self.mentions and self.mentions[-1].end > self.tokens[i - 1].idx):
                self.add(i - 1, i + 1, s.index, "zone", type="Place", name=self.text(i - 1, i + 1))
            return
        if len(self.mentions) < 2:
            return
        a, b = self.mentions[-2], self.mentions[-1]
        start = self.tokens[i].idx
        if a.sent != s.index or b.sent != s.index or a.kind not in ("gaz", "name") \
                or b.kind not in ("gaz", "name") or self.body[b.end:start] != " " \
                or self.body[a.end:b.start] not in _DASHES:
            return
        # "the Valdorian-Kessan border": the two states it divides, read as one place
        del self.mentions[-2:]
        end = start + len(self.tokens[i].text)
        m = self.add(i, i + 1, s.index, "zone", type="Place")
        m.start, m.text = a.start, self.body[a.start:end]
        m.name = m.text
