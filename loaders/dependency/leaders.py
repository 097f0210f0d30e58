"""Heads of actors named where the parse hangs the role away from its owner: "X, the deputy head of Y and
commander of Z" (the second role's "of" phrase hung on the first role's owner), "the Secretary-General of
Y, X" (a hyphenated title whose head word is "General").
"""

from __future__ import annotations

import re
from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.dependency.common import (
    _NAMING_VERBS,
    VERB_FORMS,
    _after_comma,
    _case,
    _is_noun,
    _is_verbal,
)
from pactgraph.loaders.dependency.holder import HolderFrames
from pactgraph.loaders.syntax import Parse

#: Participles of leading ("the movement led by X").
_LED_FORMS = frozenset({"led", "headed", "commanded", "chaired"})
#: Courtesy titles before a man's name.
_COURTESY = frozenset({"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr."})
#: What a man's named group is called after its name ("whose Y movement").
_GROUP_NOUNS = frozenset({"movement", "party", "militia", "group", "faction", "organisation", "organization",
                          "alliance", "coalition", "bloc", "front"})
#: A head of state's or government's title ("Prime Minister").
_HEAD_TITLE = re.compile(rf"\b(?:{lx.HEAD_OF_STATE_TITLE})$")
#: What a man's state is called after "whose" ("whose government").
_STATE_NOUNS = frozenset({"government", "regime", "administration", "cabinet", "junta"})
#: The words ``LeaderFrames.leaders`` reads: the leader nouns of the holder frame, "General", the
#: participles of leading and "whose".
LEADER_WORDS = frozenset({w for w, (pred, _) in fr.HOLDER_NOUNS.items() if pred == "leader_of"} | {"general"}
                         | _LED_FORMS | {"whose"})


