"""Time expressions in news text, resolved against the publication date.

News dates events relative to the day it is published ("last week", "on
Tuesday", "in September"). ``find_dates`` finds those expressions in a piece
of text and resolves each to an ISO prefix with its precision: ``2018-09``
(month), ``2020-03-05`` (day), ``2018`` (year). ``combine`` merges what
several expressions say about one event ("last year" + "in September").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"), start=1)}
WEEKDAYS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: Tried in this order at each position; the first (longest) match wins.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("dmy", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
        ("my", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
        ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)"),
        ("dm", rf"\b{_DAY}\s+{_MONTH}\b"),
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("last_year", r"\blast\s+year\b"),
        ("this_year", r"\bthis\s+year\b"),
        ("last_month", r"\blast\s+month\b"),
        ("last_week", r"\blast\s+week\b"),
        ("yesterday", r"\byesterday\b"),
        ("today", r"\btoday\b"),
        ("weekday", rf"\b(?:(?P<last>last)\s+)?{_WEEKDAY}\b"),
        ("month", rf"\b(?:(?P<mod>last|this|next)\s+)?{_MONTH}\b"),
        ("year", rf"\b(?:in|since|of|from|by|until|early|late|mid-?)\s+{_YEAR}\b(?!-)"),
    )
)


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A resolved time expression: ``value`` is an ISO prefix of ``precision``."""

    value: str
    precision: str  # "day" | "month" | "year"
    start: int = 0
    end: int = 0
    text: str = ""

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if len(self.value) >= 7 else None


def _ref(reference: str | dt.date | None) -> dt.date | None:
    if reference is None or isinstance(reference, dt.date):
        return reference
    try:
        return dt.date.fromisoformat(reference[:10])
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _past_month(month: int, ref: dt.date) -> int:
    """The year of the latest ``month`` not after the reference (news mostly looks back)."""
    return ref.year if month <= ref.month else ref.year - 1


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> tuple[str, str] | None:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower()) or (
        int(groups["month"]) if kind == "iso" else None)
    if kind in ("mdy", "dmy", "iso") and month is not None:
        value = _day(int(groups["year"]), month, int(groups["day"]))
        return (value, "day") if value else None
    if kind == "my" and month is not None:
        return f"{int(groups['year']):04d}-{month:02d}", "month"
    if kind == "year":
        return groups["year"], "year"
    if ref is None:
        return None
    if kind in ("md", "dm") and month is not None:
        value = _day(_past_month(month, ref), month, int(groups["day"]))
        return (value, "day") if value else None
    if kind == "last_year":
        return str(ref.year - 1), "year"
    if kind == "this_year":
        return str(ref.year), "year"
    if kind == "last_month":
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}", "month"
    if kind == "last_week":
        # The week before publication: a day is not known, the month usually is.
        day = ref - dt.timedelta(days=7)
        return f"{day.year:04d}-{day.month:02d}", "month"
    if kind == "yesterday":
        return (ref - dt.timedelta(days=1)).isoformat(), "day"
    if kind == "today":
        return ref.isoformat(), "day"
    if kind == "weekday":
        back = (ref.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7
        if groups.get("last") and back == 0:
            back = 7
        return (ref - dt.timedelta(days=back)).isoformat(), "day"
    if kind == "month" and month is not None:
        mod = (groups.get("mod") or "").lower()
        if mod == "this":
            year = ref.year
        elif mod == "next":
            year = ref.year if month > ref.month else ref.year + 1
        elif mod == "last":
            year = ref.year - 1 if month >= ref.month else ref.year
        else:
            year = _past_month(month, ref)
        return f"{year:04d}-{month:02d}", "month"
    return None


def find_dates(text: str, reference: str | dt.date | None = None, offset: int = 0) -> list[TimeRef]:
    """Every time expression in ``text``, resolved against ``reference`` (an ISO date)."""
    ref = _ref(reference)
    found: list[TimeRef] = []
    # The spans already read, which a later match may not overlap. Spans that hold text are disjoint,
    # so kept in order of their starts their ends are in order too, and only the last one starting
    # before a match's end can overlap it: a bisection instead of a scan of every span (quadratic in
    # a long document). Empty spans, should a pattern ever match one, are scanned as before.
    starts: list[int] = []
    ends: list[int] = []
    empty: list[int] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            k = bisect_left(starts, b) - 1
            if k >= 0 and ends[k] > a or any(a < e < b for e in empty):
                continue
            if kind == "month" and groups_is_may_verb(text, m):
                continue
            resolved = _resolve(kind, m, ref)
            if resolved is None:
                continue
            if a == b:
                empty.append(a)
            else:
                k = bisect_left(starts, a)
                starts.insert(k, a)
                ends.insert(k, b)
            found.append(TimeRef(resolved[0], resolved[1], offset + m.start(), offset + m.end(), m.group()))
    found.sort(key=lambda t: t.start)
    return found


def groups_is_may_verb(text: str, m: re.Match[str]) -> bool:
    """"May" alone is usually the verb ("Russia may sign"): only count it after in/of/since/until/by."""
    if m.group("month") != "May" or m.group().lower().startswith(("last", "this", "next")):
        return False
    before = text[max(0, m.start() - 8):m.start()].lower().split()
    return not (before and before[-1] in {"in", "of", "since", "until", "by", "early", "late", "mid"})


def combine(refs: list[TimeRef], reference: str | dt.date | None = None) -> TimeRef | None:
    """One date from the expressions that describe one event.

    The most precise expression wins; a month without a year takes the year that
    another expression gives ("struck in September" + "last year" -> ``2018-09``).
    """
    if not refs:
        return None
    order = {"day": 0, "month": 1, "year": 2}
    best = min(refs, key=lambda r: order[r.precision])
    years = [r for r in refs if r.precision == "year"]
    if best.precision != "year" and years:
        explicit_year = bool(re.search(r"(?:19|20)\d\d", best.text))
        if not explicit_year:
            year = years[0].year
            value = f"{year:04d}{best.value[4:]}"
            if best.precision == "day" and _day(year, int(value[5:7]), int(value[8:10])) is None:
                return best
            return TimeRef(value, best.precision, best.start, best.end, best.text)
    return best
