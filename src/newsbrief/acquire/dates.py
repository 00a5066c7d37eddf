"""Publication dates as ISO `YYYY-MM-DD`, from whatever a source gives."""

from __future__ import annotations

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


def struct_date(value: time.struct_time | None) -> str | None:
    """feedparser's parsed date (UTC struct_time) -> ISO date."""
    if not value:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except (ValueError, AttributeError):
        return None
