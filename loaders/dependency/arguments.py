"""A frame's arguments in the parse: the mentions a word stands for, subjects, objects, patients, agents.

The base of ``DependencyRules`` (``loaders.dependency``): ``np`` expands a word of the parse to the
mentions it names, over its conjuncts and appositions; ``subjects``, ``objects``, ``patients``,
``agents`` find a verb's arguments where the parse puts them (shared through
``xcomp``, coordinated verbs, relative clauses, passives).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.dependency.charges import accused_subject
from pactgraph.loaders.dependency.common import (
    _DONE_FORMS,
    _FACILITY_NOUNS,
    _PLACE_KIND_NOUNS,
    _TIES,
    _TIME_NOUNS,
    VERB_FORMS,
    _case,
    _is_noun,
    _is_verbal,
)
from pactgraph.loaders.dependency.kinds import later
from pactgraph.loaders.dependency.lists import (
    _as_well_as,
    _listed_after,
    _listed_before,
    _named_by_compound,
    _role_apposed,
)
from pactgraph.loaders.dependency.referents import _PLACE_BACK_HEADS, Referents
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.noun_phrases import NOMINAL_HEADS
from pactgraph.loaders.syntax import Parse

#: Prepositions that the parse may take for the conjunction of a clause ("after X arrested Y").
_TIME_CASES = frozenset({"after", "before", "until", "since", "when", "once"})


class Arguments(Referents):
    """Where a frame's arguments stand: the mentions under a word, a verb's subjects, objects and agents."""

    def _type_of(self, m: Mention) -> str | None:
        e = self.entity(m.index)
        return e.type if e is not None else m.type

    # -- arguments ------------------------------------------------------------------------------------
    def np(self, p: Parse, tok: Any, conj: bool = True) -> list[int]:
        """The mentions a noun phrase headed by ``tok`` stands for, over its conjuncts."""
        out: list[int] = []
        items = [tok, *tok.conjuncts] if conj else [tok]
        if conj and len(items) > 1:  # "X, whose leader, Y, ...": Y, read as X's conjunct, holds the role
            items = [x for x in items if x.i <= tok.i or not _role_apposed(p, x)]
        if conj:
            # "the town of A, the hub of B and ...": a place's apposition that is another place's wrapper
            items += [x for t in items if p.mention_of[t.i] >= 0 and self._type_of(
                p.mentions[p.mention_of[t.i]]) == "Place" for c in t.children if c.dep_ == "appos"
                and c.lower_ in _PLACE_KIND_NOUNS for x in c.children if x.dep_ == "nmod" and _case(x) == "of"
                and p.mention_of[x.i] >= 0]
        if conj and (more := _as_well_as(p, tok)) is not None:
            # "A and B as well as C", with C hung on the list's head or on the verb: one more of the list
            items += [more, *more.conjuncts]
        if conj and len(items) > 1:
            # "A, B and C" read with B in apposition to A: a list all the same
            items += [c for t in items for c in t.children if c.dep_ == "appos" and p.mention_of[c.i] >= 0
                      and (p.mention_of[t.i] >= 0 or _named_by_compound(p, t))
                      and t.doc[c.i - 1].text in (",", "the")]
        for t in items:
            for m in self._np_one(p, t, 0):
                if m not in out:
                    out.append(m)
        return out

    def _np_one(self, p: Parse, t: Any, depth: int) -> list[int]:
        if depth > 3:
            return []
        m = p.mention_of[t.i]
        if m >= 0 and p.mentions[m].text.startswith("Operation ") and (owner := [
                x for c in t.children if c.dep_ == "nmod:poss" for x in self.np(p, c)]):
            return owner  # "Croatia's Operation Storm retakes Z": the operation's owner acts
        if m >= 0 and (named := self._named_place_of(p, t, m)):
            return named  # "the Marovian enclave of Z" read as a zone of its own: Z
        if m >= 0 and (self.entity(m) is not None or depth > 0):
            return [m]
        low = t.lower_  # a nominal no one was found for ("the government of X") is read by its structure
        if m < 0 and t.text in lx.TITLES and (named := [
                x for c in t.children if c.dep_ in ("flat", "compound") and c.i == t.i + 1
                for x in self._np_one(p, c, depth + 1) if self._type_of(p.mentions[x]) == "Person"]):
            return named  # "the envoy of Y, Sheikh X, ...": the title read as the head of the man's name
        if low in _PLACE_BACK_HEADS and m < 0 and (place := self._place_named_before(p, t)) is not None:
            return [place]  # "the militia that has run the valley", "its grip on the capital": the one named
        if low in ("which", "who", "whom", "that", "whose"):
            clause = t
            for _ in range(4):  # up to the relative clause ("whose main sponsor is X": "X" heads it)
                if clause.dep_ == "acl:relcl":
                    found = self._np_one(p, clause.head, depth + 1)
                    if len(found) == 1 and low in ("which", "that") and t.i > 0 and t.nbor(-1).text == "," \
                            and (described := self._apposition_owner(found[0])) is not None:
                        return [described]  # "A, the successor to B, which guards Z": A's clause
                    outer = clause.head.head
                    if not found and clause.head.dep_ == "nmod" and _case(clause.head) == "of" and \
                            outer.lower_ in NOMINAL_HEADS and outer.lower_ in fr.NOUN_OF_KIND:
                        # "X, a group of Ugandan origin that has pledged ...": the group's clause, hung on
                        # the noun of its "of" phrase
                        found = self._np_one(p, outer, depth + 1)
                        near = self._before_comma(p, outer, brackets=True) if not found else None
                        found = found or ([near] if near is not None else [])
                    if found or _is_noun(clause.head):
                        if t.i == 0 or t.nbor(-1).text != "," or found and (any(
                                self._type_of(p.mentions[m]) != "Agreement" for m in found) or any(
                                f.predicate in ("party_to", "brokered", "governs")
                                for f in fr.VERBS.get(VERB_FORMS.get(clause.lower_, ""), ()))):
                            return found
                        # "the signing of the accord between X and Y (ABBR), which have fought ...": hung
                        # on a noun of no one, or on the agreement, the clause is the name's before the comma
                        near = self._before_comma(p, t, brackets=True)
                        return [near] if near is not None else found
                    break  # "accusing X, which led ...": the clause hung on the verb; the name before it
                if clause.head.i == clause.i:
                    break
                clause = clause.head
            near = self._before_comma(p, t, brackets=True)  # "X, which ..." with the clause misattached
            if near is None and low == "whose" and t.i > 0:
                # "Y, the group whose main sponsor is X" read with no clause: the noun before it, a name or
                # a noun in apposition to one (not the "of" phrase of another noun: "part of Y whose ...")
                prev = t.doc[t.i - 1]
                m = p.mention_of[prev.i]
                if m < 0 and _is_noun(prev) or m >= 0 and p.mentions[m].kind == "nominal":
                    near = self._before_comma(p, prev)
                elif m >= 0 and not (prev.dep_ == "nmod" and _case(prev) == "of"):
                    near = m
            return [near] if near is not None else []
        if low == "all" and t.tag_ in ("DT", "PDT"):
            # "covers all of Z": the determiner heads the phrase (not "much of Z": a part is no hold)
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) == "of":
                    return self.np(p, c)
        if not _is_noun(t):
            return []
        if any(c.dep_ == "cop" for c in t.children):
            # "X is a movement that Y arms": the predicate noun stands for its subject
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and (found := self._np_one(p, subj[0], depth + 1)):
                return found
        apposed = (t.dep_ == "appos" or self._apposed_conj(t)) and not _named_by_compound(p, t)
        near = self._before_comma(p, t) if apposed else None
        if near is not None and t.tag_ == "NNS" and self._apposed_conj(t) and p.mention_of[t.head.i] >= 0:
            # "X, Y and Z, groups that W arms" with the plural read as a fourth conjunct: the list
            items = [x for x in (t.head, *t.head.conjuncts) if x.i < t.i]
            items += [c for x in items for c in x.children if c.dep_ == "appos" and c.i < t.i
                      and t.doc[c.i - 1].text in (",", "the")]  # "A, B and C" read with B apposed
            return list(dict.fromkeys(m for x in sorted(items, key=lambda x: x.i)
                                      if (m := p.mention_of[x.i]) >= 0))
        if near is not None and near != p.mention_of[t.head.i]:
            return [near]  # "X, head of Y, a Z-backed group": the group is Y, the name just before it
        if near is not None and self._apposed_conj(t) and low not in fr.ROLE_NOUNS:
            return [near]  # "X, Y's bitter rival, ..." read as a conjunct: X, never Y
        if t.dep_ == "appos" and p.mention_of[t.head.i] >= 0 and not _named_by_compound(p, t):
            return self.np(p, t.head)  # "X, Y and Z, groups that W arms"
        if t.tag_ in ("NNS", "NNPS") and (listed := [
                m for c in t.children if c.dep_ in ("nmod", "appos") and _case(c) in ("including", "such as")
                for m in self.np(p, c)]):
            return listed  # "several factions, including A and B, ...": the plural noun stands for the names
        if t.tag_ in ("NNS", "NNPS") and (listed := _listed_after(p, t)):
            return listed  # "five states — A, B and C — as well as D", however the parse hung the names
        for c in t.children:
            if c.dep_ == "appos" and p.mention_of[c.i] >= 0 and t.tag_ in ("NNS", "NNPS"):
                return self.np(p, c)  # "five states — A, B and C —": the plural noun stands for the list
            if c.dep_ == "appos" and p.mention_of[c.i] >= 0 and not _named_by_compound(p, t):
                return [p.mention_of[c.i]]  # "the group, X, which ..."
        if low in fr.AID_NOUNS or low in fr.PLACE_WRAPPERS:
            # "financed by loans from X", "the whole of Z"
            prep = ("from", "of") if low in fr.AID_NOUNS else ("of",)
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) in prep:
                    return self.np(p, c)
        if low in fr.PLACE_WRAPPERS:
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) == "of":
                    return self.np(p, c)
        if low in _FACILITY_NOUNS:
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) == "at":
                    return self.np(p, c)  # "the airport at Z", "the army headquarters at Z"
            k = t.right_edge.i + 1
            if k + 1 < len(t.doc) and t.doc[k].lower_ == "at" and p.mention_of[t.doc[k].head.i] >= 0 \
                    and t.doc[k].head.i > k and t.doc[k].head.head.i == t.head.i:
                return self.np(p, t.doc[k].head)  # "hold the airport at Z" with "at Z" hung on the verb
        if low in lx.SEAT_OF_POWER_NOUNS:
            # "the new rulers in Z", "the government in Z": the state ruled from Z
            seat = [m for c in t.children if c.dep_ == "nmod" and _case(c) == "in"
                    and (m := p.mention_of[c.i]) >= 0 and self._type_of(p.mentions[m]) == "State"]
            k = t.i + 1  # "backed the rulers in Z" with "in Z" hung on the verb
            if not seat and k + 1 < len(t.doc) and t.doc[k].lower_ == "in" and t.doc[k].head.i == k + 1 \
                    and (m := p.mention_of[k + 1]) >= 0 and self._type_of(p.mentions[m]) == "State":
                seat = [m]
            if seat:
                return seat
        if low in NOMINAL_HEADS or low in fr.FORCE_NOUNS or low in fr.ROLE_NOUNS or low in fr.HOLDER_NOUNS:
            out = []
            owners: list[int] = []
            for c in t.children:
                if c.dep_ in ("appos", "flat") and low in fr.ROLE_NOUNS and not later(t, c):
                    out += self.np(p, c, conj=False)
                if c.dep_ == "nmod:poss" and c.lower_ == "whose" and low in fr.FORCE_NOUNS:
                    # "X, whose fighters hold Z": the relative clause's antecedent (a person's forces are
                    # the group or state the person leads, read elsewhere)
                    owners.extend(m for m in self.np(p, c) if self._type_of(p.mentions[m]) != "Person")
                if c.dep_ in ("amod", "compound", "nmod:poss", "flat") and p.mention_of[c.i] >= 0:
                    # "Ugandan and Congolese troops": each demonym of the coordination
                    found = [m for x in (c, *c.conjuncts) if (m := p.mention_of[x.i]) >= 0]
                    if c.dep_ == "nmod:poss":
                        # "Y's government" for a person Y is the state Y leads: read by the proxy pass
                        # when "'s" follows the name, never through "whose"
                        found = [m for m in found if self._type_of(p.mentions[m]) != "Person"
                                 or self._man_owns(p.mentions[m], low)]
                    (owners if c.dep_ == "nmod:poss" else out).extend(found)
                elif c.dep_ == "compound" and c.i < t.i and c.lower_ in fr.FORCE_NOUNS and \
                        low in fr.FORCE_NOUNS:
                    # "Y police units", "Y army patrols": the name on the force noun before the head
                    out += [m for x in c.children if x.dep_ in ("amod", "compound") and x.i < c.i
                            and t.doc[x.i + 1].text != "-" and (m := p.mention_of[x.i]) >= 0]
                elif c.dep_ == "amod" and c.i < t.i and t.doc[c.i - 1].text != "-":
                    # "Y's X mercenary group": the name hangs on the modifier between it and the noun
                    out += [m for x in c.children if x.dep_ == "compound" and x.i == c.i - 1
                            and (m := p.mention_of[x.i]) >= 0 and p.mentions[m].kind == "name"]
                elif c.dep_ == "nmod:poss" and c.lower_ == "whose" and low in fr.FORCE_NOUNS:
                    # "X, whose troops have fought ...": X's forces are X (a person's, through the proxy pass)
                    owners += [m for m in self._np_one(p, c, depth + 1)
                               if self._type_of(p.mentions[m]) != "Person"]
            if not out and low in fr.ROLE_NOUNS:
                # "the Minister of the Interior, X, ...": the name apposed to the office, wherever the
                # parse hung it inside the office's phrase
                for x in t.subtree:
                    m = p.mention_of[x.i]
                    if x.i > t.i and m >= 0 and x.doc[x.i - 1].text == "," and self._type_of(
                            p.mentions[m]) == "Person" and (x.dep_ == "appos" or self._apposed_conj(x)):
                        out.append(m)
                        break
            if not out and not owners and low in fr.FORCE_NOUNS:
                # "army units loyal to X": X's men
                owners = [m for c in t.children if c.dep_ in ("amod", "acl") and c.lower_ == "loyal"
                          for x in c.children if x.dep_ in ("obl", "nmod") and _case(x) == "to"
                          for m in self.np(p, x)]
            # "Russia's Volkov group" is Volkov; "Russia's troops" is Russia
            if fr.HOLDER_NOUNS.get(low, ("",))[0] in _TIES and not (
                    low in NOMINAL_HEADS or low in fr.FORCE_NOUNS or low in fr.ROLE_NOUNS):
                owners = []  # but "Y's enemies", "Y's backers" are not Y
            out = out or owners
            if low in fr.ROLE_NOUNS and t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.left_edge.lower_ in (
                    "the", "a", "an") and (near := self._before_comma(p, t)) is not None and self._type_of(
                    p.mentions[near]) == "Person" and near not in out:
                # "X, the UN envoy who brokered the deal, said": the parse missed the apposition to X
                out = [near, *out]
            if out:
                return list(dict.fromkeys(out))
        if low in fr.FORCE_NOUNS or low in fr.WRAPPER_NOUNS:
            for c in t.children:
                if c.dep_ == "nmod" and _case(c) in ("of", "from"):
                    return self.np(p, c)
                if low in fr.WRAPPER_NOUNS and c.dep_ == "nmod:poss":
                    return self.np(p, c)
        for c in t.children:
            if c.dep_ == "flat" and p.mention_of[c.i] >= 0:
                return [p.mention_of[c.i]]
        near = self._before_comma(p, t) if not any(c.dep_ == "nmod:poss" for c in t.children) else None
        if t.dep_ != "conj" and t.tag_ in ("NNS", "NNPS") and len(listed := _listed_before(p, t)) > 1:
            return listed  # "A, B and C, the three groups that ...": the list the plural stands for
        if near is not None and t.dep_ != "conj":
            return [near]  # "X, a country that ...": an apposition the parse missed
        return []

    def _named_place_of(self, p: Parse, t: Any, m: int) -> list[int]:
        """The named place after "of" of a place's kind that the mentions read as a zone of its own
        ("the Marovian enclave of Z", "the mountain district of Z")."""
        last = p.mentions[m].text.split()[-1]
        if last not in fr.PLACE_WRAPPERS or not any(c.dep_ == "nmod" for c in t.children):
            return []  # the phrase ends in a lower-case kind of place ("enclave", "district")
        return [x for c in t.children if c.dep_ == "nmod" and _case(c) == "of"
                and (x := p.mention_of[c.i]) >= 0 and x != m
                and (e := self.entity(x)) is not None and e.type == "Place"]

    def _before_comma(self, p: Parse, t: Any, brackets: bool = False) -> int | None:
        """The mention right before the comma that opens the phrase of ``t`` ("X, a group that ...")."""
        left = t.left_edge.i
        while left < t.i and t.doc[left].is_punct:
            left += 1  # the parse may hang the opening comma on the phrase itself
        if t.doc[left].lower_ in ("and", "or"):
            return None  # "X, Y, and the leader of Z": a coordination, not an apposition to Y
        if left >= 2 and t.doc[left - 1].text == "," and p.mention_of[left - 2] >= 0:
            return p.mention_of[left - 2]
        if left >= 3 and t.doc[left - 1].text == "," and _named_by_compound(p, t.doc[left - 2]):
            return p.mention_of[left - 3] if p.mention_of[left - 3] >= 0 else None  # "the X militia, ..."
        if left >= 2 and t.doc[left - 1].text == "," and NOMINAL_HEADS.get(t.doc[left - 2].lower_) == "state":
            # "X's government, whose chief mediator ...": the state the possessed noun stands for
            owner = [m for c in t.doc[left - 2].children if c.dep_ == "nmod:poss"
                     and (m := p.mention_of[c.i]) >= 0 and self._type_of(p.mentions[m]) == "State"]
            if owner:
                return owner[0]
        if brackets and left >= 5 and t.doc[left - 1].text == "," and t.doc[left - 2].text == ")" \
                and t.doc[left - 4].text == "(" and p.mention_of[left - 5] >= 0:
            return p.mention_of[left - 5]  # "X (ABBR), which ...": the name before the brackets
        return None

    def subjects(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        """Who does what the verb says: its subject, or the one it shares with the verb it hangs on."""
        if depth > 4:
            return []
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:outer", "csubj")
                    and not (c.lower_ in _TIME_NOUNS and p.mention_of[c.i] < 0)]  # "since last year has held"
        if self._object_relative(v, subjects):
            subjects = subjects[1:]  # "the Front, which X heads": the relative word is the object
        if not subjects and v.tag_ == "NNS":
            subjects = self._compound_subject(v)  # "X relies on Y" with "relies" read as a noun
        if subjects:
            # two subjects of one verb are a coordination the parse split ("X and Y have pledged ..."),
            # unless a clause boundary stands between them ("X backs Y, while Z supports W")
            kept = [subjects[-1]]
            for c in reversed(subjects[:-1]):
                between = v.doc[c.right_edge.i + 1:kept[0].left_edge.i]
                if all(t.lower_ in ("and", ",", "the", "as", "well", "or") for t in between):
                    kept.insert(0, c)
                else:
                    break
            found = [m for c in kept for m in self.np(p, c)]
            # "X, and his Y counterpart, Z, signed" with the second conjunct read as an oblique of the verb
            found += [m for c in v.children if c.dep_ == "obl" and kept[-1].i < c.i < v.i and not _case(c)
                      and any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children)
                      for m in self.np(p, c)]
            head = v.head
            if v.dep_ == "conj" and head.dep_ == "ROOT" and (p.mention_of[head.i] >= 0 or _is_noun(head) and (
                    head.lower_ in fr.FORCE_NOUNS)) and any(
                    c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < kept[0].i for c in v.children):
                # (or "X's army and Y were exchanging fire", the force noun read as the root)
                # "A, B and, to a lesser extent, C backed Y" read as "A, B" and "and C backed Y"
                found = self.np(p, head) + found
            if not found and v.dep_ == "nsubj:pass" and head.lower_ in _DONE_FORMS and self.passive(head):
                # "Much of the fighting against Y has been done by X": the agent of the passive
                found = self.agents(p, head)
            return list(dict.fromkeys(found))
        for c in v.children:
            # "X, founded in 2009, belongs to Y": the parse may give X to the participle in between
            if c.i < v.i and c.dep_ in ("parataxis", "advcl", "acl") and c.tag_ == "VBN":
                stolen = [x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass") and x.i < c.i]
                if stolen:
                    return self.np(p, stolen[0])
        if v.dep_ == "ROOT":
            # "In November, Malian troops, backed by X, drove Y out": the subject read as an apposition of
            # the fronted phrase of time or place (which the parse may hang on the participle in between)
            between = [a for a in v.children if a.i < v.i and a.dep_ in ("advcl", "parataxis", "acl")
                       and a.tag_ == "VBN"]
            inside = {t.i for a in between for t in a.subtree}
            for c in [*v.children, *[x for a in between for x in a.children]]:
                if c.i < v.i and c.dep_ == "obl" and _case(c) in ("in", "on", "at", ""):
                    stolen = [m for x in c.children if x.dep_ == "appos" and x.i > c.i and all(
                        t.is_punct or t.i in inside for t in v.doc[x.right_edge.i + 1:v.i])
                              for m in self.np(p, x)]
                    if stolen:
                        return stolen
        dep = v.dep_
        head = v.head
        marks = {c.lower_ for c in v.children if c.dep_ == "mark"}
        if dep == "xcomp" or dep == "advcl" and marks & {"of", "for"}:
            # "X urged Y to sign": Y; "X accuses Y of arming Z": Y; "X sent troops to defend Y": X
            objs = [c for c in head.children if c.dep_ in ("obj", "iobj")]
            if objs and (found := self.np(p, objs[0])):
                return found
            if objs and head.lower_ in fr.ACCUSE_FORMS:
                return []  # "X accuses Y of arming Z": the accuser did not arm Z
            if (held := accused_subject(v, claims=True)) is not None and (found := self.np(p, held)):
                return found  # "X is accused of arming Z", "X is believed to back Z": what the claim is about
            if dep == "xcomp" and (named := [c for c in head.children if c.dep_ == "nsubj:pass"]) and (
                    found := self.np(p, named[0])):
                return found  # "X was appointed to lead Y", "X was asked to sign": the passive's subject
            return self.subjects(p, head, depth + 1)
        if dep == "conj" and (_is_verbal(head) or self._noun_read_verb(head)):
            found = self.subjects(p, head, depth + 1)
            if not found and head.tag_ == "VBN" and head.i >= 2 and v.doc[head.i - 1].text == "," and \
                    p.mention_of[head.i - 2] >= 0 and not self._has_subject(head):
                # "X, chaired by Y, signed Z" read with the participle as the main verb: X signed
                found = [p.mention_of[head.i - 2]]
            return found
        if dep == "conj" and p.mention_of[head.i] >= 0 and head.dep_ == "ROOT":
            return self.np(p, head, conj=False)  # "Norland, too, signed" read with the name as root
        if dep == "acl" and self._has_subject(head):
            return self.subjects(p, head, depth + 1)
        if dep == "acl" and (head.lower_ in fr.DENY_VERBS or head.lower_ in fr.CLAIM_VERBS):
            # "X denies arming Y" with "denies" read as a noun and X as its modifier
            return [m for c in head.children
                    if c.i < head.i and c.dep_ in ("compound", "nmod:poss", "amod") for m in self.np(p, c)]
        if dep in ("acl", "acl:relcl") and not self.passive(v):
            return self.np(p, head, conj=False)
        if dep == "advcl" and not marks and v.tag_ == "VBG":
            # "X covers Z, where Y has advanced, seizing W": the participle hung on the main verb belongs to
            # the clause right before it
            before = [c for c in head.children if c.i < v.i and c.dep_ in ("advcl", "acl:relcl", "ccomp")
                      and _is_verbal(c) and v.left_edge.i - c.right_edge.i <= 2 and self._has_subject(c)]
            if before:
                return self.subjects(p, before[-1], depth + 1)
        if dep == "advcl" and not marks and (v.tag_ in ("VBD", "VBZ", "VBP") or v.tag_ == "VBN" and any(
                c.dep_ == "obj" for c in v.children) and not self.passive(v)):
            # "Y took up arms after X police arrested Z" read as "after X police" and a finite verb with no
            # subject: the phrase right before the verb is its subject, never the main clause's
            fronted = [c for c in head.children if c.dep_ == "obl" and _case(c) in _TIME_CASES
                       and c.right_edge.i + 1 == v.left_edge.i == v.i]
            if fronted:
                return self.np(p, fronted[0])
        if dep == "advcl" and (not marks or marks <= {"to"}):
            if self.passive(head) and not any(c.dep_ == "nsubj" for c in head.children):
                return self.patients(p, head)  # "X was created, growing out of Y"
            return self.subjects(p, head, depth + 1)  # "..., seizing Z"; "X sent troops to fight Y"
        return []

    def patients(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        """The passive verb's patient: its ``nsubj:pass``, or the noun a participle describes."""
        for c in v.children:
            if c.dep_ in ("nsubj:pass", "nsubj") and (found := self.np(p, c)):
                return found
        if v.dep_ in ("acl", "amod", "acl:relcl"):
            return self.np(p, v.head, conj=False)
        if v.dep_ == "conj" and v.i >= 2 and v.doc[v.i - 1].lower_ in ("and", "or") and \
                v.doc[v.i - 2].tag_ == "VBN" and v.doc[v.i - 2].dep_ in ("acl", "amod") and \
                not self.passive(v.head):
            # "Y, a force raised and led by X" with "led" hung on the main verb: the participle before it
            return self.np(p, v.doc[v.i - 2].head, conj=False)
        if v.dep_ in ("advcl", "xcomp", "conj") and depth < 3 and not any(
                c.dep_ in ("nsubj:pass", "nsubj") for c in v.children):  # (a clause of its own subject)
            return self.subjects(p, v.head, depth + 1) if not self.passive(v.head) \
                else self.patients(p, v.head, depth + 1)
        if v.dep_ == "ROOT" and v.i == v.sent.start:
            # "Backed by X, Y has retaken Z" with the main clause hung on the participle
            for c in v.children:
                if c.dep_ in ("parataxis", "conj", "ccomp") and c.i > v.i:
                    subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass")]
                    if subj:
                        return self.np(p, subj[0])
        return []

    def agents(self, p: Parse, v: Any) -> list[int]:
        out: list[int] = []
        for c in v.children:
            if c.dep_ == "obl:agent" or (c.dep_ == "obl" and _case(c) == "by"):
                out += self.np(p, c)
        # "Y was armed throughout the war by X": the agent hung on the phrase of time or place before it
        return out or [m for c in v.children if c.dep_ == "obl" and _case(c) not in ("by", "") and
                       p.mention_of[c.i] < 0 for x in c.children if x.dep_ == "nmod" and _case(x) == "by"
                       and x.i > c.i for m in self.np(p, x)]

    def objects(self, p: Parse, v: Any, dep: str = "obj", depth: int = 0) -> list[Any]:
        found = [c for c in v.children if c.dep_ == dep][:1]  # a second object is a misread apposition
        if not found and dep == "obj":
            found = [c for c in v.children if c.dep_ == "iobj"][:1]  # "signed the X Agreement" read as iobj
        if found and dep == "obj":
            # "seized the town of A and, in June, the town of B" with B hung on the verb as its conjunct
            found += [c for c in v.children if c.dep_ == "conj" and c.i > found[0].i and _is_noun(c)
                      and c.tag_ != "PRP" and not self._has_subject(c)]
        if not found and dep == "obj" and v.dep_ == "acl:relcl":
            # "the militia, which X has armed": the relative word, wherever the parse hung it
            found = [c for c in v.subtree if c.i < v.i and c.lower_ in ("which", "whom", "that")
                     and c.dep_ != "nsubj"][:1]
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if not found and self._object_relative(v, subjects):
                found = subjects[:1]
            if not found and subjects and subjects[0].i < v.i and subjects[0].left_edge.i == v.head.i + 1 \
                    and _is_noun(v.head) and p.mention_of[v.head.i] < 0 and not any(
                    c.dep_ in ("obj", "ccomp", "xcomp", "mark") for c in v.children):
                # "Z, the port it has held since 2019": a relative clause with no relative word, right
                # after the noun it describes (or after the noun that noun belongs to: "a city of a
                # million people they have held")
                found = [v.head.head if v.head.dep_ == "nmod" and _case(v.head) == "of" and _is_noun(
                    v.head.head) and not self.np(p, v.head) else v.head]
        if not found and dep == "obj" and v.left_edge.i > 0 and depth == 0:
            before = v.doc[v.left_edge.i - 1]
            if before.lower_ in ("which", "whom") and before.dep_ != "nsubj" or before.lower_ == "which":
                found = [before]  # "Y, which X leads, ..." with the clause hung elsewhere
        if not found and depth < 2 and v.dep_ == "conj" and (_is_verbal(v.head)
                                                             or self._noun_read_verb(v.head)):
            found = self.objects(p, v.head, dep, depth + 1)
        if not found and depth < 2:
            for c in v.children:
                if c.dep_ == "conj" and _is_verbal(c):
                    found = [x for x in c.children if x.dep_ == dep]
                    if found:
                        break
        if not found and dep == "obj" and _is_verbal(v):
            # "X, who heads the Y's political wing": the object read as an oblique with no preposition
            found = [c for c in v.children if c.dep_ == "obl" and c.i > v.i and _is_noun(c)
                     and not any(x.dep_ in ("case", "mark") for x in c.children)][:1]
        return found
