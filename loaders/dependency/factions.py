"""The head of a part of a group: "a Y faction led by X", "the wing of Y commanded by X", "Y's delegation,
led by X" (``member_of``: X is one of Y's men, not Y's leader).

A mixin of the chain of ``loaders.dependency`` (after ``members``): a participle of leading hung on a
noun of a group's part (faction, wing, branch, splinter group, cell) whose whole the noun names as a
compound or an "of" phrase makes the participle's agent a member of that whole. The passive frame's
``leader_of`` between the two is dropped: the leader of a faction does not lead the group it split.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.dependency.common import _case
from pactgraph.loaders.dependency.members import MemberClauses
from pactgraph.loaders.syntax import Parse

#: The people an actor sends to talks, led by one of its own ("the Y delegation led by X").
_DELEGATIONS = frozenset({"delegation", "delegations"})
#: Participles of leading that hang on the part they describe.
LED_FORMS = frozenset({"led", "commanded", "headed", "run"})


class FactionLeaders(MemberClauses):
    """``faction_led``: "a Y faction led by X", "the wing of Y commanded by X": X is member_of Y."""

    def faction_led(self, p: Parse, v: Any) -> None:
        wholes = self._part_wholes(p, v)
        if not wholes:
            return
        people = [m for m in self.agents(p, v) if (e := self.entity(m)) is not None and e.type == "Person"]
        if people:
            self.emit_frame(p, v, "passive", "member_of", people, wholes)

    def _part_wholes(self, p: Parse, v: Any) -> list[int]:
        """The groups whose part the participle ``v`` describes, named before it in the part's phrase."""
        if v.lower_ not in LED_FORMS:
            return []
        if v.dep_ == "acl":
            # the parse may hang the participle on the first of two listed parts ("the A faction led by X
            # and the wing of B commanded by Y"): the part is the last one before the participle
            heads = [t for t in v.head.subtree if t.i < v.i and t.i not in {x.i for x in v.subtree}]
            heads += [c for c in v.head.conjuncts if c.i < v.i]
        elif v.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in v.children):
            # "..., the A faction led by X" read as a clause whose subject is the part
            heads = [c for c in v.children if c.dep_ == "nsubj"]
        else:
            return []
        parts = [t for t in heads if t.i < v.i and t.lower_ in lx.GROUP_PART_NOUNS]
        if not parts:
            return []
        part = max(parts, key=lambda t: t.i)
        inside = {t.i for t in part.subtree}
        if any(k not in inside for k in range(part.i + 1, v.i)):
            return []
        if any(t.i in inside and t.dep_ == "conj" for t in part.subtree if part.i < t.i < v.i):
            return []
        out: list[int] = []
        sent = part.lower_ in _DELEGATIONS  # "the Tessalian delegation, led by X": one of the state's people
        for c in part.children:
            if c.dep_ == "compound" and c.i < part.i or c.dep_ == "nmod" and _case(c) == "of" and \
                    c.i < v.i or sent and c.dep_ in ("nmod:poss", "amod") and c.i < part.i:
                m = p.mention_of[c.i]
                if m >= 0 and (e := self.entity(m)) is not None and (
                        e.type in ("ArmedGroup", "Organization") or sent and e.type == "State"):
                    out.append(m)
        return out

    def emit_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                   obj: list[int], asserted: bool = False, status: str | None = None,
                   descriptive: bool = False) -> None:
        if predicate == "leader_of" and construction == "passive" and obj:
            wholes = self._part_wholes(p, t)
            obj = [o for o in obj if o not in wholes]
            if not obj:
                return
        super().emit_frame(p, t, construction, predicate, subj, obj, asserted=asserted, status=status,
                           descriptive=descriptive)
