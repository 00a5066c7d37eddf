"""The date of an event: from the time expression that governs it, else the
publication date.

Only a timex attached to the event's own predicate (or its noun) dates it:
"signed in June", "took effect Wednesday", "the invasion in February 2022". A
timex on a reporting verb ("KCNA reported Thursday") or in another clause does
not. Values are TIMEX3 values already normalised against the publication date.
"""

from __future__ import annotations

import re
from datetime import date
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..records import Timex
from .attach import governor, span_root

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_MONTH = re.compile(r"^(\d{4}-\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
# Seasons, quarters, halves and weeks name a part of a year: dated to the year.
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:Q\d|H\d|SP|SU|FA|WI)$")
# An ISO week is dated to the month holding its Thursday (ISO 8601's own rule for
# which year a week belongs to).
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: str | None  # day, month, year
    text: str | None
    source: str | None  # text, published


_PRECISIONS = ((_DAY, "day"), (_MONTH, "month"), (_YEAR, "year"), (_PART_OF_YEAR, "year"))


def parse_value(value: str) -> tuple[str, str] | None:
    """(date, precision) of a TIMEX3 DATE value, or None when it names no calendar date."""
    for pattern, precision in _PRECISIONS:
        m = pattern.match(value)
        if m:
            return m.group(1), precision
    m = _WEEK.match(value)
    if m:
        try:
            thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        except ValueError:
            return None
        return thursday.strftime("%Y-%m"), "month"
    return None


def published_date(published: str | None) -> EventDate:
    if not published:
        return EventDate(None, None, None, None)
    parsed = parse_value(published)
    if parsed is None:
        return EventDate(None, None, None, None)
    return EventDate(parsed[0], parsed[1], None, "published")


def attach_timexes(doc, timexes: Iterable[Timex], predicates: Mapping[int, int],
                   lines: list[int] | None = None) -> dict[int, EventDate]:
    """Event index -> the date of the first calendar timex that governs it."""
    out: dict[int, EventDate] = {}
    # Explicit calendar dates ("March 14, 2019") before relative words ("overnight",
    # "recently") when both hang on one event; otherwise text order.
    timexes = sorted(timexes, key=lambda t: (not _DIGIT.search(t.text), t.start))
    for tx in timexes:
        if tx.type not in ("DATE", "TIME"):
            continue  # durations and sets do not date an act
        parsed = parse_value(tx.value)
        if parsed is None:
            continue
        root = span_root(doc, tx.start, tx.end)
        if root is None:
            continue
        owner = governor(root, predicates, lines)
        if owner is None or owner in out:
            continue
        out[owner] = EventDate(parsed[0], parsed[1], tx.text, "text")
    return out
