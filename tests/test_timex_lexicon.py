"""The lexicon data file of the time-expression grammar is well formed."""

from __future__ import annotations

import re

from newsbrief.timexes import lexicon as lx


def test_sections_present():
    for section in ("months", "weekdays", "numbers", "vague_numbers", "ordinals", "units", "seasons",
                    "parts_of_day", "holidays", "movable_holidays", "references"):
        assert lx.LEX[section], section


def test_months_and_weekdays_cover_the_calendar():
    assert sorted(set(lx.MONTHS.values())) == list(range(1, 13))
    assert sorted(lx.WEEKDAYS.values()) == list(range(1, 8))


def test_units_are_period_letters():
    for word, (letter, mult) in lx.UNITS.items():
        assert letter in ("Y", "M", "W", "D", "TH", "TM", "TS", "Q", "WE"), word
        assert mult >= 1


def test_codes_are_timex3_codes():
    assert set(lx.SEASONS.values()) <= {"SP", "SU", "FA", "WI"}
    assert set(lx.PARTS_OF_DAY.values()) <= {"MO", "AF", "EV", "NI"}
    assert set(lx.REFERENCES.values()) <= {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
    for mmdd in lx.HOLIDAYS.values():
        assert re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", mmdd)


def test_number_words():
    assert lx.number_value("twenty-four") == 24
    assert lx.number_value("twenty four") == 24
    assert lx.number_value("a couple of") == 2
    assert lx.number_value("several") == "X"
    assert lx.number_value("2 1/2") == 2.5
    assert lx.number_value("two and a half") == 2.5
    assert lx.number_value("banana") is None


def test_lookups_fold_case_and_dots():
    assert lx.month_number("Sept.") == 9
    assert lx.weekday_number("Mondays") == 1
    assert lx.ordinal_number("21st") == 21
    assert lx.ordinal_number("eighth") == 8
    assert lx.unit_of("centuries") == ("Y", 100)
    assert lx.unit_of("trading days") == ("D", 1)


def test_month_pattern_needs_capitals():
    pattern = re.compile(lx.MONTH)
    assert pattern.fullmatch("March")
    assert pattern.fullmatch("Dec.")
    assert not pattern.fullmatch("march")
