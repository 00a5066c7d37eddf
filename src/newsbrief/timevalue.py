"""TIMEX3 date values: the one parser of the shapes the tagger writes.

A value names a stretch of the calendar: a day ("2024-12-04", also with a time
"2024-12-04T10:00"), an ISO week ("2024-W49", its weekend "2024-W49-WE"), a
month ("2024-06"), a season ("2024-SU"; autumn is "FA" or "AU"), a quarter
("2024-Q4"), a half ("2024-H1") or a year ("2024"). `TimexValue.parse` gives the
first and last day it covers and its precision; anything else (durations,
"PAST_REF", "XXXX-12-04", impossible dates such as "2024-13-01") is None.
`duration_hours` reads the one kind of duration dating counts with: hours or
minutes ("PT72H").

Event dating, merging and the store all read values through this module, so
they agree on what a value covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$")
# First and last month of each part of a year (winter runs into the next year).
_PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6),
                "H2": (7, 12), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11),
                "WI": (12, 14)}
_PART_PRECISION = {"Q": "quarter", "H": "half"}

# Finest first: the order in which a merged event prefers its mentions' dates.
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year")
# The precisions an event record carries: parts of a year are dated to the year; a
# week (or its weekend) is its ISO week ("2024-W49"), which may straddle two months.
EVENT_PRECISION = {"day": "day", "week": "week", "month": "month", "season": "year",
                   "quarter": "year", "half": "year", "year": "year"}


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


@dataclass(frozen=True)
class TimexValue:
    """One TIMEX3 date value and the days it covers (both ends included)."""

    value: str
    start: date
    end: date
    precision: str  # one of PRECISIONS

    @classmethod
    def parse(cls, value: str | None) -> TimexValue | None:
        if not value:
            return None
        try:
            return cls._parse(value)
        except ValueError:  # an impossible day, month or week number
            return None

    @classmethod
    def _parse(cls, value: str) -> TimexValue | None:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return cls(value, d, d, "day")
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return cls(value, date(year, month, 1), _month_end(year, month), "month")
        if m := _YEAR.match(value):
            year = int(m[1])
            return cls(value, date(year, 1, 1), date(year, 12, 31), "year")
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:  # the weekend of that week
                return cls(value, monday + timedelta(days=5), monday + timedelta(days=6),
                           "week")
            return cls(value, monday, monday + timedelta(days=6), "week")
        if m := _PART.match(value):
            year, part = int(m[1]), m[2]
            first, last = _PART_MONTHS[part]
            return cls(value, date(year, first, 1), _month_end(year, last),
                       _PART_PRECISION.get(part[0], "season"))
        return None

    @property
    def span(self) -> tuple[date, date]:
        return self.start, self.end

    def event_date(self) -> tuple[str, str]:
        """(date, precision) as an event record carries it: "2024-12-04" day,
        "2024-W49" week, "2024-06" month, "2024" year."""
        precision = EVENT_PRECISION[self.precision]
        if precision == "day":
            return self.start.isoformat(), "day"
        if precision == "week":
            # (a weekend is dated to its week)
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}", "week"
        if precision == "month":
            return self.start.strftime("%Y-%m"), "month"
        return f"{self.start.year:04d}", "year"

    def month(self) -> str | None:
        """The month ("2024-06") the value lies in, a week's being the month of its
        Thursday (ISO 8601's rule for which year a week belongs to); None for a value
        coarser than a month."""
        if self.precision == "week":
            return (self.start - timedelta(days=self.start.weekday()) +
                    timedelta(days=3)).strftime("%Y-%m")
        if self.precision in ("day", "month"):
            return self.start.strftime("%Y-%m")
        return None


def parse_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers, or None."""
    parsed = TimexValue.parse(value)
    return parsed.span if parsed else None


def month_of(value: str | None) -> str | None:
    """The month ("2024-06") a date value lies in (see `TimexValue.month`), or None."""
    parsed = TimexValue.parse(value)
    return parsed.month() if parsed else None


def first_day(value: str | None) -> str | None:
    """The first day a date value covers ("2024-W49" -> "2024-12-02"), to order values
    of any precision by the calendar (a week's value sorts after its year's days)."""
    parsed = TimexValue.parse(value)
    return parsed.start.isoformat() if parsed else None


# A duration of hours or minutes as the tagger writes it ("PT72H", "PT90M").
_CLOCK_DURATION = re.compile(r"^PT(\d+)([HM])$")


def duration_hours(value: str | None) -> float | None:
    """The hours a TIMEX3 duration of hours or minutes counts ("PT72H" -> 72,
    "PT90M" -> 1.5); None for any other value, or one with no count ("PTXH": "hours").
    Dates are not durations: this is the one reading of clock durations."""
    m = _CLOCK_DURATION.match(value or "")
    if m is None:
        return None
    n = int(m.group(1))
    return float(n) if m.group(2) == "H" else n / 60


def event_date(value: str | None) -> tuple[str, str] | None:
    """(date, precision) an event takes from a TIMEX3 value, or None when the
    value names no calendar date."""
    parsed = TimexValue.parse(value)
    return parsed.event_date() if parsed else None
