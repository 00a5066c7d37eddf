"""Calendar arithmetic and TIMEX3 value formatting (stdlib only).

Relative expressions are resolved against an anchor (the publication date) and
a tense: "past" picks the most recent matching day/month at or before the
anchor, "future" the next one at or after it, None the nearest one.
"""

from __future__ import annotations

import datetime as dt
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

    past: the last one at or before the anchor (strictly before when `strict`);
    future: the next one at or after it (strictly after when `strict`);
    present/None: the nearest one, ties going to the past (news reports events).
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if strict:
        back = back or 7
        ahead = ahead or 7
    if tense == "past":
        return anchor - dt.timedelta(days=back)
    if tense == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back) if back <= ahead else anchor + dt.timedelta(days=ahead)


def year_for_month(anchor: dt.date, month: int, tense: Tense, day: int | None = None) -> int:
    """Year of a month (or month-day) named without one.

    past -> the latest one not after the anchor; future -> the first one not
    before it; otherwise the nearest, as news mostly reports the recent past
    and announces the near future.
    """
    here = (anchor.month, anchor.day if day is not None else 0)
    there = (month, day or 0)
    if tense == "past":
        return anchor.year if there <= here else anchor.year - 1
    if tense == "future":
        return anchor.year if there >= here else anchor.year + 1
    diff = month - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


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
