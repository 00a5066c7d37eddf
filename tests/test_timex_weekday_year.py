"""dates4: a weekday named with a month and day but no year picks the year in which that
day falls on that weekday, when the year nearest the anchor does not fit."""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes


def _values(text: str, anchor: str) -> list[str]:
    return [t.value for t in tag_timexes(text, anchor) if t.type == "DATE"]


@pytest.mark.parametrize("text,anchor,expected", [
    # 26 December was a Monday in 2016, not in 2017 (the nearest year to the anchor)
    ("Three weeks later came the raid, on Monday, December 26.", "2018-01-10", "2016-12-26"),
    ("The raid came on Monday 26 December.", "2018-01-10", "2016-12-26"),
    # the nearest year fits: kept
    ("Talks ended on Thursday, Dec. 5.", "2019-12-06", "2019-12-05"),
    # no weekday: the nearest year, as before
    ("The raid came on December 26.", "2018-01-10", "2017-12-26"),
    # an explicit year is taken as written
    ("The raid came on Monday, December 26, 2017.", "2018-01-10", "2017-12-26"),
])
def test_weekday_picks_the_year(text, anchor, expected):
    assert expected in _values(text, anchor)
