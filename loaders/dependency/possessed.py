"""What an actor owns, backed by another: "Y's campaign was funded by X", "Y's arsenal, supplied by X"
(``backs``: X backs Y).

A mixin of the chain of ``loaders.dependency`` (after ``suppliers``): a passive verb of backing whose
patient is no actor but a thing an actor owns (the possessive of a noun no mention stands for) backs
the owner. The verb frame reads every patient that stands for an actor ("Y's fighters were trained by
X" is Y's already); this reads only the possessed things it leaves out: the owner's war, arms or budget.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case, _is_noun
from pactgraph.loaders.dependency.suppliers import AllySuppliers
from pactgraph.loaders.syntax import Parse

#: The entity types that can own what another actor backs.
_OWNER_TYPES = frozenset({"State", "ArmedGroup", "Organization"})
#: Words that open a list of examples after a noun ("militias, including X").
_LISTING = frozenset({"including", "such as", "notably"})


class PossessedPatients(AllySuppliers):
    """``possessed_backed``: "Y's war was financed by X": X backs Y; ``listed_agents``: "Y, backed by
    several militias, including X": X backs Y."""

    def listed_agents(self, p: Parse, v: Any, lemma: str) -> None:
        """The names listed after the agent of a passive verb of backing ("backed by militias, including
        fighters from X"), which the parse hangs on the verb, not on the agent."""
        if not any(f.predicate == "backs" for f in fr.VERBS[lemma]) or not self.passive(v) or not any(
                c.dep_ == "obl:agent" for c in v.children):
            return
        listed = [m for c in v.children if c.dep_ == "obl" and _case(c) in _LISTING for m in self.np(p, c)]
        if listed:
            self.emit_frame(p, v, "passive", "backs", listed, self.patients(p, v))

    def possessed_backed(self, p: Parse, v: Any, lemma: str) -> None:
        if not any(f.predicate == "backs" for f in fr.VERBS[lemma]) or not self.passive(v):
            return
        things = [c for c in v.children if c.dep_ == "nsubj:pass"]
        if not things and v.dep_ == "acl":
            things = [v.head]  # "Y's arsenal, supplied by X, ..."
        if not things or not _is_noun(things[0]) or p.mention_of[things[0].i] >= 0 \
                or self.np(p, things[0]):
            return  # an actor (the verb frame's patient) or nothing owned
        owners = [m for c in things[0].children if c.dep_ == "nmod:poss"
                  for m in self.np(p, c, conj=False)]
        owners = [m for m in owners if (e := self.entity(m)) is not None and e.type in _OWNER_TYPES]
        if owners:
            self.emit_frame(p, v, "passive", "backs", self.agents(p, v), owners)
