"""Infer a missing publication date from the text, where the text pins it down.

A weekday named with a day and month ("reported Thursday (5 December)", "on
Thursday, Dec. 5") fixes the year: it is the year in which that day falls on
that weekday.  Candidate years are bounded below by the latest year the text
names ("since February 2022" means the article is from 2022 or later); among
the years from there to two years on, the earliest that fits is taken.  With
no year in the text, the most recent fitting year up to the current one is.
The latest such date in the text is taken as the publication date: news
reports the day's events last.

When nothing pins the date, the article is returned unchanged and a warning
naming its origin is logged: its relative dates will stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from .records import Article
from .timexes import lexicon as lx
from .timexes.dates import valid_day
from .timexes.grammar import YEAR
from .timexes.rules_calendar import DAY_MONTH, MONTH_DAY

log = logging.getLogger("newsbrief")

# How far past the latest year named in the text a pinned date may lie. News names
# the recent past; a wider window let years the text only looks ahead to ("the 2024
# race") push dates 5-6 years out (4 of 8 wrong on the shared corpus, 2 of 6 at 2).
YEAR_WINDOW = 2
# Without any year in the text: how many years back from today to look.
NO_YEAR_WINDOW = 28

_WEEKDAY = re.compile(r"(?<![A-Za-z])" + lx.WEEKDAY + r"(?![a-z])", re.IGNORECASE)
_YEAR = re.compile(YEAR)


def _explicit_years(text: str) -> list[int]:
    """Years the text states outright ("2022", "February 2022", "the 1990s"
    count; money and percentages do not)."""
    return [int(m.group()) for m in _YEAR.finditer(text)]


def _pinned(text: str) -> list[tuple[int, int, int, int | None]]:
    """(weekday, month, day, year or None) of every weekday-day-month mention."""
    found: list[tuple[int, int, int, int | None]] = []
    # Both patterns begin with their optional weekday, so they are tried only
    # where a weekday is named: linear in the number of weekdays.
    for wd in _WEEKDAY.finditer(text):
        for rule in (MONTH_DAY, DAY_MONTH):
            m = rule.pattern.match(text, wd.start())
            if m is None or not m.group("wd"):
                continue
            weekday = lx.weekday_number(m.group("wd"))
            month = lx.month_number(m.group("mon"))
            day = lx.ordinal_number(m.group("day"))
            if weekday is None or month is None or day is None:
                continue
            year = int(m.group("year")) if m.group("year") else None
            found.append((weekday, month, day, year))
            break
    return found


def _fit(weekday: int, month: int, day: int, years: range) -> int | None:
    for year in years:
        if valid_day(year, month, day) and dt.date(year, month, day).isoweekday() == weekday:
            return year
    return None


def infer_date(text: str, today: dt.date | None = None) -> str | None:
    """ISO date the text pins down, or None."""
    today = today or dt.date.today()
    pins = _pinned(text)
    if not pins:
        return None
    years = _explicit_years(text)
    latest = max(years) if years else None
    dates = []
    for weekday, month, day, year in pins:
        if year is not None:
            if valid_day(year, month, day) and dt.date(year, month, day).isoweekday() == weekday:
                dates.append(dt.date(year, month, day))
            continue
        if latest is not None:
            candidates = range(latest, latest + YEAR_WINDOW + 1)
        else:
            candidates = range(today.year, today.year - NO_YEAR_WINDOW - 1, -1)
        found = _fit(weekday, month, day, candidates)
        if found is not None:
            date = dt.date(found, month, day)
            if latest is None and date > today:
                continue
            dates.append(date)
    return max(dates).isoformat() if dates else None


def infer_published(article: Article) -> Article:
    """`article` with its publication date filled from the text ("inferred"),
    or unchanged (with a logged warning) when the text does not pin it."""
    if article.published:
        return article
    date = infer_date(article.text)
    if date is None:
        log.warning("%s: no publication date given and none can be inferred from the text; "
                    "the date stays empty and relative dates stay unresolved", article.origin)
        return article
    return article.with_published(date, "inferred")
