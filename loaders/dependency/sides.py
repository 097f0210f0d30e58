"""The backer of a side in a fight fights the other side: "X, backed by Y, drove Z out of the town",
"fighting between Z and X forces backed by Y" (Y opposes Z besides X).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders.dependency.misread import MisreadVerbs
from pactgraph.loaders.syntax import Parse

#: Participles that name a side's backer as their agent.
_BACKED_FORMS = frozenset({"backed", "supported", "armed", "funded", "financed", "sponsored", "assisted"})


class SideBackers(MisreadVerbs):
    """``emit_frame`` for ``opposes`` also names the backers of either side, by a participle on the side."""

    def emit_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                   obj: list[int], asserted: bool = False, status: str | None = None,
                   descriptive: bool = False) -> None:
        super().emit_frame(p, t, construction, predicate, subj, obj, asserted=asserted, status=status,
                           descriptive=descriptive)
        if predicate == "member_of" and construction == "holder" and t.lower_ == "them":
            # "anti-Z forces backed by W, among them the X, ...": X is one of the forces, and fights Z too
            group = t.head
            while group.dep_ in ("acl", "acl:relcl") and group.head.i != group.i:
                group = group.head  # (the noun the participle on it describes, as ``among_them`` reads it)
            enemies = [m for x in group.children if x.lower_ == "anti" and x.i + 2 < len(x.doc)
                       and x.nbor(1).text == "-" and (m := p.mention_of[x.i + 2]) >= 0 and m not in subj]
            super().emit_frame(p, t, "prefix", "opposes", subj, enemies, descriptive=True)
            return
        if predicate != "opposes" or construction not in ("verb", "action") or not subj or not obj:
            return  # (not "anti-X forces backed by Y": the prefix names no side of a fight)
        for sides, others in ((subj, obj), (obj, subj)):
            for m in dict.fromkeys(sides):
                backers = [b for b in self._backers(p, m) if b not in subj and b not in obj]
                enemies = [o for o in others if o != m]
                if backers and enemies:
                    super().emit_frame(p, t, construction, predicate, backers, enemies, asserted=asserted,
                                       status=status, descriptive=descriptive)
            if sides == others:
                break  # "X and Y fought each other": one list of both sides

    def _backers(self, p: Parse, m: int) -> list[int]:
        """The agents of a participle of backing on the side's words ("X troops, backed by Y")."""
        out: list[int] = []
        for k, x in enumerate(p.mention_of):
            if x != m:
                continue
            tok = p.doc[k]
            heads = [tok, tok.head] if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i else [tok]
            for h in heads:
                for c in h.children:
                    if c.dep_ in ("acl", "amod") and c.i > h.i and c.lower_ in _BACKED_FORMS and \
                            c.tag_ in ("VBN", "JJ"):  # ("armed" read as an adjective)
                        out += self.agents(p, c)
            break
        return out
