"""A trigger verb the tagger read as a noun inside one long noun phrase: "X fighters still ambush army
convoys", "Its factions attack army posts" (subject, verb and object all read as modifiers of the object's
noun).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import VERB_FORMS
from pactgraph.loaders.dependency.described import DescribedFrames
from pactgraph.loaders.syntax import Parse

#: Where the object's noun stands when the whole clause was read as its phrase.
_CLAUSE_LIKE = frozenset({"ROOT", "conj", "parataxis", "ccomp", "advcl", "obl"})


class MisreadVerbs(DescribedFrames):
    """``verb_read_as_modifier``: "X fighters still ambush army convoys" read as one noun phrase."""

    @staticmethod
    def _misread(t: Any) -> Any | None:
        """The subject of a trigger verb ``t`` read as a modifier of its object's noun, if it is one."""
        if t.lower_ not in VERB_FORMS or t.tag_ not in ("NN", "NNS", "VBP", "VB") or t.dep_ != "compound":
            return None
        h = t.head
        if h.i <= t.i or h.dep_ not in _CLAUSE_LIKE:
            return None
        k = t.i - 1
        while k >= 0 and t.doc[k].tag_ == "RB":
            k -= 1  # "still", "also", "regularly"
        if k < 0:
            return None
        s = t.doc[k]
        # the subject: a plural noun or a name right before the verb, hung on the object's noun
        if s.head.i != h.i or s.dep_ not in ("compound", "nsubj") or s.tag_ not in ("NNS", "NNPS", "NNP"):
            return None
        return s

    def misread_subject(self, n: Any) -> bool:
        """Whether ``n`` is the subject of a verb read as a modifier ("Its factions ambush army patrols": no
        faction of the army)."""
        k = n.i + 1
        while k < len(n.doc) and n.doc[k].tag_ == "RB":
            k += 1
        return k < len(n.doc) and (s := self._misread(n.doc[k])) is not None and s.i == n.i

    def verb_read_as_modifier(self, p: Parse, t: Any) -> None:
        s = self._misread(t)
        if s is None or p.mention_of[t.i] >= 0:
            return
        h = t.head
        lemma = VERB_FORMS[t.lower_]
        if any(c.dep_ in ("det", "nmod:poss") and c.i < s.i and c.head.i == h.i for c in h.children):
            return  # "the rebel attack convoys": a determiner of the whole phrase makes it a noun phrase
        subj = self.np(p, s, conj=False)
        # "army convoys", "Z army patrols": the men of the one named before the noun
        obj = self.np(p, h, conj=False) or [m for c in h.children if c.dep_ in ("compound", "amod")
                                            and c.i > t.i for m in self.np(p, c, conj=False)]
        obj = [m for m in obj if m not in subj]
        if not subj or not obj:
            return
        for f in fr.VERBS[lemma]:
            if f.slot == "obj" and f.predicate in ("opposes", "backs") and not f.particle and not f.needs_obj:
                status, _ = self.frame_status(p, h, f.predicate)
                self.emit_frame(p, t, "verb", f.predicate, subj, obj, status=status)
