"""A relative clause hung on the last name of a list whose verb agrees with the whole list: "A and B, which
have assumed the role of guarantors", "A, B and C, which facilitated the talks and will act as guarantors"
(the parse hangs the clause on C alone; a plural verb or a plural role says all of them are meant).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders.dependency.common import _case
from pactgraph.loaders.dependency.sides import SideBackers
from pactgraph.loaders.syntax import Parse

#: Relative words that stand for the noun the clause hangs on.
_RELATIVE_WORDS = frozenset({"which", "who", "that"})
#: Finite forms that agree with a plural subject only.
_PLURAL_FORMS = frozenset({"are", "were", "have"})


class PluralRelatives(SideBackers):
    """``subjects`` of a relative clause whose verb agrees with the whole list it hangs on."""

    def subjects(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        found = super().subjects(p, v, depth)
        clause = v
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.i < clause.i:
            clause = clause.head  # "..., which facilitated the talks and will act as guarantors"
        if clause.dep_ != "acl:relcl" or not self._plural_clause(clause):
            return found
        head = clause.head
        if head.tag_ not in ("NNP", "NN") or head.dep_ != "conj" and not any(
                c.dep_ == "conj" and head.i < c.i < clause.i for c in head.children):
            return found  # (the clause may hang on the list's first name, after the last one)
        first = head
        while first.dep_ == "conj" and first.head.i != first.i and first.head.i < first.i:
            first = first.head
        listed = self.np(p, first)
        k = first.left_edge.i
        while k < first.i and first.doc[k].dep_ == "punct":
            k += 1  # the comma before it, hung on it
        if first.dep_ in ("parataxis", "appos") and k >= 2 and first.doc[k - 1].text == "," and \
                p.mention_of[k - 2] >= 0 and first.doc[k - 2].dep_ in ("obj", "nmod", "conj", "appos"):
            # "commended A, B and C, which ..." with B read as a clause of its own: A opens the list
            listed += [m for m in self.np(p, first.doc[k - 2], conj=False) if m not in listed]
        return found + [m for m in listed if m not in found] if p.mention_of[head.i] in listed else found

    @staticmethod
    def _plural_clause(clause: Any) -> bool:
        """The relative clause's subject is the relative word and a verb or a role of it is plural."""
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_WORDS and c.i < clause.i
                   for c in clause.children):
            return False
        verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.i > clause.i)]
        for verb in verbs:
            for t in [verb, *verb.children]:
                if (t.head.i == verb.i and t.dep_ in ("aux", "cop") or t.i == verb.i) and (
                        t.tag_ == "VBP" or t.lower_ in _PLURAL_FORMS):
                    return True
            # "which will act as guarantors": a plural role taken "as"
            if any(c.tag_ == "NNS" and c.dep_ in ("obl", "xcomp", "advcl") and _case(c) == "as"
                   for c in verb.children):
                return True
        return False
