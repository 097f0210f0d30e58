"""Go-betweens who help the one who leads the talks: "X led the mediation, assisted by A and B" (A and B
mediated too: the participle hung on the verb whose object is the talks names the ones who shared them);
a second participle of an agreement the parse hangs on the main verb: "said the accord, negotiated under
the auspices of A and facilitated by B, applied to Z" (B facilitated the accord; the narrator's words).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _DEFINITE, _case
from pactgraph.loaders.dependency.relatives import PluralRelatives
from pactgraph.loaders.status_words import NEGATING_VERBS
from pactgraph.loaders.syntax import Parse

#: Participles of help whose agents share the task of the verb they hang on.
_ASSISTED = frozenset({"assisted", "aided", "seconded", "helped", "accompanied"})


class GoBetweens(PluralRelatives):
    """``verb``, then the helpers of a go-between of the talks ("..., assisted by A and B")."""

    def verb(self, p: Parse, v: Any, lemma: str) -> None:
        first = self._first_participle(v)
        if first is not None and all(f.predicate == "brokered" for f in fr.VERBS[lemma]):
            named = [m for m in self.np(p, first.head, conj=False)
                     if (e := self.entity(m)) is not None and e.type == "Agreement"]
            if named:
                # the first participle's status (a participle on a noun is the narrator's); the main
                # verb's subject did not facilitate anything
                self.emit_frame(p, first, "passive", "brokered", self.agents(p, v), named)
                return
        super().verb(p, v, lemma)
        if self.passive(v) or not any(f.predicate == "brokered" and f.slot == "obj" for f in fr.VERBS[lemma]):
            return
        talks = [o for o in self.objects(p, v) if o.lower_ in fr.TALK_NOUNS]
        helpers = [c for c in v.children if c.dep_ in ("conj", "advcl", "acl") and c.lower_ in _ASSISTED
                   and c.tag_ == "VBN" and c.i > v.i and not any(
                       x.dep_ in ("nsubj", "nsubj:pass", "obj") for x in c.children)]
        if not talks or not helpers:
            return
        agents = [m for h in helpers for c in h.children if c.dep_ == "obl:agent" for m in self.np(p, c)]
        agreement = self.agreement_near(p.sentence, 1)
        if agreement is None and any(c.dep_ in ("det", "nmod:poss") and c.lower_ in _DEFINITE
                                     for o in talks for c in o.children):
            agreement = self._agreement_in_context()  # "the talks": those of the agreement in context
        if agreement is not None and agents:
            self.emit_entities_frame(p, helpers[0], "passive", "brokered", agents, agreement)

    @staticmethod
    def _first_participle(v: Any) -> Any | None:
        """"the accord, negotiated by A and facilitated by B, ..." with the second participle hung on the
        main verb: the first participle, on the noun, whose phrase ends right before "and"."""
        if v.tag_ != "VBN" or v.dep_ != "conj" or v.i < 2 or v.doc[v.i - 1].lower_ != "and" or not any(
                c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by" for c in v.children) or any(
                c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "obj") for c in v.children):
            return None
        t = v.doc[v.i - 2]
        while t.head.i != t.i and t.dep_ != "acl" and t.head.i < v.i:
            t = t.head
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i < t.i and t.right_edge.i == v.i - 2 and \
                v.head.i != t.i and t.head.dep_ in ("obj", "nsubj", "nsubj:pass", "appos"):
            return t
        return None


#: Plural roles of a go-between, and the plural nouns a singular role describes ("guarantor states").
_BROKER_ROLES = frozenset({"guarantors", "mediators", "facilitators", "guarantor", "mediator", "facilitator"})
#: Nouns of a task that name the go-between role hung on them ("the role of guarantor").
_ROLE_WORDS = frozenset({"role", "roles", "function", "functions", "capacity", "task", "job", "mission"})
#: Verbs of giving a role away or declining it ("X rejected the role of guarantor").
_SHED = frozenset({"reject", "rejects", "rejected", "relinquish", "relinquished", "renounce", "renounced",
                   "renounces", "resign", "resigned", "resigns"})
_BODY_NOUNS = frozenset({"states", "countries", "nations", "governments", "powers", "organisations",
                         "organizations"})


class ListedBrokers(GoBetweens):
    """``holder``, then the names listed after a plural go-between role: "the guarantors, A and B, ...",
    "two guarantor states, A and B, ..." (the parse reads the list as conjuncts of the role)."""

    def holder(self, p: Parse, n: Any, entry: tuple[str, str] | None = None) -> None:
        super().holder(p, n, entry)
        if entry is not None or n.lower_ not in _BROKER_ROLES:
            return
        self._role_of_broker(p, n)
        role = n.head if n.dep_ == "compound" and n.head.lower_ in _BODY_NOUNS else n
        if role.tag_ != "NNS" or any(c.dep_ == "nmod" for c in role.children):
            return
        listed = [c for c in role.children if c.dep_ == "conj" and c.i > role.i]
        names = [m for c in listed for m in self.np(p, c, conj=False)]
        if not listed or not self._apposed_conj(listed[0]) or p.mention_of[listed[0].i] < 0:
            # "Two guarantor states, A and B, accompanied ..." read with two subjects: the second is the list
            k = role.right_edge.i if role.right_edge.text == "," else role.right_edge.i + 1
            second = [c for c in role.head.children if role.dep_ == "nsubj" and c.dep_ == "nsubj"
                      and c.left_edge.i == k + 1 and k < len(role.doc) and role.doc[k].text == ","
                      and p.mention_of[c.i] >= 0]
            names = [m for c in second[:1] for m in self.np(p, c)]
        # the agreement the sentence or the one before names, else the one the text is about
        agreement = self.agreement_near(p.sentence, 1) or self._agreement_in_context()
        if agreement is not None and len(names) > 1:
            self.emit_entities_frame(p, n, "holder", "brokered", names, agreement)

    def _role_of_broker(self, p: Parse, n: Any) -> None:
        """"X, which has assumed the role of guarantor of Y", "A and B took on the role of mediators",
        "X's role as facilitator": the one who takes or has the role holds it (the agreement named on the
        role, else the one this sentence or the one before names)."""
        role = n.head
        if n.dep_ != "nmod" or _case(n) not in ("of", "as") or role.lower_ not in _ROLE_WORDS:
            return
        holders = [m for c in role.children if c.dep_ == "nmod:poss" for m in self.np(p, c)]
        verb = role.head
        if role.dep_ in ("obj", "obl") and (verb.lower_ in NEGATING_VERBS or verb.lower_ in _SHED or any(
                c.dep_ == "compound:prt" and c.lower_ in ("down", "up") for c in verb.children)
                and verb.lower_[:4] in ("turn", "gave", "give")):
            return  # "X refused the role of mediator", "X turned down the role": no go-between
        if not holders and role.dep_ in ("obj", "obl") and role.head.i != role.i:
            holders = self.subjects(p, role.head)
            v = role.head
            if v.dep_ == "acl:relcl" and (n.tag_ == "NNS" or any(c.tag_ == "VBP" for c in v.children)):
                k = v.left_edge.i + (v.left_edge.text == ",")
                # the name right before ", which" (the parse may hang the clause on another noun)
                first = v.doc[k - 2] if k >= 2 and v.doc[k - 1].text == "," and p.mention_of[k - 2] >= 0 \
                    else v.head
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                holders = self.np(p, first)  # "A and B, which have assumed the role": the whole list
        owned = [c for c in n.children if c.dep_ == "nmod" and _case(c) in ("of", "to", "for")]
        named = [e for c in owned for m in self.np(p, c) if (e := self.entity(m)) is not None
                 and e.type == "Agreement"]
        agreement = named[0] if named else None
        if agreement is None and all(c.lower_ in fr.TALK_NOUNS for c in owned):
            agreement = self.agreement_near(p.sentence, 1)
        holders = [m for m in holders if (e := self.entity(m)) is not None and e.type != "Agreement"]
        if agreement is not None and holders:
            self.emit_entities_frame(p, n, "holder", "brokered", holders, agreement)
