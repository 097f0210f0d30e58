"""The two sides a pair reference stands for when the text has set no two sides against each other.

"X's envoy A and B's commander C signed the accord. It builds on a truce the two sides agreed in May":
"the two sides" are the two parties of the agreement just signed, each read as the state or group it
stands for when the party is one of its people (a role the text states).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: The kinds of actor that can be a side.
_SIDE_TYPES = frozenset({"State", "ArmedGroup", "Organization"})
#: How many sentences back the agreement may be signed.
_WINDOW = 8


def parties_in_context(found: Sequence[Any], sentence: int) -> list[Any]:
    """The two sides of the last agreement signed within ``_WINDOW`` sentences before ``sentence`` (or
    in it), when it has exactly two; otherwise none."""
    roles: dict[str, Any] = {}
    for f in found:
        if f.predicate in ("leader_of", "member_of") and f.status == "asserted" \
                and f.subject.type == "Person" and f.object.type in _SIDE_TYPES:
            roles.setdefault(f.subject.id, f.object)
    for f in reversed(found):
        if f.sentence.index > sentence or f.sentence.index < sentence - _WINDOW:
            continue
        if f.predicate != "party_to" or f.status != "asserted":
            continue
        sides: list[Any] = []
        for g in found:
            if g.predicate != "party_to" or g.object.id != f.object.id or g.status != "asserted":
                continue
            side = g.subject if g.subject.type in _SIDE_TYPES else roles.get(g.subject.id)
            if side is None:
                return []  # a party whose side is unknown: the two sides cannot be told
            if all(side.id != x.id for x in sides):
                sides.append(side)
        return sides if len(sides) == 2 else []
    return []
