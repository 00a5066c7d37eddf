"""One TIMEX3 value parser for event dating, merging and the store.

Event dating (events/dating.py) and merging (knowledge/merge.py) used to parse
values each their own way and disagreed on weeks without a leading zero,
weekends, autumn written "AU" and impossible days; the shapes they disagreed on
are pinned here, for both views (the span merging compares, the date an event
record carries)."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.timevalue import TimexValue, event_date, first_day, month_of, parse_span


@pytest.mark.parametrize("value,first,last,precision,as_event", [
    ("2024-12-04", "2024-12-04", "2024-12-04", "day", ("2024-12-04", "day")),
    ("2024-12-04T10:00", "2024-12-04", "2024-12-04", "day", ("2024-12-04", "day")),
    ("2024-12-04TNI", "2024-12-04", "2024-12-04", "day", ("2024-12-04", "day")),
    ("2022-02", "2022-02-01", "2022-02-28", "month", ("2022-02", "month")),
    ("2024-02", "2024-02-01", "2024-02-29", "month", ("2024-02", "month")),
    ("2019", "2019-01-01", "2019-12-31", "year", ("2019", "year")),
    # A week is dated to its ISO week (dates14; before, the month of its Thursday,
    # wrong for a week straddling two months): W06 of 2014 runs Feb 3-9.
    ("2014-W06", "2014-02-03", "2014-02-09", "week", ("2014-W06", "week")),
    # W13 of 2016 runs March 28 to April 3: no month holds it.
    ("2016-W13", "2016-03-28", "2016-04-03", "week", ("2016-W13", "week")),
    # Disagreed: a week number without its leading zero (merging had no span).
    ("2014-W6", "2014-02-03", "2014-02-09", "week", ("2014-W06", "week")),
    # Disagreed: a weekend (merging had no span); it is dated to its week.
    ("2025-W01-WE", "2025-01-04", "2025-01-05", "week", ("2025-W01", "week")),
    ("2024-W01", "2024-01-01", "2024-01-07", "week", ("2024-W01", "week")),
    ("2024-Q4", "2024-10-01", "2024-12-31", "quarter", ("2024", "year")),
    ("2024-H1", "2024-01-01", "2024-06-30", "half", ("2024", "year")),
    ("2024-SU", "2024-06-01", "2024-08-31", "season", ("2024", "year")),
    ("2024-FA", "2024-09-01", "2024-11-30", "season", ("2024", "year")),
    # Disagreed: autumn written "AU" (event dating gave no date at all).
    ("2024-AU", "2024-09-01", "2024-11-30", "season", ("2024", "year")),
    # Winter runs into the next year; the event is dated to the year it starts.
    ("2024-WI", "2024-12-01", "2025-02-28", "season", ("2024", "year")),
])
def test_shapes_of_date_values(value, first, last, precision, as_event):
    parsed = TimexValue.parse(value)
    assert parsed is not None
    assert (parsed.start.isoformat(), parsed.end.isoformat()) == (first, last)
    assert parsed.precision == precision
    assert parse_span(value) == (date.fromisoformat(first), date.fromisoformat(last))
    assert event_date(value) == as_event


# Disagreed: an impossible day or week (event dating kept "2024-13-01" as a day).
@pytest.mark.parametrize("value", [None, "", "PAST_REF", "FUTURE_REF", "P3D", "PT2H",
                                   "XXXX-12-04", "2024-13-01", "2024-02-30", "2024-W54",
                                   "202X", "2024-12-04junk", "2024-Q5", "2024-XX"])
def test_values_that_name_no_calendar_stretch(value):
    assert TimexValue.parse(value) is None
    assert parse_span(value) is None and event_date(value) is None


def test_event_dating_and_merging_read_values_the_same_way():
    """The event's date and the span merging compares come from one parse: the
    span of the date an event carries always holds the span of the value."""
    for value in ("2014-W06", "2024-AU", "2024-W49-WE", "2024-12-04T10:00", "2024-Q1"):
        parsed = TimexValue.parse(value)
        carried = parse_span(event_date(value)[0])
        assert carried[0] <= parsed.start + (parsed.end - parsed.start) / 2 <= carried[1]


@pytest.mark.parametrize("value,month,first", [
    # a week counts in the month of its Thursday (ISO 8601): W13 of 2016 (March 28 to
    # April 3) in March; W01 of 2025 (from December 30, 2024) in January 2025
    ("2016-W13", "2016-03", "2016-03-28"),
    ("2025-W01", "2025-01", "2024-12-30"),
    ("2025-W01-WE", "2025-01", "2025-01-04"),
    ("2024-12-04", "2024-12", "2024-12-04"),
    ("2024-06", "2024-06", "2024-06-01"),
    ("2024", None, "2024-01-01"),
    ("2024-Q4", None, "2024-10-01"),
    ("PAST_REF", None, None),
])
def test_the_month_and_first_day_of_a_value(value, month, first):
    assert month_of(value) == month
    assert first_day(value) == first
