"""Agreements and their signing: who signed ("signed by X and Y", "X signed for Y"), who brokered,
the sides and places an agreement names ("a truce between X and Y", "a ceasefire in Z"), and
fighting side by side ("alongside Y", "X and Y fought side by side").
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import (
    _AUX_WORDS,
    _FIGHT_FORMS,
    _FINITE_TAGS,
    _LIST_STOPS,
    _SIGN_FORMS,
    _TITLE_TAGS,
    VERB_FORMS,
    _case,
    _is_noun,
    _is_verbal,
    rule_for,
)
from pactgraph.loaders.dependency.small_frames import SmallFrames
from pactgraph.loaders.syntax import Parse

#: Prepositions of the stretch a deal covers, however the parse hangs them ("a truce along the border").
_SPAN_PREPS = frozenset({"along", "across", "covering"})


class AgreementFrames(SmallFrames):
    """Signers and brokers of an agreement, its sides and places; fighting alongside."""

    def signing(self, p: Parse, n: Any) -> None:
        """"the signing of the X accord by Y and Z", "Y's signature on the deal": the signers are parties."""
        agreement = None
        signers: list[int] = []
        for c in n.children:
            prep = _case(c)
            if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and prep == "by":
                signers += self.np(p, c)
                signers += self._signed_for(p, c)
            elif c.dep_ == "nmod" and prep in ("of", "on", "to"):
                agreement = next((e for m in self.np(p, c) if (e := self.entity(m)) is not None
                                  and e.type == "Agreement"), agreement)
        if n.lower_ == "signing":
            # "the signing in Z today of the A by the President of X, W, and the leader of Y, V": the parse
            # may hang the agreement and the "by" list elsewhere
            listed = self._signers_after_by(p, n, reach=24)
            signers += [m for m in listed if m not in signers]
            if agreement is None and listed:
                first = next(t.i for t in p.doc if p.mention_of[t.i] == listed[0])
                agreement = next((e for t in p.doc[n.i + 1:first] if (m := p.mention_of[t.i]) >= 0
                                  and (e := self.entity(m)) is not None and e.type == "Agreement"), None)
        if agreement is not None and signers:
            self.emit_entities_frame(p, n, "action", "party_to", signers, agreement)

    def _signers_for(self, p: Parse, v: Any, passive: bool) -> None:
        """"signed by X for the government and by Y for Z", "X signed the accord for Y": a person who signs
        for a side is one of its people (``represents``). Each signer takes the "for" phrase that follows it
        before the next signer, however the parse hangs the pairs."""
        def marked(prep: str) -> list[Any]:
            return [t for t in v.subtree if p.mention_of[t.i] >= 0 and _case(t) == prep
                    and p.mention_of[t.i] != p.mention_of[t.i - 1]]
        sides = [t for t in marked("for") if t.i > v.i]
        if passive:
            signers = [t for t in marked("by") if t.i > v.i]
        else:
            signers = [t for t in v.children if t.dep_ == "nsubj" and p.mention_of[t.i] >= 0][:1]
            sides = sides[:1]  # "X signed for Y, and Z for W": the gapped second pair is not read
        status, _speakers = self.frame_status(p, v, "member_of")
        if status != "asserted" or not signers or not sides:
            return
        rule = rule_for("verb", "member_of")
        for k, t in enumerate(signers):
            person = p.mention_of[t.i]
            if (e := self.entity(person)) is None or e.type != "Person":
                continue
            stop = signers[k + 1].i if k + 1 < len(signers) else len(v.doc)
            mine = [m for x in sides if max(t.i, v.i) < x.i < stop and (m := p.mention_of[x.i]) >= 0
                    and (o := self.entity(m)) is not None and o.type in ("State", "ArmedGroup",
                                                                        "Organization")]
            if mine:
                self.represents([person], mine[:1], p.sentence, rule, status, rule.confidence)

    def _listed_signers(self, p: Parse, v: Any) -> list[int]:
        """"signed by the Minister of Defence, General X, and by the chairman of Y, Z", "signed by Prime
        Minister X, leader W and Y's foreign minister, Z": every person named in the "by" list, however
        the parse strings the titles and appositions together (not one named inside an "of" phrase:
        "X, brother of President W")."""
        out: list[int] = []
        # the "by" phrases of the clause: on the verb, or hung by the parse inside another of its phrases
        # ("signed by X for the government in Z and by Y, chair of W")
        tops = [c for c in v.children if c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by"]
        tops += [x for c in v.children if c.dep_ == "obl" and c not in tops for x in c.subtree
                 if x.i != c.i and _case(x) == "by" and p.mention_of[x.i] >= 0 and self._in_list(x, c, True)]
        for c in tops:
            for x in c.subtree:
                m = p.mention_of[x.i]
                if m >= 0 and x.dep_ in ("obl:agent", "conj", "appos", "flat") and m not in out and \
                        self._type_of(p.mentions[m]) == "Person" and (x.dep_ != "flat" or p.mention_of[
                            x.head.i] != m) and self._in_list(x, c):
                    out.append(m)
        return out

    def _signers_after_by(self, p: Parse, v: Any, reach: int = 16) -> list[int]:
        """The persons of the "by" list that follows a passive signing, read along the words where the
        parse hangs the list on another phrase ("signed in a customs shed near Z by Defense Minister X,
        and by three of W's leaders: A, B and C"; "signed in the capital by the government negotiator X
        and the front's vice-chairman, Y, created ..."). The list runs to the next clause ("as", "under",
        a finite verb, a participle); a person named inside an "of" or "for" phrase ("X, brother of
        President W") did not sign."""
        doc = p.doc
        k = v.i + 1
        while k < len(doc) and doc[k].lower_ != "by":
            t = doc[k]
            if k - v.i > reach or t.text == ";" or t.tag_ in _FINITE_TAGS or t.lower_ in _LIST_STOPS:
                return []
            k += 1
        out: list[int] = []
        aside = False  # inside "as mediator", "as witnesses": a role that is no signing side's
        for t in doc[k + 1:]:
            if t.lower_ == "as" and t.i + 1 < len(doc) and (
                    fr.HOLDER_NOUNS.get(doc[t.i + 1].lower_, ("",))[0] == "brokered"
                    or doc[t.i + 1].lower_ in ("witness", "witnesses")):
                aside = True
                continue
            if aside and t.text == ",":
                aside = False
            if aside:
                continue
            if t.text == ";" or t.tag_ in _FINITE_TAGS or t.lower_ in _LIST_STOPS or (
                    t.tag_ in ("VBN", "VBG") and t.dep_ not in ("amod", "compound")
                    and p.mention_of[t.i] < 0):
                break
            m = p.mention_of[t.i]
            if m < 0 or m in out or (t.i > 0 and p.mention_of[t.i - 1] == m) or \
                    self._type_of(p.mentions[m]) != "Person":
                continue
            x = t.i - 1
            while x > k and (doc[x].tag_ in _TITLE_TAGS or p.mention_of[doc[x].i] >= 0):
                x -= 1
            if x == k or doc[x].lower_ in ("and", ",", ":", "by"):
                out.append(m)
        return out

    @staticmethod
    def _in_list(x: Any, top: Any, any_case: bool = False) -> bool:
        """Whether ``x`` hangs on ``top`` through names, titles and "of" phrases only (not "in the presence
        of W", "at a ceremony with W"); with ``any_case``, through any phrase that is no clause."""
        while x.i != top.i:
            if any_case and x.dep_ not in ("obl", "nmod", "conj", "appos", "flat", "nmod:desc"):
                return False
            # ("commander-in-chief": the "in" inside a hyphenated title is no preposition)
            if not any_case and any(c.dep_ in ("case", "fixed") and c.i < x.i and c.lower_ not in (
                    "of", "by", "for") and x.doc[c.i - 1].text != "-" for c in x.children):
                return False
            if x.head.i == x.i:
                return False
            x = x.head
        return True

    def _signed_for(self, p: Parse, signer: Any) -> list[int]:
        """"signed by X for the government": the side a signer signs for."""
        return [m for x in (signer, *signer.conjuncts) for c in x.children
                if c.dep_ == "nmod" and _case(c) == "for" for m in self.np(p, c)]

    def brokered_by(self, p: Parse, n: Any, brokers: list[int], targets: list[int]) -> None:
        agreement = None
        for t in targets:
            e = self.entity(t)
            if e is not None and e.type == "Agreement":
                agreement = e
        if agreement is None:
            agreement = self.agreement_near(p.sentence, 1)
        if agreement is not None and brokers:
            self.emit_entities_frame(p, n, "action", "brokered", brokers, agreement)

    def agreement(self, p: Parse, n: Any, m: int) -> None:
        sides: list[int] = []
        places: list[int] = []
        for c in n.children:
            prep = _case(c)
            if c.dep_ in ("nmod", "obl") and prep == fr.BETWEEN:
                sides += self.np(p, c)
            elif c.dep_ == "nmod" and prep == "with":
                owner = [x for o in n.children if o.dep_ == "nmod:poss" for x in self.np(p, o)]
                sides += self.np(p, c) + owner  # "X's truce with Y"
            elif c.dep_ == "nmod" and prep in fr.GOVERNS_PREPS:
                if prep in ("in", "on") and (n.dep_ in ("obj", "obl") or self._is_capital(p, c)) and not (
                        prep == "in" and not self._is_capital(p, c) and n.head.lower_ not in _SIGN_FORMS
                        and p.mentions[m].form in ("ceasefire", "truce")):
                    continue  # "signed a deal in Doha": where it was made, not what it covers (a truce "in Z"
                    # is one Z keeps, unless it is signed there)
                places += self.np(p, c)
        if n.dep_ == "obj":
            # "X pledged to observe the ceasefire along Z", "X declared a truce across Z": the line or the
            # area hung by the parse on the verb after its object (not "in", where it was signed)
            places += [x for c in n.head.children if c.dep_ == "obl" and c.i > n.i
                       and _case(c) in _SPAN_PREPS for x in self.np(p, c)]
        agreement = self.entity(m)
        if agreement is None or agreement.type != "Agreement":
            return
        if sides:
            self.emit_entities_frame(p, n, "agreement", "party_to", sides, agreement)
        if places:
            self.emit_frame(p, n, "agreement", "governs", [m], places)

    def _is_capital(self, p: Parse, tok: Any) -> bool:
        m = p.mention_of[tok.i]
        return m >= 0 and p.mentions[m].form == "capital"

    @staticmethod
    def _beside_misread(tok: Any) -> bool:
        """"alongside" tagged as a noun or modifier of the phrase it opens ("fought alongside Y troops")."""
        return tok.lower_ in fr.ALONGSIDE and tok.dep_ in ("compound", "amod", "advmod", "nmod") \
            and tok.head.i > tok.i and _is_noun(tok.head) \
            and tok.head.dep_ in ("obj", "obl", "nmod", "obl:agent")

    def alongside(self, p: Parse, case: Any) -> None:
        partner = case.head
        v = partner.head
        misread = partner.dep_ in ("obj", "obl:agent")  # "fought alongside Y": Y is never the object
        if not (_is_verbal(v) or v.lower_ in VERB_FORMS) or partner.dep_ not in ("obl", "advcl", "nmod") \
                and not misread:
            return
        lemma = VERB_FORMS.get(v.lower_, v.lower_)
        if lemma not in fr.FIGHT_VERBS and lemma not in fr.VERBS:
            return
        subj = self.subjects(p, v)
        if not subj:
            # "X has fought alongside Y" read as a passive (a verb of fighting is not one): X
            subj = [m for c in v.children if c.dep_ == "nsubj:pass" and c.i < v.i for m in self.np(p, c)]
        allies = self.np(p, partner)
        self.emit_frame(p, v, "alongside", "allied_with", subj, allies)
        if lemma in fr.VERBS and any(f.predicate == "opposes" for f in fr.VERBS[lemma]):
            enemies = [m for o in self.objects(p, v) + self.obliques(v, "against") if o.i != partner.i
                       for m in self.np(p, o)]
            # "against Y" may hang on the partner: both sides fight Y
            hung = [m for c in partner.children if c.dep_ == "nmod" and _case(c) == "against"
                    for m in self.np(p, c)]
            self.emit_frame(p, v, "alongside", "opposes", allies + (subj if hung else []), enemies + hung)

    @staticmethod
    def _names_before(p: Parse, i: int) -> list[int]:
        """The mentions of the noun phrase or list right before token ``i``, past auxiliaries, adverbs and
        a comma ("X and Y troops, now fighting", "X and Y are moving")."""
        doc = p.doc
        i -= 1
        while i >= 0 and (doc[i].tag_.startswith(("RB", "MD")) or doc[i].lower_ in _AUX_WORDS
                          or doc[i].text == ","):
            i -= 1
        found: list[int] = []
        while i >= 0 and (doc[i].tag_.startswith(("NN", "JJ", "CC", "DT", "POS", "VBN"))
                          or doc[i].text == ","):
            m = p.mention_of[doc[i].i]
            if m >= 0 and m not in found:
                found.insert(0, m)
            i -= 1
        return found

    def side_by_side(self, p: Parse, first: Any) -> None:
        """"X and Y fought side by side", "X fought shoulder to shoulder with Y": read from the words right
        after the verb of fighting, whatever the parse made of them."""
        doc = p.doc
        rest = fr.TOGETHER_PHRASES[first.lower_]
        end = first.i + 1 + len(rest)
        if end > len(doc) or tuple(t.lower_ for t in doc[first.i + 1:end]) != rest:
            return
        i = first.i - 1
        while i > 0 and doc[i].tag_.startswith("RB"):
            i -= 1  # "fighting now side by side"
        v = doc[i]
        if v.lower_ not in _FIGHT_FORMS:
            return
        # "X has fought side by side" may be read as a passive
        subj = self.subjects(p, v) or [m for c in v.children if c.dep_ == "nsubj:pass" for m in self.np(p, c)]
        if len(set(subj)) < 2:
            # "X and Y troops, now fighting side by side," with the list misread: the names right before
            chunk = self._names_before(p, v.i)
            if len(chunk) >= 2 or not subj:
                subj = chunk
        if end < len(doc) and doc[end].lower_ == "with":
            after = [t for t in doc[end + 1:end + 8] if p.mention_of[t.i] >= 0]
            if after and not any(t.is_punct for t in doc[end + 1:after[0].i]):
                self.emit_frame(p, v, "alongside", "allied_with", subj, [p.mention_of[after[0].i]])
            return
        self.emit_frame(p, v, "alongside", "allied_with", subj, subj)
