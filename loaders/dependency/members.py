"""Members described through a relative word or a superlative (``member_of``).

A mixin of the chain of ``loaders.dependency`` (after ``agreement_refs``), for three descriptions whose owner
the holder frame cannot reach:

* "Y, in which X is the dominant member": the body is the antecedent of "in which" (the name right
  before the comma that opens the clause, or before its bracketed abbreviation);
* "Y is a coalition whose largest component is X", with the parse making X the copula's head and the
  member noun its subject: the body is the noun "whose" follows (or the subject of that noun's copula);
* "X, the largest of the militias grouped in Y", "X is the strongest of the factions in Y": like "one of
  the factions in Y", the superlative describes X (the name before its comma, wherever the parse hung the
  apposition), and Y is a body (a group or an organisation, not a state).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.agreement_refs import AgreementReferences
from pactgraph.loaders.dependency.common import _case
from pactgraph.loaders.syntax import Parse

#: Nouns of a member that a relative clause may describe ("in which X is the dominant member").
MEMBER_NOUNS = frozenset({"member", "members", "component", "components", "constituent", "pillar",
                          "backbone", "mainstay"})
#: Plurals of a body's parts after a superlative ("X, the biggest of the forces in Y").
SUPERLATIVE_PLURALS = fr.PART_PLURALS | frozenset({"armies", "forces", "organisations", "organizations"})
#: Participles that put the parts inside the body ("the factions united in Y", "the forces serving in Y").
_GROUPED = frozenset({"grouped", "gathered", "united", "organised", "organized", "represented", "fighting",
                      "serving"})
_BODIES = ("ArmedGroup", "Organization")
#: Words that leave a described membership unsure or over ("no longer", "may", "once").
_UNSURE = frozenset({"not", "never", "no", "longer", "may", "might", "could", "would", "once", "formerly"})


class MemberClauses(AgreementReferences):
    """``member_clause`` ("Y, in which X is a member"; "Y, whose largest component is X") and
    ``superlative_of`` ("X, the largest of the groups in Y")."""

    def member_clause(self, p: Parse, n: Any) -> None:
        holders: list[int] = []
        owners: list[int] = []
        which = [c for c in n.children if c.dep_ in ("obl", "nmod") and c.lower_ == "which"
                 and _case(c) in ("in", "within")]
        if which and any(c.dep_ == "cop" for c in n.children):
            holders = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)]
            owners = self._antecedent(p, which[0].i - 1)
        whose = [c for c in n.children if c.dep_ == "nmod:poss" and c.lower_ == "whose"]
        if whose and n.dep_ == "nsubj" and n.head.i > n.i and p.mention_of[n.head.i] >= 0 and any(
                c.dep_ == "cop" for c in n.head.children):
            holders = self.np(p, n.head, conj=False)
            owners = self._whose_owner(p, whose[0])
        owners = [m for m in owners if self._type_of(p.mentions[m]) in _BODIES and m not in holders]
        # a relative clause is the narrator's description: the main clause's verb does not govern it
        unsure = any(c.dep_ in ("advmod", "aux") and c.lower_ in _UNSURE
                     for c in (*n.children, *n.head.children))
        status = "asserted" if which and not unsure else None
        self.emit_frame(p, n, "holder", "member_of", holders, owners, descriptive=True, status=status)

    def _antecedent(self, p: Parse, k: int) -> list[int]:
        """The name before the comma at ``k - 1`` ("Y, in which ..."; "Y (ABBR), in which ...")."""
        doc = p.doc
        if k < 2 or doc[k - 1].text != ",":
            return []
        j = k - 2
        if doc[j].text == ")" and j >= 3 and doc[j - 2].text == "(":
            j -= 3
        m = p.mention_of[j]
        return [m] if m >= 0 else []

    def _whose_owner(self, p: Parse, whose: Any) -> list[int]:
        """The body "whose" refers to: the name or resolved noun right before it, else the subject of the
        copula that noun is the predicate of ("Y is a coalition whose ...")."""
        if whose.i < 1:
            return []
        prev = p.doc[whose.i - 1]
        if prev.text == ",":
            return self._antecedent(p, whose.i)
        if any(c.dep_ == "cop" for c in prev.children):
            found = [m for c in prev.children if c.dep_ == "nsubj" for m in self.np(p, c, conj=False)]
            if found:
                return found
        m = p.mention_of[prev.i]
        return [m] if m >= 0 and self.entity(m) is not None else []

    def superlative_of(self, p: Parse, s: Any) -> None:
        parts = [c for c in s.children
                 if c.dep_ == "nmod" and _case(c) == "of" and c.lower_ in SUPERLATIVE_PLURALS]
        if not parts:
            return
        part = parts[0]
        owners = [m for c in part.children if c.dep_ == "nmod" and _case(c) in ("in", "within", "of")
                  for m in self.np(p, c)]
        owners += [m for a in part.children if a.dep_ == "acl" and a.lower_ in _GROUPED
                   for c in a.children if c.dep_ == "obl" and _case(c) in ("in", "within", "under")
                   for m in self.np(p, c)]
        owners = [m for m in owners if self._type_of(p.mentions[m]) in _BODIES]
        if any(c.dep_ == "cop" for c in s.children):
            holders = [m for c in s.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        elif s.dep_ == "appos":
            near = self._before_comma(p, s, brackets=True)
            holders = [near] if near is not None else []
        else:
            holders = []
        holders = [m for m in holders if m not in owners]
        self.emit_frame(p, part, "holder", "member_of", holders, owners, descriptive=True)
