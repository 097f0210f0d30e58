"""A body described by the actors it is made of (``member_of``).

A mixin of the chain of ``loaders.dependency`` (after ``factions``):

* "Y, an alliance of A, B and C", "Y is a coalition of A and B": the named actors of the noun's "of" phrase
  are members of the body the noun describes (in apposition, or as the predicate of "be"), a member named
  by its group's noun too ("a coalition of the A militia and the B Brigade");
* "Y is an umbrella of armed groups including A": the names listed after the plural noun;
* not "an alliance of rebel movements", "an umbrella of X-backed factions" (no one named as a member), nor
  "an alliance of Kessan rebel groups" (a demonym before a group's noun names no member);
* "Y's member states, A and B, ...", "A and B, two member states of Y": the names a plural noun of members
  stands for are members of its owner;
* "X and Y have contributed troops to Z" with "to Z" hung on the troops: the senders are members of Z;
* "Y's Lakeside Guard", "Y's Frontier-Patrol Service": a named guard, ministry, service or agency that a
  state owns is part of that state (not a state's "Z Brigade": states back brigades of others);
* "X, one of the factions that make up Y", "X, among the groups that form Y", "X is one of the groups that
  have joined Y": the clause on the plural says what the one it describes is a member of;
* "Y, of which X is a member, rejected ...": the relative clause is the narrator's, whatever the main clause
  says;
* "Y — A, B and C — took Z", with Y named as an alliance or a coalition: the list in the dashes names its
  members;
* "X sent 200 soldiers to (reinforce) Y" with Y a multinational force or mission: X is one of its members,
  not its backer;
* "X has applied to join Y", "X's bid to join Y": a membership asked for, not held (hypothetical);
* "X operates under the umbrella of Y", "X fights under the banner of Y": X is one of the body's (a group or
  an organisation; not a state's protection).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case, _is_verbal
from pactgraph.loaders.dependency.factions import FactionLeaders
from pactgraph.loaders.dependency.lists import _named_by_compound
from pactgraph.loaders.syntax import Parse

_MEMBER_TYPES = ("ArmedGroup", "Organization", "State")
#: Last words of the names of a state's own guards, ministries and agencies ("Y's Lakeside Guard").
STATE_PART_HEADS = frozenset({"Guard", "Ministry", "Service", "Agency", "Directorate", "Police",
                              "Gendarmerie"})
#: The same in lower case, the words that make a sentence worth parsing.
STATE_PART_WORDS = frozenset(w.lower() for w in STATE_PART_HEADS)
#: Forms of "join", and the words of asking for it ("X has applied to join Y", "X's bid to join Y").
_JOIN_FORMS = frozenset({"join", "joins", "joined", "joining"})
_ASKING_WORDS = frozenset({"apply", "applies", "applied", "applying", "application", "applications", "bid",
                           "bids", "request", "requests", "requested", "candidacy"})
#: Verbs of a relative clause on a plural of parts that make its parts members ("the groups that form Y").
_PART_CLAUSE_VERBS = frozenset({"make", "makes", "made", "form", "forms", "formed", "constitute",
                                "constitutes", "join", "joined", "joins", "compose", "composed"})
_DASHES = ("—", "–")
#: Verbs of sending people, and the words of a force's or a mission's name ("the Y Stabilisation Mission").
#: The purposes of sending soldiers that make the sender one of a force's members ("to reinforce Y").
_SWELLING_PURPOSES = frozenset({"reinforce", "join", "bolster", "strengthen", "augment", "expand", "serve",
                                "swell"})
_SENDING_FORMS = frozenset({"send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying",
                            "dispatch", "dispatches", "dispatched", "dispatching"})
_FORCE_NAME_WORDS = frozenset({"force", "forces", "mission", "operation"})
#: Nouns of the body one acts under ("under the umbrella of Y").
UNDER_NOUNS = frozenset({"umbrella", "banner", "aegis"})


class BodyMembers(FactionLeaders):
    """``body_of_members``: "Y, an alliance of A, B and C": A, B and C are members of Y."""

    def body_of_members(self, p: Parse, n: Any) -> None:
        if p.mention_of[n.i] >= 0 and p.mentions[p.mention_of[n.i]].kind in ("name", "gaz"):
            return  # "Alliance" in a name
        named = [c for c in n.children if c.dep_ == "nmod" and _case(c) == "of" and self._named_members(p, c)]
        if not named:
            return  # "an alliance of rebel movements", "an umbrella of X-backed factions": no one named
        rest = [c for c in n.head.conjuncts if c.i > named[0].i] if n.dep_ == "appos" else []
        # (or with B read as a second apposition of Y, and C as B's conjunct)
        rest += [c for a in n.head.children if a.dep_ == "appos" and a.i > named[0].i and n.dep_ == "appos"
                 for c in (a, *a.conjuncts)]
        rest = sorted(set(rest), key=lambda c: c.i)
        if rest and not any(x.dep_ == "cc" for x in rest[0].children):
            named += rest  # "Y, an alliance of A, B and C" with B and C hung on Y: the list goes on
        members = [m for k, c in enumerate(named) for m in self._named_members(p, c, conj=k == 0)]
        if n.dep_ == "appos":
            # "Y, a coalition of A, B and the C movement, took Z" with the rest of the list read as a second
            # subject: the names after the first, by position, up to the comma that closes the apposition
            members += [m for m in self._listed_on(p, named[-1].right_edge.i + 1) if m not in members and (
                e := self.entity(m)) is not None and e.type in _MEMBER_TYPES]
        if n.dep_ == "appos":
            body = self.np(p, n.head, conj=False)
        elif any(c.dep_ == "cop" for c in n.children):
            body = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c, conj=False)]
        else:
            return
        body = [m for m in body if (e := self.entity(m)) is not None
                and e.type in ("ArmedGroup", "Organization") and m not in members]
        self.emit_frame(p, n, "holder", "member_of", members, body, descriptive=True)

    def _named_members(self, p: Parse, c: Any, conj: bool = False) -> list[int]:
        """The actors the phrase of ``c`` names: its own name, the name of its group's noun ("the A
        militia"), or the names listed after a plural noun ("armed groups including A"); never a name before a
        hyphen ("X-backed factions") nor a demonym that only qualifies a noun ("Kessan rebel groups")."""
        own = p.mention_of[c.i] >= 0
        out: list[int] = []
        # ("rebel factions including A", with the plural a group of its own: the names it lists)
        listed = [m for x in c.children if x.dep_ in ("nmod", "appos")
                  and _case(x) in ("including", "such as") for m in self.np(p, x)]
        for m in listed or self.np(p, c, conj=conj):
            x = p.mentions[m]
            if x.kind not in ("name", "gaz") or not own and x.kind == "gaz" and self._qualifies(p, c, m):
                continue
            if self.body[x.end:x.end + 1] == "-" or (e := self.entity(m)) is None or \
                    e.type not in _MEMBER_TYPES:
                continue
            out.append(m)
        return out

    @staticmethod
    def _listed_on(p: Parse, k: int) -> list[int]:
        """The names listed, by position, from word ``k`` on (", the B movement and C," after "of A"): none
        unless an "and" joins the last of them and a comma or a dash ends the list."""
        doc = p.doc
        out: list[int] = []
        joined = False
        while k < len(doc):
            while k < len(doc) and doc[k].lower_ in (",", "and", "the"):
                joined = joined or doc[k].lower_ == "and"
                k += 1
            if k >= len(doc) or (m := p.mention_of[k]) < 0:
                break
            while k < len(doc) and p.mention_of[k] == m:
                k += 1
            if k < len(doc) and _named_by_compound(p, doc[k]):
                k += 1  # "the B movement"
            out.append(m)
            if joined:
                out.append(-1)  # the last item: the list must end here
                break
        if not out or out[-1] != -1 or k >= len(doc) or doc[k].text not in (",", "—", "–", ")"):
            return []
        return [m for m in out if m >= 0]

    @staticmethod
    def _qualifies(p: Parse, c: Any, m: int) -> bool:
        """Whether mention ``m`` is a modifier of the unnamed noun ``c`` ("Kessan rebel groups")."""
        return any(x.i < c.i and p.mention_of[x.i] == m and x.dep_ in ("amod", "compound") for x in c.subtree)

    def member_plural(self, p: Parse, member: Any) -> None:
        """"Y's member states, A and B", "the Y member states A and B", "A and B, two member states of Y"."""
        n = member.head
        if member.dep_ != "compound" or n.i <= member.i or n.tag_ not in ("NNS", "NNPS") or \
                p.mention_of[n.i] >= 0:
            return
        owners = [m for c in n.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of"
                  for m in self.np(p, c, conj=False)]
        owners += [m for c in member.children if c.dep_ == "compound" and c.i < member.i
                   for m in self.np(p, c, conj=False)]
        owners = [m for m in owners if (e := self.entity(m)) is not None
                  and e.type in ("ArmedGroup", "Organization")]
        if not owners:
            return
        # the names apposed to the plural noun, or read as its conjuncts after its comma
        named = [c for c in n.children if c.i > n.i and (c.dep_ == "appos" or c.dep_ == "conj" and (
            n.doc[c.i - 1].text == "," or c.left_edge.i > n.i and n.doc[c.left_edge.i - 1].text == ","))]
        holders = [m for c in named[:1] for m in self.np(p, c)]
        # "Y's five member states, including A, ..."
        holders += [m for c in n.children if c.dep_ in ("nmod", "appos")
                    and _case(c) in ("including", "such as") for m in self.np(p, c)]
        holders += [m for c in named[1:] for m in self.np(p, c, conj=False)]
        named_after: list[int] = []
        if not holders and n.dep_ in ("appos", "conj") and n.head.i < n.i:
            holders = self.np(p, n.head)  # "A and B, two member states of Y"
        k = n.i + 1
        while not holders and k < len(n.doc) and (p.mention_of[k] >= 0 or k > n.i + 1 and n.doc[k].lower_ in (
                ",", "and")):
            # "the Y member states A and B met", with the names read as a second subject
            if p.mention_of[k] >= 0 and p.mention_of[k] not in named_after:
                named_after.append(p.mention_of[k])
            k += 1
        holders = holders or named_after
        holders = [m for m in dict.fromkeys(holders) if m not in owners and (e := self.entity(m)) is not None
                   and e.type in _MEMBER_TYPES]
        self.emit_frame(p, member, "holder", "member_of", holders, owners, descriptive=True)

    def under_body(self, p: Parse, n: Any) -> None:
        """"X operates under the umbrella of Y": the subject of the verb the phrase hangs on is Y's."""
        if _case(n) != "under" or n.dep_ not in ("obl", "nmod", "advcl") or not _is_verbal(n.head):
            return
        owners = [m for c in n.children if c.dep_ == "nmod" and _case(c) == "of" for m in self.np(p, c)
                  if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization")]
        holders = [m for m in self.subjects(p, n.head) if m not in owners]
        self.emit_frame(p, n, "verb", "member_of", holders, owners)

    def contributed_to(self, p: Parse, v: Any) -> None:
        """"X and Y have contributed soldiers to Z" with "to Z" hung on the soldiers (the verb frame reads it
        on the verb): the states that send them are members of the force or mission."""
        if any(c.dep_ == "obl" and _case(c) == "to" for c in v.children):
            return
        bodies = [m for o in v.children if o.dep_ == "obj" and o.lower_ in fr.CONTRIBUTOR_NOUNS
                  for c in o.children if c.dep_ == "nmod" and _case(c) == "to" for m in self.np(p, c)
                  if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization")]
        if bodies:
            self.emit_frame(p, v, "verb", "member_of", self.subjects(p, v), bodies)

    def state_part(self, p: Parse, poss: Any) -> None:
        """"Y's Lakeside Guard", "Y's Frontier-Patrol Service": the named part is the state's."""
        part, state = p.mention_of[poss.head.i], p.mention_of[poss.i]
        words = p.mentions[part].text.split()
        if part == state or p.mentions[part].kind != "name" or len(words) < 2 or \
                words[-1] not in STATE_PART_HEADS:
            return  # (not a head cut from its name: "Y's Interior Ministry" read as "Ministry")
        if self._type_of(p.mentions[state]) != "State" or \
                self._type_of(p.mentions[part]) not in ("ArmedGroup", "Organization"):
            return
        self.emit_frame(p, poss.head, "holder", "member_of", [part], [state], descriptive=True)

    def emit_frame(self, p: Parse, t: Any, construction: str, predicate: str, subj: list[int],
                   obj: list[int], asserted: bool = False, status: str | None = None,
                   descriptive: bool = False) -> None:
        if construction == "holder" and status is None and any(c.lower_ in ("which", "whom") and c.dep_ in (
                "obl", "nmod") and _case(c) == "of" for c in t.children):
            # "Y, of which X is a member, rejected ...": the narrator's clause (unless it is negated or over)
            if any(c.lower_ in fr.NEGATORS or c.lower_ in fr.OVER_ADVERBS or c.lower_ in fr.OVER_ADJECTIVES
                   for c in t.children):
                return
            status = "asserted"
        if predicate == "member_of" and t.lower_ in _JOIN_FORMS and t.dep_ in ("xcomp", "acl") and \
                t.head.lower_ in _ASKING_WORDS:
            status, asserted = "hypothetical", False  # "X has applied to join Y", "X's bid to join Y"
        if predicate == "backs" and obj and self._sends_people(t) and all(
                (e := self.entity(m)) is not None and e.type == "Organization"
                and set(e.name.lower().split()) & _FORCE_NAME_WORDS for m in obj):
            predicate = "member_of"  # "X sent 200 soldiers to reinforce Y", Y a multinational force
        super().emit_frame(p, t, construction, predicate, subj, obj, asserted=asserted, status=status,
                           descriptive=descriptive)

    def part_clause(self, p: Parse, n: Any) -> None:
        """"X, one of the factions that make up Y", "X, among the groups that form Y": X is a member of Y."""
        clauses = [v for v in n.children if v.dep_ == "acl:relcl" and v.lower_ in _PART_CLAUSE_VERBS and (
            v.lower_[0] != "m" or any(c.dep_ == "compound:prt" and c.lower_ == "up" for c in v.children))
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in v.children)]
        if not clauses or p.mention_of[n.i] >= 0:
            return
        if n.dep_ == "nmod" and _case(n) == "of" and n.head.lower_ == "one":
            holders = self._one_of_holders(p, n.head)
        elif n.dep_ == "nmod" and _case(n) == "among" and n.head.i < n.i:
            holders = self.np(p, n.head, conj=False)
        elif _case(n) == "among" and any(c.dep_ == "cop" for c in n.children):
            holders = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        else:
            return
        for v in clauses:
            owners = [m for c in v.children if c.dep_ == "obj" for m in self.np(p, c)
                      if (e := self.entity(m)) is not None and e.type in ("ArmedGroup", "Organization")]
            self.emit_frame(p, v, "verb", "member_of", [m for m in holders if m not in owners], owners)

    def dash_members(self, p: Parse, t: Any) -> None:
        """"the Y Alliance — A, B and C — took Z": the names in the dashes after a body of members's name."""
        body = p.mention_of[t.i]
        e = self.entity(body)
        if e is None or e.type not in ("ArmedGroup", "Organization") or \
                e.name.split()[-1].lower() not in fr.BODY_OF_MEMBERS:
            return
        listed = self._listed_on(p, t.i + 2)
        k = max((i for i, m in enumerate(p.mention_of) if m in listed), default=t.i) + 1
        while k < len(p.doc) and _named_by_compound(p, p.doc[k]):
            k += 1
        if len(listed) < 2 or k >= len(p.doc) or p.doc[k].text not in _DASHES:
            return
        members = [m for m in listed if m != body and (x := self.entity(m)) is not None
                   and x.type in _MEMBER_TYPES]
        self.emit_frame(p, t, "holder", "member_of", members, [body], descriptive=True, status="asserted")

    @staticmethod
    def _sends_people(t: Any) -> bool:
        """Whether ``t`` is a verb of sending soldiers to a force, or a purpose of one that swells the force
        ("sending troops to reinforce Y"; not "to protect Y", which backs it)."""
        v = t if t.lower_ in _SENDING_FORMS else t.head if t.dep_ in ("xcomp", "advcl") and \
            t.lower_ in _SWELLING_PURPOSES else None
        return v is not None and v.lower_ in _SENDING_FORMS and any(
            c.dep_ == "obj" and c.lower_ in fr.CONTRIBUTOR_NOUNS for c in v.children)
