"""When two event records describe one real-world event.

The rule (docs/merging.md explains it to users): same PLOVER root type; the
actor sets overlap (same entity, or same country+sector for unnamed actors);
the recipient sets overlap, or one side has none; dates compatible at the
coarser of the two precisions and never more than MAX_DAYS apart. Merging never
joins events across different actors or far-apart dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..records import Event

# Reports of one event dated from the publication date drift by a day or two
# (time zones, "yesterday" resolved late); a week is the outer bound.
MAX_DAYS = 3


def _parse(value: str | None) -> tuple[date, date] | None:
    """The interval a (possibly partial) ISO date covers."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return start, end
    d = date(parts[0], parts[1], parts[2])
    return d, d


def candidate_window(event: Event) -> tuple[str, str]:
    span = _parse(event.date)
    if span is None:
        return "0000", "9999"
    low, high = span[0] - timedelta(days=MAX_DAYS), span[1] + timedelta(days=MAX_DAYS)
    # Stored dates may be partial ("2024-06"): compare as strings on the year-month prefix.
    return low.isoformat()[:7], high.isoformat()


def dates_compatible(a: str | None, b: str | None) -> bool:
    sa, sb = _parse(a), _parse(b)
    if sa is None or sb is None:
        return sa is None and sb is None
    return sa[0] - timedelta(days=MAX_DAYS) <= sb[1] and sb[0] - timedelta(days=MAX_DAYS) <= sa[1]


def _keys(refs: list[dict[str, Any]] | tuple) -> set[str]:
    keys = set()
    for ref in refs:
        get = ref.get if isinstance(ref, dict) else (lambda k, r=ref: getattr(r, k))
        entity = get("entity_id") if isinstance(ref, dict) else get("entity")
        if entity:
            keys.add("e:" + entity)
        elif get("country"):
            keys.add(f"c:{get('country')}:{get('sector') or ''}")
    return keys


def choose_event(event: Event, candidates: list[dict[str, Any]]) -> str | None:
    """Id of the stored event this record reports, or None for a new event."""
    actors, recipients = _keys(event.actor), _keys(event.recipient)
    best, best_score = None, 0.0
    for cand in candidates:
        if cand["type"] != event.type or not dates_compatible(cand["date"], event.date):
            continue
        c_actors = _keys([a for a in cand["actors"] if a["role"] == "actor"])
        c_recipients = _keys([a for a in cand["actors"] if a["role"] == "recipient"])
        if not actors & c_actors:
            continue
        if recipients and c_recipients and not recipients & c_recipients:
            continue
        score = len(actors & c_actors) + len(recipients & c_recipients)
        score += 0.5 if cand.get("cameo") == event.cameo else 0.0
        if score > best_score:
            best, best_score = cand["id"], score
    return best