class LeaderFrames(HolderFrames):
    """Leader roles the holder frame misses because of where the parse hangs their parts."""

    def leaders(self, p: Parse, tok: Any) -> None:
        low = tok.lower_
        if low == "general" and self.titled_general(tok):
            self.secretary_general(p, tok)
        elif low == "whose":
            if tok.dep_ == "nmod:poss":
                self.whose_group(p, tok)
        elif low in _LED_FORMS:
            if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
                self.led_noun(p, tok)
            if tok.tag_ == "VBN" or tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "by":
                self.known_as_and_led(p, tok)
        elif fr.HOLDER_NOUNS.get(low, ("", ""))[0] == "leader_of":
            if tok.dep_ == "conj":
                self.second_role(p, tok)
            if _is_noun(tok) and not self._named(p, tok):
                self.name_after_owner(p, tok)

    @staticmethod
    def titled_general(tok: Any) -> bool:
        """"the Secretary-General of Y": "General" the head of a hyphenated "Secretary-General"."""
        return tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "secretary" and \
            tok.nbor(-2).head.i == tok.i

    def secretary_general(self, p: Parse, n: Any) -> None:
        """"the Secretary-General of Y, X", "X, Secretary-General of Y": the head of Y (the first "of" phrase
        only: not a list that the parse strings onto it)."""
        of = [c for c in n.children if c.dep_ == "nmod" and _case(c) == "of"]
        if not of:
            return
        owners = [m for m in self.np(p, of[0], conj=False)
                  if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization", "State")]
        people = [m for x in (n, of[0]) for c in x.children if c.dep_ == "appos"
                  for m in self.np(p, c, conj=False)]
        people += self._conj_apposed_person(p, n, of[0])
        if n.dep_ == "appos" and n.head.i != n.i:
            people += self.np(p, n.head, conj=False)
        k = of[0].right_edge.i + 1
        if k + 1 < len(n.doc) and n.doc[k].text == ",":
            # "The Secretary-General of Y, Mr X, who ...": the name after the owner's comma, hung elsewhere
            k += 2 if n.doc[k + 1].text in _COURTESY else 1
            people += [p.mention_of[k]] if k < len(n.doc) and p.mention_of[k] >= 0 else []
        holders = [m for m in people if (e := self.entity(m)) is not None and e.type == "Person"]
        self.emit_frame(p, n, "holder", "leader_of", holders[:1], owners, descriptive=True, status="asserted")

    def led_noun(self, p: Parse, v: Any) -> None:
        """"X, the Shi'ite movement led by Y, ...", "X, the junta of former army officers led by Y": a common
        noun in apposition to a named actor, described by a participle of leading, names that actor's leader
        (the participle may hang on the people the noun is made of; not a part that Y leads: "X fighters")."""
        noun = v.head
        if self._named(p, noun) or noun.lower_ in fr.PART_NOUNS or not _is_noun(noun):
            return
        if noun.dep_ == "nmod" and _case(noun) == "of" and noun.tag_ in ("NNS", "NNPS") and \
                _is_noun(noun.head) and not self._named(p, noun.head):
            noun = noun.head  # "the junta of former army officers led by Y"
            if noun.lower_ in fr.PART_NOUNS:
                return
        if noun.dep_ == "appos" and noun.head.i != noun.i:
            named = [p.mention_of[noun.head.i]] if p.mention_of[noun.head.i] >= 0 else []
        else:
            named = self._named_before_phrase(p, noun)
        actors = [m for m in named if p.mentions[m].kind in ("name", "gaz")
                  and (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization", "State")]
        leaders = [m for m in self.agents(p, v) if (e := self.entity(m)) is not None and e.type == "Person"]
        self.emit_frame(p, v, "holder", "leader_of", leaders, actors, descriptive=True)

    def whose_group(self, p: Parse, whose: Any) -> None:
        """"X, the parliament speaker, whose Y movement is ...": a man's named group, owned through a relative
        word whose antecedent is the man (right before its comma, or before the comma of his role's words)."""
        h = whose.head
        group = p.mention_of[h.i] if self._named(p, h) else -1
        if group < 0 and h.lower_ in _GROUP_NOUNS:
            group = next((p.mention_of[c.i] for c in h.children if c.dep_ in ("compound", "amod")
                          and c.i < h.i and self._named(p, c)), -1)
        doc = whose.doc
        if group < 0 and whose.i + 2 < len(doc) and self._named(p, doc[whose.i + 1]) and \
                doc[whose.i + 2].lower_ in VERB_FORMS:
            group = p.mention_of[whose.i + 1]  # "X, whose Y controls Z" with the verb read as a noun
        state = h.lower_ in _STATE_NOUNS and not any(c.lower_ in fr.OVER_ADJECTIVES for c in h.children)
        if group < 0 and state:
            # "X, whose government in Z ...": the state his government is
            group = next((m for m in self.np(p, h, conj=False) if self._type_of(p.mentions[m]) == "State"),
                         -1)
        kind = self._type_of(p.mentions[group]) if group >= 0 else None
        if kind not in ("ArmedGroup", "Organization", "State") or kind == "State" and not state:
            return
        role = ""
        k = whose.i - 2
        if k < 0 or doc[k + 1].text != ",":
            return
        if p.mention_of[k] < 0 and _is_noun(doc[k]):
            # "X, the parliament speaker, whose ...": past the man's role between commas
            role = "leader" if any(c.lower_ in fr.HEAD_MODIFIERS for c in doc[k].children) else doc[k].lower_
            left = min([c.i for c in doc[k].children if c.i < k and c.dep_ in ("det", "amod", "compound")]
                       + [k])
            k = left - 2 if left >= 2 and doc[left - 1].text == "," else -1
        person = p.mention_of[k] if k >= 0 else -1
        if person < 0 or self._type_of(p.mentions[person]) != "Person" or \
                p.mentions[person].kind not in ("name", "person"):
            return
        title = p.mentions[person].title
        predicate = "leader_of"
        if kind == "State" and (fr.HOLDER_NOUNS.get(role, ("member_of", ""))[0] != "leader_of" if role else
                                title and not _HEAD_TITLE.search(title)):
            predicate = "member_of"  # "Foreign Minister X, whose government ...": one of its people
        self.emit_frame(p, whose, "holder", predicate, [person], [group], descriptive=True)

    def known_as_and_led(self, p: Parse, v: Any) -> None:
        """"Their faction, known as X and now led by Y, ...": the name "known as" gives is what Y leads,
        wherever the parse hung the second participle."""
        doc = v.doc
        k = v.i - 1
        if k >= 0 and doc[k].lower_ in ("now", "still", "currently"):
            k -= 1
        if k < 3 or doc[k].lower_ != "and" or p.mention_of[k - 1] < 0:
            return
        named = p.mention_of[k - 1]
        first = k - 1
        while first > 0 and p.mention_of[first - 1] == named:
            first -= 1
        if first >= 1 and doc[first - 1].lower_ == "the":
            first -= 1
        if first < 2 or doc[first - 1].lower_ != "as" or doc[first - 2].lower_ != "known":
            return
        if p.mentions[named].kind not in ("name", "gaz") or \
                self._type_of(p.mentions[named]) not in ("ArmedGroup", "Organization"):
            return
        # ("led by his son X": the name in apposition to the agent's noun)
        agents = self.agents(p, v) + [m for c in v.children if c.dep_ == "obl:agent" or c.dep_ == "obl" and
                                      _case(c) == "by" for x in c.children if x.dep_ in ("appos", "flat")
                                      for m in self.np(p, x, conj=False)]
        leaders = [m for m in agents if (e := self.entity(m)) is not None and e.type == "Person"]
        self.emit_frame(p, v, "holder", "leader_of", leaders[:1], [named], descriptive=True)

    @staticmethod
    def _named(p: Parse, tok: Any) -> bool:
        """Whether the word is part of a name (not a common noun the text uses for an actor: "the junta")."""
        return p.mention_of[tok.i] >= 0 and p.mentions[p.mention_of[tok.i]].kind in ("name", "gaz", "person")

    @staticmethod
    def _named_before_phrase(p: Parse, noun: Any) -> list[int]:
        """The name right before the comma that opens the noun's own words ("X (XF), the junta ..."), where
        the parse hung the noun elsewhere (its subtree may then reach back past the comma)."""
        left = min([c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "compound")]
                   + [noun.i])
        k = left - 1
        if k < 1 or noun.doc[k].text != ",":
            return []
        k -= 1
        if noun.doc[k].text == ")" and k >= 2 and noun.doc[k - 2].text == "(":
            k -= 3  # the acronym in brackets after the name
        return [p.mention_of[k]] if k >= 0 and p.mention_of[k] >= 0 else []

    def name_after_owner(self, p: Parse, n: Any) -> None:
        """"... and by the chairman of the Y Front (YF), X.": the name right after the owner's phrase and its
        comma, which the parse hung on the main clause, is the role's holder (the clause's last words)."""
        of = [c for c in n.children if c.dep_ == "nmod" and _case(c) == "of"]
        if len(of) != 1 or not self._named(p, of[0]) or n.tag_ in ("NNS", "NNPS"):
            return
        doc = n.doc
        k = of[0].i + 1  # past the owner's name, and an acronym in brackets after it
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        if k + 1 >= len(doc) or doc[k].text != ",":
            return
        k += 2 if doc[k + 1].text in _COURTESY else 1
        person = p.mention_of[k] if k < len(doc) else -1
        if person < 0 or self._type_of(p.mentions[person]) != "Person" or doc[k].head.i in (n.i, of[0].i):
            return  # (a name the parse hung on the role or its owner is the holder frame's)
        end = k
        while end + 1 < len(doc) and p.mention_of[end + 1] == person:
            end += 1
        if end + 1 < len(doc) and doc[end + 1].text not in (".", ";") or self._subordinate(p, n):
            return
        owner = p.mention_of[of[0].i]  # the owner's own name (not a demonym among its modifiers)
        if (e := self.entity(owner)) is None or e.type not in ("ArmedGroup", "Organization", "State"):
            return
        self.emit_frame(p, n, "holder", "leader_of", [person], [owner], descriptive=True, status="asserted")

    def second_role(self, p: Parse, n: Any) -> None:
        """A leader role coordinated with a first role that describes a person: "X, the deputy head of Y and
        commander of Z" (the second role coordinated with the first role's owner, its own "of" phrase hung
        there or on the first role), "X, Y's founder and boss" (the owner on the first role)."""
        if p.mention_of[n.i] >= 0:
            return
        own = [c for c in n.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of"]
        if any(c.dep_ == "amod" and c.lower_ in fr.OVER_ADJECTIVES for c in n.children):
            return  # "its founder and former leader"
        # (the first role may be read as the name's conjunct too: "X, Y's founder and boss,")
        first = [c for c in n.head.children if c.i < n.i and _is_role(c) and (c.dep_ == "appos" or (
            c.dep_ == "conj" and _after_comma(c)))]
        if first and p.mention_of[n.head.i] >= 0:
            n_head_role = first[-1]  # "X, Y's founder and boss," with the second role hung on the name
        else:
            n_head_role = n.head if _is_role(n.head) else None
        if n_head_role is not None:
            role = n_head_role
            found = own or [c for c in role.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and
                            _case(c) == "of"]
        elif n.head.dep_ == "nmod" and _case(n.head) == "of" and (
                _is_role(n.head.head) or self._titled_name(p, n.head.head)):
            role = n.head.head
            found = own or [c for x in (n.head, role) for c in x.children
                            if c.dep_ == "nmod" and _case(c) == "of" and c.i > n.i]
        else:
            return
        if not found or any(c.dep_ == "amod" and c.lower_ in fr.OVER_ADJECTIVES for c in role.children):
            return
        owner = min(found, key=lambda c: c.i)
        owners = [m for m in self.np(p, owner, conj=False)
                  if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization", "State")]
        holders = [m for m in self._described(p, role)
                   if (e := self.entity(m)) is not None and e.type == "Person"]
        predicate = "member_of" if self._subordinate(p, n) else "leader_of"
        self.emit_frame(p, n, "holder", predicate, holders[:1], owners, descriptive=True, status="asserted")

    def doubled_role(self, p: Parse, n: Any) -> None:
        """"The emir of Y, Sheikh X, hosted ...": a role and the titled name in apposition to it, read as two
        subjects (or objects) of one verb; the name is the role's holder."""
        predicate = fr.HOLDER_NOUNS[n.lower_][0]
        if predicate not in ("leader_of", "member_of") or p.mention_of[n.i] >= 0:
            return
        own = [c for c in n.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of"]
        doc = n.doc
        k = n.right_edge.i if doc[n.right_edge.i].text == "," else n.right_edge.i + 1
        if not own or k + 2 >= len(doc) or doc[k].text != ",":
            return
        first = k + 1
        if any(doc[x].dep_ == "conj" for x in range(n.i + 1, first)):
            return  # "the president of Y, Z, and the emir of W, Sheikh X, ...": X is the second role's
        k = first
        while k < len(doc) and (doc[k].text in lx.TITLES or doc[k].text in _COURTESY):
            k += 1
        person = p.mention_of[k] if k < len(doc) else -1
        if person < 0 or self._type_of(p.mentions[person]) != "Person":
            return
        end = k
        while end + 1 < len(doc) and p.mention_of[end + 1] == person:
            end += 1
        span = range(first, end + 1)
        tops = [doc[x] for x in span if doc[x].head.i not in span or doc[x].head.i == x]
        # (or "Y's junta leader, Colonel X, expelled ..." with the role opening the sentence as a root)
        rooted = n.dep_ == "ROOT" and n.left_edge.i == n.sent.start and tops[:1] != [] and \
            tops[0].dep_ in ("nsubj", "nsubj:pass")
        if end + 1 >= len(doc) or doc[end + 1].text != "," or len(tops) != 1 or not (
                tops[0].dep_ == n.dep_ and tops[0].head.i == n.head.i or rooted):
            return
        if any(c.dep_ in ("amod", "compound") and c.lower_ in fr.HEAD_MODIFIERS for c in n.children):
            predicate = "leader_of"  # "the prime minister of Y"
        if any(c.lower_ in fr.OVER_ADJECTIVES for c in n.children) or predicate == "leader_of" and \
                self._subordinate(p, n):
            predicate = "" if any(c.lower_ in fr.OVER_ADJECTIVES for c in n.children) else "member_of"
        owners = [m for m in self.np(p, own[0], conj=False)
                  if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization", "State")]
        if predicate:
            self.emit_frame(p, n, "holder", predicate, [person], owners, descriptive=True, status="asserted")

    def under_person(self, p: Parse, case: Any) -> None:
        """"The X Forces, under General Y, seized Z", "the mission deployed under the Tessalian general Y",
        "X split from W last year under Y": an actor that acts under a person is led by him (the subject of
        the verb the phrase hangs on, or the noun it hangs on)."""
        ph = case.head
        if case.dep_ != "case" or ph.dep_ not in ("obl", "nmod") or ph.i < case.i:
            return
        if any(c.lower_ in fr.OVER_ADJECTIVES for c in ph.subtree if c.i < ph.i):
            return  # "under the late President Y"
        people = [m for m in self.np(p, ph, conj=False)
                  if (e := self.entity(m)) is not None and e.type == "Person"]
        if not people or p.mention_of[ph.i] < 0 and ph.lower_ not in fr.ROLE_NOUNS and \
                ph.text not in lx.TITLES:
            return  # (not "under the control of Y", "under pressure from Y")
        before = [c for c in ph.subtree if c.i < ph.i]
        heads = any(fr.HOLDER_NOUNS.get(c.lower_, ("",))[0] == "leader_of" or
                    lx.TITLES.get(c.text) == "leader" for c in before)
        if any((m := p.mention_of[c.i]) >= 0 and m != people[0] and (heads or c.dep_ == "nmod:poss" or (
                p.mentions[m].kind == "gaz" and p.mentions[m].form != "demonym")) for c in before):
            return  # "Y signed under Z's General X", "under the Zian president X": X is Z's
        h = ph.head
        actors = self.np(p, h) if ph.dep_ == "nmod" else self.subjects(p, h) \
            if _is_verbal(h) and not self.passive(h) else []  # (not "Y were crushed under X")
        actors = [m for m in actors if (e := self.entity(m)) is not None and e.type in (
            "ArmedGroup", "Organization", "State") and p.mentions[m].kind in ("name", "gaz")
            and p.mentions[m].form != "demonym"]  # (not "the Tessalian army, under General X": a part of it)
        self.emit_frame(p, case, "holder", "leader_of", people[:1], actors[:1], descriptive=True)

    def appointed_role(self, p: Parse, n: Any) -> None:
        """"X, appointed head of Y in 2019, ...", "X, newly elected chairman of Y": a participle of naming
        right after the man's comma, read as a modifier of the role; the man before the comma holds it."""
        predicate = fr.HOLDER_NOUNS[n.lower_][0]
        v = next((c for c in n.children if c.dep_ in ("amod", "acl") and c.i < n.i and c.tag_ == "VBN"
                  and c.lower_ in _NAMING_VERBS), None)
        if predicate not in ("leader_of", "member_of") or v is None or p.mention_of[n.i] >= 0:
            return
        doc = n.doc
        k = v.i - 1
        if k >= 0 and doc[k].tag_ == "RB":
            k -= 1  # "X, newly elected ..."
        if k < 1 or doc[k].text != "," or any(doc[x].dep_ == "det" or p.mention_of[x] >= 0
                                               for x in range(v.i, n.i)):
            return
        person = p.mention_of[k - 1]
        if person < 0 or self._type_of(p.mentions[person]) != "Person":
            return
        if any(c.dep_ in ("amod", "compound") and c.lower_ in fr.HEAD_MODIFIERS for c in n.children):
            predicate = "leader_of"
        if predicate == "leader_of" and self._subordinate(p, n):
            predicate = "member_of"
        own = [c for c in n.children if c.dep_ == "nmod" and _case(c) == "of"]
        owners = [m for m in (self.np(p, own[0], conj=False) if own else [])
                  if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization", "State")]
        self.emit_frame(p, n, "holder", predicate, [person], owners, descriptive=True)

    def _titled_name(self, p: Parse, tok: Any) -> bool:
        """A title the mentions read as a name ("Special Representative")."""
        m = p.mention_of[tok.i]
        return m >= 0 and p.mentions[m].text.split()[-1].lower() in fr.ROLE_NOUNS | fr.HOLDER_NOUNS.keys() \
            and self._type_of(p.mentions[m]) != "Person"

    def _described(self, p: Parse, role: Any) -> list[int]:
        """The mentions a role between commas describes: the name it is apposed to, the name right before its
        comma, or a name the parse hung on the role itself before that comma ("X, Y's founder and ...")."""
        if role.dep_ == "appos" and role.head.i != role.i:
            return self.np(p, role.head, conj=False)
        near = self._before_comma(p, role)
        if near is not None:
            return [near]
        return [m for c in role.children if c.i < role.i and c.i + 1 < len(c.doc) and c.nbor(1).text == ","
                and c.dep_ in ("amod", "compound", "nmod", "nsubj") for m in self.np(p, c, conj=False)]


def _is_role(tok: Any) -> bool:
    """A noun of a person's role ("head", "envoy") or "founder"."""
    low = tok.lower_
    return low in fr.HOLDER_NOUNS or low in fr.ROLE_NOUNS or low in ("founder", "co-founder")
