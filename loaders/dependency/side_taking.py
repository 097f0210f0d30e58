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
#: Verbs of taking a place: two who take it together fight on one side ("X and Y troops have retaken Z").
_TAKING_FORMS = _forms("retake", "recapture", "capture", "seize", "liberate", "overrun", "storm")
#: Words that make a shared subject's taking separate ("each", "respectively", "separately").
_APART_TAKING = frozenset({"each", "respectively", "separately", "both"})
#: Words that set a side apart from its owner's ("the other side of Y", "on either side").
_APART = frozenset({"other", "either", "both", "opposite", "opposing", "wrong", "far", "near", "each"})


class SideFrames(AgreementFrames):
    """``on_side``: "X is on Y's side", "X fought on the side of Y"; ``took_together``: "X and Y took Z"."""

    def took_together(self, p: Parse, v: Any) -> None:
        """"X and Y troops have retaken Z": the two who take a place together are allies."""
        if v.lower_ not in _TAKING_FORMS or not _is_verbal(v) or self.passive(v) \
                or any(t.lower_ in _APART_TAKING for t in v.doc):
            return
        places = [m for o in self.objects(p, v) for m in self.np(p, o)
                  if (e := self.entity(m)) is not None and e.type == "Place"]
        if not places or any(a.dep_ == "appos" and (a.lower_ in fr.BODY_OF_MEMBERS or v.doc[c.i + 1].text in (
                "—", "–")) for c in v.children if c.dep_ == "nsubj" for a in c.children):
            # "Y, an alliance of A, B and C, seized Z", "Y — A, B and C — seized Z": the list names Y's
            # members, not its allies
            return
        takers: list[int] = []
        ids: set[str] = set()
        for m in self.subjects(p, v):
            e = self.entity(m)
            if e is not None and e.type in ("State", "ArmedGroup") and e.id not in ids:
                ids.add(e.id)
                takers.append(m)
        for k, a in enumerate(takers):
            for b in takers[k + 1:]:
                self.emit_frame(p, v, "alongside", "allied_with", [a], [b])

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
