""""last <weekday>": the day before is never "last Monday" (own sentences)."""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes


@pytest.mark.parametrize("text, anchor, expected", [
    ("Last Monday, guards fired on the marchers.", "2018-05-22", "2018-05-14"),  # a Tuesday: a week back
    ("Guards fired on the marchers last Sunday.", "2021-03-01", "2021-02-21"),  # a Monday: a week back
    ("Last Monday, guards fired on the marchers.", "2018-05-23", "2018-05-21"),  # a Wednesday: as before
    ("Last Friday, guards fired on the marchers.", "2018-05-22", "2018-05-18"),  # as before
    ("This past Monday, guards fired on the marchers.", "2018-05-22", "2018-05-21"),  # as before
])
def test_last_weekday(text, anchor, expected):
    [t] = tag_timexes(text, anchor)
    assert t.value == expected
