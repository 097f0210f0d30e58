"""The official through whom a state or a body brokers a deal brokered it too.

"the accord, mediated by X, whose envoy, Y, drafted its terms", "a truce brokered by X, whose prime
minister, Y, hosted the signing": the relative clause names the one who did the
mediating for X, so Y brokered the deal as X did (with X's relation's status). The parse reads the
relative clause and its apposition in several ways; the text's shape is one, and the role itself is a
relation the holder passes found ("Y member_of X", "Y leader_of X") in the same sentence. Called from
``inference.DocumentPasses.infer``.
"""

from __future__ import annotations

import re
from typing import Any

#: "X, whose foreign minister, ": a relative clause that opens on a role of X's, set off by commas.
_WHOSE_ROLE = r"\s*,\s+whose\s+(?:[\w-]+\s+){0,3}?(?:minister|president|premier|envoy|emir|king|chancellor|" \
              r"secretary|chairman|chairwoman|chair|mediator)\s*,\s+(?:[\w.'’-]+\s+){0,3}?"


def broker_officials(found: list[Any], body: str, make: Any) -> list[Any]:
    """The brokered relations of the officials a broker's relative clause names (``make`` builds one, with
    the arguments of ``inference.Found``)."""
    roles = [f for f in found if f.predicate in ("leader_of", "member_of") and f.status == "asserted"
             and f.subject.type == "Person" and f.object.type in ("State", "Organization")]
    if not roles:
        return []
    out: list[Any] = []
    have = {(f.subject.id, f.object.id) for f in found if f.predicate == "brokered"}
    for f in found:
        if f.predicate != "brokered" or f.subject.type not in ("State", "Organization"):
            continue
        text = body[f.sentence.start:f.sentence.end]
        for role in roles:
            if role.object.id != f.subject.id or role.sentence.index != f.sentence.index or \
                    (role.subject.id, f.object.id) in have:
                continue
            owner = "|".join(re.escape(n) for n in (f.subject.name, *f.subject.aliases) if n)
            holder = "|".join(re.escape(n) for n in (role.subject.name, *role.subject.aliases) if n)
            if re.search(rf"(?<![\w-])(?:{owner}){_WHOSE_ROLE}(?:{holder})\s*,", text) is None:
                continue
            have.add((role.subject.id, f.object.id))
            out.append(make(role.subject, "brokered", f.object, f.sentence, "broker-whose-official", f.status,
                            round(f.confidence * 0.8, 3)))
    return out
