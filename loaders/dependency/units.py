"""A named unit that is part of a body: "X, the army of Y", "Y's 14th Motor Rifle Division", "X, one of the
factions of Y" (each a member of its owner).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.action import ActionFrames
from pactgraph.loaders.dependency.common import _case
from pactgraph.loaders.dependency.lists import _named_by_compound
from pactgraph.loaders.syntax import Parse


class UnitFrames(ActionFrames):
    """Units and factions of a body, read off the noun that says so."""

    def force_of(self, p: Parse, n: Any) -> None:
        """"X, the army of Y, ...", "X — formally the army of Y —": the named group is Y's force, part of
        Y."""
        head = p.mention_of[n.head.i]
        if head < 0 or p.mentions[head].kind != "name" or self._type_of(p.mentions[head]) != "ArmedGroup":
            return
        owners = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] >= 0
                  and p.mentions[p.mention_of[c.i]].kind in ("name", "gaz")
                  for m in self.np(p, c, conj=False)
                  if self._type_of(p.mentions[m]) in ("State", "Organization", "ArmedGroup") and m != head]
        self.emit_frame(p, n, "holder", "member_of", [head], owners, descriptive=True)

    def state_unit(self, p: Parse, poss: Any) -> None:
        """"X's 14th Motor Rifle Division", "X's Revolutionary Guards": a named unit of a kind only a state's
        forces have, owned by a state, is part of that state."""
        unit = p.mention_of[poss.head.i]
        state = p.mention_of[poss.i]
        if unit == state or p.mentions[unit].kind != "name" or \
                p.mentions[unit].text.split()[-1] not in fr.STATE_UNIT_HEADS:
            return
        if self._type_of(p.mentions[state]) != "State" or self._type_of(p.mentions[unit]) != "ArmedGroup":
            return
        self.emit_frame(p, poss.head, "holder", "member_of", [unit], [state], descriptive=True)

    def one_of(self, p: Parse, n: Any) -> None:
        """"X is one of the most powerful groups in Y", "X, one of the factions of Y": X is a member of Y."""
        owners = [m for c in n.children if c.dep_ == "nmod" and _case(c) in ("in", "of", "within")
                  for m in self.np(p, c)]
        owners = [m for m in owners
                  if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization", "State")]
        holders = [m for m in self._one_of_holders(p, n.head) if m not in owners]
        self.emit_frame(p, n, "holder", "member_of", holders, owners, descriptive=True)

    def _one_of_holders(self, p: Parse, one: Any) -> list[int]:
        """Who "one of the ..." describes: the copula's subject, the name it is apposed to, or the name right
        before its comma."""
        if any(c.dep_ == "cop" for c in one.children):
            return [m for c in one.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        if one.dep_ == "appos" and (p.mention_of[one.head.i] >= 0 or _named_by_compound(p, one.head)):
            return self.np(p, one.head, conj=False)
        near = self._before_comma(p, one, brackets=True)
        return [near] if near is not None else []
