"""A merged event's own fields, refreshed from its mentions' records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..timevalue import PRECISIONS, parse_span

_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def summarise(mentions: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The merged event's fields (date, date_precision, date_source, cameo, mode,
    context, location) from its mentions' Event records, in the order stored.

    Date: the finest text-derived date, the most reported one on ties, then the
    earliest; only when no mention dates it from its text does the earliest
    publication day stand in (date_source "published").
    """
    text_dated = [m for m in mentions if m.get("date") and m.get("date_source") in (None, "text")
                  and parse_span(m["date"])]
    if text_dated:
        counts = Counter(m["date"] for m in text_dated)
        best = min(text_dated, key=lambda m: (_RANK.get(m.get("date_precision") or "",
                                                        len(_RANK)), -counts[m["date"]],
                                              m["date"]))
        date_value, precision, source = best["date"], best.get("date_precision"), "text"
    else:
        dated = [m for m in mentions if m.get("date")]
        if dated:
            best = min(dated, key=lambda m: m["date"])
            date_value, precision = best["date"], best.get("date_precision")
            source = best.get("date_source") or "published"
        else:
            date_value = precision = source = None
    codes = Counter(m.get("cameo") for m in mentions if m.get("cameo"))
    cameo = codes.most_common(1)[0][0] if codes else None
    lead = next((m for m in mentions if m.get("cameo") == cameo), mentions[0]) if mentions else {}
    locations = [m["location"] for m in mentions if m.get("location")]
    location = next((loc for loc in locations if loc.get("lat") is not None),
                    locations[0] if locations else None)
    return {"date": date_value, "date_precision": precision, "date_source": source,
            "cameo": cameo, "mode": lead.get("mode"), "context": lead.get("context"),
            "location": location}
