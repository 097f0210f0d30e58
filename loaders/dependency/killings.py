"""Killing, arresting or capturing an actor's armed men or leaders: "X killed three Y soldiers", "X's
strike killed Y's commander", "X arrested dozens of fighters from Y" (``opposes``: X opposes Y).

A mixin of the chain of ``loaders.dependency`` (after ``possessed``). The victims are no actor but the
men of one: a noun of armed men or of leaders whose owner is named by a demonym, a name before it, a
possessive, or "of"/"from" after it. A number or a quantity before them ("hundreds of gunmen from Y") is
read through. The killer is the verb's subject (the agent of a passive), or the owner of the attack
noun that is its subject ("X's air strike killed ..."). Victims with no owner ("the fighting killed 300
soldiers") and killers that are no actor ("an explosion killed ...") give nothing.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case, _forms, _is_verbal, _same_clause
from pactgraph.loaders.dependency.possessed import PossessedPatients
from pactgraph.loaders.syntax import Parse

#: Verbs of killing or seizing people: read here whatever their object (besides the trigger verbs'
#: own frames, which read an actor as their object).
KILL_FORMS = _forms("kill", "capture", "abduct", "kidnap", "arrest", "detain", "ambush", "execute", "wound")
#: Nouns of an actor's armed men or leaders (they stand for the actor they belong to).
_VICTIMS = frozenset({
    "soldiers", "troops", "fighters", "gunmen", "militants", "militiamen", "policemen", "police",
    "officers", "guards", "peacekeepers", "commandos", "marines", "personnel", "members", "commanders",
    "commander", "leader", "leaders", "chief", "rebels", "insurgents", "cadres", "men",
})
#: Words of a quantity the victims' noun hangs on ("hundreds of gunmen", "a number of soldiers").
_QUANTITIES = frozenset({"hundreds", "dozens", "scores", "thousands", "number", "some", "many", "several",
                         "most", "dozen", "hundred", "thousand", "all", "one", "two", "three", "few"})
_OWNER_TYPES = frozenset({"State", "ArmedGroup", "Organization"})
#: Light attack nouns: the subject of a killing verb whose owner is the killer ("X's strike killed ...").
_ATTACK_NOUNS = frozenset(n for n, pred in fr.ACTION_NOUNS.items() if pred == "opposes")
_WHO = frozenset({"that", "which", "who"})
#: Verbs whose subject does the attack that is their object ("X carried out the raid that killed ...").
_PERFORM_FORMS = _forms("carry", "launch", "stage", "mount", "conduct", "claim")


class Killings(PossessedPatients):
    """``killed_men``: "X killed three Y soldiers": X opposes Y."""

    def killed_men(self, p: Parse, v: Any) -> None:
        if not _is_verbal(v):
            return
        deps = {c.dep_ for c in v.children}
        passive = self.passive(v) and "obj" not in deps  # "X have arrested Y" misread as a passive
        if passive:
            things = [c for c in v.children if c.dep_ == "nsubj:pass"]
            if not things and v.dep_ == "acl":
                things = [v.head]  # "three Y soldiers killed by X"
        else:
            things = [c for c in v.children if c.dep_ == "obj"][:1]
            if not things and v.dep_ == "conj" and _is_verbal(v.head):
                # "arrested or killed Y": the object hung on the first verb
                things = [c for c in v.head.children if c.dep_ == "obj" and c.i > v.i][:1]
        owners = [m for t in things for x in (t, *t.conjuncts) if _same_clause(v, x)
                  for m in self._victims_owners(p, x)]
        if not owners:
            return
        status = None
        if not passive and self._in_accusation(v):
            # "X accused Y of killing three Z soldiers": Y is the killer, and it is a claim; with no name
            # accused ("accused the army of killing ..."), nothing
            killers, status = self._accused(p, v), "alleged"
        else:
            killers = self.agents(p, v) if passive else self._killers(p, v)
        killers = [m for m in killers if (e := self.entity(m)) is not None and e.type in _OWNER_TYPES]
        if killers:
            self.emit_frame(p, v, "verb", "opposes", killers, list(dict.fromkeys(owners)), status=status)

    def _victims_owners(self, p: Parse, t: Any) -> list[int]:
        """The actors whose men or leaders ``t`` names ("three Y soldiers", "fighters of Y")."""
        for _ in range(2):  # "hundreds of gunmen", "two of its commanders"
            inner = [c for c in t.children if c.dep_ == "nmod" and _case(c) == "of" and c.lower_ in _VICTIMS]
            if (t.lower_ in _QUANTITIES or t.tag_ == "CD") and inner:
                t = inner[0]
        if t.lower_ not in _VICTIMS or p.mention_of[t.i] >= 0:
            return []
        # "Y soldiers", "Y's men", "the Y service members" (the name on the noun's compound), "men of Y"
        found = [m for c in t.subtree if c.i < t.i and c.dep_ in ("amod", "compound", "nmod:poss")
                 and (c.head.i == t.i or c.head.dep_ == "compound" and c.head.head.i == t.i)
                 for x in (c, *c.conjuncts) if (m := p.mention_of[x.i]) >= 0]
        found += [m for c in t.children if c.dep_ == "nmod" and _case(c) in ("of", "from")
                  for x in (c, *c.conjuncts) if (m := p.mention_of[x.i]) >= 0]
        return [m for m in found if (e := self.entity(m)) is not None and e.type in _OWNER_TYPES]

    def _killers(self, p: Parse, v: Any) -> list[int]:
        """Who kills: the verb's subject, or the owner of the attack noun that is its subject."""
        found = self.subjects(p, v)
        if found:
            return found
        head = v.head if v.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in v.children) else v
        misread = [c for c in head.children if c.dep_ == "nsubj:pass"]
        if misread and any(c.dep_ == "obj" for c in head.children):
            return self.np(p, misread[0])  # "X have arrested Y" read as a passive with an object
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        noun = subj[0] if subj else None
        if noun is not None and noun.lower_ in _WHO and v.dep_ == "acl:relcl":
            noun = v.head  # "the strike that killed ..."
        if noun is None or noun.lower_ not in _ATTACK_NOUNS:
            return []
        if noun.dep_ == "obj" and noun.head.lower_ in _PERFORM_FORMS:
            return self.subjects(p, noun.head)  # "X carried out the bombing that killed ..."
        # "X's strike", "the X drone strike" (the name on the noun's compound), "an attack by X"
        return [m for c in noun.subtree if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod:poss")
                and p.mention_of[c.i] >= 0 or c.head.i == noun.i and c.dep_ == "nmod" and _case(c) == "by"
                for m in self.np(p, c)]
