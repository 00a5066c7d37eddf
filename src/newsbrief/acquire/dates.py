"""Publication dates as ISO `YYYY-MM-DD`, from whatever a source gives."""

from __future__ import annotations

import email.utils
import re
import time
from datetime import date

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def iso_date(value: str | None) -> str | None:
    """`2024-03-05`, `2024-03-05T10:00:00Z` or `2024-03-05 10:00` -> `2024-03-05`.

    Returns None when `value` is not such a date (the caller reports it):
    only the unambiguous ISO layout is accepted, never `03/05/2024`.
    """
    if not value:
        return None
    m = _ISO_PREFIX.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def feed_date(raw: str | None, parsed: time.struct_time | None) -> str | None:
    """An entry's date as the feed wrote it, in the publisher's own time zone.

    feedparser's parsed dates are converted to UTC, which moves an evening
    story from New York ("Mon, 05 Oct 2026 21:30:00 -0500") to the next day;
    so the written date is read first (ISO 8601 for Atom, RFC 822 for RSS).
    """
    if raw:
        iso = iso_date(raw)
        if iso:
            return iso
        parts = email.utils.parsedate_tz(raw)
        if parts:
            try:
                return date(parts[0], parts[1], parts[2]).isoformat()
            except ValueError:
                pass
    return struct_date(parsed)


def struct_date(value: time.struct_time | None) -> str | None:
    """feedparser's parsed date (UTC struct_time) -> ISO date."""
    if not value:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except (ValueError, AttributeError):
        return None
