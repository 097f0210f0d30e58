"""One status for one relation in one sentence.

A sentence may state a relation through a phrasing rule (``loaders.patterns``) and through the parse
(``loaders.dependency``): "X backs Y, the Z government said" reads as asserted by the pattern, which sees
no further than its match, and as alleged by the parse, which sees the report that governs the verb. The
parse reads the clause a trigger stands in, so where the two readings of one relation in one sentence
differ over a report or a denial, the pattern's reading yields. A relation the text states in one reading
and only plans or foresees in another ("which mediated the talks and will act as guarantors", "it will be
led by X") is stated.
"""

from __future__ import annotations

from pactgraph.loaders.inference import Found

_PARSE_PREFIX = "dep-"
#: Which reading wins among the parse's own: what the text states, then what it denies, alleges, plans.
_ORDER = ("asserted", "denied", "alleged", "hypothetical")


def _key(f: Found) -> tuple[str, str, str]:
    a, b = f.subject.id, f.object.id
    if f.predicate in ("opposes", "allied_with") and b < a:
        a, b = b, a
    return a, f.predicate, b


def one_status(found: list[Found], start: int) -> None:
    """Keep, among ``found[start:]`` (one sentence's relations), one status for each relation: the parse's
    where it reads a report or a denial the pattern cannot see; the text's statement over a plan."""
    parsed: dict[tuple[str, str, str], set[str]] = {}
    patterned: dict[tuple[str, str, str], set[str]] = {}
    for f in found[start:]:
        (parsed if f.rule.startswith(_PARSE_PREFIX) else patterned).setdefault(_key(f), set()).add(f.status)
    keep: dict[tuple[str, str, str], str] = {}
    for k, statuses in parsed.items():
        if "asserted" in statuses or not statuses & {"denied", "alleged"} and \
                "asserted" in patterned.get(k, ()):
            # "which mediated the talks and will act as guarantors": stated in one clause, planned in another
            keep[k] = "asserted"
        else:
            keep[k] = min(statuses, key=_ORDER.index)
    if keep:
        found[start:] = [f for f in found[start:] if (k := _key(f)) not in keep or f.status == keep[k]]
