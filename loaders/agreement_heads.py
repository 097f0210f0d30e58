"""Which of a document's agreements a definite reference by its head noun means.

"X and Y signed a ceasefire in May ... In October they signed a peace treaty ... The treaty, brokered by
Z, ...": "the treaty" is the treaty, not the text's main agreement (the ceasefire), when the main one is
never called by that kind of noun and a later one is. Generic heads ("the deal", "the agreement") stay
with the main agreement.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Head nouns of agreements that tell one kind from another; generic heads are absent.
_FAMILIES = {"treaty": "treaty", "treaties": "treaty", "ceasefire": "ceasefire", "cease-fire": "ceasefire",
             "truce": "ceasefire", "armistice": "ceasefire", "memorandum": "memorandum",
             "declaration": "declaration", "roadmap": "framework", "framework": "framework",
             "charter": "charter", "constitution": "charter"}


def head_family(text: str) -> str | None:
    """The kind a mention's head noun (its last word) names, ``None`` for a generic one."""
    words = text.lower().split()
    return _FAMILIES.get(words[-1]) if words else None


def definite(before: str) -> bool:
    """Whether the words right before a mention make it a definite reference ("the treaty", "this truce")."""
    return before.lower().endswith(("the ", "this "))


def same_kind(family: str, texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` is headed by a noun of ``family``."""
    return any(head_family(t) == family for t in texts)
