"""The one ISO date syntax every layer checks dates with (pactgraph.ontology.dates)."""

from __future__ import annotations

import re

import pytest

from pactgraph.api.params import DATE_PATTERN as API_PATTERN
from pactgraph.graph.rdf.filters import _window_end
from pactgraph.graph.read import _date
from pactgraph.ontology.dates import DATE_PATTERN, is_iso_date
from pactgraph.ontology.errors import PactgraphError

GOOD = ["2019", "2019-05", "2019-05-06", "2020-02-29", "2000-02-29", "0001-01-01", "2019-12-31"]
BAD = ["19", "2019-5", "2019-13", "2019-00", "2019-02-29", "1900-02-29", "2019-04-31", "2019-02-30",
       "0000", "2019-05-06x", "2019-05-06\n", " 2019", "May 2019", "", "2019/05/06",
       "\u0662\u0660\u0661\u0669-05-06"]  # Arabic-Indic digits: Python's \d would take them


@pytest.mark.parametrize("value", GOOD)
def test_calendar_dates_at_each_precision_pass(value):
    assert is_iso_date(value)


@pytest.mark.parametrize("value", BAD)
def test_anything_else_is_refused(value):
    assert not is_iso_date(value)


def test_a_precision_asks_for_exactly_that_one():
    assert is_iso_date("2019-05-06", precision="day")
    assert not is_iso_date("2019-05", precision="day")
    assert is_iso_date("2019", precision="year") and not is_iso_date("2019-05", precision="year")


def test_the_api_schema_and_the_graph_filters_use_the_same_syntax():
    assert API_PATTERN == DATE_PATTERN
    for value in GOOD:
        assert re.match(API_PATTERN, value)
        assert _date(value, "from") == value
        assert _window_end(value, "since", first=True)
    for value in ("2019-02-30", "2019-13"):
        with pytest.raises((ValueError, PactgraphError)):
            _date(value, "from")
        with pytest.raises(ValueError):
            _window_end(value, "since", first=True)


def test_window_ends_fill_the_missing_parts():
    assert _window_end("2019", "since", first=True) == "2019-01-01"
    assert _window_end("2019-05", "until", first=False) == "2019-05-31"
    assert _window_end("2019-05-06", "until", first=False) == "2019-05-06"
