"""The two sides a pair reference stands for when the text has set no two sides against each other.

"X's envoy A and B's commander C signed the accord. It builds on a truce the two sides agreed in May":
"the two sides" are the two parties of the agreement just signed, each read as the state or group it
stands for when the party is one of its people (a role the text states).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


#: Plural nouns of people that, after "the two", stand for two persons named before ("the two leaders
#: signed", "the two men have initialled the text").
PERSON_PAIR_NOUNS = frozenset({"leaders", "men", "presidents", "ministers", "commanders"})
#: Words after such a pair that make it the subject of a clause (not "the two leaders' talks").
_PERSON_PAIR_NEXT = frozenset({"signed", "agreed", "reached", "put", "struck", "sealed", "concluded",
                               "initialled", "initialed", "inked", "have", "had", "also", "then", "later",
                               "jointly", "formally", "finally"})
#: How many sentences back the two persons may be named.
PERSON_PAIR_WINDOW = 2


def person_pair_start(tok: Callable[[int], str], i: int, first: int) -> int | None:
    """Where "the (same) two leaders" starts, for the noun at word ``i`` of a sentence whose first word is
    ``first`` (``None`` when the words before the noun are not "the (same) two", or the pair is not the
    subject of a clause)."""
    if tok(i + 1).lower() not in _PERSON_PAIR_NEXT or i - 2 < first or tok(i - 1).lower() != "two":
        return None
    k = i - 2
    if k > first and tok(k).lower() == "same":
        k -= 1
    return k if tok(k).lower() == "the" else None
