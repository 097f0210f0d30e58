"""Time expressions resolved against the publication date."""

from __future__ import annotations

import pytest

from pactgraph.loaders.dates import combine, find_dates

REF = "2019-05-06"  # a Monday


@pytest.mark.parametrize("text, value, precision", [
    ("it was signed on March 5, 2020", "2020-03-05", "day"),
    ("signed on 5 March 2020", "2020-03-05", "day"),
    ("agreed in 2018", "2018", "year"),
    ("agreed last year", "2018", "year"),
    ("struck in September", "2018-09", "month"),
    ("struck in April", "2019-04", "month"),
    ("met on Tuesday", "2019-04-30", "day"),
    ("met last Monday", "2019-04-29", "day"),
    ("fighting last week", "2019-04", "month"),
    ("since February", "2019-02", "month"),
    ("in March 2015", "2015-03", "month"),
    ("on 2017-11-02", "2017-11-02", "day"),
    ("yesterday", "2019-05-05", "day"),
    ("the declaration of May 11", "2019-05-11", "day"),
])
def test_single_expressions(text, value, precision):
    found = find_dates(text, REF)
    assert found, text
    assert (found[0].value, found[0].precision) == (value, precision)


def test_offsets_point_at_the_expression():
    text = "The truce was struck in September."
    (t,) = find_dates(text, REF, offset=100)
    assert text[t.start - 100:t.end - 100] == "September"


def test_may_the_verb_is_not_a_month():
    assert find_dates("Russia may sign the deal", REF) == []
    assert find_dates("signed in May", REF)[0].value == "2019-05"


def test_combine_month_with_last_year():
    refs = find_dates("hammered out last year", REF) + find_dates("struck in September", REF)
    best = combine(refs, REF)
    assert (best.value, best.precision) == ("2018-09", "month")


def test_combine_keeps_an_explicit_year():
    refs = find_dates("in 2016", REF) + find_dates("in March 2015", REF)
    assert combine(refs, REF).value == "2015-03"


def test_nothing_without_reference_for_relative_dates():
    assert find_dates("last year", None) == []
    assert find_dates("in 2018", None)[0].value == "2018"
