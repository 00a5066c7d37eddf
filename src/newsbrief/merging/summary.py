"""A merged event's own fields, kept up to date as mentions join it.

`Summary` takes the mentions of one event in the order they were stored and
keeps what its fields depend on (counts of dates and codes, the first mention
of each), so adding a mention costs the same however many the event holds:
an article that repeats one sentence a thousand times is merged in linear
time. `summarise(mentions)` is the same fold over a whole list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..timevalue import PRECISIONS, parse_span

_RANK = {p: i for i, p in enumerate(PRECISIONS)}
_NO_RANK = len(_RANK)


class Summary:
    """The merged event's fields (date, date_precision, date_source, cameo, mode,
    context, location) from its mentions' Event records, in the order stored.

    Date: the finest text-derived date, the most reported one on ties, then the
    earliest; only when no mention dates it from its text does the earliest
    publication day stand in (date_source "published"). CAMEO: the most reported
    code, the first reported on ties; mode and context from the first mention
    with that code. Location: the first with coordinates, else the first named.
    """

    __slots__ = ("_text_counts", "_text_rank", "_text_best", "_earliest", "_codes",
                 "_code_best", "_lead_none", "_first", "_location", "_location_xy", "n")

    def __init__(self) -> None:
        self._text_counts: dict[str, int] = {}  # text date -> mentions
        self._text_rank: dict[str, tuple[int, Any]] = {}  # text date -> (best rank, its precision)
        self._text_best: str | None = None
        self._earliest: tuple[str, Any, Any] | None = None  # (date, precision, source)
        # code -> [count, first seen order, mode, context of its first mention]
        self._codes: dict[str, list[Any]] = {}
        self._code_best: str | None = None
        self._lead_none: tuple[Any, Any] | None = None  # first mention with no code
        self._first: tuple[Any, Any] | None = None
        self._location: Any = None
        self._location_xy: Any = None
        self.n = 0

    def _text_key(self, value: str) -> tuple[int, int, str]:
        return (self._text_rank[value][0], -self._text_counts[value], value)

    def add(self, m: Mapping[str, Any]) -> None:
        """Take one more mention (a mapping with date, date_source, date_precision,
        cameo, mode, context, location)."""
        self.n += 1
        value = m.get("date")
        if self._first is None:
            self._first = (m.get("mode"), m.get("context"))
        if value and m.get("date_source") in (None, "text") and parse_span(value):
            self._text_counts[value] = self._text_counts.get(value, 0) + 1
            rank = _RANK.get(m.get("date_precision") or "", _NO_RANK)
            if value not in self._text_rank or rank < self._text_rank[value][0]:
                self._text_rank[value] = (rank, m.get("date_precision"))
            # Only this date's key changed (it got better): the best is the old
            # best or this date.
            if self._text_best is None or \
                    self._text_key(value) < self._text_key(self._text_best):
                self._text_best = value
        if value and (self._earliest is None or value < self._earliest[0]):
            self._earliest = (value, m.get("date_precision"), m.get("date_source"))
        code = m.get("cameo")
        if code:
            entry = self._codes.get(code)
            if entry is None:
                entry = self._codes[code] = [0, len(self._codes), m.get("mode"),
                                             m.get("context")]
            entry[0] += 1
            best = self._codes.get(self._code_best) if self._code_best else None
            if best is None or entry[0] > best[0] or (entry[0] == best[0] and entry[1] < best[1]):
                self._code_best = code
        elif code is None and self._lead_none is None:
            self._lead_none = (m.get("mode"), m.get("context"))
        location = m.get("location")
        if location:
            if self._location is None:
                self._location = location
            if self._location_xy is None and location.get("lat") is not None:
                self._location_xy = location

    def fields(self) -> dict[str, Any]:
        if self._text_best is not None:
            date_value, precision, source = (self._text_best, self._text_rank[self._text_best][1],
                                             "text")
        elif self._earliest is not None:
            date_value, precision, source = self._earliest
            source = source or "published"
        else:
            date_value = precision = source = None
        cameo = self._code_best
        if cameo is not None:
            mode, context = self._codes[cameo][2:]
        else:
            mode, context = self._lead_none or self._first or (None, None)
        return {"date": date_value, "date_precision": precision, "date_source": source,
                "cameo": cameo, "mode": mode, "context": context,
                "location": self._location_xy if self._location_xy is not None
                else self._location}


def summarise(mentions: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The merged event's fields from its mentions, in the order stored (see Summary)."""
    summary = Summary()
    for m in mentions:
        summary.add(m)
    return summary.fields()
