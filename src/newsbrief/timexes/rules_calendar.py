"""Rules for calendar expressions: dates, months, weekdays, years, decades,
centuries, seasons, holidays and clock times.

Values with a missing year are resolved against the anchor in the tense of
the sentence (see dates.year_for_month / weekday_near); without an anchor they
keep X's (XXXX-06, XXXX-WXX-3), as TimeML does for unresolvable parts.
"""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon as lx
from .dates import (fmt_day, fmt_month, movable_holiday, valid_day, weekday_near, weekday_year,
                    year_for_month)
from ..words import word_lists
from .grammar import (DAYNUM, EDGE_MOD, MONTH, ORDINAL, PART_OF_DAY, SEASON, WEEKDAY, YEAR, Context,
                      Rule, g, rx, year_of)

# Words before a bare "May"/"March" that show it is the month, not a verb/noun.
_MONTH_CUES = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|during|through|from|to|before|after|between|and|or|last|next|"
    r"this|early|late|mid|that|each|every|on|for|until|past|coming|since|late-|mid-|end|beginning|"
    r"start|first|second|third|fourth|half)\s*-?|,)\s*$", re.I)
_AMBIGUOUS_MONTHS = {"may", "march", "jun", "jan", "aug"}
# The word lists of this module: data/rules_calendar_lists.toml.
_LISTS = word_lists("newsbrief.timexes", "rules_calendar_lists.toml")
# Cues that make a bare month word the month even where the article names a person by it.
_CLEAR_CUE_WORDS = _LISTS["clear_month_cues"]
# Parts of the day after noon: an hour told in one is p.m. ("7 in the evening").
_AFTER_NOON_PARTS = frozenset(_LISTS["after_noon_parts"])
_CLEAR_MONTH_CUES = re.compile(r"\b(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_CLEAR_CUE_WORDS, key=len, reverse=True))
    + r")\s*$", re.I)

# Words that make a month without a year the start of a stretch lasting until now
# (events.extract reads them too: a year after one bounds a span reaching the news).
START_POINT_WORDS = tuple(_LISTS["start_point_words"])
_START_POINT = re.compile(r"\b(?:" + "|".join(map(re.escape, START_POINT_WORDS)) + r")\s*$", re.I)

_WEEKDAY_PREFIX = (r"(?:(?P<wd>" + WEEKDAY + r")(?:\s*,\s*|\s+)(?P<open>\(\s*)?(?:the\s+)?)?")
_CLOSE = r"(?(open)\s*\))"
_REL = (r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|the\s+previous|the\s+following|"
        r"previous|following)\s+)")


def _set_day(ctx: Context, day: dt.date) -> None:
    ctx.last_day = day
    ctx.last_month = (day.year, day.month)
    ctx.last_year = day.year


def _named_day(ctx: Context, year: int, month: int, day: int) -> tuple[str, str] | None:
    """A whole date the text names: its value, and the day later references count
    from; None for a day no calendar has (30 February)."""
    if not valid_day(year, month, day):
        return None
    date = dt.date(year, month, day)
    _set_day(ctx, date)
    return "DATE", fmt_day(date)


# A weekday named with a month and day and no year picks the year it falls in, looking
# back this many years (and no further ahead of the anchor than NEAR_AHEAD_DAYS).
WEEKDAY_YEARS_BACK = 7
NEAR_AHEAD_DAYS = 60


def _year_for(m: re.Match[str], ctx: Context, month: int, day: int | None) -> int | None:
    year = g(m, "year")
    if year:
        return year_of(year, ctx.anchor)
    if ctx.anchor is None:
        return None
    rel = (g(m, "rel") or "").lower().split()
    # "last May": the latest May before the anchor's month; "next May" the
    # first after it; "this May" the anchor's year.
    if rel and rel[-1] in ("last", "past", "previous"):
        return ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    if rel and rel[-1] in ("next", "coming", "following"):
        return ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    if rel and rel[-1] == "this":
        return ctx.anchor.year
    if _START_POINT.search(ctx.before(m.start())):
        # "since July": the start of a stretch lasting until now is behind the anchor
        # (a weekday named with the day still says which year, below)
        back = (month, day or 1) > (ctx.anchor.month, ctx.anchor.day if day else 1)
        year = ctx.anchor.year - 1 if back else ctx.anchor.year
    else:
        year = year_for_month(ctx.anchor, month, ctx.tense(m.start(), m.end()), day)
    wd = lx.weekday_number(g(m, "wd")) if g(m, "wd") and day is not None else None
    if wd is not None and weekday_year(wd, month, day, (year,)) is None:
        # "Monday, December 26" written in January 2018: the weekday says which year
        # (2016), the latest one back that fits, when the nearest year does not
        fits = weekday_year(wd, month, day,
                            range(ctx.anchor.year + 1, ctx.anchor.year - WEEKDAY_YEARS_BACK, -1),
                            ctx.anchor + dt.timedelta(days=NEAR_AHEAD_DAYS))
        if fits is not None:
            return fits
    return year


