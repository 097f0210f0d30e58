"""A frame's status read from the parse, and its emission as relations.

``frame_status`` reads the words that govern a trigger (negation, "no longer", modals and
conditions, denials, accusations and reports, proposals); ``emit_frame`` and
``emit_entities_frame`` turn a frame's arguments into relations with that status.
``agreement_near`` finds the agreement a frame speaks of.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.arguments import Arguments
from pactgraph.loaders.dependency.common import (
    _BE_TO,
    _BY_FORMER,
    _CLAIM_NOUNS,
    _FORMER_ROLE_BEFORE,
    _HEDGE_ADJECTIVES,
    _HEDGE_ADVERBS,
    _HOLDING_FORMS,
    _OBJECT_PRONOUNS,
    _ROLES,
    _STATES,
    _SUBJECT_ROLE_TIES,
    _after_comma,
    _case,
    _is_noun,
    _is_verbal,
    rule_for,
)
from pactgraph.loaders.status import _FORMER_BEFORE
from pactgraph.loaders.syntax import Parse
from pactgraph.loaders.text import Sentence


def _respectively(t: Any) -> bool:
    """Whether "respectively" pairs the lists of the frame on ``t``: in its clause, not in a clause of its own
    under an argument ("X and Y, which hold A and B respectively, back Z" pairs nothing of "back")."""
    for x in t.subtree:
        if x.lower_ != "respectively":
            continue
        h = x
        while h.i != t.i and h.dep_ not in ("acl:relcl", "acl", "advcl", "ccomp", "parataxis"):
            h = h.head
        if h.i == t.i:
            return True
    return False


class FrameEmission(Arguments):
    """A frame's status from the parse, and its relations; the agreement in context."""

    # -- status and emission --------------------------------------------------------------------------
    def frame_status(self, p: Parse, t: Any, predicate: str = "") -> tuple[str | None, list[int]]:
        """How the text stands to the relation a trigger states, and who claims it (for a claim)."""
        if predicate in _STATES and t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                           for c in t.children):
            return None, []  # "the town, which the rebels had held": held no more
        cur = t
        below = ""  # the label of the clause the climb came up from
        for depth in range(6):
            for c in cur.children:
                low = c.lower_
                if below in ("advcl", "parataxis") and c.dep_ in ("aux", "mark"):
                    continue  # "X would retaliate because Y backs Z": the modal is the main clause's
                if c.dep_ in ("advmod", "det", "neg", "cc:preconj") and low in fr.NEGATORS:
                    return None, []
                if low in fr.OVER_ADVERBS and c.dep_ == "advmod" and not (
                        low == "then" and c.i > 0 and c.nbor(-1).lower_ == "and"):
                    return None, []  # ("and then handed it over": what came next, not what is over)
                if c.dep_ in ("amod", "compound", "advmod") and low in fr.OVER_ADJECTIVES \
                        and depth == 0 and t.lower_ in fr.HOLDER_NOUNS:
                    return None, []  # "its former ally", not "a previous truce between X and Y"
                if low == "time" and _case(c) == "at" and any(x.lower_ in ("the", "that")
                                                               for x in c.children):
                    return None, []  # "its commander at the time"
                if low == "until" and c.dep_ == "mark" or c.dep_ in ("obl", "advcl") and _case(c) == "until":
                    return None, []
                if c.dep_ == "aux" and low in fr.MODALS:
                    return "hypothetical", []
                if c.dep_ in ("aux", "cop") and low in _BE_TO and any(
                        x.dep_ == "mark" and x.lower_ == "to" and x.i == c.i + 1 for x in cur.children):
                    return "hypothetical", []  # "Syrian forces are to help the government": a plan or a duty
                if c.dep_ == "mark" and low in fr.CONDITIONS:
                    return "hypothetical", []
                if c.dep_ in ("obl", "advcl") and _case(c).startswith("according"):
                    return "alleged", self.np(p, c)
                if low == "longer" and any(x.lower_ == "no" for x in c.children):
                    return None, []  # "X no longer backs Y", "longer" read as a modifier of a misread noun
                if c.dep_ == "advmod" and low in _HEDGE_ADVERBS or depth == 0 and c.dep_ == "amod" and \
                        low in _HEDGE_ADJECTIVES and _is_noun(t):
                    return "alleged", []  # "X allegedly arms Y", "X's alleged support for Y"
            if depth > 0:
                low = cur.lower_
                if low in fr.DENY_VERBS:
                    return "denied", self.subjects(p, cur)
                if low in fr.NEGATING_VERBS:
                    return None, []
                if low == "used" and below == "xcomp":
                    return None, []  # "X used to arm Y": over
                if low in fr.HYPOTHETICAL_VERBS and not (low == "set" and any(
                        c.dep_ == "compound:prt" for c in cur.children)):  # "set up a mission to train Y"
                    return "hypothetical", []
                if low in fr.CLAIM_VERBS and self._trailing_attribution(p, cur, below, t):
                    return "asserted", []  # "X captured Z, officials said on Monday": the wire's sourcing
                if low in fr.CLAIM_VERBS:
                    # an accusation is never the accuser's own claim about itself
                    return "alleged", [] if low in fr.ACCUSE_FORMS else self.subjects(p, cur)
            dep = cur.dep_
            if self._apposed_conj(cur):
                break  # an apposition is the narrator's, whatever the clause around it says
            subject = cur.head if dep == "conj" and cur.head.dep_ in ("nsubj", "nsubj:pass") else cur
            if depth == 0 and subject.dep_ in ("nsubj", "nsubj:pass") and cur.lower_ in fr.HOLDER_NOUNS \
                    and predicate in _SUBJECT_ROLE_TIES and _is_verbal(subject.head) \
                    and subject.head.lower_ not in _HOLDING_FORMS:
                # "Y's backers in X have urged it to ...", "Y and its X backers rejected the deal": the role
                # is the narrator's, as in apposition (not when the verb says who holds it: "Y's backers
                # could include X")
                break
            if dep == "acl" and (cur.head.lower_ in fr.DENY_VERBS or cur.head.lower_ in fr.CLAIM_VERBS):
                cur = cur.head  # "X denies arming Y" with "denies" read as a noun
                continue
            if (dep in ("acl", "ccomp") or dep == "acl:relcl" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)) and \
                    cur.head.lower_ in _CLAIM_NOUNS:
                # "accusations that X arms Y": a claim; "Z rejected allegations that X armed Y": denied
                claim = cur.head
                if claim.dep_ in ("obj", "nsubj:pass") and claim.head.lower_ in fr.DENY_VERBS:
                    return "denied", self.subjects(p, claim.head) if claim.dep_ == "obj" else []
                return "alleged", []
            if dep in ("acl:relcl", "appos", "acl", "amod", "compound") or cur.head.i == cur.i:
                break
            if dep in ("ccomp", "xcomp", "advcl", "csubj", "parataxis", "conj", "obj", "nsubj", "nsubj:pass",
                       "obl", "nmod", "xcomp", "ROOT"):
                below = dep
                cur = cur.head
                continue
            break
        return "asserted", []

    def _trailing_attribution(self, p: Parse, verb: Any, below: str, t: Any) -> bool:
        """"X captured Z, officials said on Monday": a report that follows its whole clause, set off by a
        comma, by a source that is no actor of the text (officials, a regional official, witnesses)."""
        if below not in ("ccomp", "parataxis") or t.i > verb.i or verb.lower_ not in ("said", "says"):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].i < t.i:
            return False
        return _after_comma(subjects[0]) and not any(p.mention_of[x.i] >= 0 for x in subjects[0].subtree)

    def emit_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                   obj: list[int], asserted: bool = False, status: str | None = None,
                   descriptive: bool = False) -> None:
        if not subj or not obj:
            return
        if (len(subj) > 1 or len(obj) > 1) and _respectively(t):
            # "X and Y back A and B respectively": two lists paired in order. Lists of unequal length,
            # one against several included, pair nothing: the parse holds only part of one of them ("X and
            # Y, led by A and B respectively" has one patient; the paired-leaders rule reads it)
            subj, obj = list(dict.fromkeys(subj)), list(dict.fromkeys(obj))
            if len(subj) == len(obj) and set(subj) != set(obj):
                for a, b in zip(sorted(subj), sorted(obj), strict=True):
                    self.emit_frame(p, t, construction, predicate, [a], [b], asserted=asserted, status=status,
                                    descriptive=descriptive)
            return
        rule = rule_for(construction, predicate)
        if status is not None:
            speakers: list[int] = []
        else:
            status, speakers = ("asserted", []) if asserted else self.frame_status(p, t, predicate)
        if status is None:
            return
        if descriptive and status in ("alleged", "hypothetical"):
            status, speakers = "asserted", []
        subj = [i for i in subj if self.usable(i, rule) and not self._former(i, predicate)]
        obj = [i for i in obj if self.usable(i, rule) and not self._former(i, predicate)]
        if predicate in ("governs", "controls"):
            obj = [i for i in obj if (e := self.entity(i)) is not None and e.type == "Place"]
        # "X's strikes killed Y fighters, Y said": the side attacked reports the attack on itself as a fact
        status = self._own_claim(status, speakers, subj + (obj if predicate == "opposes" else []))
        if predicate == "leader_of" and construction in ("passive", "compound"):
            # "a mission led by X" with X a state or a body: X is one of its members, not its leader
            members = [i for i in subj
                       if (e := self.entity(i)) is not None and e.type in ("State", "Organization")]
            if members:
                self.emit_frame(p, t, construction, "member_of", members, obj)
                subj = [i for i in subj if i not in members]
        if predicate in _ROLES:
            obj = [i for i in obj if (e := self.entity(i)) is not None and e.type != "Person"]
        if subj != obj and construction == "verb":
            obj = self._not_own_subject(subj, obj)
        pairs = [(a, b) for a in subj for b in obj if a != b]
        if predicate in ("opposes", "allied_with") and subj == obj:
            pairs = [(a, b) for k, a in enumerate(subj) for b in subj[k + 1:]]
        for a, b in pairs:
            self.emit_pairs([a], predicate, [b], p.sentence, rule, status, rule.confidence)

    def _not_own_subject(self, subj: list[int], obj: list[int]) -> list[int]:
        """"X and Y are fighting side by side against it": an object pronoun is never the verb's own subject,
        so one resolved to a subject was misread and stands for no one of the clause."""
        ids = {e.id for i in subj if (e := self.entity(i)) is not None}
        return [i for i in obj if not (self.mentions[i].kind == "pronoun" and self.mentions[i].text.lower()
                                       in _OBJECT_PRONOUNS and (e := self.entity(i)) is not None
                                       and e.id in ids)]

    def emit_entities_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                            target: Any) -> None:
        rule = rule_for(construction, predicate)
        status, speakers = self.frame_status(p, t, predicate)
        if status is None:
            return
        subj = [i for i in subj if self.usable(i, rule)]
        status = self._own_claim(status, speakers, subj)
        for a in subj:
            self.emit(a, predicate, target, p.sentence, rule, status, rule.confidence)

    def _former(self, i: int, predicate: str) -> bool:
        """"the former governor X", "its one-time ally X": a role or tie the text marks as over."""
        if predicate in ("opposes", "governs", "controls", "evolved_from"):
            return False
        m = self.mentions[i]
        before = self.body[max(0, m.start - 40):m.start]
        if _BY_FORMER.search(before):
            return False  # "a force raised and led by the former governor X": his old office, not the tie
        return _FORMER_BEFORE.search(before) is not None or _FORMER_ROLE_BEFORE.search(before) is not None

    def _own_claim(self, status: str, speakers: list[int], subj: list[int]) -> str:
        """"X says it backs Y": a speaker's claim about itself is asserted."""
        if status != "alleged" or not speakers:
            return status
        ids = {e.id for i in speakers if (e := self.entity(i)) is not None}
        if any((e := self.entity(i)) is not None and e.id in ids or self.mentions[i].kind == "pronoun"
               for i in subj):
            return "asserted"
        return status

    def agreement_near(self, s: Sentence, back: int) -> Any | None:
        """The agreement this sentence names, or the last one the ``back`` sentences before it named."""
        for k in range(s.index, max(-1, s.index - back - 1), -1):
            found = [e for m in self.by_sentence[k] if (e := self.entity(m.index)) is not None
                     and e.type == "Agreement"]
            if found:
                return found[-1] if k < s.index else found[0]
        return None

    def _agreement_in_context(self) -> Any | None:
        """The last agreement the text named before the sentence being read."""
        return self.entities[self.last_agreement] if self.last_agreement is not None else None
