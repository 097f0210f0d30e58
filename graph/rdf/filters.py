"""Which part of the graph an export holds: an actor's neighbourhood, one relation, a time window.

:class:`ExportFilter` carries the checked options; :func:`export_filter` builds one from what a
user typed (an actor's name, alias or id, resolved to its ids). The queries that apply it are
the ``FILTERED_*`` constants of ``graph/queries/rdf.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import neo4j

from pactgraph.graph.errors import NotFound
from pactgraph.ontology.dates import is_iso_date
from pactgraph.ontology.vocabulary import RELATIONS


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which part of the graph an export holds; all None is the whole graph.

    * ``actor_ids``: an actor's neighbourhood: the statements whose subject or object is one of
      these actors, the events with one of them in a role, and what those touch;
    * ``predicate``: only statements of this relation (and no events);
    * ``since``/``until``: only statements and events dated in the window (full ISO dates; a
      date of month or year precision is in when its month or year overlaps the window).

    The selected entities keep their names and classes; a typed relation is exported when
    selected asserted evidence supports it, with the graph's summary (first/last seen,
    confidence) and ``pg:evidence`` links to the selected evidence only.
    """

    actor_ids: tuple[str, ...] | None = None
    predicate: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def of(cls, *, actor_ids: Iterable[str] | None = None, predicate: str | None = None,
           since: str | None = None, until: str | None = None) -> ExportFilter:
        """A checked filter: a relation name of the ontology, dates as YYYY, YYYY-MM or YYYY-MM-DD."""
        if predicate is not None and predicate not in RELATIONS:
            raise ValueError(f"unknown relation {predicate!r}; expected one of {', '.join(RELATIONS)}")
        start, end = _window_end(since, "since", first=True), _window_end(until, "until", first=False)
        if start and end and start > end:
            raise ValueError(f"since {since!r} is after until {until!r}")
        return cls(tuple(actor_ids) if actor_ids is not None else None, predicate, start, end)

    @property
    def whole(self) -> bool:
        return self.actor_ids is None and self.predicate is None and self.since is None and self.until is None

    def params(self) -> dict[str, Any]:
        return {"actor_ids": list(self.actor_ids) if self.actor_ids is not None else None,
                "predicates": [self.predicate] if self.predicate else None,
                "since": self.since, "until": self.until}


def _window_end(value: str | None, name: str, *, first: bool) -> str | None:
    """A window end as a full ISO date: 2019 -> 2019-01-01 (since) or 2019-12-31 (until)."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not is_iso_date(value):
        raise ValueError(f"{name} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    if day:
        return value
    # Compared as text with stored ISO prefixes, so "-31" ends every month.
    return f"{year}-{month or ('01' if first else '12')}-{'01' if first else '31'}"


def export_filter(driver: neo4j.Driver, *, database: str, actor: str | None = None,
                  predicate: str | None = None, since: str | None = None,
                  until: str | None = None) -> ExportFilter:
    """The filter of these options, the actor (a name, alias or id) resolved to its ids.

    Raises NotFound when no actor has that name, ValueError on a bad predicate or date.
    """
    actor_ids = None
    if actor is not None:
        from pactgraph.graph.read import resolve_actor

        actor_ids = resolve_actor(driver, actor, database=database)
        if not actor_ids:
            raise NotFound("actor", actor)
    return ExportFilter.of(actor_ids=actor_ids, predicate=predicate, since=since, until=until)
