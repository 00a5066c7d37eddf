"""Event summaries shared by the home page, the event table and search."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...knowledge.phrasing import date_label, label_of, lead_standing
from ...knowledge.scoring import score
from ...store import web_reads as reads
from ...stored import ActorSummary, MergedEvent
from ..common import EventParams, TableRow, WebError, encode_cursor


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


def row_summary(ev: dict[str, Any]) -> dict[str, Any]:
    """The same row as `summary`, from `web_reads.event_summaries` (no records decoded)."""
    lead = ev["mentions"][0] if ev["mentions"] else {}
    standings = dict(Counter(m["modality"] for m in ev["mentions"]))
    s = score(ev["type"], ev["cameo"])
    return TableRow({
        "id": ev["id"], "date": ev["date"], "date_label": label_of(ev["date"], ev["date_source"]),
        "date_precision": ev["date_precision"], "date_source": ev["date_source"],
        "type": ev["type"], "cameo": ev["cameo"], "quad_class": s.quad,
        "goldstein": s.goldstein,
        "actors": [ref(r) for r in ev["actors"]],
        "recipients": [ref(r) for r in ev["recipients"]],
        "standing": lead_standing(standings), "standings": standings,
        "n_mentions": ev["n_mentions"], "n_sources": ev["n_sources"],
        "n_articles": ev["n_articles"], "first_seen": ev["first_seen"],
        "last_seen": ev["last_seen"], "evidence": lead.get("text"),
        "source": lead.get("source"), "article_id": lead.get("article_id"),
    })


def rows_for(store, ids: list[str], cache=None) -> list[dict[str, Any]]:
    """Table rows of these events, in order. With `cache` (the app's row cache,
    dropped when the store changes), rows already made for another page are
    reused: the newest events open many pages."""
    if cache is None:
        return [row_summary(ev) for ev in reads.event_summaries(store, ids)]
    found = {key[1]: row for key, row in cache.lookup_many([("row", i) for i in ids]).items()}
    missing = [i for i in ids if i not in found]
    for ev in reads.event_summaries(store, missing) if missing else ():
        found[ev["id"]] = row = row_summary(ev)
        cache.put(("row", ev["id"]), row)
    return [found[i] for i in ids if i in found]


def event_table(store, cache, params: EventParams, *, sort: str, descending: bool,
                after: reads.Position, limit: int, facets: bool = True,
                row_cache=None, facet_values=None) -> dict[str, Any]:
    """The data of the event table (and of its downloads): a page of events in
    order (keyset paging from `after`), the count (bounded: `count_exact` false
    means "at least"), facet counts and the cursor of the next page.
    `facet_values`: the app's `FacetValues` (a sample is counted from them)."""
    f = params.resolve(store)
    key = ("events", params)
    # The plan (sizes of the filter's sets) holds until the store changes: the next
    # page, another order or the facet panel of the same filter reuse it.
    sizes: dict[Any, int] = {}  # of the filter's sets: the page's and the count's plans
    # The whole store's counts, checked current once per state of the store.
    summary = cache.get(("store-facets",), lambda: reads.store_facets(store)) \
        if reads.is_unfiltered(f) else None
    # The first page newest first, when the facets are still to count over a sample:
    # one walk reads the page and the sample (the newest matches).
    sample_too = (facets and summary is None and sort == "date" and descending
                  and after.keys is None and 0 < limit <= reads.FACET_SAMPLE
                  and not cache.lookup(key + ("facets",))[0])

    def plan(rows: int, order: str) -> tuple[str, list]:
        # A page's plan and a sample's differ (a walk of many rows collects large
        # sets), and so do the plans of orders (a type is walked or drives): each
        # holds until the store changes.
        return cache.get(key + ("plan", reads.evidence_bound(rows), order),
                         lambda: reads.planned_where(store, f, sizes=sizes, rows=rows,
                                                     sort=order))

    # No rows asked (a facet panel): no page is read.
    where = plan(reads.FACET_SAMPLE + 1 if sample_too else limit, sort) if limit > 0 else None
    try:
        ids, nxt = reads.event_page(store, f, sort=sort, descending=descending, after=after,
                                    limit=limit, where=where,
                                    read=reads.FACET_SAMPLE + 1 if sample_too else 0) \
            if limit > 0 else ([], None)
    except ValueError:
        raise WebError(400, "the cursor was made for another order", where="query parameter "
                       "cursor", fix="use the 'next' of a page with the same sort") from None
    sample = (ids, len(ids) > reads.FACET_SAMPLE) if sample_too else None
    ids = ids[:limit]
    count, exact = cache.get(key + ("count",),
                             lambda: reads.event_count(store, f, summary, sizes=sizes))
    out: dict[str, Any] = {
        "count": count, "count_exact": exact,
        "offset": after.before, "limit": limit, "sort": sort,
        "order": "desc" if descending else "asc",
        "next": encode_cursor(nxt) if nxt else None,
        "rows": rows_for(store, ids, row_cache),
    }
    if facets:
        counts, sample = cache.get(key + ("facets",), lambda: reads.event_facets(
            store, f, where=plan(reads.FACET_SAMPLE, "date"), summary=summary, sample=sample,
            values=facet_values.get() if facet_values is not None and summary is None
            else None))
        out["facets"], out["facets_sample"] = counts, sample
    out["_ids"] = ids  # for downloads (hydrated there); removed before JSON
    out["_next"] = nxt
    return out
