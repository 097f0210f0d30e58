"""Go-betweens who help the one who leads the talks: "X led the mediation, assisted by A and B" (A and B
mediated too: the participle hung on the verb whose object is the talks names the ones who shared them).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _DEFINITE
from pactgraph.loaders.dependency.relatives import PluralRelatives
from pactgraph.loaders.syntax import Parse

#: Participles of help whose agents share the task of the verb they hang on.
_ASSISTED = frozenset({"assisted", "aided", "seconded", "helped", "accompanied"})


class GoBetweens(PluralRelatives):
    """``verb``, then the helpers of a go-between of the talks ("..., assisted by A and B")."""

    def verb(self, p: Parse, v: Any, lemma: str) -> None:
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
