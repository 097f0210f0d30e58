"""The small frames: fronted participles, splits and foundings, help, adjectives, contributors, views,
hyphenated prefixes and compounds ("anti-X", "the X-led mission"), renamings, forces sent and
requests, with the checks the dispatcher and the verb frame share (a noun read as a verb, an
accusation, a mention's head).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.asides import Asides
from pactgraph.loaders.dependency.common import (
    _ANSWER_NOUNS,
    _FORCE_HEADS,
    _FOUNDER_NOUNS,
    _QUANTIFIERS,
    _SENDING_FORMS,
    _SERVING_FORMS,
    _SERVING_IN,
    _SPLIT_PREPS,
    _SPLIT_VERBS,
    _SPLITTER_NOUNS,
    VERB_FORMS,
    _case,
    _is_noun,
    _is_verbal,
    rule_for,
)
from pactgraph.loaders.noun_phrases import NOMINAL_HEADS
from pactgraph.loaders.openers import hanging_names
from pactgraph.loaders.syntax import Parse

_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "year", "month", "week", "weeks", "months"})


class SmallFrames(Asides):
    """Frames of a few words each: participles, splits, help, adjectives, hyphens, renamings, forces sent."""

    def fronted_by(self, p: Parse, tok: Any, lemma: str) -> None:
        """"Led by X, Y ...": X is the agent, the subject of the clause the participle hangs on is the
        patient."""
        agents = [m for c in tok.children if c.dep_ in ("nmod", "obl", "obl:agent") and _case(c) == "by"
                  for m in self.np(p, c)]
        if not agents:
            return
        patients = self.subjects(p, tok.head)
        for f in fr.VERBS[lemma]:
            if f.slot == "obj" and not f.particle and not f.needs_obj:
                self.emit_frame(p, tok, "passive", f.predicate, agents, patients)

    def _split_from(self, p: Parse, v: Any) -> list[int]:
        """What a verb of splitting left: its "from" phrase, also hung on a date next to it ("broke away in
        1987 from X")."""
        froms = [c for c in v.children if c.dep_ in ("obl", "nmod") and _case(c) in _SPLIT_PREPS]
        froms += [x for c in v.children if c.dep_ in ("obl", "obl:unmarked") and c.tag_ == "CD"
                  for x in c.children if x.dep_ == "nmod" and _case(x) in _SPLIT_PREPS]
        out = [m for c in froms for m in self.np(p, c)]
        return [m for m in out if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization")]

    def _founded_by(self, p: Parse, v: Any) -> list[int]:
        """"Its founders broke away from X": the group whose founders split."""
        return [m for c in v.children if c.dep_ == "nsubj" and c.lower_ in _FOUNDER_NOUNS
                for x in c.children if x.dep_ == "nmod:poss" or x.dep_ == "nmod" and _case(x) == "of"
                for m in self.np(p, x)]

    def split_and_formed(self, p: Parse, v: Any) -> None:
        """"Y split from X and founded Z", "X's commanders broke away and formed Z": Z grew out of X."""
        # the verb of splitting it is coordinated with, or a conjunct before it on the same head (the parse
        # may hang both on the subject)
        split = [x for x in (v.head, *[c for c in v.head.children if c.dep_ == "conj" and c.i < v.i])
                 if VERB_FORMS.get(x.lower_) in _SPLIT_VERBS]
        if not split:
            return
        new = [m for o in self.objects(p, v) for m in self.np(p, o)]
        old = self._split_from(p, split[0]) or self._splitters_of(p, split[0])
        self.emit_frame(p, v, "verb", "evolved_from", new, old)

    def _splitters_of(self, p: Parse, v: Any) -> list[int]:
        """"a few hundred X fighters broke away and formed Z", "X's commanders broke away ...": the group
        the ones who split came from (named on the subject noun)."""
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj:
            # the subject lost to a long phrase in between ("X fighters led by Y, known as W, broke away"):
            # the last such noun before the verb
            subj = [t for t in v.doc[:v.i] if t.lower_ in _SPLITTER_NOUNS][-1:]
        out = [m for c in subj if c.lower_ in _SPLITTER_NOUNS
               for x in c.children
               if x.dep_ in ("compound", "nmod:poss") or x.dep_ == "nmod" and _case(x) == "of"
               for m in self.np(p, x)]
        return [m for m in out if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization")]

    def helped(self, p: Parse, tok: Any, lemma: str) -> None:
        """"X helped broker the deal" with the verb after "helped" read as its noun object: the verb's
        object is the next object of "helped", its subject the helper."""
        v = tok.head
        later = [c for c in v.children if c.dep_ == "obj" and c.i > tok.i]
        if not later:
            return
        subj = self.subjects(p, v)
        obj = self.np(p, later[0])
        for f in fr.VERBS[lemma]:
            if f.slot == "obj" and not f.particle and not f.needs_obj:
                self.emit_frame(p, v, "verb", f.predicate, subj, obj)

    def adjective(self, p: Parse, adj: Any) -> None:
        """"militias loyal to X", "a party openly hostile to Y", "X is opposed to Y"."""
        predicate, preps = fr.ADJECTIVES[adj.lower_]
        others = [m for c in adj.children if c.dep_ in ("obl", "nmod", "obl:arg") and _case(c) in preps
                  for m in self.np(p, c)]
        if not others:
            return
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in adj.children):
            holders = self.subjects(p, adj)
        elif adj.dep_ in ("amod", "acl", "appos", "acl:relcl") and adj.head.i != adj.i:
            head = adj.head
            # the noun described: a name, a group's noun in apposition to one, or a force of a named owner
            named = p.mention_of[head.i] >= 0 or head.lower_ in fr.FORCE_NOUNS or (
                head.dep_ == "appos" and head.lower_ in NOMINAL_HEADS)
            holders = self.np(p, head, conj=False) if named else []
        else:
            holders = self.subjects(p, adj)
        if predicate.endswith("<"):
            # "Y is dependent on X (for arms)": X backs Y; not for what no backer gives ("for gas")
            needs = [x for c in adj.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"
                     for x in (c, *c.conjuncts)]
            if any(x.lower_ not in fr.AID_NOUNS and x.lower_ not in ("protection", "security", "survival")
                   for x in needs):
                return
            predicate, holders, others = predicate[:-1], others, holders
        self.emit_frame(p, adj, "verb", predicate, holders, others)

    def contributors(self, p: Parse, n: Any) -> None:
        """"troops from X and Y deploy under the mission", "Kessan soldiers of the force", "the mission,
        with officers from X", "the force, which has 9,000 troops there, many of them from X": the states
        that send the people are members of the force or mission they serve in."""
        states = [m for c in n.children if c.dep_ in ("amod", "compound", "nmod") and (
            c.dep_ != "nmod" or _case(c) == "from") for m in self.np(p, c)]
        if n.dep_ == "obj" and n.head.lower_ in ("has", "have", "had"):
            states += self._of_them(p, n)
        # states, and groups the context typed as such ("officers from X" with X a state no list knows)
        states = [m for m in dict.fromkeys(states) if (e := self.entity(m)) is not None and e.type in (
            "State", "ArmedGroup")]
        if not states:
            return
        forces: list[int] = []
        # "Kessan soldiers of the force"
        forces += [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" and p.mention_of[c.i] >= 0
                   for m in self.np(p, c)]
        head = n.head
        if n.dep_ in ("obl", "nmod", "conj") and _case(n) in ("with", "including") and head.i != n.i:
            # "the mission, led by X, with officers from Y": the mission the participle describes
            forces += self.patients(p, head) if _is_verbal(head) and self.passive(head) else \
                self.np(p, head, conj=False)
        if n.dep_ == "nsubj" and _is_verbal(head):
            # "troops from X are deploying under the mission", "X troops who served in the force"
            forces += [m for c in head.children if c.dep_ in ("obl", "nmod") and _case(c) in fr.CONTRIBUTOR_IN
                       and p.mention_of[c.i] >= 0 for m in self.np(p, c)]
        if n.dep_ == "obj" and head.lower_ in ("has", "have", "had"):
            forces += self.subjects(p, head)
        # "X troops who have served in the force", "troops from X serving with the mission": a clause of
        # serving on the noun puts them in the force
        # (the clause may hang on the noun the contributors are "of": "the sacrifices of X troops who ...")
        clauses = [*n.children, *(v for v in head.children if v.i > n.i)] if n.dep_ == "nmod" and \
            _case(n) == "of" else list(n.children)
        # ("troops from X serving with Y were killed", with the participle read as the root)
        clauses += [head] if n.dep_ == "nsubj" and head.dep_ in ("ROOT", "conj") else []
        forces += [m for v in clauses if v.dep_ in ("acl", "acl:relcl", "ROOT", "conj") and v.lower_ in \
                   _SERVING_FORMS
                   for c in v.children if c.dep_ in ("obl", "nmod") and _case(c) in _SERVING_IN
                   and p.mention_of[c.i] >= 0 for m in self.np(p, c)]
        forces = [m for m in forces if (e := self.entity(m)) is not None and e.type in (
            "ArmedGroup", "Organization") and m not in states]
        if not forces:
            return
        status, _speakers = self.frame_status(p, n, "member_of")
        if status != "asserted":
            return
        rule = rule_for("holder", "member_of")
        forces = [m for m in forces if self.usable(m, rule)]
        for a in states:
            for b in forces:
                if self.entity(a) is not self.entity(b):
                    self.emit_pairs([a], "member_of", [b], p.sentence, rule, status, rule.confidence)

    def joined_body(self, p: Parse, v: Any) -> None:
        """"A coalition of nine states is striking Z. X, Y and W have joined.": "join" with nothing joined
        makes its subjects members of the body of members (coalition, alliance) named last, in this
        sentence before the verb or in the two before it."""
        if any(c.dep_ in ("obj", "obl", "nmod", "xcomp", "ccomp", "advcl", "iobj") and not (
                c.dep_ == "obl" and any(x.like_num or x.lower_ in _MONTHS for x in c.subtree))
               for c in v.children):
            return  # "joined the talks", "joined forces with Y" (not "joined in June")
        subj = [m for m in self.subjects(p, v) if self._type_of(p.mentions[m]) in ("State", "ArmedGroup")]
        if not subj:
            return
        s = p.sentence
        for k in range(s.index, max(-1, s.index - 3), -1):
            named = [m.index for m in self.by_sentence[k]] if k < s.index else \
                [m for t in p.doc[:v.i] if (m := p.mention_of[t.i]) >= 0]
            found = [e for m in named if (e := self.entity(m)) is not None and e.type in (
                "ArmedGroup", "Organization") and set(e.name.lower().split()) & fr.BODY_OF_MEMBERS]
            if found:
                self.emit_entities_frame(p, v, "verb", "member_of", subj, found[-1])
                return

    def _of_them(self, p: Parse, n: Any) -> list[int]:
        """"9,000 troops in the country, many of them from X and Y" / "..., most of them Kessan": the
        names of the quantified apposition after the noun, wherever the parse hung it."""
        doc = n.doc
        k = n.i + 1
        while k < min(len(doc) - 3, n.i + 10) and doc[k].text != ",":
            k += 1
        if doc[k].text != "," or doc[k + 1].lower_ not in _QUANTIFIERS or doc[k + 2].lower_ != "of" or \
                doc[k + 3].lower_ not in ("them", "whom"):
            return []
        k += 4
        if k < len(doc) and doc[k].lower_ == "from":
            k += 1
        out: list[int] = []
        while k < len(doc) and (p.mention_of[k] >= 0 or doc[k].lower_ in (",", "and", "the")):
            if p.mention_of[k] >= 0 and p.mention_of[k] not in out:
                out.append(p.mention_of[k])
            k += 1
        return out

    def viewed_as(self, p: Parse, v: Any) -> None:
        """"X regards Y as a threat", "X designated Y and Z as foreign terrorist organisations", "X, which
        considers Y a threat": the viewer opposes what it casts as a threat or terrorists."""
        objs = [c for c in v.children if c.dep_ == "obj" or c.dep_ == "ccomp" and p.mention_of[c.i] >= 0]
        roles = [c for c in v.children if c.dep_ in ("obl", "xcomp", "advcl") and _case(c) == "as"] + objs[1:]
        # "designated Y a banned organisation": the object's complement, read as a clause of its own
        roles += [c for c in v.children if c.dep_ == "xcomp" and not _case(c) and _is_noun(c) and objs]
        if not objs or not any(r.lower_ in fr.HOSTILE_ROLES or any(
                c.dep_ in ("amod", "compound") and c.lower_ in fr.HOSTILE_ROLE_MODIFIERS for c in r.children)
                for r in roles):
            return
        viewers = self.agents(p, v) if self.passive(v) else self.subjects(p, v)
        viewed = self.patients(p, v) if self.passive(v) else self.np(p, objs[0])
        self.emit_frame(p, v, "verb", "opposes", viewers, viewed)

    def hyphen_prefix(self, p: Parse, tok: Any, predicate: str) -> None:
        """"anti-X fighters of Y", "pro-X militias": the group the noun names stands against or with X."""
        target = [p.mention_of[tok.i + 2]]
        noun = p.doc[tok.i + 2].head
        while noun.dep_ in ("amod", "compound") and not _is_noun(noun) and noun.head.i != noun.i:
            noun = noun.head
        if noun.i in (tok.i, tok.i + 2) or not _is_noun(noun):
            return
        group = [m for m in self.np(p, noun, conj=False) if m not in target]
        if not group:
            group = [m for c in noun.children if c.dep_ == "nmod" and _case(c) in ("of", "from")
                     for m in self.np(p, c)]  # "anti-X fighters of the Y Front"
        self.emit_frame(p, tok, "prefix", predicate, group, target)

    def opposing_sides(self, p: Parse, sides: Any) -> None:
        """"X and Y back opposing sides", "despite being on rival sides, X and Y ...": X opposes Y."""
        head = sides.head
        actors = self.subjects(p, head) if _is_verbal(head) or self._has_subject(head) else []
        if not actors and head.head.i != head.i:
            actors = self.subjects(p, head.head)
        if not actors:
            # "Despite being on opposing sides, X and Y ..." with X and Y read as conjuncts of "sides"
            actors = [m for c in sides.conjuncts if (m := p.mention_of[c.i]) >= 0]
        if len(actors) == 1:
            actors = self._with_coordination(p, actors)  # "X and Y, which have backed opposing camps"
        self.emit_frame(p, sides, "action", "opposes", actors, actors)

    def renamed(self, p: Parse, tok: Any) -> None:
        """"X, formerly known as Y", "X was known as Y until 2016", "Y was renamed X": X evolved from Y."""
        as_ = [c for c in tok.children if c.dep_ in ("obl", "xcomp", "obj", "nmod") and
               (_case(c) == "as" or tok.lower_ != "known")]
        # "In December X was renamed Y": the new name, not a phrase of time or place before it
        as_ = [c for c in as_ if c.dep_ in ("xcomp", "obj") or _case(c) in ("as", "to")] or as_
        if not as_:
            return
        other = self.np(p, as_[0])
        named = self.patients(p, tok)
        if tok.lower_ == "known":
            words = {c.lower_ for c in tok.children}
            if not words & {"formerly", "previously", "once", "originally"} and not any(
                    _case(c) == "until" for c in tok.children):
                return
            self.emit_frame(p, tok, "verb", "evolved_from", named, other, asserted=True)
        else:
            self.emit_frame(p, tok, "verb", "evolved_from", other, named, asserted=True)

    def hyphen_compound(self, p: Parse, tok: Any, predicate: str) -> None:
        """"the X-led mission", "an X-brokered truce", "X-held Z": X is the agent of what the noun names."""
        agent = [p.mention_of[tok.i - 2], *hanging_names(p, tok.i - 2)]
        noun = tok.head
        while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i and not _is_noun(noun):
            noun = noun.head
        if noun.i == tok.i or not _is_noun(noun):
            # "X-backed Y fighters hold it" parsed with the participle as the root: the noun after it
            after = [t for t in tok.doc[tok.i + 1:tok.i + 4] if _is_noun(t)]
            if not after:
                return
            noun = after[-1] if after[-1].i == after[0].i + len(after) - 1 else after[0]
        patient = [m for m in self.np(p, noun, conj=False) if m not in agent]
        det = [c.i for c in noun.children if c.dep_ == "det" and c.lower_ in ("the", "a", "an")]
        if (own := p.mention_of[noun.i]) >= 0 and p.mentions[own].kind == "nominal" and det and det[0] >= 2 \
                and noun.doc[det[0] - 1].text == "," and (near := p.mention_of[det[0] - 2]) >= 0 \
                and p.mentions[near].kind in ("name", "gaz") and near not in agent:
            # "Y, the X-backed party that ...": the name the noun is apposed to, however the parse hung it
            # and whatever the noun was resolved to
            patient = [near]
        # "X-backed militias, including fighters from Y": the groups the phrase lists
        patient += [m for c in noun.children if c.dep_ in ("nmod", "appos") and _case(c) in (
            "including", "such as") for m in self.np(p, c) if m not in agent]
        k = noun.right_edge.i + 1
        if k + 1 < len(noun.doc) and noun.doc[k].text == "," and noun.doc[k + 1].lower_ == "including" \
                and noun.doc[k + 1].dep_ == "case":
            # "... by X-supported militias, including fighters from Y" with the list hung elsewhere
            patient += [m for m in self.np(p, noun.doc[k + 1].head) if m not in agent and m not in patient]
        if predicate.endswith("<"):  # "the X-linked group": the group is X's
            self.emit_frame(p, tok, "compound", predicate[:-1], patient, agent)
            return
        if tok.lower_ == "sponsored" and (noun.lower_ in fr.TALK_NOUNS or any(
                (e := self.entity(m)) is not None and e.type == "Agreement" for m in patient)):
            predicate = "brokered"  # "X-sponsored talks", "the X-sponsored truce": a go-between, no backer
        if predicate == "brokered" and not any((e := self.entity(m)) is not None and e.type == "Agreement"
                                               for m in patient):
            if noun.lower_ in fr.TALK_NOUNS:
                # "after years of X-facilitated talks": the agreement those talks made, named in context
                agreement = self.agreement_near(p.sentence, 1)
                if agreement is not None:
                    self.emit_entities_frame(p, tok, "compound", "brokered", agent, agreement)
            return
        self.emit_frame(p, tok, "compound", predicate, agent, patient)

    def _led_part(self, p: Parse, v: Any) -> bool:
        """Whether what a passive "led by" leads is a part of an actor, not the actor."""
        led = [c for c in v.children if c.dep_ == "nsubj:pass"] or (
            [v.head] if v.dep_ in ("acl", "amod") else [])
        return any(t.lower_ in fr.PART_NOUNS and p.mention_of[t.i] < 0 for t in led)

    def _accused(self, p: Parse, v: Any) -> list[int]:
        """The accused of "accuse(s|d) Y of <trigger>ing": the name between the verb and "of"."""
        i = v.i
        if v.doc[i - 1].lower_ in ("having", "being"):
            i -= 1  # "accused X of having armed Y"
        if not v.lower_.endswith(("ing", "ed")) or i < 3 or v.doc[i - 1].lower_ != "of":
            return []
        k = i - 2  # the accused: a name, or a noun phrase ending in one ("the Ivorian government")
        m = p.mention_of[k] if p.mention_of[k] >= 0 or v.doc[k].lower_ not in fr.FORCE_NOUNS else next(
            iter(self.np(p, v.doc[k], conj=False)), -1)  # "accused the Y militia of shelling ..."
        if m < 0 or v.doc[k - 1].lower_ not in fr.ACCUSE_FORMS and not any(
                t.lower_ in fr.ACCUSE_FORMS for t in v.doc[max(0, k - 4):k]):
            return []
        return [m]

    def _named_before(self, p: Parse, v: Any) -> int | None:
        """The actor named right before ", <participle>" ("the Y Front (YF), led by X"), where the parse
        hangs the participle on a noun further back or on the main verb; -1 for a name of no actor."""
        doc = v.doc
        k = v.i - 1
        if k < 1 or doc[k].text not in (",", ":", "):", "),"):
            return None
        if doc[k].text in (",", ":"):
            k -= 1
        # ("X (XF): led by Y" in a list of groups: the tokenizer may keep the bracket and the colon together)
        if doc[k].text in (")", "):", "),") and k >= 2 and p.mention_of[k - 1] >= 0 and \
                doc[k - 2].text == "(":
            k -= 3  # the acronym in brackets after the name
        m = p.mention_of[k] if k >= 0 else -1
        e = self.entity(m) if m >= 0 else None
        if e is None or p.mentions[m].kind not in ("name", "gaz"):
            return None
        if e.type in ("ArmedGroup", "Organization", "State"):
            return m
        # "the authorities in Z, led by X": a place's name inside the noun's phrase; the parse read it right
        return None if v.dep_ in ("acl", "amod") else -1

    @staticmethod
    def _in_accusation(v: Any) -> bool:
        """Whether the verb is what an accusation charges someone with ("accused ... of having armed")."""
        i = v.i - (1 if v.i > 0 and v.doc[v.i - 1].lower_ in ("having", "being") else 0)
        return i >= 2 and v.doc[i - 1].lower_ == "of" and v.lower_.endswith(("ing", "ed")) and any(
            t.lower_ in fr.ACCUSE_FORMS for t in v.doc[max(0, i - 7):i - 1])

    def _acts_as_verb(self, tok: Any) -> bool:
        """A verb the tagger took for a noun ("X and Y broker a deal"): it has a subject and an object,
        or it opens a relative clause with a subject of its own ("a group that X arms")."""
        deps = {c.dep_ for c in tok.children}
        if "nsubj" in deps and (bool(deps & {"obj", "obl"}) or tok.dep_ == "acl:relcl"):
            return True
        if self._noun_read_verb(tok) or (tok.tag_ == "NNS" and tok.dep_ == "conj"
                                         and self._noun_read_verb(tok.head)):
            return True  # "X arms and trains Y", "a militia that X arms and trains"
        # "X relies on Y" read as a noun "relies" with X as its compound: the subject the tagger missed
        return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and \
            bool(self._compound_subject(tok)) and any(
                c.dep_ in ("obj", "obl", "nmod") and c.i > tok.i for c in tok.children)

    def _mention_head(self, p: Parse, tok: Any) -> bool:
        return p.mention_of[tok.head.i] != p.mention_of[tok.i] or tok.head.i == tok.i

    @staticmethod
    def _sent_force(v: Any) -> Any | None:
        """The force noun a "sent by"/"run by" participle describes ("the force sent by Y"; "a force run by Y"
        with "run" read as a noun and "force" as its compound), when an agent follows."""
        if not any(c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by" for c in v.children):
            return None
        if v.dep_ in ("acl", "amod") and v.head.lower_ in _FORCE_HEADS:
            return v.head
        return next((c for c in v.children if c.dep_ == "compound" and c.i == v.i - 1
                     and c.lower_ in _FORCE_HEADS), None)

    def sent_by(self, p: Parse, v: Any) -> None:
        """"X, the peacekeeping force sent by Y", "X, a force run by Y's ministry": the force is Y's."""
        force = self._sent_force(v)
        if force is None:
            return
        forces = [m for m in self.np(p, force, conj=False) if (e := self.entity(m)) is not None
                  and e.type in ("ArmedGroup", "Organization")]
        self.emit_frame(p, v, "passive", "member_of", forces, self.agents(p, v))

    def _sent_to(self, p: Parse, v: Any) -> list[int]:
        """Who sent the force that a purpose clause of backing is about: "soldiers sent by X to support Y",
        "troops from X were deployed to help Y", "X has 2,000 troops deployed to support Y" (the agent, the
        force's owner, or the one who has the force)."""
        head = v.head
        if v.dep_ not in ("advcl", "xcomp") or head.i == v.i or head.lower_ not in _SENDING_FORMS or not any(
                c.dep_ == "mark" and c.lower_ == "to" for c in v.children):
            return []
        found = self.agents(p, head) if self.passive(head) else []
        force = next((c for c in head.children if c.dep_ == "nsubj:pass"), None)
        if force is None and head.dep_ in ("acl", "amod") and head.tag_ == "VBN":
            force = head.head
        before = head.doc[head.i - 2] if head.i >= 2 and head.doc[head.i - 1].text == "," else None
        if force is None and before is not None and head.dep_ == "conj" and head.tag_ == "VBN" and \
                before.dep_ in ("nmod", "obl") and _case(before) == "from" and \
                before.head.lower_ in fr.FORCE_NOUNS:
            # "... to troops from X, deployed to support Y": the participle read as the main verb's conjunct
            return self.np(p, before)
        if found or force is None or force.lower_ not in fr.FORCE_NOUNS | fr.CONTRIBUTOR_NOUNS:
            return found
        found = self.np(p, force, conj=False)
        if not found and force.dep_ == "obj" and force.head.lower_ in ("has", "have", "had", "having"):
            found = self.subjects(p, force.head)  # "X has troops deployed to support Y"
        return found

    def lent_read_noun(self, p: Parse, tok: Any) -> None:
        """"X has lent surveillance aircraft to Y" with "lent" tagged a noun modifying the things lent: the
        name before it (or the subject of "has") lent them to the one after "to"."""
        thing = tok.head
        if thing.lower_ not in fr.AID_NOUNS or thing.i < tok.i:
            return
        to = self.obliques(thing, "to") + (self.obliques(thing.head, "to") if thing.dep_ == "obj" else [])
        lenders = [m for c in (*tok.children, *thing.children) if c.dep_ == "compound" and c.i < tok.i
                   and c.tag_ == "NNP" for m in self.np(p, c)]
        if not lenders and thing.dep_ == "obj" and thing.head.lower_ in ("has", "have", "had"):
            lenders = self.subjects(p, thing.head)
        self.emit_frame(p, tok, "verb", "backs", lenders, [m for o in to for m in self.np(p, o)])

    def requested(self, p: Parse, n: Any) -> None:
        """"X sent troops at the request of Y", "X deployed at Y's request", "X has sent troops in answer to a
        request from Y": the one who sends the force backs the state or group that asked for it (not a
        person, whose state is not named, nor a body that asks its members for troops)."""
        v = n.head
        case = _case(n)
        before = n.doc[n.left_edge.i - 1] if n.left_edge.i >= 1 else None
        if v.i == n.i or v.lower_ not in _SENDING_FORMS or not _is_verbal(v) or not (
                case in ("at", "on", "upon") or case == "to" and before is not None
                and before.lower_ in _ANSWER_NOUNS and before.head.i == v.i):
            return
        askers = [m for c in n.children
                  if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) in ("of", "from")
                  for m in self.np(p, c) if self._type_of(p.mentions[m]) in ("State", "ArmedGroup")]
        senders = self.agents(p, v) if self.passive(v) else self.subjects(p, v)
        self.emit_frame(p, n, "action", "backs", senders, askers)

    def _with_coordination(self, p: Parse, found: list[int]) -> list[int]:
        """The mentions with every name coordinated with them ("X and Y, which ...": Y stands for both)."""
        out = list(found)
        for tok in p.doc:
            m = p.mention_of[tok.i]
            if m not in found:
                continue
            whole = tok.head if tok.dep_ == "conj" and p.mention_of[tok.head.i] >= 0 else tok
            out += [x for x in self.np(p, whole) if x not in out]
        return out

    def _between(self, p: Parse, head: Any) -> list[int]:
        """The actors of a "between X and Y" phrase on ``head``, over every conjunct inside it."""
        out: list[int] = []
        for o in self.obliques(head, "between"):
            for t in [o, *[x for x in o.subtree if x.dep_ == "conj"]]:
                out += [m for m in self.np(p, t, conj=False) if m not in out]
        return out
