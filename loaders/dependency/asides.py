"""Asides the parse misreads: names around a role noun set off by dashes ("X and Y — Z's main
backers — ...", "Z's proxies — X in A, Y in B — ..."), and two participles after a name read as its
adjective and its conjunct ("Y, armed and paid by X"), taken as the passive they are; and a participle
after a "by" phrase read as the main verb's conjunct ("signed by Y, now led by X"), taken as Y's.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import VERB_FORMS, _case, _is_noun
from pactgraph.loaders.dependency.emit import FrameEmission
from pactgraph.loaders.syntax import Parse

#: Dashes that open and close an aside ("X and Y — Z's backers — ...").
_DASHES = frozenset({"—", "–", "--"})
#: What a participle says of a deal, not of an actor ("mediated by X").
_DEAL_PREDICATES = frozenset({"brokered", "party_to", "governs"})


class Asides(FrameEmission):
    """Dash asides and post-posed participle pairs, for the frames that follow in the chain."""

    def _dash_aside(self, p: Parse, n: Any) -> list[int]:
        """The names a role noun describes across dashes the parse did not read as an apposition:
        "X and Y — Z's main backers — ..." (the names before the aside the noun closes) and "Z's
        proxies — X in A, Y in B — ..." (the names of the aside right after the noun)."""
        doc = n.doc
        k = n.i + 1 if n.i + 1 < len(doc) and doc[n.i + 1].text in _DASHES else \
            n.right_edge.i + (0 if n.right_edge.text in _DASHES else 1)  # the dash may hang on the noun
        first = k + 1
        while first < len(doc) and doc[first].dep_ == "det":
            first += 1  # "— the X in A, ..."
        if first < len(doc) and doc[k].text in _DASHES and p.mention_of[first] >= 0:
            end = next((t.i for t in doc[first:] if t.text in _DASHES), -1)
            # the first name and the names listed with it (not "in A": a place it sits in)
            return [m for t in doc[first:end] if (m := p.mention_of[t.i]) >= 0 and (
                t.i == first or t.dep_ in ("appos", "conj") and t.head.i == first)] if end > 0 else []
        # "— A's allies and B's main backers —": the nearest dash before the noun opens the aside
        left = next((t.i for t in reversed(doc[max(0, n.i - 12):n.i]) if t.text in _DASHES), -1)
        if k < len(doc) and doc[k].text in _DASHES and left >= 1 and p.mention_of[left - 1] >= 0:
            return self.np(p, doc[left - 1])
        return []

    @staticmethod
    def _postposed_pair(v: Any) -> bool:
        """"Y, armed and paid by X": two participles after a name, the first read as the name's adjective
        and the second, with the "by" phrase, as the name's conjunct."""
        before = v.doc[v.i - 2] if v.i >= 2 else v
        return v.tag_ == "VBN" and v.dep_ == "conj" and _is_noun(v.head) and v.i >= 2 and \
            v.doc[v.i - 1].lower_ in ("and", "or") and before.dep_ == "amod" and before.head.i == v.head.i \
            and before.i > v.head.i and any(c.dep_ in ("obl", "obl:agent") and _case(c) == "by"
                                             for c in v.children)

    @staticmethod
    def _agent_described(v: Any) -> Any | None:
        """"The accord was signed by Y, now led by X": a participle with its own "by" phrase set off by a
        comma right after the main verb's "by" phrase, read as the main verb's conjunct, describes Y."""
        if all(f.predicate in _DEAL_PREDICATES for f in fr.VERBS.get(VERB_FORMS.get(v.lower_, ""), ())):
            return None  # "signed by Y, mediated by X": what is mediated is the deal, never Y
        if v.tag_ != "VBN" or v.dep_ != "conj" or any(c.dep_ == "cc" for c in v.children) or not any(
                c.dep_ in ("obl", "obl:agent") and _case(c) == "by" and c.i > v.i for c in v.children):
            return None
        k = v.i - 1
        while k > 0 and v.doc[k].dep_ == "advmod" and v.doc[k].head.i == v.i:
            k -= 1  # "..., now led by X"
        if k < 1 or v.doc[k].text != ",":
            return None
        return next((c for c in v.head.children if c.dep_ == "obl:agent" and c.i < k
                     and c.right_edge.i == k - 1), None)

    def passive(self, v: Any) -> bool:
        return super().passive(v) or self._postposed_pair(v)

    def patients(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        if self._postposed_pair(v):
            return self.np(p, v.head, conj=False)
        if (agent := self._agent_described(v)) is not None:
            return self.np(p, agent, conj=False)
        return super().patients(p, v, depth)
