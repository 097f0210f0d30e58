"""The one ISO date syntax of pactgraph: a calendar date at its precision, YYYY, YYYY-MM or
YYYY-MM-DD (the day within its month, 29 February in leap years only, no year 0), in ASCII digits.

Every layer checks dates with it: the HTTP API puts :data:`DATE_PATTERN` in its schema, the graph's
read and export filters and a document's ``date`` header call :func:`is_iso_date`.
"""

from __future__ import annotations

import re
from typing import Final

_YEAR: Final = r"([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"  # 0001 to 9999: there is no year 0
_LEAP_YEAR: Final = r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
#: YYYY, YYYY-MM or YYYY-MM-DD, as a regular expression (JSON Schema's ``pattern`` syntax too).
DATE_PATTERN: Final = (rf"^({_YEAR}(-(0[1-9]|1[0-2]))?"
                       rf"|{_YEAR}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
                       rf"|02-(0[1-9]|1[0-9]|2[0-8]))"
                       rf"|{_LEAP_YEAR}-02-29)$")
_DATE: Final = re.compile(DATE_PATTERN)


def is_iso_date(value: str, *, precision: str | None = None) -> bool:
    """Whether ``value`` is a date of :data:`DATE_PATTERN`; with ``precision`` ("day", "month" or
    "year"), one of exactly that precision."""
    if _DATE.match(value) is None or "\n" in value:
        return False
    return precision is None or len(value) == {"day": 10, "month": 7, "year": 4}[precision]
