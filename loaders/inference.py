"""Document-level passes over the relations found: parties that were not, and what follows from others.

A mixin of ``loaders.relations.Extractor``, with ``Found``, the relation
between resolved entities before it becomes an ontology ``Relation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.resolve import ResolvedEntity
from loaders.text import Sentence

#: Sides of a conflict: actors that are not persons.
SIDE_TYPES = frozenset({"State", "ArmedGroup", "Organization"})
_SIDE_RULES = frozenset({"x-signed-a", "a-signed-by-x", "a-between-x-and-y", "x-signed-a-with-y"})
_NOT_PARTY = re.compile(
    r"(?P<s>§\d+)(?:'s\s+§\d+)?[^.§]*?\b(?:(?:is|was|were|are)\s+not\s+(?:a\s+)?(?:party|parties|signator\w*)|"
    r"took\s+no\s+part|refused|declined\s+to\s+sign|rejected\s+(?:§\d+|the\s+(?:accord|deal|agreement))|"
    r"did\s+not\s+sign|walked\s+out|(?:were|was)\s+not\s+represented)")


@dataclass(frozen=True, slots=True)
class Found:
    """A relation between resolved entities, before it becomes an ontology ``Relation``."""

    subject: ResolvedEntity
    predicate: str
    object: ResolvedEntity
    sentence: Sentence
    rule: str
    status: str
    confidence: float


class DocumentPasses:
    """Passes that need every sentence's relations first."""

    def suppress_not_party(self) -> None:
        drop: set[str] = set()
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            if not ms:
                continue
            view = self.view(s)
            for m in _NOT_PARTY.finditer(view.text):
                e = self.entity(int(m.group("s")[1:]))
                if e is not None:
                    drop.add(e.id)
        if drop:
            self.found = [f for f in self.found
                          if not (f.predicate in ("party_to", "brokered") and f.subject.id in drop
                                  and f.rule not in ("a-signed-by-x", "x-signed-for-y"))]

    def infer(self) -> None:
        """Relations that follow from others the text states."""
        roles: dict[str, list[Found]] = {}
        for f in self.found:
            if f.predicate in ("leader_of", "member_of") and f.subject.type == "Person" \
                    and f.status == "asserted":
                roles.setdefault(f.subject.id, []).append(f)
        extra: list[Found] = []
        for f in self.found:
            if f.status != "asserted":
                continue
            if f.predicate in ("party_to", "brokered") and f.subject.type == "Person":
                for role in roles.get(f.subject.id, []):
                    if role.object.type in ("State", "Organization", "ArmedGroup"):
                        extra.append(Found(role.object, f.predicate, f.object, f.sentence, f.rule + "+role",
                                           f.status, round(f.confidence * 0.8, 3)))
                        break
            if f.predicate == "opposes" and f.object.type == "Person":
                for role in roles.get(f.object.id, []):
                    if role.predicate == "leader_of" and role.object.type == "State":
                        extra.append(Found(f.subject, "opposes", role.object, f.sentence, f.rule + "+leader",
                                           f.status, round(f.confidence * 0.8, 3)))
        self.found.extend(extra)
        self.found.extend(self.ceasefire_sides())

    def ceasefire_sides(self) -> list[Found]:
        """"A and B agreed to a ceasefire": the two sides of a ceasefire are at war with each other."""
        brokers = {(f.subject.id, f.object.id) for f in self.found if f.predicate == "brokered"}
        sides: dict[tuple[str, int], dict[str, Found]] = {}
        for f in self.found:
            if f.predicate == "party_to" and f.status == "asserted" and f.rule in _SIDE_RULES \
                    and f.subject.type in SIDE_TYPES and f.object.kind in ("ceasefire", "truce"):
                sides.setdefault((f.object.id, f.sentence.index), {})[f.subject.id] = f
        out = []
        for found in sides.values():
            if len(found) != 2 or any((side, f.object.id) in brokers for side, f in found.items()):
                continue
            a, b = found.values()
            if a.subject.type == b.subject.type == "State":
                continue  # two states may sign a truce over others' war ("between Kinshasa and Kigali")
            out.append(Found(a.subject, "opposes", b.subject, a.sentence, a.rule + "+sides", "asserted",
                             round(min(a.confidence, b.confidence) * 0.75, 3)))
        return out
