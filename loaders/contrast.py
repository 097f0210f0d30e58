"""Names set apart from the clause they stand in: "X, but not Y, signed", "X, unlike Y, backs Z", "X rather
than Y brokered", "X arms Y but not Z", "neither X nor Y backs Z".

Such a name is no argument of what its clause states, whatever frame read it: ``RelationState`` drops a
relation asserted in the sentence with such a name as its subject or object, and reads "neither X nor Y"
as a denial of both. The marker is read right before the name (a preposition and a determiner may stand
between: "signed by X, but not by Y"); "not only X but also Y" sets nothing apart. A name also named
elsewhere in the sentence without a marker keeps its relations, and so does a relative clause of its own
("Unlike X, which backs Z, Y ...": X backs Z): ``own_clauses`` gives its span.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pactgraph.loaders.mentions import Mention

#: A marker that sets the name right after it apart (with a preposition and a determiner between).
_APART = re.compile(r"(?:(?<![\w-])not|\bnor|\bneither|\bunlike|\brather\s+than|\binstead\s+of|"
                    r"\bexcept(?:\s+for)?|\bother\s+than|\bexcluding)\s+(?:(?:by|with|to|from|for|in|on)\s+)?"
                    r"(?:the\s+)?$", re.I)
#: The markers of a denial of both names ("neither X nor Y backs Z").
_DENIAL = re.compile(r"\b(?:neither|nor)\s+(?:(?:by|with|to|from|for|in|on)\s+)?(?:the\s+)?$", re.I)
#: How far before the name the marker is looked for, in characters.
_WINDOW = 30
#: A relative clause right after a name, up to the next comma or the sentence's end.
_OWN_CLAUSE = re.compile(r"\s*,\s*(?:which|who|whose|that)\b[^,;]*", re.I)


def set_apart(body: str, start: int, mentions: Sequence[Mention],
              entity_id: Callable[[Mention], str | None]) -> dict[str, str]:
    """The entities of a sentence's ``mentions`` that the sentence sets apart ("apart"), or that it names
    in "neither X nor Y" ("denied"); ``start``: where the sentence starts in ``body``."""
    marked: dict[str, str] = {}
    plain: set[str] = set()
    for m in mentions:
        eid = entity_id(m)
        if eid is None:
            continue
        before = body[max(start, m.start - _WINDOW):m.start]
        if _APART.search(before):
            marked.setdefault(eid, "denied" if _DENIAL.search(before) else "apart")
        else:
            plain.add(eid)
    return {eid: kind for eid, kind in marked.items() if eid not in plain}


def own_clauses(body: str, end: int, mentions: Sequence[Mention], apart: dict[str, str],
                entity_id: Callable[[Mention], str | None]) -> dict[str, list[tuple[int, int]]]:
    """For each entity set ``apart``, the spans of the relative clauses right after its names ("Unlike X,
    which backs Z, ..."): what they say of it is a clause of its own. ``end``: the sentence's end."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if (eid := entity_id(m)) in apart and (clause := _OWN_CLAUSE.match(body, m.end, end)) is not None:
            spans.setdefault(eid, []).append((clause.start(), clause.end()))
    return spans
