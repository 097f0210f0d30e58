"""Actors described by their fight: "X, Y's last rebel army", "X, the main Z opposition group",
"X is the largest insurgent group in Y".

A group's noun qualified as rebel, insurgent, guerrilla or opposition, and owned by a state (its
possessive, its demonym, or "in"/"of" the state), says that the group it describes fights that state.
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import _case
from pactgraph.loaders.dependency.verb import VerbFrames
from pactgraph.loaders.syntax import Parse

#: Nouns of a group that a qualifier of fighting can describe.
REBEL_HEADS = frozenset({"group", "army", "movement", "militia", "force", "organisation", "organization",
                         "faction", "alliance", "coalition", "insurgency", "guerrilla", "guerrillas"})
#: Qualifiers that make the group one that fights its owner ("Y's rebel army", "the Z opposition group").
REBEL_QUALIFIERS = frozenset({"rebel", "insurgent", "guerrilla", "guerilla", "opposition"})


class DescribedFrames(VerbFrames):
    """``rebel_description``: a group described as a state's rebels or opposition fights that state."""

    def rebel_description(self, p: Parse, n: Any) -> None:
        mods = [c for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i]
        if not any(c.lower_ in REBEL_QUALIFIERS for c in mods):
            return
        if any(c.lower_ in fr.OVER_ADJECTIVES or c.lower_ in fr.NEGATORS for c in n.children):
            return  # "Y's former rebel army": over
        if p.mention_of[n.i] >= 0 and p.mentions[p.mention_of[n.i]].kind in ("name", "gaz"):
            return  # a qualifier inside a group's own name
        owners: list[int] = []
        for c in n.children:
            if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) in ("in", "of"):
                owners += self.np(p, c, conj=False)
            elif c in mods:
                # "the Z opposition group" (the demonym may hang on the qualifier), not "a Z-backed rebel
                # group"
                owners += [m for x in (c, *(x for x in c.children if x.dep_ in ("amod", "compound")))
                           if (m := p.mention_of[x.i]) >= 0 and x.i + 1 < len(x.doc) and x.nbor(1).text != "-"
                           and not any(y.text == "-" for y in x.children)]
        owners = [m for m in owners if self._type_of(p.mentions[m]) == "State"]
        if not owners:
            return
        holders: list[int] = []
        if n.dep_ == "appos" and n.head.i != n.i:
            holders = self.np(p, n.head, conj=False)  # "X, Y's last active rebel army, ..."
        elif any(c.dep_ == "cop" for c in n.children):
            holders = [m for c in n.children if c.dep_ == "nsubj" for m in self.np(p, c)]
        holders = [m for m in holders if self._type_of(p.mentions[m]) in ("ArmedGroup", "Organization")]
        if not holders:
            return
        # the demonym qualifies the opposition, not armed men of its own ("the Z opposition group"), so
        # the state is named as the entity it stands for
        for state in {e.id: e for m in owners if (e := self.entity(m)) is not None}.values():
            self.emit_entities_frame(p, n, "holder", "opposes", holders, state)
