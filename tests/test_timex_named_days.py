"""Named days the calendar defines by a rule or a fixed date (dates20b): the US
Monday holidays, days counted from Easter or Thanksgiving, and fixed days that the
time lexicon did not know. Sentences are our own; anchor 2024-12-05 (a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.timexes import tag_timexes
from newsbrief.timexes.dates import movable_holiday

THU = "2024-12-05"


@pytest.mark.parametrize("sentence,text,value", [
    ("Marchers filled the square on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
     "2024-01-15"),
    ("The museum reopened on Presidents' Day.", "Presidents' Day", "2024-02-19"),
    ("Stores opened at dawn on Black Friday.", "Black Friday", "2024-11-29"),
    ("The bishop spoke to pilgrims on Palm Sunday.", "Palm Sunday", "2024-03-24"),
    ("Banks stayed shut on Easter Monday.", "Easter Monday", "2024-04-01"),
    ("Veterans laid wreaths on Anzac Day.", "Anzac Day", "2024-04-25"),
    ("A parade was held on Juneteenth in the city.", "Juneteenth", "2024-06-19"),
    ("The governor signed the bill on Columbus Day.", "Columbus Day", "2024-10-14"),
    ("Crowds gathered in the park on Mother's Day.", "Mother's Day", "2024-05-12"),
    ("Flags flew at half-mast on Remembrance Day.", "Remembrance Day", "2024-11-11"),
    ("Runners set off on Patriots’ Day in the rain.", "Patriots’ Day", "2024-04-15"),
    ("Roses sold out last Valentine’s Day.", "last Valentine’s Day", "2024-02-14"),
])
def test_a_named_day_of_the_calendar_is_dated(sentence, text, value):
    assert [(t.text, t.value) for t in tag_timexes(sentence, THU)] == [(text, value)]


def test_rules_count_weekdays_and_days_from_a_feast():
    assert movable_holiday("nth:1:1:3", 2019) == dt.date(2019, 1, 21)  # third Monday of January
    assert movable_holiday("nth:5:1:-1", 2024) == dt.date(2024, 5, 27)  # last Monday of May
    assert movable_holiday("easter-46", 2024) == dt.date(2024, 2, 14)  # Ash Wednesday
    assert movable_holiday("easter+49", 2024) == dt.date(2024, 5, 19)  # Pentecost
    assert movable_holiday("thanksgiving+4", 2024) == dt.date(2024, 12, 2)  # Cyber Monday


def test_a_lower_case_name_is_no_holiday():
    assert tag_timexes("He called it a black friday for the market.", THU) == ()
