"""Infer a missing publication date from the article's URL or its text.

The URL first: many sites put the publication day in the address ("/2019/07/26/",
"/2019/jul/26/", "/2014/0726/", "-2019-07-26", "/20190726/"), the Wall Street
Journal ends its article addresses with the Unix time of publication
("...-1530360926"), and Al Jazeera with a stamp that begins YYMMDD
("...-191130072320596.html"). An article read from its own file with no URL is
dated the same way by the file's name ("2026-11-24-story.txt"). On the corpus's 4,353 dated articles the day read from
the URL matched the given date in 3,357 of 3,357 (the Al Jazeera stamp in the one
dated case was a day before the given date). Such a date is marked `url`.

Then the text's dateline. Wire copy and many pages print the day they were filed at
the top: a dateline with a full date ("LONDON 1996-08-30", "WASHINGTON, Nov. 20,
1998 (AP) -", "BEIRUT, Lebanon, 3 May 1999 --") or a line that is only a date
("November 20, 1998", "Published: 20 November 2019"). Only the first lines are
read and the year must be written: a day named later in the story is a day the
story tells of, and "LONDON, Nov 20 (Reuters) -" alone does not say the year.
"Updated" lines are not read (an update is not the publication). Such a date is
marked `inferred`, like the weekday rule below.

Then the rest of the text. A weekday named with a day and month ("reported Thursday (5 December)", "on
Thursday, Dec. 5") fixes the year: it is the year in which that day falls on
that weekday.  Candidate years are bounded below by the latest year the text
names ("since February 2022" means the article is from 2022 or later); among
the years from there to two years on, the earliest that fits is taken.  With
no year in the text, the most recent fitting year up to the current one is.
The latest such date in the text is taken as the publication date: news
reports the day's events last.

The text is a weak witness: on the corpus's dated articles the latest weekday-date
named was the publication day in 26 of 113 (most are days the story looks back or
ahead to); with no year in the text at all it was right in 0 of 12, so that case
no longer dates the article (`NO_YEAR_WINDOW` is kept for callers that ask).

When nothing pins the date, the article is returned unchanged and a warning
naming its origin is logged: its relative dates will stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from .dateline import dated_dateline
from .records import Article
from .timexes import lexicon as lx
from .timexes.dates import valid_day, weekday_year
from .timexes.grammar import YEAR
from .timexes.rules_calendar import DAY_MONTH, MONTH_DAY

log = logging.getLogger("newsbrief")

# How far past the latest year named in the text a pinned date may lie. News names
# the recent past; a wider window let years the text only looks ahead to ("the 2024
# race") push dates 5-6 years out (4 of 8 wrong on the shared corpus, 2 of 6 at 2).
YEAR_WINDOW = 2
# Without any year in the text: how many years back from today to look.
NO_YEAR_WINDOW = 28

# Day paths in URLs: year, month (number or name) and day as path parts or joined.
_URL_DAY = (
    re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)"),
    re.compile(r"/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/"
               r"(0?[1-9]|[12]\d|3[01])(?:/|$)", re.IGNORECASE),
    re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])([0-2]\d|3[01])/"),
    re.compile(r"[/-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/-]|\.html?|$)"),
    # joined only as a whole path part ("/20190726/"): a number run into a slug may be an id
    re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|\.html?|$)"),
)
_WSJ_TIME = re.compile(r"wsj\.com/articles/[^?#]*-(1[2-9]\d{8})(?:$|[/?#])")
_ALJAZEERA_STAMP = re.compile(
    r"aljazeera\.com/[^?#]*-(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{6,9}\.html")

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


def url_date(url: str | None) -> str | None:
    """ISO publication day the URL states (see the module docstring), or None."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    m = _WSJ_TIME.search(path)
    if m:
        return dt.datetime.fromtimestamp(int(m.group(1)), dt.timezone.utc).date().isoformat()
    m = _ALJAZEERA_STAMP.search(path)
    if m:
        year, month, day = 2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))
        return dt.date(year, month, day).isoformat() if valid_day(year, month, day) else None
    for rule in _URL_DAY:
        m = rule.search(path)
        if m is None:
            continue
        month = m.group(2)
        year, day = int(m.group(1)), int(m.group(3))
        month_n = lx.month_number(month[:3]) if month.isalpha() else int(month)
        if valid_day(year, month_n, day):
            return dt.date(year, month_n, day).isoformat()
    return None


def dateline_date(text: str) -> str | None:
    """ISO day of a dateline with a written year in the text's first lines
    (`dateline.dated_dateline`), or None."""
    line = dated_dateline(text)
    return line.day if line else None


def infer_date(text: str, today: dt.date | None = None, no_year: bool = False) -> str | None:
    """ISO date the text pins down, or None. A weekday-date with no year anywhere in
    the text pins nothing unless `no_year` (then the latest fitting year up to today)."""
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
        elif no_year:
            candidates = range(today.year, today.year - NO_YEAR_WINDOW - 1, -1)
        else:
            continue  # no year anywhere: right in 0 of 12 on the corpus
        found = weekday_year(weekday, month, day, candidates)
        if found is not None:
            date = dt.date(found, month, day)
            if latest is None and date > today:
                continue
            dates.append(date)
    return max(dates).isoformat() if dates else None


_LINE_SUFFIX = re.compile(r":\d+$")


def file_name_date(origin: str | None) -> str | None:
    """ISO day a single-article file's name states ("2026-11-24-story.txt",
    "20261124.html"), by the URL rules applied to the name alone; None for stdin
    and for a line of a many-article file ("dump.jsonl:12": the dump's name dates
    the dump, not each article)."""
    if not origin or origin == "-" or "://" in origin or _LINE_SUFFIX.search(origin):
        return None
    return url_date("/" + origin.replace("\\", "/").rsplit("/", 1)[-1])


def infer_published(article: Article) -> Article:
    """`article` with its publication date filled from its address ("url": its URL,
    else the name of the file it was read from) or its text ("inferred": a dated dateline, else a weekday-date), or
    unchanged (with a logged warning) when none pins it."""
    if article.published:
        return article
    date = url_date(article.url) or (file_name_date(article.origin) if not article.url else None)
    if date is not None:
        return article.with_published(date, "url")
    date = dateline_date(article.text) or infer_date(article.text)
    if date is None:
        log.warning("%s: no publication date given and none can be inferred from the URL or the text; "
                    "the date stays empty and relative dates stay unresolved", article.origin)
        return article
    return article.with_published(date, "inferred")
