"""Nouns of an action or a hold: "X's support for Y", "backing from X", "the war against Y",
"under the control of X", "under the auspices of X".
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import (
    _COME_FORMS,
    _DONE_FORMS,
    _GIVING_FORMS,
    _RECEIVER_CASES,
    _TIES,
    LIGHT_FORMS,
    VERB_FORMS,
    _case,
    _forms,
    _is_verbal,
)
from pactgraph.loaders.dependency.hostile import HostileTargets
from pactgraph.loaders.syntax import Parse

#: Verbs by which an actor owns up to an attack ("claimed responsibility for", "took credit for").
_OWNING_UP = frozenset({"claimed", "claims", "claim", "claiming", "took", "take", "takes", "taking",
                        "accepted", "accepts", "accept", "admitted", "admits", "admit"})

#: Verbs that make a tie of two sides together ("X and Y formed an alliance", "forged a partnership").
_FORMING_FORMS = _forms("form", "forge", "cement", "build", "establish", "seal", "conclude", "strike",
                        "announce", "have", "maintain", "renew")
_ENTER_FORMS = _forms("enter")


class ActionFrames(HostileTargets):
    """Nouns of an action or a hold and where their actor and patient stand."""

    def action(self, p: Parse, n: Any) -> None:
        predicate = fr.ACTION_NOUNS[n.lower_]
        if n.lower_.startswith("front") and any(c.lower_ in ("united", "common", "joint", "broad", "popular",
                                                             "single", "national") for c in n.children):
            return  # "a united front between X and Y" is no line between enemies
        agents: list[int] = []
        patients: list[int] = []
        between: list[int] = []
        has_poss = any(c.dep_ == "nmod:poss" for c in n.children) or _case(n) == "in"  # "in support of Y"
        patient_preps = fr.PATIENT_PREPS.get(predicate, frozenset())
        for c in n.children:
            prep = _case(c)
            if c.dep_ == "nmod:poss":
                agents += self.np(p, c)
            elif c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0 and c.i < n.i:
                agents += [p.mention_of[c.i]]
            elif c.dep_ in ("nmod", "obl") and prep == fr.BETWEEN:
                between += self.np(p, c)
            elif c.dep_ in ("nmod", "acl") and prep in patient_preps and not (
                    prep == "of" and not has_poss and (predicate == "backs" or _case(n) == "under")) and not (
                    prep == "of" and n.lower_ in ("hands", "grip")):  # "in the hands of X": X holds
                patients += self.np(p, c)
            elif c.dep_ == "nmod" and prep in fr.AGENT_PREPS and not (
                    prep == "of" and has_poss and n.lower_ not in ("hands", "grip")) and not (
                    prep == "from" and predicate == "controls"):  # "wrested control of Z from Y": Y lost it
                agents += self.np(p, c)
                # "attacks by X on Y": the parse may hang "on Y" on X
                patients += [m for x in c.children if x.dep_ == "nmod" and _case(x) in patient_preps
                             and _case(x) != "of" for m in self.np(p, x)]
        if n.lower_ == "fall":
            # "the fall of Z to X", "Z's fall to X": the place falls, the one after "to" holds it
            agents = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "to" for m in self.np(p, c)]
            patients = patients or [m for c in n.children if c.dep_ == "nmod:poss" for m in self.np(p, c)]
            if agents and patients:
                self.emit_frame(p, n, "action", predicate, agents, patients)
            return
        if predicate == "opposes" and not patients and not between:
            # "an assault on positions held by Y", "strikes on Y militia bases": what the actor holds
            patients = [m for c in n.children if c.dep_ in ("nmod", "acl") and _case(c) in patient_preps
                        for m in self.target_owners(p, c)]
        if predicate == "opposes" and agents and not patients:
            # "Y repelled an attack by X", "Y came under attack from X" (a man's assault is his forces')
            patients = self.attack_received(p, n)
            agents = [m for m in agents if self._type_of(p.mentions[m]) != "Person"] if patients else agents
        if predicate in _TIES and n.dep_ == "obl" and _case(n) == "for" and _is_verbal(n.head) and any(
                c.dep_ == "nmod:poss" and c.lower_ in ("its", "their") for c in n.children):
            # "Z thanked X for its support to Y", "thanks to X for their backing of Y": the one thanked,
            # the object or the "to" phrase before the "for" phrase, whoever the pronoun was resolved to
            before = [o for o in n.head.children if o.dep_ in ("obj", "iobj", "obl") and o.i < n.i]
            thanked = [m for o in before if o.dep_ != "obl" or _case(o) == "to" for m in self.np(p, o)]
            thanked = thanked or [m for o in before if o.dep_ == "obj" for x in o.children
                                  if x.dep_ == "nmod" and _case(x) == "to" for m in self.np(p, x)]
            if thanked:
                agents = thanked
        if predicate == "allied_with" and not between and not patients and len(agents) > 1 and any(
                c.dep_ == "nmod" and _case(c) == "of" for c in n.children) and \
                len({e.id for m in agents if (e := self.entity(m)) is not None}) > 1:
            if any(c.lower_ in fr.OVER_ADJECTIVES for c in n.children if c.dep_ in ("amod", "compound")):
                return  # "the former alliance of X and Y"
            between = agents  # "the tripartite alliance of X, Y and Z": each allied with the others
        if not between and predicate == "opposes" and n.dep_ in ("nsubj", "nsubj:pass") and \
                _is_verbal(n.head) and n.head.i != n.i:
            # "fighting broke out between X and Y", "clashes were reported between X and Y": the "between"
            # phrase hung on the verb the noun is the subject of
            between = [m for c in n.head.children if c.dep_ == "obl" and _case(c) == fr.BETWEEN
                       for m in self.np(p, c)]
        if between and predicate in ("opposes", "allied_with"):
            self.emit_frame(p, n, "action", predicate, between, between)
            return
        head = n.head
        verbal_head = _is_verbal(head) and head.i != n.i
        claimed = None
        if not agents and n.dep_ == "nsubj:pass" and verbal_head and predicate in _TIES and \
                head.lower_ in _DONE_FORMS:
            agents = self.agents(p, head)  # "the attack on Y was carried out by X"
        if not agents and n.dep_ == "obj" and verbal_head and predicate == "opposes" and \
                head.lower_ in ("claimed", "claims", "claim", "claiming"):
            # "X has claimed more than 160 attacks on Y": a claim of one's own attacks is no report
            agents = self.subjects(p, head)
            claimed = self.frame_status(p, head, predicate)[0]
            if claimed is None:
                return
        if not agents and predicate == "opposes" and n.dep_ == "nmod" and _case(n) == "for" and \
                head.lower_ in ("responsibility", "credit") and head.dep_ == "obj" and \
                head.head.lower_ in _OWNING_UP and _is_verbal(head.head):
            # "X claimed responsibility for the ambush on Y", "X took credit for the attacks on Y": its own
            if any(c.lower_ in fr.NEGATORS for c in head.children
                   if c.dep_ in ("det", "neg", "advmod", "amod")):
                return  # "X claimed no responsibility for the ambush on Y", "took no credit": owns nothing
            agents = self.subjects(p, head.head)
            claimed = self.frame_status(p, head.head, predicate)[0]
            if claimed is None:
                return
        if not agents and n.dep_ == "obj" and verbal_head and predicate == "backs" and \
                head.lower_ in fr.DENY_VERBS:
            agents = self.subjects(p, head)  # "X denies any support for Y": what X would have given
        if predicate == "opposes" and agents and n.dep_ == "obj" and verbal_head and \
                head.lower_ in LIGHT_FORMS and all(self.mentions[m].kind == "pronoun" for m in agents):
            agents = self.subjects(p, head) or agents  # "X stepped up its attacks on Y": the subject's own
        if not agents and n.dep_ in ("obj", "nsubj:pass") and verbal_head and head.lower_ in LIGHT_FORMS:
            if VERB_FORMS.get(head.lower_) in fr.RECEIVE_VERBS or head.lower_ in ("received", "receives",
                                                                                   "enjoys", "enjoyed",
                                                                                   "got", "gets", "won"):
                patients = patients or self.subjects(p, head)
            else:
                agents = self.subjects(p, head)
        if predicate == "controls" and not agents and patients and n.lower_ == "control" and (
                _case(n) == "in" or n.dep_ == "obj" and head.lower_ in ("has", "have", "had", "having")):
            # "X is in control of Z", "X remained in control of Z", "X had full control of Z"
            agents = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)] or (
                self.subjects(p, head) if verbal_head else [])
        if predicate == "opposes" and all(self.mentions[m].kind == "pronoun" for m in agents) and (
                joiner := self.fight_joiner(p, n)):
            agents = joiner
            # "X has been locked in a war with Y", "X took part in an offensive against Y" (hung on the verb)
            patients = patients or self.against_on_verb(p, n)
        if predicate in ("opposes", "allied_with") and not agents and patients and any(
                c.dep_ == "cop" for c in n.children):
            # "X has been at war with Y", "X is in alliance with Y": a predicate nominal with its subject
            agents = self.subjects(p, n)
        if _case(n) in ("under", "in") and not patients:
            # "Z is now under X's control": a predicate nominal with its subject
            patients = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        if _case(n) == "in" and predicate == "backs":
            # "X fired rockets in support of Y": the clause's subject backs the "of" phrase
            agents = self.subjects(p, head) if verbal_head else agents
            first = n
            while first.dep_ in ("conj", "nmod") and first.head.i != first.i and first.head.i < first.i:
                first = first.head
            if not agents and first.i != n.i and first.dep_ in ("obl", "advcl") and _is_verbal(first.head):
                # "acting against X's war in Gaza and in support of Y": the first of the coordinated phrases
                # (or the phrase it is read inside) hangs on the verb
                agents = self.subjects(p, first.head)
            patients = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" for m in self.np(p, c)]
            if head.i != n.i and (head.tag_ in ("$", "CD") or head.lower_ in ("million", "billion", "bn")) \
                    and head.dep_ in ("obj", "obl") and head.head.lower_ in _GIVING_FORMS:
                # "X pledged $1bn in military aid to Y": the amount is the verb's object
                agents = agents or self.subjects(p, head.head)
                patients += [m for c in n.children if c.dep_ == "nmod" and _case(c) in ("to", "for")
                             for m in self.np(p, c)]
            self.emit_frame(p, n, "action", predicate, agents, patients)
            return
        if predicate == "backs" and n.lower_ in ("aid", "assistance") and _case(n) == "to" and verbal_head \
                and head.lower_ in _COME_FORMS:
            # "X came to the aid of Y"
            patients = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" for m in self.np(p, c)]
            self.emit_frame(p, n, "action", predicate, self.subjects(p, head), patients)
            return
        if predicate == "backs" and not _case(n) and n.dep_ in ("obl", "advcl") and _is_verbal(head) and any(
                c.dep_ == "compound" and c.i < n.i and _case(c) == "with" and c.conjuncts
                for c in n.children):
            # "with air and ground support from X": the parse hangs "with" on the first of the coordinated
            # modifiers and the noun on the verb as a clause
            patients = patients or (self.patients(p, head) if self.passive(head) and head.tag_ == "VBN" else
                                    self.subjects(p, head))
        if n.dep_ in ("obl", "nmod") and _case(n) in _RECEIVER_CASES.get(predicate, ()):
            # "Y advanced with X's support", "Z, under the control of X", "the town, in the hands of X"
            # a participle's receiver is its patient ("the accord, signed under X's mediation")
            receiver = (self.patients(p, head) if self.passive(head) and head.tag_ == "VBN" else
                        self.subjects(p, head)) if verbal_head else self.np(p, head, conj=False)
            if predicate == "brokered":
                self.brokered_by(p, n, agents, receiver)
                return
            patients = patients or receiver
        if predicate == "brokered":
            self.brokered_by(p, n, agents, patients)
            return
        if predicate == "controls" and not patients and n.dep_ in ("conj", "appos") and _case(n) in (
                "under", "in") and n.head.i < n.i and p.mention_of[n.head.i] >= 0 and \
                any(c.text == "," for c in n.children if c.i < n.i):
            # "Z, now in the hands of X, ...", "Z, under X control since 2019, ...": a phrase set off after
            # the place, which the parse reads as its conjunct or apposition
            patients = self.np(p, n.head, conj=False)
        if predicate == "opposes" and not patients and n.dep_ == "nsubj" and head.lower_ in fr.HIT_VERBS:
            # "X's strikes hit the headquarters of Y": the target is the verb's object
            patients = [m for o in self.objects(p, head) for m in self.np(p, o) or self.target_owners(p, o)]
        if predicate == "opposes" and len(agents) > 1 and any(c.lower_ in ("joint", "combined", "common")
                                                              for c in n.children):
            self.emit_frame(p, n, "action", "allied_with", agents, agents)  # "X and Y's joint offensive"
        if predicate == "controls" and not patients and n.dep_ == "obj" and verbal_head \
                and head.lower_ in LIGHT_FORMS:
            # "X tightened its grip on Z" with "on Z" hung on the verb
            patients = [m for c in head.children if c.dep_ == "obl" and c.i > n.i
                        and _case(c) in ("on", "over") for m in self.np(p, c)]
        if predicate == "allied_with" and not patients and verbal_head and self._formed_together(
                p, n, agents := agents or self.subjects(p, head)):
            # "X and Y formed an alliance", "X and Y entered into a partnership": each the other's ally
            self.emit_frame(p, n, "action", predicate, agents, agents)
            return
        if not agents or not patients:
            return
        self.emit_frame(p, n, "action", predicate, agents, patients, status=claimed)

    def _formed_together(self, p: Parse, n: Any, agents: list[int]) -> bool:
        """Whether the tie noun ``n`` is made by its verb's plural subject with no partner named: the object
        of a verb of forming ("formed an alliance") or "into" after "entered" (not "each formed one")."""
        head = n.head
        made = n.dep_ in ("obj", "obl:unmarked") and head.lower_ in _FORMING_FORMS or \
            n.dep_ == "obl" and _case(n) == "into" and head.lower_ in _ENTER_FORMS
        if not made or any(c.lower_ in ("each", "separately") for c in head.subtree if c.i < n.i):
            return False
        return len({e.id for m in agents if (e := self.entity(m)) is not None}) > 1

    # -- the names listed after a plural role (read by the holder frame) -------------------------------
    def _one_owner(self, p: Parse, n: Any) -> bool:
        """Whether the role ``n`` names at most one actor as its owner ("Y's envoys", not "the envoys of X
        and Y")."""
        owners = [m for c in n.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of"
                  for m in self.np(p, c) if self._type_of(p.mentions[m]) != "Person"]
        return len({self.entity(m) for m in owners}) <= 1

    def _listed_owner_conj(self, p: Parse, n: Any, x: Any) -> bool:
        """"two envoys of Y, A and B": the first name, read as a conjunct of the plural role's one owner."""
        return n.tag_ == "NNS" and self._apposed_conj(x) and self._one_owner(p, n)

    def _listed_after(self, p: Parse, n: Any, x: Any, appos: Any) -> list[int]:
        """"Y's negotiators, A and B, ...", "three envoys of Y, A, B and C": the names after the first one in
        apposition to a plural role, which the parse hangs as conjuncts of the role or of its owner."""
        if n.tag_ not in ("NNS", "NNPS") or p.mention_of[appos.i] < 0:
            return []
        if not self._one_owner(p, n):
            return []  # "the leaders of X and Y, A and B": one each, read in order elsewhere
        # "three commanders of Y: A, B and C": the later names hung as conjuncts of the first one
        listed = [*x.children, *(appos.children if appos.dep_ == "appos" else ())]
        return [m for c in listed if c.dep_ == "conj" and c.i > appos.i and (m := p.mention_of[c.i]) >= 0
                and m != p.mention_of[appos.i] and self._type_of(p.mentions[m]) == "Person"]

    def among_them(self, p: Parse, them: Any) -> None:
        """"Y, among them X": the groups named after "among them" are members of the group the pronoun
        stands for (the noun it hangs on, or the one a participle on it describes: "anti-Z forces backed
        by W, among them the X, ...")."""
        group = them.head
        while group.dep_ in ("acl", "acl:relcl") and group.head.i != group.i:
            group = group.head
        owner = p.mention_of[group.i]
        if owner < 0 or self._type_of(p.mentions[owner]) not in ("ArmedGroup", "Organization"):
            return
        members: list[int] = []
        for t in them.doc[them.i + 1:]:
            if t.text in (",", ";", ":", ".", "—", "(") or _is_verbal(t) and p.mention_of[t.i] < 0 and \
                    t.dep_ not in ("amod", "compound"):
                break
            m = p.mention_of[t.i]
            if m >= 0 and m != owner and m not in members and t.i + 1 < len(t.doc) and \
                    t.nbor(1).text != "-" and _case(t) not in ("of", "from") and \
                    self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization"):
                members.append(m)
        self.emit_frame(p, them, "holder", "member_of", members, [owner], descriptive=True)
