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
