"""Trigger verbs with their arguments: subject and object, the passive's ``nsubj:pass`` and
``obl:agent``, prepositional arguments, subjects shared through ``xcomp``, coordinated verbs,
relative clauses and participles.

``verb`` stays whole here; the questions it asks of the parse are ``verb_checks``.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.charges import accused_subject, charge_denied
from pactgraph.loaders.dependency.common import (
    _DEFINITE,
    _DOCUMENT_NOUNS,
    _HELD_BY,
    _LOSING_FORMS,
    _SENT_FORMS,
    _SPLIT_VERBS,
    _after_comma,
    _case,
    rule_for,
)
from pactgraph.loaders.dependency.contests import in_contest
from pactgraph.loaders.dependency.verb_checks import _OFFICE_NOUNS, VerbChecks, _talks_measured
from pactgraph.loaders.syntax import Parse

#: "set X against Y" (the forms of "set"), and who may be set against whom.
_SET_FORMS = frozenset({"set", "sets", "setting"})
_SIDES = frozenset({"State", "ArmedGroup", "Organization", "Person"})

#: What one pays for when one backs its owner ("paid for Y's weapons"; not "Y's oil", which is bought from Y).
_PAID_FOR = fr.AID_NOUNS - {"oil", "fuel", "support", "backing", "assistance", "aid", "supplies"} | {
    "salaries", "wages", "logistics"}
_MONEY = frozenset({"cash", "money", "funds", "revenue", "revenues", "dollars", "euros", "grants", "loans",
                    "credit", "aid", "donations"})
_SHARES = frozenset({"most", "much", "part", "all", "some", "half", "bulk"})
#: Objects of "commit" that bind the subject itself ("X committed itself to the truce").
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
_HAVE = frozenset({"has", "have", "had", "having", "'ve", "'s"})


class VerbFrames(VerbChecks):
    """A trigger verb's frame: its subjects, objects and prepositional arguments."""

    def verb(self, p: Parse, v: Any, lemma: str) -> None:
        passive = self.passive(v)
        if v.lower_ in _SENT_FORMS and self._sent_force(v) is not None:
            return  # read by ``sent_by``
        obj_words = {c.lower_ for c in v.children if c.dep_ == "obj"}
        particles = {c.lower_ for c in v.children if c.dep_ in ("compound:prt", "advmod")}
        # "X moved to shore up Y" with "up" read as the object's preposition
        particles |= {c.lower_ for o in v.children if o.dep_ in ("obj", "obl") for c in o.children
                      if c.dep_ == "case" and c.i == v.i + 1}
        # "X joined Y in its war against Z": Y's ally, no member of Y
        joined_fight = lemma == "join" and not passive and (self.joined_in_fight(p, v) or any(
            c.dep_ in ("advcl", "obl") and c.tag_ == "VBG" and any(
                x.lower_ == "in" and x.dep_ in ("mark", "case") for x in c.children) for c in v.children))
        # ("X joined Y in attacking Z", "X joined Y in condemning Z": Y's company in an act, no member of Y)
        for f in fr.VERBS[lemma]:
            if joined_fight and f.predicate in ("member_of", "party_to"):
                continue
            if f.particle and f.particle not in particles:
                continue
            if f.needs_obj and not (obj_words & f.needs_obj):
                continue
            if lemma == "commit" and (obj_words - _REFLEXIVES or v.tag_ in ("VBN", "JJ") and not any(
                    c.dep_ == "aux" and c.lower_ in _HAVE for c in v.children)):
                # "X committed 300 troops to the mission": a sender, not a side ("committed itself to"); "X
                # remains committed to the truce", "X was committed to it": monitors and mediators say so too
                continue
            slot = f.slot
            construction = "verb"
            if f.predicate == "leader_of" and passive and (office := self._office_led(p, v)) is not None:
                # "Y's defence ministry, headed by X": one of Y's people, not Y's head
                self.emit_frame(p, v, "passive", "member_of", self.agents(p, v),
                                self._part_owners(p, office) or self.np(p, office, conj=False))
                continue
            if f.predicate == "leader_of" and passive and self._led_part(p, v):
                continue  # "a few hundred X fighters led by Y", "X's delegation was led by Y": a part of X
            if f.predicate == "leader_of" and not passive and slot == "obj":
                part = [o for o in self.objects(p, v)
                        if (o.lower_ in fr.PART_NOUNS or o.lower_ in _OFFICE_NOUNS) and p.mention_of[o.i] < 0]
                if part:
                    # "Y, who heads X's negotiating team", "X runs Y's interior ministry": one of X's people
                    self.emit_frame(p, v, "verb", "member_of", self.subjects(p, v),
                                    self._part_owners(p, part[0]))
                    continue
            if slot == "obj" and f.predicate == "opposes" and lemma in ("push", "drive") and self._urged(v):
                continue  # "X pushed Y to accept the plan", "X pushed Y toward talks": pressure, no fight
            if slot == "obj":
                if passive:
                    subj, obj, construction = self.agents(p, v), self.patients(p, v), "passive"
                    if f.predicate == "leader_of" and (named := self._named_before(p, v)) is not None:
                        # "the Front (F), led by X, ...": the name the participle follows (none when that
                        # name is no actor)
                        obj = [named] if named >= 0 else []
                else:
                    subj = self.subjects(p, v)
                    # "fought alongside Y troops" with "alongside" read as a noun: Y is no object
                    obj = [m for o in self.objects(p, v) if not any(c.lower_ in fr.ALONGSIDE and c.i < o.i
                                                                     for c in o.children)
                           for m in self.np(p, o)]
                    if not obj and f.particle:  # "shore up Y" with "up" read as Y's preposition
                        obj = [m for o in self.obliques(v, f.particle) if o.left_edge.i == v.i + 1
                               for m in self.np(p, o)]
                if f.predicate == "opposes":
                    # "shelled positions held by Y", "drones launched by X hit ...": what stands for an actor
                    obj = obj or [m for o in (self.objects(p, v) if not passive else [
                        c for c in v.children if c.dep_ == "nsubj:pass"]) for m in self.target_owners(p, o)]
                    subj = subj or self.launchers(p, v)
                if f.predicate == "party_to" and any(
                        c.dep_ in ("obl", "advcl", "xcomp") and _case(c) == "as" and fr.HOLDER_NOUNS.get(
                            c.lower_, ("",))[0] == "brokered" for c in v.children):
                    if not passive:
                        continue  # "X signed the accord as guarantor": a broker's signature
                    # "signed by X, by W as mediator, and by Y": W's is a broker's signature, X's and Y's not
                    subj = [m for m in subj if not self._as_broker(v.doc[self._token_of(p, m, v.i)])]
                if f.predicate == "party_to":
                    # "X signed the deal with Y", "... together with Y": Y signed it too; "signed by X for
                    # the government": the side too
                    subj = subj + [m for o in self.obliques(v, "with") + self.obliques(v, "for")
                                   if not self._as_broker(o) for m in self.np(p, o)]
                    subj += [m for c in v.children if c.dep_ in ("obl:agent", "obl")
                             for m in self._signed_for(p, c)]
                    self._signers_for(p, v, passive)
                    if passive:
                        subj += [m for m in self._listed_signers(p, v) if m not in subj]
                        if lemma == "sign":
                            subj += [m for m in self._signers_after_by(p, v) if m not in subj]
                    if lemma == "sign" and not any((e := self.entity(m)) is not None and e.type == "Agreement"
                                                   for m in obj) and any(
                            o.lower_ in _DOCUMENT_NOUNS and self.entity(p.mention_of[o.i]) is None for o in (
                                [c for c in v.children if c.dep_ == "nsubj:pass"] if passive
                                else self.objects(p, v))):
                        # "the document was signed by X", "X signed the document": the agreement in context
                        agreement = self.agreement_near(p.sentence, 2)
                        if agreement is None and self.last_agreement is not None:
                            agreement = self.entities[self.last_agreement]
                        if agreement is not None:
                            self.emit_entities_frame(p, v, construction, "party_to", subj, agreement)
                        continue
            elif slot.startswith("obl:"):
                subj = self.patients(p, v) if passive else self.subjects(p, v)
                if passive and f.predicate == "controls":
                    # "Y was driven out of Z (by X)": the one driven out holds Z no more; the agent took it
                    subj = self.agents(p, v)
                heads = [v] + ([o for o in self.objects(p, v)] if f.needs_obj else [])
                # "pledged allegiance to Y": the parser may hang "to Y" on the noun
                obj = [m for h in heads for o in self.obliques(h, slot[4:]) for m in self.np(p, o)]
                if f.predicate == "opposes" and slot == "obl:against" and not obj:
                    obj = self.against_in_company(p, v)  # "X fought with Y against Z", "against" hung on Y
                if slot == "obl:for":
                    # "fighting on behalf of Y" is fighting for Y
                    obj += [m for o in self.obliques(v, "on") if o.lower_ == "behalf" for x in o.children
                            if x.dep_ == "nmod" and _case(x) == "of" for m in self.np(p, x)]
                if f.predicate == "evolved_from" and lemma in _SPLIT_VERBS and any(
                        c.dep_ == "obj" for c in v.children):
                    continue  # "broke its truce with X", "broke the ceasefire": no split
                if f.predicate == "evolved_from" and lemma in _SPLIT_VERBS and not passive:
                    subj = subj or self._founded_by(p, v)
                    obj = obj or (self._split_from(p, v) if slot == "obl:from" else [])
                if not obj and v.dep_ == "acl:relcl" and any(
                        c.lower_ == slot[4:] and not list(c.children) for c in v.subtree if c.i > v.i):
                    obj = self.np(p, v.head, conj=False)  # "an umbrella that Y belongs to": stranded
            elif slot == "obj>to":
                # "sent troops to Y", "sent attack drones to Y" (the parse may read "drones" apart)
                things = [o for o in v.children if o.dep_ in ("obj", "xcomp", "iobj") and (
                    o.lower_ in fr.AID_NOUNS or any(x.lower_ in fr.AID_NOUNS for x in o.children))]
                if not things and passive:
                    # "weapons supplied by X to Y", "drones were sent by X to Y": the patient is the things
                    things = [o for o in (*[c for c in v.children if c.dep_ == "nsubj:pass"],
                                          *([v.head] if v.dep_ in ("acl", "amod") else []))
                              if o.lower_ in fr.AID_NOUNS]
                # "X smuggled weapons to Y" read as one phrase "[X smuggled weapons]" (the participle passive)
                misread = self._past_read_modifier(p, v)
                if misread and not things:
                    things = [v.head]
                if not things:
                    continue
                # "provided weapons and training to Y": "to Y" may hang on a later thing of the list
                things += [c for t in [*things, v] for c in t.children
                           if c.dep_ == "conj" and c.lower_ in fr.AID_NOUNS and c not in things]
                subj = self.agents(p, v) if passive else self.subjects(p, v)
                if misread and not subj:
                    subj = [p.mention_of[v.i - 1]]
                obj = [m for o in self.obliques(v, "to") + [x for t in things for x in self.obliques(t, "to")]
                       for m in self.np(p, o)]
                # "sold Y fighter jets": the first object is the one who gets them
                obj += [m for o in v.children if o.dep_ == "iobj" for m in self.np(p, o)]
                # ... which the parse may read as a name modifying the things ("sold [Y fighter] jets")
                obj += [m for t in things for c in t.children if c.dep_ == "compound" and (
                    c.i == v.i + 1 or c.i == v.i + 2 and v.doc[v.i + 1].tag_ == "DT")  # "gave the Y weapons"
                        and (m := p.mention_of[c.i]) >= 0 and p.mentions[m].form != "demonym"
                        and self._type_of(p.mentions[m]) in ("State", "ArmedGroup", "Organization")]
            elif slot == "for>owner":
                # "X paid for Y's weapons", "X pays for (most of) the equipment of Y": the owner of what is
                # paid for
                things = [x for o in self.obliques(v, "for") for x in (
                    [o] + [c for c in o.children
                           if c.dep_ == "nmod" and _case(c) == "of" and o.lower_ in _SHARES])
                    if x.lower_ in _PAID_FOR]
                paid_with = self.obliques(v, "with") + [c for t in things for c in t.children
                                                         if c.dep_ == "nmod" and _case(c) == "with"]
                if any(c.lower_ not in _MONEY for c in paid_with):
                    things = []  # "X paid for Y's drones with oil": a buyer paying in kind (not "with cash")
                subj = self.subjects(p, v)
                # (not when the owner is a state: "X paid for Y's drones" is then a purchase from Y)
                obj = [m for t in things for c in t.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and
                       _case(c) == "of" for m in self.np(p, c) if self._type_of(p.mentions[m]) != "State"]
            elif slot == "to<obj":
                # "X handed Z over to Y", "Z, which X returned to Y", "Z was ceded to Y": Y holds Z
                if passive:
                    places = [c for c in v.children if c.dep_ == "nsubj:pass"]
                else:  # "handed over Z" may be read with "over" as Z's preposition
                    places = self.objects(p, v) or [c for c in v.children
                                                    if c.dep_ == "obl" and _case(c) == "over"]
                obj = [m for o in places for m in self.np(p, o)]
                if passive and not obj:
                    obj = self.patients(p, v)
                subj = [m for o in self.obliques(v, "to") + [x for t in places
                                                             for x in self.obliques(t, "to")]
                        for m in self.np(p, o)]
            elif slot == "obj~against":
                # "the war pits X against Y": the object and the "against" phrase
                subj = [m for o in self.objects(p, v) for m in self.np(p, o)]
                against = self.obliques(v, "against") + [x for t in self.objects(p, v)
                                                         for x in self.obliques(t, "against")]
                obj = [m for o in against for m in self.np(p, o)]
                if any(o.lower_ in ("other", "another") or o.lower_ in ("each", "one") and o.i + 1 < len(
                        o.doc) and o.nbor(1).lower_ in ("other", "another") for o in against):
                    obj = subj  # "set X and Y against each other": each against the other
                elif not against or v.lower_ in _SET_FORMS and (len(against) > 1 or any(
                        (e := self.entity(m)) is None or e.type not in _SIDES for m in subj + obj)):
                    continue  # "set Y a deadline", "set the date against ...": actors only for "set"
            elif slot == "none":
                # "Y also signed": what was signed is the agreement just named ("A coalition of ..., Y, also
                # signed" may be read as a passive with the description its patient and Y its subject)
                misread = not any(c.dep_ == "aux:pass" for c in v.children) and any(
                    c.dep_ == "nsubj" for c in v.children)
                if passive and not misread or self.objects(p, v) or any(
                        c.dep_ in ("obl", "ccomp", "xcomp") and _case(c) != "in" for c in v.children):
                    continue
                agreement = self.agreement_near(p.sentence, 1)
                if agreement is not None:
                    self.emit_entities_frame(p, v, construction, f.predicate, self.subjects(p, v), agreement)
                continue
            elif slot == "obj<":
                # "the alliance includes Y": Y is a member of the alliance, never of a deal or a place
                if passive:
                    continue
                obj = [i for i in self.subjects(p, v)
                       if (e := self.entity(i)) is not None and e.type in ("ArmedGroup", "Organization")]
                subj = [m for o in self.objects(p, v) for m in self.np(p, o)]
            elif slot == "of<":
                # "Y is made up of A and B", "a force composed of A", "Y consists of A": the body is the
                # subject
                if passive != (lemma != "consist"):
                    continue
                obj = [i for i in (self.patients(p, v) if passive else self.subjects(p, v))
                       if (e := self.entity(i)) is not None and e.type in ("ArmedGroup", "Organization")]
                subj = [m for o in self.obliques(v, "of") + self.obliques(v, "up of") for m in self.np(p, o)]
            elif slot in ("obj>into", "among>into"):
                # "turn X into Y": Y grew out of X; "X and Y merged into Z": Z grew out of each
                made = [m for o in self.obliques(v, "into") + [x for t in self.objects(p, v)
                                                              for x in self.obliques(t, "into")]
                        for m in self.np(p, o)]
                if passive:
                    old = self.patients(p, v) if slot == "obj>into" else []
                elif slot == "obj>into":
                    old = [m for o in self.objects(p, v) for m in self.np(p, o)]
                else:
                    old = self.subjects(p, v)
                subj, obj = made, old
            elif slot == "place>from":
                # "X seized Z from Y", "Z was captured from Y by X": a place taken from the one who held it
                places = self.patients(p, v) if passive else []
                things = [] if passive else self.objects(p, v)
                if not places and not any(self._names_place(p, o) for o in things):
                    continue
                if places and not any((e := self.entity(m)) is not None and e.type == "Place"
                                      for m in places):
                    continue
                subj = self.agents(p, v) if passive else self.subjects(p, v)
                obj = [m for o in self.obliques(v, "from") + [x for t in things
                                                              for x in self.obliques(t, "from")]
                       for m in self.np(p, o)]
                # "X captured Z, a Y stronghold", "X retook Z, the rebels' main base": the place's holder
                # (the parse hangs the apposition on the place or on the verb)
                held = [a for a in [*v.children, *(c for t in things for c in t.children)]
                        if a.lower_ in _HELD_BY and a.dep_ in ("appos", "parataxis", "amod", "conj")
                        and things and a.i > things[0].i and _after_comma(a)]
                obj += [m for a in held for c in a.children if c.dep_ in ("nmod:poss", "compound", "nsubj")
                        and c.i < a.i for m in self.np(p, c, conj=False) if m not in obj]
            elif slot == "between":
                # "years of fighting between X and Y": each against the other, however the parse hangs
                # the coordination inside the phrase
                subj = obj = self._between(p, v)
                if len(subj) < 2:
                    continue
            elif slot == "among":
                # "X and Y clashed", "X and Y exchanged fire", "X and Y fought a war": each against the other
                # ("X and Y teamed up against Z": allies; "X and Y clashed with Z": not each other's foes)
                apart = ("with",) if f.predicate == "allied_with" else ("with", "against")
                if passive or any(_case(c) in apart for c in v.children if c.dep_ in ("obl", "nmod")):
                    continue
                subj = obj = self.subjects(p, v)
                if len(subj) == 1:
                    subj = obj = self._with_coordination(p, subj)  # "X and Y, which fought a border war"
                if len(subj) < 2:
                    continue
            elif slot.startswith("obl<"):
                # "Y relies on X", "Y depends on arms from X": X backs Y
                obj = self.subjects(p, v)
                # ("Z fell from X to Y": the one it fell from holds it no more)
                subj = [] if slot == "obl<to" else [m for o in self.obliques(v, "from")
                                                     for m in self.np(p, o)]
                for o in self.obliques(v, slot[4:]):
                    subj += self.np(p, o)
                    subj += [m for x in o.children if x.dep_ == "nmod" and _case(x) == "from"
                             for m in self.np(p, x)]
            elif slot == "obj<from":
                if not any(o.lower_ in fr.AID_NOUNS for o in self.objects(p, v)):
                    continue
                obj = self.subjects(p, v)
                subj = [m for o in self.obliques(v, "from") + [x for t in self.objects(p, v)
                                                               for x in self.obliques(t, "from")]
                        for m in self.np(p, o)]
            elif slot == "obj>with":
                # ("supplied Y with drones": the parse may hang the "with" phrase on Y)
                if not any(o.lower_ in fr.AID_NOUNS for o in self.obliques(v, "with") + [
                        x for t in ([] if passive else self.objects(p, v))
                        for x in self.obliques(t, "with")]):
                    continue
                if passive:
                    subj, obj = self.agents(p, v), self.patients(p, v)
                else:
                    subj = self.subjects(p, v)
                    obj = [m for o in self.objects(p, v) for m in self.np(p, o)]
            else:
                continue
            if f.predicate == "opposes" and slot == "obj" and not passive and self._reciprocal(v):
                # "X and Y, which have fought each other since 2019": each against the other
                subj = self._with_coordination(p, subj)
                obj = subj
            if f.predicate == "opposes" and in_contest(v):
                continue  # "X routed Y 4-0 in the cup final", "X crushed Y in the election": a contest
            if f.predicate == "opposes" and any((e := self.entity(m)) is not None and e.type == "Agreement"
                                                for m in obj):
                continue  # "X and Y struck a deal": a verb of hitting whose object is an agreement
            if f.predicate == "backs" and not subj and not passive:
                subj = self._sent_to(p, v)
            if f.predicate == "backs" and lemma == "stand" and slot in ("obl:with", "obl:by"):
                # "the minister stood with his counterpart at the ceremony": a person beside another
                subj = [m for m in subj if self._type_of(p.mentions[m]) != "Person"]
            if f.predicate == "backs" and lemma in ("assist", "help", "aid", "advise"):
                # "led the mediation, assisted by former president X": a person's help in a task is no backing
                subj = [m for m in subj if self._type_of(p.mentions[m]) != "Person"]
            charged = None if passive else accused_subject(v)
            # "X is accused of arming Y", "X stands accused of ...", "X, accused by Z of arming Y"
            accused = self.np(p, charged) if charged is not None else self._accused(p, v)
            if not accused and not passive and self._in_accusation(v):
                continue  # "X accuse military intelligence of having helped Y": the accused is no name
            if accused and not passive and slot in ("obj", "obj>to", "obj>with", "obl:against", "obl:with",
                                                    "obl:for", "obl:to", "obl:behind"):
                # "X accuses Y of arming Z", however the parse hangs it: Y is the subject, and it is a claim
                self.emit_frame(p, v, "verb", f.predicate, accused, obj,
                                status="denied" if charge_denied(p, v) else "alleged")
                continue
            # the relative word is the object ("which Z facilitated"), read as such or as a second subject
            relative = [c for c in v.children if c.lower_ in ("which", "that") and c.i < v.i and (
                c.dep_ != "nsubj" or sum(x.dep_ == "nsubj" for x in v.children) > 1)]
            if f.predicate == "brokered" and v.dep_ == "acl:relcl" and relative and not passive and not any(
                    (e := self.entity(m)) is not None and e.type == "Agreement" for m in obj):
                # "the accord between X and Y, which Z facilitated": the clause hung on a side (the
                # relative word may be read as a second subject)
                subj = [m for c in v.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")
                        for m in self.np(p, c)]
                h = v.head
                for _ in range(3):
                    if h.dep_ not in ("nmod", "conj") or h.head.i == h.i:
                        break
                    h = h.head
                    m = p.mention_of[h.i]
                    if m >= 0 and (e := self.entity(m)) is not None and e.type == "Agreement":
                        obj = [m]
                        break
            if f.predicate == "brokered" and not obj:
                patient = [o for o in (self.objects(p, v) if not passive else
                                       [c for c in v.children if c.dep_ == "nsubj:pass"] or
                                       ([v.head] if v.dep_ in ("acl", "amod") else []) or
                                       # "the talks were hosted and mediated by Y": the first verb's
                                       [c for c in v.head.children
                                        if v.dep_ == "conj" and c.dep_ == "nsubj:pass"])]
                patient += _talks_measured(patient)
                if any(o.lower_ in fr.TALK_NOUNS for o in patient):
                    agreement = self.agreement_near(p.sentence, 1)
                    if agreement is None and any(o.lower_ in fr.TALK_NOUNS and any(
                            c.dep_ in ("det", "nmod:poss") and c.lower_ in _DEFINITE for c in o.children)
                            for o in patient):
                        # "the talks were mediated by X", "X chaired the talks": the talks of the agreement
                        # the text is about, however far back it was named (not "five rounds of trade talks")
                        agreement = self._agreement_in_context()
                    if agreement is not None:
                        self.emit_entities_frame(p, v, construction, "brokered", subj, agreement)
                continue
            if f.predicate == "governs" and subj and all(
                    self.mentions[m].kind == "pronoun" and self.mentions[m].text.lower() == "it"
                    and ((e := self.entity(m)) is None or e.type != "Agreement") for m in subj):
                # "It covers the whole of Z" after a sentence about the accord, with "it" resolved to another
                # antecedent: what covers a place is the agreement just named
                agreement = self.agreement_near(p.sentence, 2)
                status, _speakers = self.frame_status(p, v, f.predicate)
                if agreement is not None and status is not None:
                    rule = rule_for(construction, f.predicate)
                    conf = rule.confidence
                    for place in [e for m in obj if (e := self.entity(m)) is not None and e.type == "Place"]:
                        self.emit_entities(agreement, "governs", place, p.sentence, rule, status, conf)
                continue
            if f.predicate == "governs" and not passive and self._parts_of_it(p, v):
                # "Its core chapters apply to Z" with "its" resolved to an actor: an actor has no chapters,
                # the agreement just named has
                subj = self._agreement_before(p, v) or [
                    m.index for m in self.by_sentence[p.sentence.index - 1] if p.sentence.index > 0
                    and (e := self.entity(m.index)) is not None and e.type == "Agreement"][-1:]
            if f.predicate == "governs" and not passive and v.dep_ in ("acl:relcl", "conj") and lemma in (
                    "cover", "apply", "extend", "govern", "establish", "create", "demarcate",
                    "delimit") and not any(
                    (e := self.entity(m)) is not None and e.type == "Agreement" for m in subj):
                # "the truce agreed in X in 1994, which covers Z", "the accord, negotiated by X and
                # facilitated by Y, applied to Z": the clause hung on a noun in between; what covers a
                # place is the agreement named before it in the sentence
                subj = self._agreement_before(p, v)
            if f.predicate == "controls" and slot == "obj" and not passive and any(
                    self._a_part(o) for o in self.objects(p, v)):
                # "dominate much of Z", "held several districts of Z": a part is no hold of Z (the places
                # the phrase names with "including" are held)
                obj = [m for o in self.objects(p, v) for m in (
                    [x for c in [*o.children, *v.children] if c.dep_ in ("nmod", "appos", "obl")
                     and _case(c) == "including" for x in self.np(p, c)]
                    if self._a_part(o) else self.np(p, o))]
            if f.predicate == "controls" and any(
                    c.lower_ in _LOSING_FORMS for c in v.children if c.dep_ == "conj" and c.i > v.i):
                continue  # "Z, which X captured and then handed over to Y": X holds it no more
            self.emit_frame(p, v, construction, f.predicate, subj, obj)
