"""A month or a month-day without a year after "since" starts a stretch that lasts
until now, so it is the latest one at or before the anchor, even when the nearest one
lies just ahead (sentences made up for the test)."""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes


@pytest.mark.parametrize("text, anchor, expected", [
    # a month just after the anchor's month: the one of the year before
    ("Since July, the port authority has turned away nine tankers.", "2026-06-10", "2025-07"),
    ("Ever since August, the two parties have traded blame.", "2026-06-10", "2025-08"),
    # a month-day after the anchor's day: last year's
    ("Since June 21, the ferry has not sailed.", "2026-06-10", "2025-06-21"),
    # controls: a month before the anchor, the anchor's own month and a day before it
    ("Since March, the port authority has turned away nine tankers.", "2026-06-10", "2026-03"),
    ("Since June, the port authority has turned away nine tankers.", "2026-06-10", "2026-06"),
    ("Since June 2, the ferry has not sailed.", "2026-06-10", "2026-06-02"),
])
def test_since_a_month_looks_back(text, anchor, expected):
    [t] = tag_timexes(text, anchor)
    assert t.value == expected


def test_control_a_month_ahead_without_since_stays_the_nearest():
    # no start point: the tagger's nearest July, as before
    [t] = tag_timexes("The port authority will reopen the dock in July.", "2026-06-10")
    assert t.value == "2026-07"


@pytest.mark.parametrize("text, expected", [
    # a weekday named with the day says which year, after "since" as elsewhere: 3 July
    # 2026 is a Friday, 3 July 2025 a Thursday
    ("The port has been shut since Friday, July 3.", "2026-07-03"),
    ("Since Friday, July 3, the port has been shut.", "2026-07-03"),
    # control: a weekday that fits the year "since" gives keeps it
    ("The port has been shut since Thursday, July 3.", "2025-07-03"),
])
def test_since_a_weekday_and_day_takes_the_weekdays_year(text, expected):
    [t] = tag_timexes(text, "2026-06-10")
    assert t.value == expected


def test_control_since_elsewhere_in_the_sentence_leaves_the_day_alone():
    # "since" not right before the day starts no stretch at it: the nearest July 3
    [t] = tag_timexes("Since the storm, the ferry has been due back on July 3.", "2026-06-10")
    assert t.value == "2026-07-03"
