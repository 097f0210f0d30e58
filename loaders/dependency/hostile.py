"""Hostile acts read through what they hit and how the fighting is named (``opposes``).

A mixin of the chain of ``loaders.dependency`` (after ``side_taking``, before ``action``):

* ``target_owners``: an attack on what an actor holds or fields is an attack on the actor: "shelled
  positions held by Y", "attacked a Y militia base", "hit Y's supply lines"; and a weapon stands for the
  one that launched it ("drones launched by X hit ...");
* ``fight_joiner``: the one who takes part in a fight named by a noun: "X has been locked in a war with Y",
  "X took part in an offensive against Y", "X joined the fight against Y";
* ``attack_received``: the one an attack named by a noun falls on: "Y came under fire from X", "Y repelled
  an attack by X";
* ``fired_at``: "X fired rockets at Y's posts", "X launched drones at Y".

Only what stands for an actor counts: its men, units, positions, bases, convoys and facilities, never a
claim, an argument or a place of its own.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case, _forms, _is_verbal
from pactgraph.loaders.dependency.side_taking import SideFrames
from pactgraph.loaders.syntax import Parse

#: What an attack may hit of an actor, besides the nouns that stand for it (``frames.FORCE_NOUNS``).
_HOLDINGS = fr.FORCE_NOUNS | frozenset({
    "lines", "line", "hideout", "hideouts", "targets", "compound", "compounds", "post", "outpost", "depot",
    "site", "facility", "installation", "airbase", "airbases", "airfield", "airfields", "stronghold",
    "vehicles", "boats", "ships", "vessels", "trenches", "defences", "defenses", "emplacements",
    "infrastructure", "assets", "camp", "barracks", "checkpoint", "ranks", "units", "unit", "column",
    "columns", "militants", "rebels", "insurgents", "gunmen", "soldiers", "fighters", "routes", "route",
    "checkpoints", "arsenal", "arsenals", "stockpiles", "warehouses",
})
#: Participles that tie a holding or a weapon to its actor ("positions held by Y", "drones launched by X").
_TIED_BY = frozenset({
    "held", "controlled", "occupied", "manned", "run", "used", "operated", "launched", "fired", "flown",
    "deployed", "sent", "owned", "guarded", "defended", "garrisoned", "captured", "seized", "taken",
    "overrun",
})
_OWNER_TYPES = frozenset({"State", "ArmedGroup", "Organization"})
#: Verbs whose "in" phrase is a fight their subject takes part in ("locked in a war with Y"), and verbs whose
#: object is one ("joined the fight against Y").
_IN_FIGHT = _forms("lock", "engage", "embroil", "involve", "mire", "bog", "entangle", "participate", "enmesh")
_JOIN_FIGHT = _forms("join", "enter")
_JOIN_FORMS = _forms("join")
#: Verbs whose object is an attack their subject suffers ("Y repelled an attack by X").
_REPEL_FORMS = _forms("repulse", "foil", "thwart", "survive", "fend", "beat", "fight") | frozenset({
    "repel", "repels", "repelled", "repelling", "withstood", "withstand", "withstands", "withstanding"})
#: Verbs that repel only with a particle ("fought off", "beat back", "fended off").
_OFF_FORMS = _forms("fight", "beat", "fend")
#: Nouns of fire or attack after "under" ("Y came under fire from X", "Y is under attack by X").
_UNDER_ATTACK = frozenset({"fire", "attack", "attacks", "assault", "bombardment", "shelling", "siege"})
#: What is fired or launched at a target ("fired rockets at Y").
_FIRED = frozenset({"rockets", "rocket", "missiles", "missile", "shells", "mortars", "mortar", "drones",
                    "drone", "artillery", "projectiles", "salvo", "salvos", "barrage", "grenades", "bombs",
                    "shots", "bullets", "munitions"})
FIRE_FORMS = _forms("fire", "launch", "lob", "hurl")
#: Verbs of breaking an agreement: "X broke its truce with Y" (X turned on Y).
BREAK_FORMS = _forms("break", "violate", "breach") | frozenset({"broke", "broken"})
#: Verbs of taking by force, and what of an actor they take that makes the taker its foe ("X overran Y's
#: positions", "X captured a Y base"; not "took Y's side", "took up positions").
TAKE_FORMS = _forms("seize", "capture", "take", "retake", "recapture", "overrun", "storm") | frozenset({
    "overran", "took", "taken", "retook", "retaken"})
_TAKEN = frozenset({"positions", "position", "base", "bases", "headquarters", "outpost", "outposts", "post",
                    "posts", "camp", "camps", "barracks", "checkpoint", "checkpoints", "depot", "depots",
                    "garrison", "airbase", "airfield", "trenches", "hideout", "hideouts", "compound",
                    "stronghold", "strongholds", "lines", "defences", "defenses"})
#: Forms of "take" itself, and the words it takes of an office or a stand rather than of a front.
_TAKE_ONLY = _forms("take") | frozenset({"took", "taken"})
_OFFICES = frozenset({"post", "position"})
#: Agreements whose breaking turns a side on the other (not a trade or fishing accord).
_TRUCES = frozenset({"truce", "truces", "ceasefire", "ceasefires", "cease-fire", "armistice"})
_AT = frozenset({"at", "on", "into", "toward", "towards", "against"})


#: Words of a count after "over" ("seized over a dozen Y posts").
_COUNTS = frozenset({"a", "dozen", "dozens", "hundred", "hundreds", "half"})


class HostileTargets(SideFrames):
    """Attacks read through what they hit, who takes part in a fight, who suffers an attack."""

    def _actors(self, p: Parse, t: Any) -> list[int]:
        """The actors a phrase names, or those whose holding it names."""
        found = [m for m in self.np(p, t) if (e := self.entity(m)) is not None and e.type in _OWNER_TYPES]
        return found or self.target_owners(p, t)

    def target_owners(self, p: Parse, t: Any) -> list[int]:
        """The actors whose holding or weapon ``t`` names, when the phrase names no actor itself: "positions
        held by Y", "a Y militia base", "Y's supply lines", "drones launched by X"."""
        if p.mention_of[t.i] >= 0 or t.lower_ not in _HOLDINGS or any(
                c.lower_ in fr.ALONGSIDE for c in t.children):
            return []  # ("fought alongside Y troops" with "alongside" read as a modifier: no target)
        found: list[int] = []
        # "an assault on depots run by Y" may hang the participle on the noun before the holding
        after = [x for x in t.head.children
                 if x.dep_ == "acl" and x.i == t.right_edge.i + 1 and t.head.i < t.i]
        for c in [*t.children, *after]:
            if c.dep_ in ("compound", "amod") and c.i < t.i and p.mention_of[c.i] >= 0:
                found += self.np(p, c, conj=False)  # "a Y checkpoint", "Y trenches"
            if c.dep_ in ("compound", "amod") and c.i < t.i and (
                    p.mention_of[c.i] < 0 or c.lower_ in fr.FORCE_NOUNS):
                # "a Y militia base", "Y army posts", "Y supply routes": the name on the word of the holding's
                # kind or on the force it belongs to
                found += [m for x in c.children if x.dep_ in ("compound", "amod", "nmod:poss")
                          for m in self.np(p, x)]
            elif c.dep_ == "nmod:poss":
                found += self.np(p, c)  # "Y's supply lines"
            elif c.dep_ == "nmod" and _case(c) == "of" and c.i > t.i:
                found += self.np(p, c)  # "the positions of Y"
            elif c.dep_ in ("acl", "amod") and c.lower_ == "lost" and c.i > t.i:
                found += [m for a in c.children if a.dep_ == "obl" and _case(a) == "to"
                          for m in self.np(p, a)]  # "positions lost to Y": Y holds them now
            elif c.dep_ in ("acl", "amod") and c.lower_ in _TIED_BY and c.i > t.i:
                for a in c.children:
                    if a.dep_ == "obl:agent" or a.dep_ == "obl" and _case(a) == "by":
                        # "held by the Y overnight" may hang the name on the word after it
                        found += self.np(p, a) or [m for x in a.children if x.dep_ == "compound"
                                                   and (m := p.mention_of[x.i]) >= 0]
        return [m for m in dict.fromkeys(found)
                if (e := self.entity(m)) is not None and e.type in _OWNER_TYPES]

    def launchers(self, p: Parse, v: Any) -> list[int]:
        """Who launched the weapon or fields the unit that is the verb's subject: "drones launched by X hit
        ...", also when the parse reads the participle as the main verb and the verb as its conjunct."""
        found = [m for c in v.children if c.dep_ == "nsubj" for m in self.target_owners(p, c)]
        h = v.head
        if not found and v.dep_ == "conj" and h.i < v.i and h.tag_ == "VBN" and h.lower_ in _TIED_BY and any(
                c.dep_ == "nsubj" and (c.lower_ in _HOLDINGS or c.lower_ in _FIRED) and p.mention_of[c.i] < 0
                for c in h.children):
            found = [m for m in self.agents(p, h)
                     if (e := self.entity(m)) is not None and e.type in _OWNER_TYPES]
        return found

    def fight_joiner(self, p: Parse, n: Any) -> list[int]:
        """Who takes part in the fight the noun ``n`` names: the subject of "locked in a war with Y", "took
        part in an offensive against Y", "joined the fight against Y" (the patient of a passive)."""
        head = n.head
        if head.i == n.i or not _is_verbal(head):
            return []
        low = head.lower_
        part = any(c.dep_ == "obj" and c.lower_ == "part" for c in head.children)
        if n.dep_ == "obl" and _case(n) == "in" and (low in _IN_FIGHT or part or low in _JOIN_FIGHT):
            # ("X joined Y in its war against Z")
            # ("Locked in a war with Y, X has ...": a fronted participle's subject is the main clause's)
            return self.subjects(p, head) or (self.patients(p, head) if head.tag_ == "VBN" else [])
        if n.dep_ == "obj" and low in _JOIN_FIGHT:
            return self.subjects(p, head)
        return []

    def against_on_verb(self, p: Parse, n: Any) -> list[int]:
        """The "against" phrase of a fight the parse hangs on the verb after the noun ("took part in an
        offensive against Y" read with "against Y" on "took")."""
        return [m for c in n.head.children if c.dep_ == "obl" and c.i > n.i and _case(c) == "against"
                for m in self._actors(p, c)]

    def against_in_company(self, p: Parse, v: Any) -> list[int]:
        """"X fought with Y against Z", "X fought beside Y against Z": the "against" phrase the parse hangs on
        the companion."""
        return [m for c in v.children if c.dep_ == "obl" and _case(c) in ("with", "alongside", "beside")
                for x in c.children if x.dep_ == "nmod" and _case(x) == "against" for m in self._actors(p, x)]

    def joined_in_fight(self, p: Parse, v: Any) -> bool:
        """"X joined Y in its war against Z": X takes Y's side (``allied_with``) and is no member of Y, when Y
        is a state or an armed group, not a body of members (one joins a coalition in its war as a member);
        whether it was read so."""
        if v.lower_ not in _JOIN_FORMS or not any(
                c.dep_ == "obl" and _case(c) == "in" and fr.ACTION_NOUNS.get(c.lower_) == "opposes"
                for c in v.children):
            return False
        sides = [m for o in self.objects(p, v) for m in self.np(p, o)
                 if (e := self.entity(m)) is not None and e.type in ("State", "ArmedGroup")
                 and not set(e.name.lower().split()) & fr.BODY_OF_MEMBERS]
        if not sides:
            return False
        self.emit_frame(p, v, "verb", "allied_with", self.subjects(p, v), sides)
        return True

    def attack_received(self, p: Parse, n: Any) -> list[int]:
        """Who an attack named by ``n`` falls on: the subject of "came under fire", "repelled an attack"."""
        head = n.head
        if head.i == n.i or not _is_verbal(head):
            return []
        if n.dep_ == "obl" and _case(n) == "under" and n.lower_ in _UNDER_ATTACK:
            return self.subjects(p, head)
        # "Y repelled an attack by X", "Y fought off an assault by X" (with "off" read as a preposition)
        particle = _case(n) in ("off", "back") or any(c.dep_ == "compound:prt" and c.lower_ in ("off", "back")
                                                     for c in head.children)
        if (n.dep_ == "obj" or n.dep_ == "obl" and _case(n) in ("off", "back")) and \
                head.lower_ in _REPEL_FORMS and not self.passive(head) and (
                    particle or head.lower_ not in _OFF_FORMS):
            return self.subjects(p, head)
        return []

    def fighting_in(self, p: Parse, t: Any) -> None:
        """"X has been engaged in heavy fighting with Y", with "fighting" read as a verb: X opposes Y (not
        "fighting with Y" alone, which may be fighting beside Y)."""
        joiner = self.fight_joiner(p, t) if _case(t) == "in" else []
        if joiner:
            foes = [m for c in t.children if c.dep_ in ("nmod", "obl") and _case(c) in ("with", "against")
                    for m in self._actors(p, c)]
            self.emit_frame(p, t, "action", "opposes", joiner, foes)

    def under_fire(self, p: Parse, n: Any) -> None:
        """"Y came under fire from X", "Y's positions came under attack by X": X opposes Y."""
        victims = self.attack_received(p, n)
        if not victims:
            return
        attackers = [m for c in n.children if c.dep_ == "nmod" and _case(c) in ("from", "by")
                     for m in self._actors(p, c)]
        attackers += [m for c in n.head.children if c.dep_ == "obl" and c.i > n.i
                      and _case(c) in ("from", "by") for m in self._actors(p, c)]
        self.emit_frame(p, n, "action", "opposes", attackers, victims)

    def fired_at(self, p: Parse, v: Any) -> None:
        """"X fired rockets at Y's posts", "X launched drones at Y": X opposes Y."""
        if not _is_verbal(v) or self.passive(v):
            return
        things = [c for c in v.children if c.dep_ == "obj" and c.lower_ in _FIRED]
        if not things:
            return
        targets = [c for h in (v, *things) for c in h.children
                   if c.dep_ in ("obl", "nmod") and c.i > things[0].i and _case(c) in _AT]
        obj = [m for c in targets for m in self._actors(p, c)]
        self.emit_frame(p, v, "verb", "opposes", self.subjects(p, v), obj)

    def took_holding(self, p: Parse, v: Any) -> None:
        """"X overran Y's positions", "X captured a Y base", "Y's headquarters were seized by X": X opposes
        Y."""
        nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
        if not _is_verbal(v) or any(c.dep_ == "compound:prt" for c in v.children) or \
                v.lower_ in _TAKE_ONLY and nxt is not None and nxt.lower_ == "over" and not (
                    nxt.i + 1 < len(v.doc) and (nxt.nbor(1).like_num or nxt.nbor(1).lower_ in _COUNTS)) or \
                v.lower_ in _TAKE_ONLY and any(t.lower_ == "into" and t.nbor(1).lower_ == "account"
                                               for t in v.doc[v.i + 1:v.sent.end - 1]):
            # ("took up positions", "took over the base", "took Y's positions into account": no assault;
            # "seized over 20 Y positions": a count)
            return
        passive = self.passive(v)
        slot = "nsubj:pass" if passive else "obj"
        # ("took Y's post on the council", "took Y's position": an office or a stand, with "take" itself)
        taken = _TAKEN - _OFFICES if v.lower_ in _TAKE_ONLY else _TAKEN
        held = [c for c in v.children if c.dep_ == slot and c.lower_ in taken]
        if not held:
            return
        owners = [m for c in held for m in self._actors(p, c)]
        takers = self.agents(p, v) if passive else self.subjects(p, v)
        self.emit_frame(p, v, "verb", "opposes", takers, owners)

    def broke_truce(self, p: Parse, v: Any) -> None:
        """"X broke its truce with Y", "X violated the ceasefire with Y": X turned on Y (not "X broke with Y",
        nor "the truce between X and Y was broken": no side named as the one who broke it)."""
        if not _is_verbal(v) or self.passive(v) or any(c.dep_ == "compound:prt" and c.lower_ != "off"
                                                      for c in v.children):
            return
        for o in v.children:
            m = p.mention_of[o.i]
            if o.dep_ != "obj" or m < 0 or p.mentions[m].kind != "agreement" or not (
                    o.lower_ in _TRUCES or o.lower_ == "fire" and o.i >= 2 and o.nbor(-2).lower_ == "cease"
                    or any(w in _TRUCES for w in p.mentions[m].text.lower().split())):
                continue  # ("breached its trade agreement with Y": a dispute, no fight)
            # (the "with" phrase may hang on the verb: "broke its truce with Y in May")
            others = [x for c in [*o.children, *v.children] if c.dep_ in ("nmod", "obl") and c.i > o.i
                      and _case(c) == "with" for x in self._actors(p, c)]
            self.emit_frame(p, v, "verb", "opposes", self.subjects(p, v), others)
