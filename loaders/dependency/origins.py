"""Frames of where a body comes from and who made it up: a new name ("X rebranded itself as Y", "Y,
formerly X"), a split-off group ("Y, a splinter group of X") and founders that are its members ("A, B and
C formed Y").

``OriginFrames`` is a mixin of the dependency rules; the dispatcher (``rules.syntax``) calls each reading
only on a token whose word is in its set.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders.dependency.common import _case, _is_noun, _is_verbal
from pactgraph.loaders.dependency.coordination import Coordination
from pactgraph.loaders.syntax import Parse

#: An active verb of a new name: "X rebranded (itself) as Y", "X renamed itself Y", "X relaunched itself as
#: Y".
REBRAND_FORMS = frozenset({"rebranded", "rebrands", "rebrand", "renamed", "renames", "relaunched",
                           "relaunches", "restyled", "reinvented", "reconstituted"})
#: "Y, formerly X", "Y (formerly X)", "Y, previously the X".
FORMERLY_WORDS = frozenset({"formerly", "previously"})
#: Nouns of a body that a modifier of a split makes an offshoot ("a splinter group of X", "a breakaway
#: movement of X"); "faction", "wing" and the like are holder nouns already.
SPLIT_HEADS = frozenset({"group", "groups", "movement", "organisation", "organization", "outfit", "militia",
                         "bloc", "party"})
SPLIT_WORDS = frozenset({"splinter", "breakaway", "dissident"})
#: Verbs by which several actors together make a body up ("A, B and C formed Y", "A and B launched Y").
FORMED_FORMS = frozenset({"formed", "form", "forms", "founded", "launched", "created", "established"})
#: Of those, the verbs a sponsor uses of a body it never joins ("X and Y created Z to fight W"): read as
#: founding members only of groups that launch a joint body ("A and B launched the Y alliance").
_SPONSOR_FORMS = frozenset({"launched", "created", "established"})
#: Head nouns of a body's name that make it a bloc its founders sit in, whatever its type ("X, Y and Z formed
#: the Northern Alliance"), not a force states stand behind ("X and Y formed the Dawn Front").
_BLOC_HEADS = frozenset({"alliance", "coalition", "pact", "bloc", "league", "union", "council", "community",
                         "organisation", "organization", "forum", "axis", "partnership", "federation",
                         "confederation", "commission", "assembly"})
_REFLEXIVES = frozenset({"itself", "themselves"})
_BODY_TYPES = frozenset({"ArmedGroup", "Organization"})
_ACTOR_TYPES = frozenset({"State", "ArmedGroup", "Organization"})


class OriginFrames(Coordination):
    """New names, split-off groups, and bodies founded by several members."""

    def rebranded(self, p: Parse, v: Any) -> None:
        """"X rebranded itself as Y", "X rebranded as Y", "X renamed itself Y": Y evolved from X (the passive,
        "X was renamed Y", is ``renamed``)."""
        if self.passive(v) or not _is_verbal(v):
            return
        objs = [c for c in v.children if c.dep_ == "obj"]
        named = []
        if objs and objs[0].lower_ not in _REFLEXIVES:
            if not any(c.lower_ in _REFLEXIVES and c.i < objs[0].i for c in objs[0].children):
                return  # "X renamed the town Y": not its own name
            named = [objs[0]]  # "X renamed itself Y" read with "itself" a modifier of Y
        # "X renamed itself the Y" read as two objects, "itself" then Y
        named += [c for c in objs[1:] if p.mention_of[c.i] >= 0]
        new = named + [c for c in v.children if c.dep_ in ("obl", "xcomp", "nmod") and _case(c) in ("as", "")
                       and c.i > v.i and p.mention_of[c.i] >= 0]
        new = [c for c in new if p.mention_of[c.i] >= 0]
        if not new and objs:  # "renamed itself Y" read with Y apposed to "itself"
            new = [c for c in objs[0].children if c.dep_ in ("appos", "flat", "compound")
                   and p.mention_of[c.i] >= 0]
        if new:
            self.emit_frame(p, v, "verb", "evolved_from", self.np(p, new[0], conj=False), self.subjects(p, v))

    def formerly(self, p: Parse, tok: Any) -> None:
        """"Y, formerly X, ...", "Y (formerly the X)": Y evolved from X."""
        old = tok.head
        if p.mention_of[old.i] < 0 or old.dep_ not in ("appos", "conj") or tok.i > old.i:
            return
        new = old.head
        if p.mention_of[new.i] < 0 or new.i > tok.i or tok.doc[tok.i - 1].text not in (",", "("):
            return
        self.emit_frame(p, tok, "holder", "evolved_from", self.np(p, new, conj=False),
                        self.np(p, old, conj=False), asserted=True)

    def split_group(self, p: Parse, n: Any) -> None:
        """"Y, a splinter group of X", "a breakaway movement of X": read as the holder noun of a split."""
        if _is_noun(n) and any(c.lower_ in SPLIT_WORDS and c.dep_ in ("amod", "compound")
                               for c in n.children):
            self.holder(p, n, ("evolved_from", "h>o"))

    def formed_by_members(self, p: Parse, v: Any) -> None:
        """"A, B and C formed Y", "A and B, which founded Y in 2019, ...": several actors that together make
        a named body are its members (one actor alone may found a body it never joins)."""
        if not _is_verbal(v) or self.passive(v):
            return
        founders = self.subjects(p, v)
        # each founder named in the subject itself, and no man: "the accord, signed by X and Y, created Z"
        # names no founder; men who found a body lead it
        ids = {e.id for m in founders if (e := self.entity(m)) is not None and e.type in _ACTOR_TYPES
               and p.mentions[m].kind in ("name", "gaz")}
        if len(ids) < 2 or any((e := self.entity(m)) is None or e.id not in ids for m in founders):
            return
        bodies = [m for o in self.objects(p, v) for m in self.np(p, o, conj=False)
                  if p.mentions[m].kind in ("name", "gaz") and (e := self.entity(m)) is not None
                  and e.type in _BODY_TYPES]
        if any((e := self.entity(m)) is not None and e.type == "State" for m in founders):
            # states that found an armed group do not fight in its ranks ("X and Y created the Dawn Front to
            # fight Z", "X and Y formed the Dawn Front": no membership is read); a bloc they sit in, whatever
            # the verb, has them as members ("X, Y and Z formed / established the Northern Alliance")
            bodies = [m for m in bodies if (e := self.entity(m)) is not None and (
                p.mentions[m].text.split()[-1].lower() in _BLOC_HEADS
                or e.type != "ArmedGroup" and v.lower_ not in _SPONSOR_FORMS)]
        if bodies:
            self.emit_frame(p, v, "verb", "member_of", founders, bodies)
