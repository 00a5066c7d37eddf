"""Event summaries shared by the home page, the event table and search."""

from __future__ import annotations

from typing import Any

from ...knowledge.phrasing import date_label, lead_standing
from ...knowledge.queries import hydrate
from ...store import web_reads as reads
from ...stored import ActorSummary, MergedEvent
from ..common import EventParams, encode_cursor


def ref(r: ActorSummary) -> dict[str, Any]:
    return {"name": r.name, "entity_id": r.entity_id, "country": r.country,
            "sector": r.sector, "kind": r.kind}


def summary(ev: MergedEvent) -> dict[str, Any]:
    """One merged event as a table row: JSON-ready, the same in pages and the API."""
    lead = ev.mentions[0] if ev.mentions else None
    return {
        "id": ev.id, "date": ev.date, "date_label": date_label(ev),
        "date_precision": ev.date_precision, "date_source": ev.date_source,
        "type": ev.type, "cameo": ev.cameo, "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "actors": [ref(r) for r in ev.actors],
        "recipients": [ref(r) for r in ev.recipients],
        "standing": lead_standing(ev.standings), "standings": dict(ev.standings),
        "n_mentions": ev.n_mentions, "n_sources": ev.n_sources,
        "n_articles": ev.n_articles, "first_seen": ev.first_seen,
        "last_seen": ev.last_seen,
        "evidence": lead.text if lead else None, "source": lead.source if lead else None,
        "article_id": lead.article_id if lead else None,
    }


def event_table(store, cache, params: EventParams, *, sort: str, descending: bool,
                offset: int, limit: int, facets: bool = True) -> dict[str, Any]:
    """The data of the event table (and of its downloads): a page of events in
    order, the total, facet counts and the cursor of the next page."""
    f = params.resolve(store)
    ids, more = reads.event_page(store, f, sort=sort, descending=descending, offset=offset,
                                 limit=limit)
    events = hydrate(store, ids)
    key = ("events", params, )
    out: dict[str, Any] = {
        "count": cache.get(key + ("count",), lambda: reads.event_count(store, f)),
        "offset": offset, "limit": limit, "sort": sort,
        "order": "desc" if descending else "asc",
        "next": encode_cursor(offset + limit) if more else None,
        "rows": [summary(ev) for ev in events],
    }
    if facets:
        out["facets"] = cache.get(key + ("facets",), lambda: reads.event_facets(store, f))
    out["_events"] = events  # hydrated, for downloads; removed before JSON
    return out
