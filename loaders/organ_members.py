"""One who holds a role in an organ of an international body is one of the body's people.

"X, the president of the Y Commission", "X, head of the Y Stabilization Mission in Z": the organ's name
(a name the text gives, a role the text states) starts with the name of an organization the gazetteer
knows, and ends in a word for an organ that body runs or sends (Commission, Mission, Office, ...); X is
member_of that organization too. Called from ``inference.DocumentPasses.infer``.
"""

from __future__ import annotations

import re
from typing import Any

from pactgraph.loaders.gazetteer import ORGANIZATION
from pactgraph.loaders.resolve import ResolvedEntity

#: An organ's name: its head ends in an organ word; what follows "in/for/of/to/on" is left off.
_ORGAN = re.compile(r"^(?P<head>\S.*?\b(?:Commission|Mission|Office|Secretariat|Delegation|Observer\s+Group|"
                    r"Monitoring\s+Group))(?:\s+(?:in|for|of|to|on)\b.*)?$")


def organ_members(found: list[Any], entities: list[ResolvedEntity | None], gazetteer: Any,
                  make: Any) -> list[Any]:
    """The member_of relations of the people who hold a role in a body's organ (``make`` builds one,
    with the arguments of ``inference.Found``)."""
    if gazetteer is None:
        return []
    by_id = {e.id: e for e in entities if e is not None}
    out: list[Any] = []
    seen: set[tuple[str, str]] = set()
    for f in found:
        if f.predicate not in ("leader_of", "member_of") or f.status != "asserted" or \
                f.subject.type != "Person" or f.object.type not in ("Organization", "ArmedGroup"):
            continue
        match = _ORGAN.match(f.object.name)
        if match is None:
            continue
        words = match.group("head").split()
        parent = None
        for k in range(len(words) - 1, 0, -1):
            hits = [h for h in gazetteer.lookup(" ".join(words[:k]))
                    if h.entry.type == ORGANIZATION and h.entry.id != f.object.id]
            if hits:
                parent = hits[0].entry
                break
        if parent is None or (f.subject.id, parent.id) in seen:
            continue
        seen.add((f.subject.id, parent.id))
        body = by_id.get(parent.id) or ResolvedEntity(-1, parent.id, parent.name, parent.type, parent.aliases,
                                                      parent.wikidata, None)
        out.append(make(f.subject, "member_of", body, f.sentence, "organ-member", "asserted",
                        round(f.confidence * 0.8, 3)))
    return out
