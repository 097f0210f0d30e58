"""A side one takes: "X is fighting on Y's side", "X entered the war on the side of Y" (``allied_with``).

A mixin of the chain of ``loaders.dependency`` (after ``agreements``): the noun "side" after "on", owned
by an actor ("Y's side", "the side of Y"), read as a predicate ("X is on Y's side") or hung on a verb of
fighting or of joining a war ("X fights on Y's side", "X entered the war on the side of Y"). A side with
no owner or one set apart ("on the other side", "on either side of the border") is no ally's.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.agreements import AgreementFrames
from pactgraph.loaders.dependency.common import _case, _forms, _is_verbal
from pactgraph.loaders.syntax import Parse

#: Verbs whose "on Y's side" puts their subject with Y, besides the verbs of fighting.
_SIDING_VERBS = _forms("be", "remain", "stay", "enter", "join", "intervene", "come", "weigh", "line", "wage",
                       "go", "sit", "stand", *fr.FIGHT_VERBS)
#: Words that set a side apart from its owner's ("the other side of Y", "on either side").
_APART = frozenset({"other", "either", "both", "opposite", "opposing", "wrong", "far", "near", "each"})


class SideFrames(AgreementFrames):
    """``on_side``: "X is on Y's side", "X fought on the side of Y"."""

    def on_side(self, p: Parse, side: Any) -> None:
        if _case(side) != "on" or any(c.lower_ in _APART for c in side.children):
            return
        owned = [c for c in side.children if c.dep_ == "nmod:poss"]
        of = [c for c in side.children if c.dep_ == "nmod" and _case(c) == "of"]
        if owned and of:
            return  # "on Y's side of the border": a stretch of ground, not a camp
        owners = [m for c in owned + of for m in self.np(p, c)]
        if not owners:
            return
        if any(c.dep_ == "cop" for c in side.children):
            # "X is on Y's side"
            subj = [m for c in side.children if c.dep_ == "nsubj" for m in self.np(p, c)]
            self.emit_frame(p, side, "alongside", "allied_with", subj, owners)
            return
        v = side.head
        if side.dep_ not in ("obl", "advcl") or not _is_verbal(v):
            return
        if v.lower_ not in _SIDING_VERBS:
            return
        self.emit_frame(p, v, "alongside", "allied_with", self.subjects(p, v), owners)
