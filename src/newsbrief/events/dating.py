"""The date of an event: from the time expression that governs it, else the
publication date.

Only a timex attached to the event's own predicate (or its noun) dates it:
"signed in June", "took effect Wednesday", "the invasion in February 2022". A
timex on a reporting verb ("KCNA reported Thursday") or in another clause does
not. Values are TIMEX3 values already normalised against the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..records import Timex
from ..timevalue import event_date
from .attach import governor, span_root

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: str | None  # day, month, year
    text: str | None
    source: str | None  # text, published


def published_date(published: str | None) -> EventDate:
    if not published:
        return EventDate(None, None, None, None)
    parsed = event_date(published)
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
        parsed = event_date(tx.value)
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
