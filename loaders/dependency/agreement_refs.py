"""Agreements read through the clause that describes them (``party_to``, ``brokered``).

A mixin of the chain of ``loaders.dependency`` (after ``killings``, before ``rules``):

* a relative clause with no relative word, right after an agreement, whose verb signs, reaches or
  brokers something: the agreement is its object ("a truce the two sides agreed in May", "the pact the
  rebels signed last year", "the accord Y brokered"). The base reading leaves such a clause to nouns
  that are no name, since a clause after a name is most often a misread list.
* "the foreign ministers of X and Y signed", "representatives of the two sides agreed": people who sign for
  an owner named in their "of" phrase make the owner a party (the base reads a role's owner only
  before it: "X's envoys").
* "the two sides", "the two leaders" (``pair`` mentions) as the subject of a verb of signing: the two sides
  the text set against each other, or the last two persons named, sign it, each of them (the phrasing
  rules read a pair only where a pattern starts it).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _TIME_NOUNS, VERB_FORMS, _case
from pactgraph.loaders.dependency.killings import Killings
from pactgraph.loaders.syntax import Parse

#: The predicates of the verbs whose object is an agreement.
_AGREEMENT_PREDICATES = frozenset({"party_to", "brokered"})
#: Verbs (lemmas) whose direct object is an agreement they make or broker.
_AGREEMENT_VERBS = frozenset(lemma for lemma, frames in fr.VERBS.items()
                             if any(f.predicate in _AGREEMENT_PREDICATES and f.slot == "obj"
                                    and not f.needs_obj for f in frames))
#: Plural nouns of the people who sign for a side ("the envoys of X").
_SIGNING_PEOPLE = frozenset({"ministers", "leaders", "presidents", "envoys", "delegates", "delegations",
                             "representatives", "negotiators", "emissaries", "commanders", "heads"})
#: Those of them whose subject is a party to the agreement.
_PARTY_VERBS = frozenset(lemma for lemma, frames in fr.VERBS.items()
                         if any(f.predicate == "party_to" for f in frames))


class AgreementReferences(Killings):
    """The agreement a bare relative clause describes is the object of its verb."""

    def objects(self, p: Parse, v: Any, dep: str = "obj", depth: int = 0) -> list[Any]:
        found = super().objects(p, v, dep, depth)
        if dep != "obj" or VERB_FORMS.get(v.lower_) not in _AGREEMENT_VERBS:
            return found
        agreement = self._agreement_described(p, v)
        if agreement is None:
            misread = self._misread_relative(p, v)
            return [misread[0]] if misread is not None else found
        if found and not all(o.lower_ in _TIME_NOUNS for o in found):
            return found
        return [agreement]

    def _agreement_described(self, p: Parse, v: Any) -> Any | None:
        """The agreement right before the subject that opens ``v``'s clause, when the clause is a relative
        one with no relative word (the parse may hang it on the verb that governs the agreement)."""
        if v.dep_ not in ("acl:relcl", "advcl", "advcl:relcl") or v.i < 2:
            return None
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].i > v.i:
            return None
        if subjects[0].left_edge.i == 0:
            return None  # the clause opens the sentence: nothing stands before it
        agreement = v.doc[subjects[0].left_edge.i - 1]
        m = p.mention_of[agreement.i]
        if m < 0 or p.mentions[m].kind != "agreement" or v.head.i not in (agreement.i, agreement.head.i):
            return None
        if agreement.i + 1 < len(v.doc) and p.mention_of[agreement.i + 1] == m:
            return None  # not the mention's last word
        if any(c.dep_ in ("iobj", "ccomp", "xcomp", "mark") or c.lower_ in ("which", "that", "who")
               for c in v.children):
            return None
        return agreement

    def _misread_relative(self, p: Parse, v: Any) -> tuple[Any, Any] | None:
        """"the deal it signed with Y", "the ceasefire X brokered in May" read with the agreement as the
        object (or a compound) of the verb before and the signing verb as a clause of that verb: the
        agreement and the subject right before the verb (``None`` for any other reading)."""
        if v.dep_ in ("ROOT", "acl:relcl") or v.tag_ not in ("VBD", "VBN") or any(
                c.dep_ in ("nsubj", "nsubj:pass", "mark") or c.dep_ == "obj" and c.lower_ not in _TIME_NOUNS
                for c in v.children):
            return None
        k = v.i - 1
        while k > 0 and v.doc[k].dep_ == "aux" and v.doc[k].head.i == v.i:
            k -= 1  # "the deal it had signed"
        m = p.mention_of[k]
        if m < 0 or p.mentions[m].kind == "agreement":
            return None
        first = k
        while first > 0 and p.mention_of[first - 1] == m:
            first -= 1
        if first > 1 and v.doc[first - 1].lower_ == "the" and p.mention_of[first - 1] < 0:
            first -= 1  # "the accord the government signed"
        if first == 0:
            return None
        agreement = v.doc[first - 1]
        a = p.mention_of[agreement.i]
        if a < 0 or p.mentions[a].kind != "agreement" or agreement.i >= v.i:
            return None
        return agreement, v.doc[k]

    def frame_status(self, p: Parse, t: Any, predicate: str = "") -> tuple[str | None, list[int]]:
        if predicate in _AGREEMENT_PREDICATES and VERB_FORMS.get(t.lower_) in _AGREEMENT_VERBS \
                and self._misread_relative(p, t) is not None:
            # a clause that describes the agreement is the narrator's, whatever the verb above it says
            # ("X has never honoured the deal it signed with Y", "accused X of breaking the truce X agreed")
            own = [c.lower_ for c in t.children if c.dep_ in ("advmod", "neg", "aux")]
            if any(w in fr.NEGATORS for w in own):
                return None, []
            return ("hypothetical" if any(w in fr.MODALS for w in own) else "asserted"), []
        return super().frame_status(p, t, predicate)

    def agents(self, p: Parse, v: Any) -> list[int]:
        out = super().agents(p, v)
        if out or VERB_FORMS.get(v.lower_) not in _PARTY_VERBS | _AGREEMENT_VERBS:
            return out
        # "signed by the two rebel movements, X and Y" (or "– X and Y –"): the names set off after a plural
        # noun that describes them, whether the parse hangs them on the noun or on the verb
        doc = v.doc
        for c in v.children:
            if not (c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by") or c.tag_ != "NNS" \
                    or p.mention_of[c.i] >= 0:
                continue
            named = [x for x in c.children if x.dep_ == "appos" and p.mention_of[x.i] >= 0]
            k = c.right_edge.i + 1
            if not named and k + 1 < len(doc) and doc[k].text in (",", "–", "—", ":"):
                k += 1 if doc[k + 1].lower_ != "the" else 2
                m = p.mention_of[k] if k < len(doc) else -1
                named = [x for x in doc[k:] if m >= 0 and p.mention_of[x.i] == m and x.head.i in (v.i, c.i)
                         and x.dep_ in ("parataxis", "appos", "conj", "dep", "obl")][:1]
            out += [m for x in named for m in self.np(p, x)]
        return out

    def agreement(self, p: Parse, n: Any, m: int) -> None:
        super().agreement(p, n, m)
        # "a truce between the two sides": the two sides in context (``emit``), which no noun phrase reads
        pairs = [x for c in n.children if c.dep_ in ("nmod", "obl") and _case(c) == fr.BETWEEN
                 and (x := p.mention_of[c.i]) >= 0 and p.mentions[x].kind == "pair"
                 and p.mentions[x].form is None and p.mentions[x].text.lower().endswith(("sides", "parties"))]
        # (not "a pact between the two countries", the two states the sentence itself may name)
        agreement = self.entity(m)
        if pairs and agreement is not None and agreement.type == "Agreement":
            self.emit_entities_frame(p, n, "agreement", "party_to", pairs, agreement)

    def _hung_on_time(self, p: Parse, v: Any) -> list[int]:
        """"Last winter the X, ..., signed": the name the parse hung on a fronted phrase of time with no
        comma (as its object or modifier), when the verb has no other subject."""
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ not in _TIME_NOUNS for c in v.children):
            return []
        for c in v.children:
            if c.i > v.i or c.lower_ not in _TIME_NOUNS or _case(c) or c.dep_ not in (
                    "nsubj", "obl:unmarked", "obl:tmod", "obl", "nmod:unmarked"):
                continue
            for x in c.children:
                if x.i > c.i and x.dep_ in ("obj", "iobj", "nmod:unmarked", "appos") and not _case(x) \
                        and (m := p.mention_of[x.i]) >= 0 and (e := self.entity(m)) is not None \
                        and e.type != "Person":
                    return [m]
        return []

    def _before_aside(self, p: Parse, v: Any) -> list[int]:
        """"In 2015 X, chaired by Y, signed the accord" with X hung on the fronted phrase: the name right
        before the participle set off by commas that opens the verb's clause (``[]`` for any other)."""
        # (or the participle read as the root, the verb as its clause: "X, backed by Y, signed")
        around = [*v.children, v.head] if v.dep_ == "advcl" else list(v.children)
        doc = v.doc

        def closed(c: Any) -> bool:  # the aside ends with a comma right before the verb's own words
            end = c.right_edge.i if c.i != v.head.i else v.left_edge.i - 1
            return end + 1 < len(doc) and "," in (doc[end].text, doc[end + 1].text)
        aside = [c for c in around if (c.dep_ == "advcl" or c.i == v.head.i) and c.tag_ == "VBN" and c.i < v.i
                 and c.i > 1 and doc[c.i - 1].text == "," and closed(c)]
        if not aside:
            return []
        t = v.doc[aside[0].i - 2]
        if (m := p.mention_of[t.i]) < 0 or t.dep_ in ("nsubj", "nsubj:pass") or t.head.i == aside[0].i:
            return []
        return [m] if (e := self.entity(m)) is not None and e.type != "Person" else []

    def subjects(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        if VERB_FORMS.get(v.lower_) in _AGREEMENT_VERBS and (misread := self._misread_relative(p, v)):
            return [p.mention_of[misread[1].i]]
        found = super().subjects(p, v, depth)
        if found or VERB_FORMS.get(v.lower_) not in _PARTY_VERBS:
            return found
        if timed := self._hung_on_time(p, v):
            return timed
        subj = [c for c in v.children if c.dep_ == "nsubj"][:1]
        if not subj and v.dep_ == "conj" and not any(c.dep_ == "nsubj:pass" for c in v.children):
            # "the envoys of X met in Z and agreed to a truce": the subject of the first verb
            subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.i < v.head.i][:1]
        if not subj and not any(c.dep_ in ("nsubj", "nsubj:pass", "csubj") for c in v.children):
            return self._before_aside(p, v)
        if not subj:
            return found
        # "the envoys of X and Y signed": the owners in the "of" phrase (each read over its conjuncts)
        heads = [subj[0]] if subj[0].lower_ in _SIGNING_PEOPLE and p.mention_of[subj[0].i] < 0 else []
        tops = [c for h in heads for c in h.children if c.dep_ == "nmod" and _case(c) == "of"]
        # "a truce the two sides agreed": the pair stands for the two sides in context (``emit``)
        tops = tops or subj
        return [m for t in tops for x in (t, *t.conjuncts) if (m := p.mention_of[x.i]) >= 0 and (
            p.mentions[m].kind == "pair" and p.mentions[m].form != "groups"
            or t is not subj[0] and self.entity(m) is not None and self._type_of(p.mentions[m]) != "Person")]
