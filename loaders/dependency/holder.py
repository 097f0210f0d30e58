"""Nouns that describe their holder: "Y's backer X", "X, the leader of Y", "X is a member of Y",
"signatories include X", "X acted as mediator"; with the forces, state units, bodies of members
and "one of" phrases read the same way.

``holder`` stays whole here with its private helpers.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import (
    _BECOMING_VERBS,
    _CHOOSING_VERBS,
    _HEAD_TITLE_BEFORE,
    _NAMING_VERBS,
    _PARTITIVES,
    _ROLES,
    _TAKING_VERBS,
    _TIES,
    _TRADE_WORDS,
    VERB_FORMS,
    _case,
    _is_noun,
    _is_verbal,
    _same_clause,
)
from pactgraph.loaders.dependency.kinds import later, one_member, party_kind, second_role
from pactgraph.loaders.dependency.lists import named_after_comma
from pactgraph.loaders.dependency.units import UnitFrames
from pactgraph.loaders.syntax import Parse

#: What rivals for which are in a contest, not a fight ("rivals for the same voters", "for the presidency").
_CONTESTED = frozenset({"votes", "vote", "voters", "seats", "seat", "presidency", "premiership", "office",
                        "nomination", "nominations", "title", "election", "elections", "ballots",
                        "leadership", "chairmanship", "constituency", "electorate"})


class HolderFrames(UnitFrames):
    """Holder nouns ("Y's backer X", "X, the leader of Y") and the frames read like them."""

    def holder(self, p: Parse, n: Any, entry: tuple[str, str] | None = None) -> None:
        predicate, direction = entry or fr.HOLDER_NOUNS[n.lower_]
        if any(c.lower_ in fr.HEAD_MODIFIERS for c in n.children if c.dep_ in ("amod", "compound")) or (
                n.i + 2 < len(n.doc) and n.nbor(1).text == "-" and n.nbor(2).lower_ == "general"):
            predicate = "leader_of"  # "Prime Minister", "Supreme Leader", "Secretary-General"
        if p.mention_of[n.i] >= 0 and p.mentions[p.mention_of[n.i]].kind in ("name", "gaz"):
            return  # "Party" in a party's name
        if predicate == "party_to" and party_kind(n):
            return  # "X, a nationalist party": a political party, no side of a deal
        if n.i >= 2 and n.nbor(-1).text == "-" and n.nbor(-2).lower_ == "non":
            return  # "the two strongest non-signatories, X and Y": the opposite
        if predicate == "allied_with" and any(c.lower_ in _TRADE_WORDS for c in n.children
                                              if c.dep_ in ("amod", "compound")):
            return  # "X is Y's largest trading partner": trade, no alliance
        if predicate == "opposes" and n.i + 1 < len(n.doc) and n.nbor(1).lower_ == "for" and \
                n.nbor(1).head.lower_ in _CONTESTED:
            return  # "X and Y, rivals for the same voters", "X's rival for the presidency": a contest
        owners: list[int] = []
        appositions: list[int] = []
        described: list[int] = []
        holders_in: list[int] = []
        fixed_status: str | None = None
        named: list[int] = []
        part_role = False
        for c in n.children:
            if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and _case(c) == "of") or (
                    # "Y, of which both states are members": the relative word read as the clause's oblique
                    c.dep_ == "obl" and _case(c) == "of" and c.lower_ in ("which", "whom")) or (
                    c.dep_ == "nmod" and _case(c) == "for" and n.lower_ in fr.SPEAKS_FOR) or (
                    c.dep_ == "nmod" and _case(c) == "to" and n.lower_ in ("successor", "heir")):
                # "the President of X, Y, met ...": the name in apposition read as a conjunct of the owner
                found = self._conj_apposed_person(p, n, c)
                owners += [m for m in self.np(p, c) if m not in found]
                # "a spokesman for X, Y, said": the parse may hang the name on X
                found += [m for x in c.children if x.dep_ == "appos" or self._listed_owner_conj(p, n, x)
                          for m in self.np(p, x, conj=False) + self._listed_after(p, n, c, x)
                          if (e := self.entity(m)) is not None and e.type == "Person"]
                named += found
                appositions += found
            elif c.dep_ == "nmod" and _case(c) == "in" and predicate == "backs" and direction == "h>o" and \
                    any(x.dep_ == "nmod:poss" for x in n.children):
                # "Y's patrons in X": the state they sit in
                holders_in += [m for m in self.np(p, c)
                               if (e := self.entity(m)) is not None and e.type == "State"]
            elif c.dep_ == "nmod" and _case(c) == "in" and predicate == "allied_with" and \
                    any(x.dep_ == "nmod:poss" for x in n.children):
                # "X and its allies in the Y Brigade": a group they belong to (not "its allies in Z", a place
                # or a state they sit in, nor "in parliament")
                groups = [m for m in self.np(p, c) if (e := self.entity(m)) is not None
                          and e.type in ("ArmedGroup", "Organization")]
                holders_in += groups
                if groups and n.dep_ == "conj" and _is_noun(n.head) and (k := n.left_edge.i) >= 1 and \
                        n.doc[k].lower_ == "and":
                    # "X and their allies in Y": "their" is X (no one when X is no name)
                    owners = [p.mention_of[k - 1]] if p.mention_of[k - 1] >= 0 else []
                    break
            elif c.dep_ == "nmod" and _case(c) in ("in", "within") and predicate in _ROLES:
                if not any(x.dep_ == "nmod:poss" for x in n.children):
                    owners += self.np(p, c)  # "Y's affiliate in Z": Z is where it acts, Y owns it
                if predicate == "leader_of":
                    predicate = "member_of"  # "a commander in X" is one of its commanders
            elif c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0 and predicate in _TIES and (
                    poss := [x for x in c.children if x.dep_ == "nmod:poss"]):
                owners += self.np(p, poss[0])  # "Y's main Arab ally" with "Y's" hung on the modifier
            elif c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0:
                described.append(p.mention_of[c.i])
            elif c.dep_ == "compound" and c.i < n.i and c.lower_ in fr.PART_NOUNS and (
                    inner := [p.mention_of[x.i] for x in c.children
                              if x.dep_ in ("compound", "amod") and p.mention_of[x.i] >= 0]):
                # "the government panel chair X", "Y delegation chief X": one of the people of Y, not its head
                described += inner
                part_role = True
                if predicate == "leader_of":
                    predicate = "member_of"
        # "the X ally", "ECOWAS members": a name before the noun is its owner; with an owner named
        # otherwise ("Vesk's main regional ally", "the junta's Norlandic partners") it says who holds it
        owners += described if not owners else []
        if predicate == "backs" and not owners:
            # "X, the main supplier of arms to Y": the one the things go to ("to Y" on the noun or the things)
            owners = [m for c in n.children
                      if c.dep_ == "nmod" and _case(c) == "of" and c.lower_ in fr.AID_NOUNS for t in (n, c)
                      for x in t.children if x.dep_ == "nmod" and _case(x) == "to" for m in self.np(p, x)]
        if n.lower_ in ("counterpart", "counterparts") and described:
            owners = described  # "X and his Tessalian counterpart, Y": the demonym's state, not X (the "his")
        if not owners and predicate in _TIES:
            # "jets supplied by its close ally X": the role read as a modifier of the name, with the possessor
            # hung on the name; "his nationalist ally X" with the possessor hung on the modifier
            owners = [m for c in n.head.children if n.dep_ == "compound" and n.head.i > n.i
                      and c.dep_ == "nmod:poss" and c.i < n.i for m in self.np(p, c)] or [
                m for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i
                and p.mention_of[c.i] < 0 for x in c.children if x.dep_ == "nmod:poss" for m in self.np(p, x)]
            if owners and not any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADJECTIVES
                                  for c in n.children) and (
                    n.dep_ == "compound" or any(c.dep_ in ("flat", "appos") for c in n.children)):
                # "his ally X": the narrator's description, whatever the clause says
                fixed_status = "asserted"
        first = n.head if n.dep_ == "conj" and n.head.lower_ in fr.HOLDER_NOUNS and _is_noun(n.head) else None
        if first is not None and predicate in _TIES and any(
                c.dep_ == "nmod:poss" and c.tag_ == "PRP$" for c in n.children):
            # "X, Y's closest ally and its main arms supplier": the pronoun is the first role's owner
            named = [m for c in first.children if c.dep_ == "nmod:poss" and c.tag_ != "PRP$"
                     for m in self.np(p, c)]
            owners = named or owners
        if not owners and n.dep_ == "conj" and (n.head.lower_ in fr.HOLDER_NOUNS or n.head.lower_ in (
                "founder", "co-founder")):
            # "its founder and leader, X": the owner is on the first noun
            owners = [m for c in n.head.children
                      if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of"
                      for m in self.np(p, c)]
        holders: list[int] = []
        if n.dep_ in ("appos", "compound", "flat", "nmod:desc") and n.head.i != n.i:
            # "X and Y, Z's main backers": a plural apposition describes every conjunct
            holders += self.np(p, n.head, conj=n.tag_ == "NNS")
            if n.dep_ == "appos" and n.tag_ == "NN" and (
                    last := [c for c in n.head.children if c.dep_ == "conj" and n.head.i < c.i < n.i]):
                # "X, ..., and Y, a local branch of Z" with the apposition hung on X: a singular one
                # describes the conjunct right before it
                holders = self.np(p, last[-1], conj=False)
            near = self._before_comma(p, n) if n.dep_ == "appos" and predicate in _ROLES else None
            if near is not None and self._type_of(p.mentions[near]) == "Person" and not any(
                    self._type_of(p.mentions[m]) == "Person" for m in holders):
                # "the accord, mediated by President X, the current chairman of Y, ...": a person's role
                # in apposition describes the person named right before it, wherever the parse hung it
                holders = [near]
            if n.dep_ != "appos" and not owners:
                # "President X of Y": the title's "of" hangs on the name
                owners += [m for c in n.head.children if c.dep_ == "nmod" and _case(c) == "of"
                           for m in self.np(p, c)]
            if n.dep_ == "appos" and not owners and n.i + 1 < len(n.doc) and n.nbor(1).lower_ == "of":
                # "X, commander of Y's armed wing, the Z, ..." with "of ..." hung on the name: the role's own
                # (a part in apposition to its name stands for it)
                for c in n.head.children:
                    if c.dep_ == "nmod" and _case(c) == "of" and c.left_edge.i == n.i + 1:
                        named_part = named_after_comma(p, c) if c.lower_ in fr.PART_NOUNS else []
                        owners += named_part or self.np(p, c)
                        if c.lower_ in fr.PART_NOUNS and not named_part and predicate == "leader_of":
                            predicate = "member_of"  # "X, commander of Y's fighters": one of Y's people
        if n.dep_ == "conj" and not any(c.dep_ in ("cc", "nsubj") for c in n.children) and (
                n.left_edge.text == "," or n.left_edge.i > 0 and n.doc[n.left_edge.i - 1].text == ","):
            # "X and Y, Z's main backers,": an apposition read as a conjunct; a singular one describes
            # the name right before it ("X and Y, long the movement's protector,": Y)
            near = self._before_comma(p, n) if n.tag_ != "NNS" else None
            holders += [near] if near is not None else self.np(p, n.head)
        # "its leader, X, will return": a name in apposition to the role is the narrator's, whatever
        # the clause around it claims
        apposed = any(c.dep_ == "appos" for c in n.children) or bool(named)
        if named:
            # "The leader of Y, X, rejected ...": the role is the narrator's, whatever the clause claims
            if any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADJECTIVES for c in n.children):
                return
            fixed_status = "asserted"
        for c in n.children:
            if c.dep_ in ("appos", "nsubj", "flat") and not later(n, c) or c.dep_ == "compound" and c.i > n.i:
                holders += self.np(p, c)
            if c.dep_ == "appos":
                holders += self._listed_after(p, n, n, c)
            if c.dep_ == "nsubj" and predicate == "member_of" and (m := p.mention_of[c.i]) >= 0 and \
                    p.mentions[m].kind == "pair":
                holders.append(m)  # "Both countries are members of Y": the two sides named before
        holders += self._participle_subject(p, n)
        if n.dep_ == "nmod" and _case(n) == "of" and n.head.lower_ == "one" and n.tag_ in ("NNS", "NNPS"):
            holders += self._one_of_holders(p, n.head)  # "X is one of the main backers of Y"
            if predicate == "leader_of":
                predicate = "member_of"  # "one of the leaders of Y" is one of its people, not its head
        if n.dep_ in ("nsubj", "nsubj:pass") and n.head.i != n.i:
            h = n.head
            if _is_noun(h):
                holders += self.np(p, h)
            elif h.lower_ in ("include", "includes", "included", "including", "are", "were", "is", "was"):
                holders += [m for o in self.objects(p, h) for m in self.np(p, o)]
        if n.dep_ in ("ccomp", "xcomp", "advcl") and _is_verbal(n.head) and any(
                c.dep_ == "cop" and c.lower_ == "being" for c in n.children) and not any(
                c.dep_ in ("nsubj", "nsubj:pass") for c in n.children):
            holders += self.subjects(p, n.head)  # "X denies being a member of Y": the clause's own subject
        if n.dep_ in ("obj", "xcomp", "ccomp") and n.head.lower_ in _BECOMING_VERBS:
            # "X has become Y's main arms supplier", "X remains their main sponsor": the verb's subject holds
            # the role, however the parse hung the noun on it
            holders += self.subjects(p, n.head)
        if n.dep_ in ("obj", "xcomp") and n.head.lower_ in _NAMING_VERBS:
            # "X made Y its main partner", "they named Y their leader": the other object holds the role
            holders += [m for c in n.head.children if c.dep_ in ("obj", "iobj") and c.i != n.i
                        for m in self.np(p, c)]
        if n.dep_ in ("obj", "xcomp") and n.head.lower_ in _NAMING_VERBS and any(
                c.lower_ in ("himself", "herself", "themselves", "itself")
                for c in [*n.children, *n.head.children]):
            holders += self.subjects(p, n.head)  # "Y named himself head of X": the one who names
        # "Y was elected president of X", "Y is appointed commander of X" (with the participle read as the
        # role's modifier too): the passive's subject holds the role
        for v in [n.head] if n.dep_ in ("obj", "xcomp") else [c for c in n.children if c.dep_ == "amod"]:
            if v.lower_ in _NAMING_VERBS and v.tag_ == "VBN" and self.passive(v):
                holders += [m for c in v.children if c.dep_ == "nsubj:pass" for m in self.np(p, c)]
        if n.dep_ in ("obl", "xcomp", "advcl", "nmod") and _case(n) == "as":
            # "X acted as mediator"; "..., with X as facilitator": the "with" phrase is the holder
            with_ = [c for c in n.head.children
                     if c.dep_ in ("obl", "nmod") and _case(c) == "with" and c.i < n.i]
            if with_:
                holders += self.np(p, with_[-1])
            elif n.head.lower_ in _CHOOSING_VERBS and (
                    objs := [c for c in n.head.children if c.dep_ == "obj"]):
                holders += self.np(p, objs[0])  # "they chose X as chairman of Y": the object holds the role
            elif n.head.lower_ in fr.VIEW_VERBS and predicate in _TIES and (
                    objs := [c for c in n.head.children if c.dep_ == "obj"]):
                # "X sees Y as its main ally", "X regards Y as an enemy": Y holds the role, X's if no other's
                holders += self.np(p, objs[0])
                owners = owners or self.subjects(p, n.head)
            elif _is_verbal(n.head):
                holders += self.subjects(p, n.head)
            else:
                holders += self.np(p, n.head, conj=False)
        if n.dep_ == "nmod" and _case(n) in ("among", "between") and _is_noun(n.head):
            holders += self.np(p, n.head)
        # "X is Y's main enemy" with "'s" read as a second copula and Y as a second subject: Y owns the role
        # (the parse may hang both subjects on an adjective of the noun: "Y's most dangerous enemy")
        for h in [n, *(c for c in n.children if c.dep_ == "amod" and c.i < n.i)]:
            subjects = [c for c in h.children if c.dep_ == "nsubj"]
            misread = [c for c in subjects[1:] if c.i + 1 < h.i and c.nbor(1).dep_ == "cop"
                       and c.nbor(1).lower_ in ("'s", "’s") and c.nbor(1).head.i == h.i]
            if misread and not owners:
                owners = self.np(p, misread[0])
                holders = [m for m in holders + self.np(p, subjects[0]) if m not in owners]
                break
        # "his long-time backer, X": an apposition read as a conjunct
        holders += [m for c in n.children if self._apposed_conj(c) and not second_role(n, c)
                    for m in self.np(p, c, conj=False) + self._listed_after(p, n, n, c)]
        # not a name across a ";" from the role: another clause's subject the parse strung onto it
        holders = [m for m in holders if _same_clause(n, n.doc[self._token_of(p, m, n.i)])]
        if predicate == "controls":
            # "X's stronghold in Z", "its stronghold of Z", "Z, an X stronghold": the place is what is held,
            # the actor holds it, wherever the parse hung them
            after = [c for c in n.children if c.dep_ == "nmod" and _case(c) in ("in", "of")]
            k = n.right_edge.i + 1
            if not after and k + 1 < len(n.doc) and n.doc[k].lower_ == "in" and n.doc[k].head.i > k:
                after = [n.doc[k].head]  # "spoke at X's stronghold in Z" with "in Z" hung on the verb
            place = n.head if n.dep_ == "appos" else n
            if _case(n) in ("out of", "from") or place.dep_ == "obj" and VERB_FORMS.get(
                    place.head.lower_) in _TAKING_VERBS:
                return  # "drove them out of their stronghold", "captured Z, an X stronghold": held no more
            # ("the X stronghold of Z": the name before the noun holds, the one after "of" is held)
            both = list(dict.fromkeys(owners + described + holders +
                                      [m for c in after for m in self.np(p, c)]))
            holders = [m for m in both if self._type_of(self.mentions[m]) == "Place"]
            owners = [m for m in both if m not in holders]
        if not holders:
            holders = appositions or holders_in
        if predicate in _TIES and (aside := self._dash_aside(p, n)) and set(holders) <= set(aside):
            # "X and Y — Z's backers —", "Z's proxies — X in A, Y in B —": an aside, the narrator's
            holders, apposed, fixed_status = aside, True, fixed_status or "asserted"
        if not holders and first is not None and predicate in _TIES:
            # "X — Y's closest ally and its main arms supplier —": the second role's holder is the first's
            holders = [m for c in first.children if c.dep_ in ("nsubj", "appos") for m in self.np(p, c)]
            if not holders and first.dep_ == "appos" and first.head.i != first.i:
                holders = self.np(p, first.head, conj=False)
        if not holders and n.dep_ == "nmod" and _case(n) == "of" and n.head.lower_ in _PARTITIVES and \
                n.head.i != n.i:
            # "X is one of Y's main arms suppliers", "X, one of Y's backers, ...": the one the number is
            one = n.head
            holders = [m for c in one.children if c.dep_ in ("nsubj", "nsubj:pass") for m in self.np(p, c)]
            if not holders and one.dep_ == "appos" and one.head.i != one.i:
                holders = self.np(p, one.head, conj=False)
            if predicate == "leader_of":
                predicate = "member_of"  # "X, one of the leaders of Y": one of its people, not its head
        if not holders and n.dep_ == "conj" and _is_verbal(n.head) and any(
                c.dep_ == "cop" for c in n.children):
            # "X, which dominates Y and has long been Z's closest partner": the coordinated verb's subject
            holders = self.subjects(p, n.head)
        if not holders and predicate in _TIES and n.dep_ == "conj" and any(
                c.dep_ == "cc" for c in n.children):
            # "X, head of the Y movement and Z's closest ally": the second role of an apposition the parse
            # coordinated inside the first role's phrase
            up = n.head
            for _ in range(3):
                if up.dep_ == "appos" and (up.lower_ in fr.HOLDER_NOUNS or up.lower_ in fr.ROLE_NOUNS):
                    holders = [m for m in self.np(p, up.head, conj=False)]
                    break
                if p.mention_of[up.i] >= 0 and any(
                        c.dep_ == "appos" and up.i < c.i < n.i and (
                            c.lower_ in fr.HOLDER_NOUNS or c.lower_ in fr.ROLE_NOUNS) for c in up.children):
                    holders = [p.mention_of[up.i]]  # ... or coordinated with the name itself
                    break
                if up.dep_ not in ("nmod", "conj") or up.head.i == up.i:
                    break
                up = up.head
        if not holders and owners and described and not set(described) & set(owners) and not one_member(n):
            holders = described  # "the junta's Russian partners"
        near = self._before_comma(p, n) if not holders and (n.dep_ not in ("nsubj", "nsubj:pass") or
                                                            self._opens_sentence(n)) else None
        if not holders and near is None and n.dep_ in ("nsubj", "nsubj:pass") \
                and (k := self._before_comma(p, n)) is not None \
                and any(c.dep_ in ("vocative", "dislocated") and p.mention_of[c.i] == k
                        for c in n.head.children):
            near = k  # "X, the head of Y, praised ..." with X read as a vocative beside the subject
        if near is not None:
            holders = [near]  # "X, the envoy for Y, ...": an apposition the parse hung elsewhere
            if n.dep_ in ("nsubj", "nsubj:pass") and predicate in _TIES:
                # "X, the main backer of Y, denied the report": the apposition is the narrator's
                own = "asserted" if not any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADJECTIVES
                                            for c in n.children) else None
                if own is None:
                    return
                fixed_status = own
        if not holders and owners:
            holders = named_after_comma(p, n)  # "X and its armed wing, the Y, ..."
            apposed = bool(holders)
        if not holders and n.i + 1 < len(n.doc) and (m := p.mention_of[n.i + 1]) >= 0 and \
                self._type_of(p.mentions[m]) == "Person":
            holders = [m]  # "EU foreign policy chief X says ...": the name right after its role
        if n.lower_ in ("members", "member", "parties", "signatories"):
            # "members of X, including Y": the "including" phrase, on the noun or on its owner
            for x in [n, *[c for c in n.children if c.dep_ == "nmod"]]:
                holders += [m for c in x.children if c.dep_ in ("nmod", "obl", "appos")
                            and _case(c) in ("including", "such as", "among") for m in self.np(p, c)]
        if predicate in ("allied_with", "opposes") and not owners and len(holders) > 1:
            self.emit_frame(p, n, "holder", predicate, holders, holders)  # "X and Y are close allies"
            return
        if part_role:
            holders = [m for m in holders if self._type_of(p.mentions[m]) == "Person"]
        if not holders:
            return
        if predicate == "leader_of" and self._subordinate(p, n):
            predicate = "member_of"
        if n.lower_ in ("counterpart", "counterparts") and self._head_counterpart(p, n):
            predicate = "leader_of"  # "President X and his Y counterpart, Z": Z heads Y as X heads his own
        if predicate == "member_of" and any(c.lower_ in fr.SPLIT_MODIFIERS for c in n.children):
            predicate = "evolved_from"  # "a dissident unit of X", "a breakaway faction of X"
        actors = [m for m in owners if (e := self.entity(m)) is not None and e.type != "Agreement"]
        if predicate == "brokered" and actors and len(actors) == len(owners):
            # "X, whose chief mediator, Y, ...": Y is one of X's people, and a broker of the agreement
            self.emit_frame(p, n, "holder", "member_of", holders, actors, descriptive=apposed)
            owners = []
        if predicate in ("brokered", "party_to") and not owners:
            agreement = self.agreement_near(p.sentence, 2)
            if agreement is None:
                return
            self.emit_entities_frame(p, n, "holder", predicate, holders, agreement)
            return
        if predicate == "backs" and not owners:
            return
        if direction == "o>h":
            holders, owners = owners, holders
        if predicate == "allied_with":
            # "X, Y's main partner in the war against Z": both wage that war
            enemies = [m for c in n.children if c.dep_ in ("nmod", "obl") and _case(c) == "in"
                       and fr.ACTION_NOUNS.get(c.lower_) == "opposes"
                       for x in c.children if x.dep_ == "nmod" and _case(x) in ("against", "on")
                       for m in self.np(p, x)]
            self.emit_frame(p, n, "holder", "opposes", holders + owners, enemies, descriptive=apposed,
                            status=fixed_status)
        self.emit_frame(p, n, "holder", predicate, holders, owners, descriptive=apposed, status=fixed_status)

    @staticmethod
    def _opens_sentence(n: Any) -> bool:
        """"X, the main backer of Y, denied ...": the phrase of ``n`` follows the sentence's first name and a
        comma (the parse may make the role the verb's subject)."""
        left = n.left_edge.i
        while left < n.i and n.doc[left].is_punct:
            left += 1
        return left >= 2 and n.doc[left - 1].text == "," and all(
            t.tag_ == "DT" or t.dep_ == "compound" and t.head.i == left - 2 for t in n.doc[:left - 2])

    @staticmethod
    def _token_of(p: Parse, m: int, default: int) -> int:
        """The first word of the sentence that mention ``m`` covers (``default`` when none does)."""
        return next((i for i, x in enumerate(p.mention_of) if x == m), default)

    def _head_counterpart(self, p: Parse, n: Any) -> bool:
        """Whether the person a "counterpart" is compared with is named as a head of state or government."""
        people = [p.mentions[m] for t in n.doc[:n.i] if (m := p.mention_of[t.i]) >= 0
                  and p.mentions[m].kind != "pronoun" and (e := self.entity(m)) is not None
                  and e.type == "Person"]
        if not people:
            return False
        last = people[-1]
        before = self.body[max(p.sentence.start, last.start - 30):last.start]
        # the title may open the person's mention ("President X") or stand right before it
        return _HEAD_TITLE_BEFORE.search(before) is not None or \
            _HEAD_TITLE_BEFORE.search(last.text.rsplit(" ", 1)[0] + " ") is not None

    def _participle_subject(self, p: Parse, n: Any) -> list[int]:
        """"X, led by Y, is a member of Z": the parse may make X the subject of the participle between
        commas and leave the copula's noun with none; X is the noun's subject all the same."""
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in n.children) or \
                not any(c.dep_ == "cop" for c in n.children):
            return []
        return [m for a in n.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.i < n.i
                and n.doc[a.i - 1].text == "," for s in a.children if s.dep_ == "nsubj" and s.i < a.i
                for m in self.np(p, s)]

    def _conj_apposed_person(self, p: Parse, n: Any, owner: Any) -> list[int]:
        """"The President of X, Y, met ...": a person right after the owner's comma, read as its conjunct,
        is the name of the role ``n`` (one role, so one name: not "the envoys of X, Y and Z")."""
        if n.tag_ in ("NNS", "NNPS") or p.mention_of[owner.i] < 0 or \
                self._type_of(p.mentions[p.mention_of[owner.i]]) == "Person":
            return []
        for x in owner.children:
            if x.dep_ != "conj":
                continue
            m = p.mention_of[x.i]
            if m < 0 or x.doc[x.i - 1].text != "," or any(c.dep_ == "cc" for c in x.children) or \
                    self._type_of(p.mentions[m]) != "Person":
                return []
            return [m]
        return []

    def _subordinate(self, p: Parse, n: Any) -> bool:
        """"a commander of X", "X's foreign policy chief", "X's chief of staff": one of its people, not its
        head."""
        for c in n.children:
            low = c.lower_
            if low in ("a", "an", "another", "one") and n.lower_ in fr.INDEFINITE_MEMBER:
                return True
            if c.dep_ in ("amod", "compound") and p.mention_of[c.i] < 0 and low in fr.SUBORDINATE_MODIFIERS:
                return True
            if n.tag_ in ("NNS", "NNPS") and (c.dep_ == "nummod" or c.dep_ in ("det", "amod") and low in (
                    "several", "some", "other", "many")) and not any(
                    x.dep_ in ("det", "nmod:poss") and x.lower_ != low and x.lower_ not in ("some", "several")
                    for x in n.children):
                # "three leaders of X: A, B and C", "several leaders of X": some of its people ("the two
                # leaders of X" are all its heads)
                return True
            if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] < 0 and \
                    any(x.dep_ == "nmod:poss" for x in n.children):
                return True
        return False
