"""Calendar arithmetic and TIMEX3 value formatting (stdlib only).

Relative expressions are resolved against an anchor (the publication date) and
a tense: "past" picks the most recent matching day/month at or before the
anchor, "future" the next one at or after it, None the nearest one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

Tense = Literal["past", "present", "future"] | None


def parse_anchor(anchor: str | None) -> dt.date | None:
    """The date part of an ISO anchor ("2024-12-05", "1998-02-13T14:35:00")."""
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """`day` moved by n units (Y, M, W, D, Q); month ends are clamped."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    months = {"Y": 12, "M": 1, "Q": 3}[unit] * n
    year, month = add_months(day.year, day.month, months)
    last = _month_length(year, month)
    return dt.date(year, month, min(day.day, last))


def _month_length(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _month_length(year, month)


def weekday_year(weekday: int, month: int, day: int, years: Iterable[int],
                 latest: dt.date | None = None) -> int | None:
    """The first of `years` in which `month`/`day` falls on `weekday` (ISO: Monday 1)
    no later than `latest`, or None."""
    for year in years:
        if valid_day(year, month, day):
            date = dt.date(year, month, day)
            if date.isoweekday() == weekday and (latest is None or date <= latest):
                return year
    return None


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def fmt_day(day: dt.date) -> str:
    return day.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday_near(anchor: dt.date, weekday: int, tense: Tense, *, strict: bool = False) -> dt.date:
    """The `weekday` (ISO, Monday = 1) nearest `anchor` in the tense's direction.

    future: the next one at or after the anchor (strictly after when `strict`);
    present: the nearest one; past or unknown: the last one at or before it
    (strictly before when `strict`), as news mostly reports what happened.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if strict:
        back = back or 7
        ahead = ahead or 7
    if tense == "future":
        return anchor + dt.timedelta(days=ahead)
    if tense == "present" and ahead < back:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


# How many days a date on the "wrong" side of the anchor counts as further
# away: a past-tense "Dec. 15" written on Oct. 26 is still more likely the
# coming one than one ten months back.
TENSE_PENALTY_DAYS = 120


def year_for_month(anchor: dt.date, month: int, tense: Tense, day: int | None = None) -> int:
    """Year of a month (or month-day) named without one: the candidate year
    nearest the anchor, dates against the tense counting TENSE_PENALTY_DAYS
    further away."""
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None and valid_day(year, month, day):
            when = dt.date(year, month, day)
            distance = (when - anchor).days
        else:
            if (year, month) == (anchor.year, anchor.month):
                distance = 0
            else:
                when = dt.date(year, month, 15)
                distance = (when - anchor).days
        cost = abs(distance)
        if tense == "past" and distance > 0 or tense == "future" and distance < 0:
            cost += TENSE_PENALTY_DAYS
        if best is None or cost < best[0]:
            best = (cost, year)
    assert best is not None
    return best[1]


def duration(n: float | str, letter: str) -> str:
    """P3D, PT5H, PXY, P2Y6M ... from a count and a unit letter (TH/TM/TS = time units)."""
    time = letter.startswith("T")
    unit = letter[-1] if time else letter
    prefix = "PT" if time else "P"
    if n == "X":
        return f"{prefix}X{unit}"
    assert isinstance(n, float | int)
    whole = int(n)
    frac = n - whole
    if frac and unit in ("Y", "H", "D", "M"):
        sub = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24), "M": ("D" if not time else "S", 30 if not time else 60)}[unit]
        extra = round(frac * sub[1])
        if unit == "D":
            return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
        return f"{prefix}{whole}{unit}{extra}{sub[0]}" if whole else f"{prefix}{extra}{sub[0]}"
    return f"{prefix}{whole}{unit}"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th `weekday` (ISO) of a month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _month_length(year, month))
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def movable_holiday(rule: str, year: int) -> dt.date:
    """The day of a holiday defined by a rule (data/lexicon.toml [movable_holidays]):
    a named rule, "nth:MONTH:WEEKDAY:N" (the N-th ISO weekday of a month, -1 the last),
    or a named rule with a day offset ("easter+1", "thanksgiving+1")."""
    if rule.startswith("nth:"):
        month, weekday, n = (int(x) for x in rule[4:].split(":"))
        return nth_weekday(year, month, weekday, n)
    base, sign, offset = rule.partition("+") if "+" in rule else rule.partition("-")
    if sign and offset.isdigit():
        days = int(offset) if sign == "+" else -int(offset)
        return movable_holiday(base, year) + dt.timedelta(days=days)
    if rule == "thanksgiving":
        return nth_weekday(year, 11, 4, 4)
    if rule == "easter":
        return easter(year)
    if rule == "good_friday":
        return easter(year) - dt.timedelta(days=2)
    if rule == "memorial_day":
        return nth_weekday(year, 5, 1, -1)
    if rule == "labor_day":
        return nth_weekday(year, 9, 1, 1)
    if rule == "election_day":  # the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    raise KeyError(rule)
