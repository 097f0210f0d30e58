"""The name an apposition describes, for a relative clause the parse or a pattern hangs on a name inside it.

"A, heir to B, which still patrols Z", "A, a village on the road to B, which X took in May": the clause
goes on describing A, the name the apposition is about, not B inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: The words between A and B: a comma, an article, lower-case words (one more comma before B at most).
_APPOSED_GAP = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z0-9][\w'-]*\s+){0,7}[a-z0-9][\w'-]*,?\s+(?:the\s+)?")


class _Mention(Protocol):
    start: int
    end: int
    index: int


def apposed_owner(body: str, sentence_mentions: Sequence[_Mention], b: _Mention) -> int | None:
    """The mention A whose apposition holds B ("A, the N of B"), or None."""
    before = [m for m in sentence_mentions if m.end <= b.start]
    if not before:
        return None
    a = before[-1]
    if _APPOSED_GAP.fullmatch(body, a.end, b.start) is None:
        return None
    return a.index
