"""An ally that supplies: "X, Y's treaty partner, supplied most of its tanks", "its ally X delivered
drones in March" (``backs``: X backs Y).

A mixin of the chain of ``loaders.dependency`` (after ``go_betweens``): a verb of supplying whose giver is
described as another actor's ally or partner, and which names no other actor as its recipient, gives
what it gives to the one whose ally the giver is. The giver is read however the parse hangs the
description: the verb's subject ("its ally X delivered ..."), the name the verb hangs on ("X, Y's
partner, supplied ..."), or the antecedent of its relative pronoun ("X, Y's ally, which delivered ...").
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders.dependency.common import _TRADE_WORDS, _after_comma, _case, _forms, _is_verbal
from pactgraph.loaders.dependency.go_betweens import ListedBrokers
from pactgraph.loaders.dependency.relatives import _RELATIVE_WORDS
from pactgraph.loaders.syntax import Parse

#: Verbs of supplying something (not an actor: "X sent a delegation" is no support).
SUPPLY_FORMS = _forms("supply", "deliver", "provide", "lend", "ship", "sell", "donate")
#: Nouns of the ally whose owner receives the supply.
_ALLY_NOUNS = frozenset({"ally", "partner", "patron", "protector"})


class AllySuppliers(ListedBrokers):
    """``ally_supplies``: "X, Y's ally, supplied Z": X backs Y."""

    def ally_supplies(self, p: Parse, v: Any) -> None:
        if not _is_verbal(v) or self.passive(v):
            return
        ally = self._ally_of_giver(p, v)
        if ally is None or any(c.lower_ in _TRADE_WORDS for c in ally.children
                               if c.dep_ in ("amod", "compound")):
            return  # "X, Y's main trading partner, sells it oil": trade, not support
        # "Y's ally", or "its ally X" with the possessive hung on the name the noun is a compound of
        holders = [ally, ally.head] if ally.dep_ == "compound" else [ally]
        owners = [m for h in holders for c in h.children if c.dep_ == "nmod:poss"
                  for m in self.np(p, c, conj=False)]
        owners = [o for o in owners if self._actor(o)]
        ids = {e.id for o in owners if (e := self.entity(o)) is not None}
        # a recipient named as another actor is the verb frame's own ("X supplied arms to W")
        if any(p.mention_of[x.i] >= 0 and self._actor(p.mention_of[x.i]) and self.entity(
                p.mention_of[x.i]).id not in ids for c in v.children  # type: ignore[union-attr]
               if c.dep_ in ("obl", "iobj", "obj") and (c.dep_ != "obl" or _case(c) in ("to", "for"))
               for x in (c, *c.conjuncts)):
            return
        givers = [m for c in ally.children if c.dep_ in ("flat", "appos") for m in self.np(p, c, conj=False)]
        if ally.dep_ in ("appos", "flat", "conj", "compound") and p.mention_of[ally.head.i] >= 0:
            givers.append(p.mention_of[ally.head.i])
        first = min(x.i for x in ally.subtree if not x.is_punct)
        if not givers and first >= 2 and v.doc[first - 1].text == ",":
            givers = [p.mention_of[first - 2]]  # "the people of X, Y's ally, which ...": on the wrapper
        if not givers and ally.i + 1 < len(v.doc) and p.mention_of[ally.i + 1] >= 0:
            givers = [p.mention_of[ally.i + 1]]  # "its ally X delivered ..." read as two phrases
        givers = [g for g in givers if g >= 0 and self._actor(g)]
        if givers and owners:
            self.emit_frame(p, v, "verb", "backs", givers, owners)

    def _actor(self, m: int) -> bool:
        e = self.entity(m)
        return e is not None and e.type in ("State", "ArmedGroup", "Organization")

    @staticmethod
    def _ally_of_giver(p: Parse, v: Any) -> Any | None:
        """The ally noun that describes who does the supplying, or None."""
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in _RELATIVE_WORDS:
            rel = subjects[0]
            # the antecedent: the word before its comma (the parse may hang the clause on a wrapper,
            # "the people of X, Y's ally, which ..."), or the noun the relative clause hangs on
            before = v.doc[rel.i - 2] if rel.i >= 2 and v.doc[rel.i - 1].text == "," else None
            if before is not None and (before.lower_ in _ALLY_NOUNS or p.mention_of[before.i] >= 0):
                giver = before
            elif v.dep_ == "acl:relcl":
                giver = v.head
            else:
                return None
        elif subjects:
            giver = subjects[0]
        elif v.dep_ in ("parataxis", "acl:relcl", "appos") and v.head.i < v.i:
            giver = v.head  # "X, Y's partner since 1972, supplied ..." with the verb hung on X
        else:
            return None
        if giver.lower_ in _ALLY_NOUNS:
            return giver
        if p.mention_of[giver.i] >= 0:
            if giver.i >= 1 and v.doc[giver.i - 1].lower_ in _ALLY_NOUNS:
                return v.doc[giver.i - 1]  # "its ally X delivered ...", the noun hung elsewhere
            if giver.dep_ in ("flat", "appos") and giver.head.lower_ in _ALLY_NOUNS:
                return giver.head  # "its ally X" with the name hung on the noun
            # "X, Y's partner, ..." (the apposition may be read as a conjunct)
            return next((c for c in giver.children if c.lower_ in _ALLY_NOUNS and (
                c.dep_ == "appos" or c.dep_ == "conj" and _after_comma(c))), None)
        return None
