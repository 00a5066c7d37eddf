"""Calendar arithmetic of the time-expression normaliser."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.timexes.dates import (duration, easter, iso_week, movable_holiday, parse_anchor, shift,
                                     weekday_near, year_for_month)

THU = dt.date(2024, 12, 5)


@pytest.mark.parametrize("weekday,tense,strict,expected", [
    (3, "past", False, "2024-12-04"),
    (3, None, False, "2024-12-04"),
    (1, "future", False, "2024-12-09"),
    (4, "past", False, "2024-12-05"),
    (4, "past", True, "2024-11-28"),
    (4, "future", True, "2024-12-12"),
    (6, "present", False, "2024-12-07"),
])
def test_weekday_near(weekday, tense, strict, expected):
    assert weekday_near(THU, weekday, tense, strict=strict).isoformat() == expected


@pytest.mark.parametrize("month,day,tense,expected", [
    (6, None, "past", 2024),
    (6, None, "future", 2025),
    (1, 10, "future", 2025),
    (11, 20, "past", 2024),
    (12, 20, "past", 2024),  # two weeks ahead beats a year back, even in the past tense
    (3, None, None, 2025),
])
def test_year_for_month(month, day, tense, expected):
    assert year_for_month(THU, month, tense, day) == expected


@pytest.mark.parametrize("n,letter,expected", [
    (3, "D", "P3D"), (5, "TH", "PT5H"), ("X", "Y", "PXY"), (2.5, "Y", "P2Y6M"),
    (1.5, "TM", "PT1M30S"), (5.5, "TH", "PT5H30M"), (10, "Y", "P10Y"),
])
def test_duration(n, letter, expected):
    assert duration(n, letter) == expected


def test_calendar_helpers():
    assert iso_week(THU) == "2024-W49"
    assert shift(dt.date(2024, 3, 31), "M", -1) == dt.date(2024, 2, 29)
    assert shift(THU, "Y", -2) == dt.date(2022, 12, 5)
    assert easter(2024) == dt.date(2024, 3, 31)
    assert movable_holiday("thanksgiving", 2024) == dt.date(2024, 11, 28)
    assert movable_holiday("election_day", 2024) == dt.date(2024, 11, 5)
    assert parse_anchor("1998-02-13T14:35:00") == dt.date(1998, 2, 13)
    assert parse_anchor("garbage") is None
    assert parse_anchor(None) is None