# --------------------------------------------------------------------------- dates
def _month_day(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    month = lx.month_number(m.group("mon"))
    day = lx.ordinal_number(m.group("day"))
    if month is None or day is None or not 1 <= day <= 31:
        return None
    year = _year_for(m, ctx, month, day)
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return _named_day(ctx, year, month, day)


MONTH_DAY = Rule("month_day", rx(
    _WEEKDAY_PREFIX + _REL + r"?(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r"|" + ORDINAL + r")"
    r"(?:(?:\s*,\s*|\s+)(?P<year>" + YEAR + r"))?" + _CLOSE), _month_day)

DAY_MONTH = Rule("day_month", rx(
    _WEEKDAY_PREFIX + r"(?P<day>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>" + MONTH + r")"
    r"(?:,?\s+(?P<year>" + YEAR + r"))?" + _CLOSE), _month_day)


def _numeric(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    return _named_day(ctx, year_of(m.group("y"), ctx.anchor), int(m.group("m")), int(m.group("d")))


ISO_DATE = Rule("iso_date", rx(
    r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"), _numeric)
US_DATE = Rule("us_date", rx(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"),
    _numeric)


# --------------------------------------------------------------------------- months
def _month(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    word = m.group("mon")
    month = lx.month_number(word)
    if month is None:
        return None
    if (not g(m, "year") and not g(m, "rel") and not g(m, "mod") and not g(m, "ry")
            and lx.fold(word) in _AMBIGUOUS_MONTHS and not _MONTH_CUES.search(ctx.before(m.start()))):
        return None
    if (not g(m, "year") and not g(m, "rel") and not g(m, "mod") and not g(m, "ry") and not g(m, "every")
            and _names_a_person(m, ctx)):
        return None
    if g(m, "every"):
        return "SET", f"XXXX-{month:02d}"
    ry = (g(m, "ry") or "").lower()
    if ry and ctx.anchor is not None:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[ry]
    else:
        year = _year_for(m, ctx, month, None)
    if year is None:
        return "DATE", f"XXXX-{month:02d}"
    ctx.last_month = (year, month)
    ctx.last_year = year
    return "DATE", fmt_month(year, month)


def _names_a_person(m: re.Match[str], ctx: Context) -> bool:
    """A bare month word that is a person the article names ("Theresa May" or "Mrs May"
    elsewhere; the parse's PERSON here): not the month, unless a clear month cue stands
    before it ("in May", "since May")."""
    word = m.group("mon")
    if word not in ctx.person_surnames():
        return False
    start = m.start("mon")
    if any(e.start_char <= start < e.end_char for e in ctx.person_names()):
        return True
    return not _CLEAR_MONTH_CUES.search(ctx.text[max(0, start - 24):start])


MONTH_YEAR = Rule("month_year", rx(
    r"(?:(?P<mod>" + EDGE_MOD + r")\s*)?(?P<mon>" + MONTH + r")\s*,?\s+(?:of\s+)?(?P<year>" + YEAR +
    r"|'\d\d)(?!\d)"), _month)
MONTH_REL_YEAR = Rule("month_rel_year", rx(
    r"(?:(?P<mod>" + EDGE_MOD + r")\s*)?(?P<mon>" + MONTH + r")\s+(?:of\s+)?(?P<ry>this|last|next)\s+year"),
    _month)
MONTH_ALONE = Rule("month", rx(
    r"(?:(?P<every>every|each)\s+|(?P<mod>" + EDGE_MOD + r")\s*|" + _REL + r")?(?P<mon>" + MONTH +
    r")(?![a-z])"), _month)


# --------------------------------------------------------------------------- weekdays
def _weekday(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    word = m.group("wd")
    wd = lx.weekday_number(word)
    if wd is None:
        return None
    pod_word = lx.fold(g(m, "pod") or "")
    pod = lx.PARTS_OF_DAY.get(pod_word, "") or lx.PARTS_OF_DAY.get(pod_word[:-1], "")
    # "Sundays", and "Sunday mornings" (TempEval-3's "Tuesday nights"): a habit, every
    # such day, never the one nearest the page
    plural = (lx.fold(word).endswith("s") and not lx.fold(word).endswith("'s")) or \
        (pod_word.endswith("s") and pod_word not in lx.PARTS_OF_DAY)
    if plural or g(m, "every"):
        return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
    if not word[0].isupper():
        return None
    if ctx.anchor is None:
        value = f"XXXX-WXX-{wd}"
    else:
        rel = (g(m, "rel") or "").lower().split()
        last = rel[-1] if rel else ""
        if last in ("last", "past", "previous"):
            day = weekday_near(ctx.anchor, wd, "past", strict=True)
            if last == "last" and len(rel) == 1 and (ctx.anchor - day).days == 1:
                # "Last Monday" written on a Tuesday: the day before would be "Monday" or
                # "yesterday"; "last" points to the Monday of the week before
                day -= dt.timedelta(days=7)
        elif last in ("next", "coming", "following"):
            day = weekday_near(ctx.anchor, wd, "future", strict=True)
        else:
            day = weekday_near(ctx.anchor, wd, ctx.tense(m.start(), m.end()))
        _set_day(ctx, day)
        value = fmt_day(day)
    # "Friday night" is the day itself in TempEval-3's newer (AQUAINT)
    # annotations; the part of day only stays on sets ("Tuesday nights").
    return "DATE", value


WEEKDAY_RULE = Rule("weekday", rx(
    r"(?:(?P<every>every|each)\s+|" + _REL + r"?)"
    r"(?P<wd>" + lx.WEEKDAY + r"s?)(?![a-z])(?:\s+(?P<pod>" + PART_OF_DAY + r"s?))?(?![a-z])"), _weekday)


# --------------------------------------------------------------------------- years, decades, centuries
_NOT_YEAR_AFTER = re.compile(r"\s*(?:-\s*\d|\.\d|[a-z]+s\b(?<!'s)(?<!\bits)(?<!\bhis)|(?:feet|foot|"
                             r"meters?|metres?|miles?|km|kilometers?|tons?|pounds?|people|troops|"
                             r"soldiers|units|shares|votes|[a-z]*men)\b)", re.I)


def _year(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    text = m.group("year")
    year = int(text)
    mod = lx.fold(g(m, "mod") or "")
    before = ctx.before(m.start(), 12)
    if not mod and (re.search(r"(?:\$|[\d,]\s?|no\.\s?|#\s?|number\s)$", before)
                    or _NOT_YEAR_AFTER.match(ctx.after(m.end(), 16))):
        return None
    if not mod and not 1600 <= year <= 2100:
        return None
    ctx.last_year = year
    half = re.search(r"(first|second|last)\s+half", mod)
    if half:
        return "DATE", f"{year}-H{1 if half.group(1) == 'first' else 2}"
    return "DATE", str(year)


YEAR_RULE = Rule("year", rx(
    r"(?:(?P<mod>" + EDGE_MOD + r"|(?:the\s+)?fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|"
    r"(?:the\s+)?(?:first|second|last)\s+half\s+of|(?:the\s+)?(?:first|second|last)\s+half\s+of\s+fiscal|"
    r"post-|pre-)\s*)?(?P<year>" + YEAR + r")(?:'s)?"), _year)

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def _decade(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if g(m, "d4"):
        return "DATE", m.group("d4")[:3]
    if g(m, "d2"):
        digit = int(m.group("d2")[0])
    else:
        digit = _DECADE_WORDS[lx.fold(m.group("dw"))]
    century = 19 if ctx.anchor is None or digit > ctx.anchor.year % 100 // 10 else ctx.anchor.year // 100
    return "DATE", f"{century}{digit}"


DECADE = Rule("decade", rx(
    r"(?:the\s+)?(?:(?:early|mid|late|mid-)\s*-?\s*)?(?:(?P<d4>1\d\d0|20\d0)'?s|['’](?P<d2>\d0)'?s|"
    r"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"), _decade)


def _century(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    n = lx.ordinal_number(m.group("ord"))
    if n is None or not 1 <= n <= 30:
        return None
    return "DATE", f"{n - 1:02d}"


CENTURY = Rule("century", rx(r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<ord>" + ORDINAL +
                             r")[\s-]+century"), _century)


# --------------------------------------------------------------------------- seasons, holidays
def _season(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    code = lx.SEASONS[lx.fold(m.group("season"))]
    rel = (g(m, "rel") or "").lower().split()
    if g(m, "every"):
        return "SET", f"XXXX-{code}"
    if g(m, "year"):
        return "DATE", f"{year_of(m.group('year'), ctx.anchor)}-{code}"
    if not rel and not re.search(r"\b(?:in|during|this|by|until|through|over|since)\s+$",
                                 ctx.before(m.start())):
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    year = ctx.anchor.year
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel and rel[-1] in ("last", "past", "previous"):
        year = year - 1 if start >= ctx.anchor.month or rel[-1] == "last" and start + 3 > ctx.anchor.month \
            else year
    elif rel and rel[-1] in ("next", "coming"):
        year = year if start > ctx.anchor.month else year + 1
    elif code == "WI" and ctx.anchor.month <= 2:
        year -= 1
    return "DATE", f"{year}-{code}"


SEASON_RULE = Rule("season", rx(
    r"(?:(?P<every>every|each)\s+|(?:(?:early|late|mid|mid-|the\s+early|the\s+late)\s*)?"
    r"(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+past|the\s+coming|the)?\s*(?:(?:early|late)\s+)?)"
    r"(?P<season>" + SEASON + r")(?![a-z])(?:\s+(?:of\s+)?(?P<year>" + YEAR + r"))?"
    r"(?!\s+of\s+(?!(?:1\d|20)\d\d))"), _season)

_HOLIDAY_ALT = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in
                                list(lx.HOLIDAYS) + list(lx.MOVABLE)), key=len, reverse=True))


HOLIDAY_WORDS = r"(?<![a-z])(?:" + _HOLIDAY_ALT + r")(?![a-z])"


def _holiday(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    name = lx.fold(m.group("hol")).replace("’", "'")  # a typographic apostrophe too
    if not m.group("hol")[0].isupper():
        return None
    if g(m, "year"):
        year: int | None = year_of(m.group("year"), ctx.anchor)
    elif ctx.anchor is None:
        year = None
    else:
        year = ctx.anchor.year
    if name in lx.MOVABLE:
        if year is None:
            return "DATE", "XXXX-XX-XX"
        rule = lx.MOVABLE[name]
        day = movable_holiday(rule, year)
        if not g(m, "year"):
            tense = ctx.tense(m.start(), m.end())
            rel = (g(m, "rel") or "").lower()
            if (rel == "last" or tense == "past") and day > ctx.anchor:  # type: ignore[operator]
                day = movable_holiday(rule, year - 1)
            elif (rel == "next" or tense == "future") and day < ctx.anchor:  # type: ignore[operator]
                day = movable_holiday(rule, year + 1)
        if name == "easter" and re.match(r"\s+week", ctx.after(m.end())):
            return None
        return "DATE", fmt_day(day)
    mm, dd = lx.HOLIDAYS[name].split("-")
    if year is None:
        return "DATE", f"XXXX-{mm}-{dd}"
    if not g(m, "year"):
        year = _year_for(m, ctx, int(mm), int(dd))
    return "DATE", f"{year}-{mm}-{dd}"


HOLIDAY = Rule("holiday", rx(
    r"(?:(?P<rel>last|next|this)\s+)?(?P<hol>" + _HOLIDAY_ALT + r")(?![a-z])(?:\s+(?P<year>" + YEAR + r"))?"),
    _holiday)


# --------------------------------------------------------------------------- clock times
_NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def _time(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    named = g(m, "named")
    if named:
        clock = _NAMED_TIMES[lx.fold(named)]
    else:
        minute = int(g(m, "min") or 0)
        hour = _hour24(int(m.group("h")), _ampm(g(m, "ampm")), lx.fold(g(m, "inpod") or ""))
        if hour is None or minute > 59:
            return None
        clock = f"{hour:02d}:{minute:02d}"
    day: dt.date | None = None
    if g(m, "mon"):
        day = _day_named(ctx, m, m.start(), m.end())
    elif g(m, "wd") and ctx.anchor is not None:
        day = _day_named(ctx, m, m.start(), m.end())
    elif g(m, "rw") and ctx.anchor is not None:
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[lx.fold(m.group("rw"))]
        day = ctx.anchor + dt.timedelta(days=shift)
    elif _UPDATE_STAMP.match(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1, m.start()):
        # "Updated at 7:25 p.m.": the page's own time stamp, of the day it was put out,
        # not of the last day its story named (often weeks back, or a day ahead). Only
        # as the opening of its line: in running prose ("told us in an update at 4 p.m.
        # that", "In her latest update at 5 p.m., ...") the update is of the story's day.
        day = ctx.anchor
    else:
        day = _day_told_after(m, ctx, clock) or ctx.reference_day()
    if day is None:
        return "TIME", f"XXXX-XX-XXT{clock}"
    if g(m, "mon") or g(m, "wd"):
        _set_day(ctx, day)
    return "TIME", f"{fmt_day(day)}T{clock}"


def _ampm(word: str | None) -> str:
    """ "p.m.", "P. M.", "pm" -> "pm" (and "a.m." -> "am"); other words as they are."""
    return (word or "").lower().replace(" ", "").replace(".", "")


def _hour24(hour: int, ampm: str, part: str = "") -> int | None:
    """The hour on a 24-hour clock of a clock time's hour, its `_ampm` word and the part
    of day told after it ("7 in the evening"); None for no hour ("13 p.m.", "25").
    One reading for a clock time and a range's second end (`_crosses_midnight`)."""
    if hour > 23 or (ampm in ("am", "pm") and not 1 <= hour <= 12):
        return None
    if (ampm == "pm" or part in _AFTER_NOON_PARTS) and hour < 12:
        return hour + 12
    if ampm == "am" and hour == 12:
        return 0
    return hour


def _day_named(ctx: Context, found: re.Match[str], start: int, end: int) -> dt.date | None:
    """The day a clock pattern's own words name, its month and day (groups `mon`, `day`)
    or else its weekday (`wd`), read in the tense of the text from `start` to `end`;
    None for a day no calendar has. One reading for a clock time's day and the day told
    after it (`_day_told_after`); None with no anchor to count from."""
    if ctx.anchor is None:
        return None
    tense = ctx.tense(start, end)
    if g(found, "mon"):
        month = lx.month_number(found.group("mon"))
        dnum = int(re.sub(r"\D", "", found.group("day")))
        if not month:
            return None
        year = year_for_month(ctx.anchor, month, tense, dnum)
        return dt.date(year, month, dnum) if valid_day(year, month, dnum) else None
    return weekday_near(ctx.anchor, lx.weekday_number(found.group("wd")) or 1, tense)


def _day_told_after(m: re.Match[str], ctx: Context, clock: str) -> dt.date | None:
    """The day told just after a clock time, past what the clock pattern reads: on a
    range's second end only (a range "between" two evening hours told "on Tuesday", a
    range "from" morning "to" afternoon before "Friday"), or past the same time in
    another zone, in brackets, before the day; not the last day the text named before
    it (the story's lead or a date paragraphs back). The day is the second end's, save
    for a range that crosses midnight (11 p.m. to 2 a.m. before a Sunday): its first
    end, later on the clock than the second, is of the night before (Saturday's).
    `clock` is the first end's "HH:MM"."""
    if ctx.anchor is None:
        return None
    ranged = _RANGE_END.match(ctx.text, m.end())
    later = ranged or _ZONE_ASIDE.match(ctx.text, m.end())
    if later is None:
        return None
    day = _day_named(ctx, later, m.start(), later.end())
    if day is not None and ranged is not None and _crosses_midnight(clock, ranged):
        day -= dt.timedelta(days=1)
    return day


def _crosses_midnight(clock: str, end: re.Match[str]) -> bool:
    """Whether a range from `clock` ("HH:MM") to the clock time `end` (a _RANGE_END
    match) runs past midnight: its first end is later in the day than its second.
    Midnight opening a range is the day's start (midnight until 4:45 a.m. on a
    Friday is all Friday's); closing one, the day's end ("from 10 p.m. until midnight")."""
    hour, minute = (int(x) for x in clock.split(":"))
    start = (hour % 24) * 60 + minute
    named = lx.fold(end.group("ename") or "")
    if named:
        stop = 24 * 60 if named == "midnight" else 12 * 60
    else:
        ehour = _hour24(int(end.group("eh")), _ampm(end.group("eampm")))
        if ehour is None:
            return False
        stop = ehour * 60 + int(end.group("emin") or 0)
    return start > stop


# The zones a clock time may close on (`clock_zones`): one list for this pattern, the
# tagger's trigger words and events.arguments' time stamps. No zone is the start of
# another, so the alternation's order does not matter.
CLOCK_ZONES = _LISTS["clock_zones"]
_TZ = r"(?:" + "|".join(CLOCK_ZONES) + r"|local\s+time|Moscow\s+time|Beijing\s+time)"
CLOCK = Rule("clock", rx(
    r"(?:around\s+)?(?:(?<![a-z-])(?P<named>noon|midday|midnight)|(?<![\d,.])(?P<h>\d{1,2})(?:[:.](?P<min>[0-5]\d))?\s*"
    r"(?:(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|o'clock)|(?=\s*" + _TZ + r")|\s+in\s+the\s+"
    r"(?P<inpod>morning|afternoon|evening)))"
    r"(?:\s+" + _TZ + r")?"
    r"(?:(?:\s*,\s*|\s+)(?:on\s+)?(?:(?P<wd>" + WEEKDAY + r")|(?P<rw>today|tonight|yesterday|tomorrow)))?"
    r"(?:(?:\s*,\s*|\s+)(?:(?<=\s)on\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r"))?"), _time)

# The words of a page's time stamp right before its clock time ("Updated at 9 a.m.",
# "Update at 3:41 p.m. ET.", "updated: 10:19 p.m.").
_UPDATE_STAMP_WORDS = _LISTS["update_stamp_words"]
# The stamp opens its line ("Updated at ...", "(Last updated: ...", "--Updated at ..."):
# nothing but those words stands between the line's start and the clock; or its first sentence
# names the page itself before the update's participle (a footer's "this" + post, report,
# story ... "was updated at"), which no prose update does ("in this report ... will
# update at": the bare word, an update to come).
_UPDATE_STAMP_PAGES = _LISTS["update_stamp_pages"]
_UPDATE_STAMP_DONE = _LISTS["update_stamp_done"]
_UPDATE_STAMP = re.compile(r"\s*[-\u2013\u2014(]*\s*(?:(?:last\s+)?(?:" + "|".join(_UPDATE_STAMP_WORDS)
                           + r")|[^.\n]*\bthis\s+(?:" + "|".join(_UPDATE_STAMP_PAGES)
                           + r")\b[^.\n]*?\s(?:last\s+)?(?:" + "|".join(_UPDATE_STAMP_DONE)
                           + r"))\s*(?::|\bat\b)?\s*$", re.I)
# The second end of a clock range and the day told on it: "... and 10:50 p.m. on Friday",
# "... to 2 p.m. Friday", "... until 5 p.m., Aug. 8".
_RANGE_END = rx(
    r"\s*(?:and|to|until|till|through|-|\u2013)\s+(?:about\s+|around\s+)?(?:(?P<ename>noon|midday|midnight)|"
    r"(?P<eh>\d{1,2})(?:[:.](?P<emin>[0-5]\d))?\s*(?P<eampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b))(?:\s+" + _TZ + r")?"
    r"(?:\s*,\s*|\s+)(?:on\s+)?(?:(?P<wd>" + WEEKDAY + r")|(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r"))")
# The same time in another zone, in brackets, then the day: "(0500 GMT) Tuesday".
_ZONE_ASIDE = rx(
    r"\s*\(\s*\d{3,4}\s*" + _TZ + r"\s*\)(?:\s*,\s*|\s+)(?:on\s+)?"
    r"(?:(?P<wd>" + WEEKDAY + r")|(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r"))")

RULES = [MONTH_DAY, DAY_MONTH, ISO_DATE, US_DATE, MONTH_YEAR, MONTH_REL_YEAR, CLOCK, HOLIDAY,
         CENTURY, DECADE, SEASON_RULE, WEEKDAY_RULE, MONTH_ALONE, YEAR_RULE]
