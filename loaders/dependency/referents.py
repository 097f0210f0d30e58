"""What a word that names nothing itself refers back to, for the argument readers (``arguments``).

A mixin of the chain of ``loaders.dependency`` (after ``tree``, before ``arguments``):

* "the valley", "the capital" alone: the one place of that kind named before;
* "A, the successor to B, which guards Z": the relative clause is A's, not B's inside A's apposition.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders.apposed import apposed_owner
from pactgraph.loaders.dependency.tree import TreeQueries
from pactgraph.loaders.syntax import Parse

#: Heads of a place named before that "the X" alone refers back to ("the valley", "the capital").
_PLACE_BACK_HEADS = frozenset({"valley", "capital", "gorge", "enclave", "peninsula"})


class Referents(TreeQueries):
    """``_place_named_before`` and ``_apposition_owner``."""

    def _place_named_before(self, p: Parse, t: Any) -> int | None:
        """"the valley", "the capital" with no phrase of their own: the one such place named before (for
        "the capital", the one capital city its sentence named before it)."""
        if any(c.dep_ in ("nmod", "appos", "amod", "compound") for c in t.children) or not any(
                c.dep_ in ("det", "nmod:poss") and c.lower_ in ("the", "its", "their") for c in t.children):
            return None
        here = p.sentence.index
        before = {p.mention_of[i] for i in range(t.i)}  # the mentions of its sentence before the word
        if t.lower_ == "capital":
            found = {m.entity for m in self.by_sentence[here] if m.form == "capital"
                     and m.index in before and (e := self.entity(m.index)) is not None and e.type == "Place"}
        else:
            found = {m.entity for k in range(here + 1) for m in self.by_sentence[k]
                     if (k < here or m.index in before) and (e := self.entity(m.index)) is not None
                     and e.type == "Place" and e.name.lower().split()[-1] == t.lower_}
        if len(found) != 1:
            return None
        entity = found.pop()
        return next(m.index for k in range(here, -1, -1) for m in reversed(self.by_sentence[k])
                    if m.entity == entity and (k < here or m.index in before))

    def _apposition_owner(self, b: int) -> int | None:
        """"A, the N of B, which ...": A, when B stands inside A's apposition (A another entity than B)."""
        m = self.mentions[b]
        owner = apposed_owner(self.body, self.by_sentence[m.sent], m)
        if owner is None or (e := self.entity(owner)) is None or (f := self.entity(b)) is None \
                or e.id == f.id:
            return None
        return owner
