"""Search over articles and events, with facets and counts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from ...store import web_reads as reads
from ..common import (EVENT_TYPES, EventParams, _date, _many, article_offset, encode_cursor,
                      json_response, page_params, render, url_with, use_store)
from ._shared import event_table
from .events import event_filters, paging

router = APIRouter()


def search_data(request: Request, *, rows: bool = True, facets: bool = True
                ) -> dict[str, Any]:
    """Events and articles matching the words: a page of each with their counts
    (`rows`) and their facets (`facets`). The page shows the rows at once and loads
    the facets after (htmx, `/search/facets`): a common word's facets cost more
    than its first page."""
    params = EventParams.from_request(request)
    after, limit = page_params(request, default_limit=20)
    cursor = request.query_params.get("cursor")
    offset = article_offset(cursor)
    events_done = bool(cursor) and after.keys is None  # the events ran out on an earlier page
    cache = request.app.state.cache
    articles = reads.ArticleFilter(search=params.q, source=_many(request, "source"),
                                   since=_date(request, "since"), until=_date(request, "until"))
    with use_store(request) as store:
        events = event_table(store, cache, params, sort="date", descending=True, after=after,
                             limit=0 if events_done or not rows else limit, facets=facets,
                             row_cache=request.app.state.row_cache,
                             facet_values=request.app.state.facet_values)
        hits, more = (reads.article_page(store, articles, offset=offset, limit=limit)
                      if rows else ([], False))
        count, exact = cache.get(("articles", articles, "count"),
                                 lambda: reads.article_count(store, articles))
        art: dict[str, Any] = {"count": count, "count_exact": exact, "rows": hits}
        if facets:
            art["facets"] = cache.get(("articles", articles, "facets"),
                                      lambda: reads.article_facets(store, articles))
    nxt = events.pop("_next")
    events.pop("_ids")
    # One cursor pages both lists: the events by their keys, the articles by rank.
    following = more or nxt is not None
    cursor_next = encode_cursor(nxt or reads.Position(before=after.before + len(events["rows"])),
                                articles=offset + limit) if following else None
    events["next"] = art["next"] = cursor_next
    return {"q": params.q, "events": events, "articles": art, "filters": params,
            "next": cursor_next}


def _public(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["filters"] = dict(data["filters"].query_items())
    out["events"] = {k: v for k, v in data["events"].items() if k != "filters"}
    for hit in out["articles"]["rows"]:
        hit["snippet"] = (hit["snippet"] or "").replace("\x02", "[").replace("\x03", "]")
    return out


@router.get("/api/search", summary="Articles and events matching words, with facets",
            tags=["search"], dependencies=[Depends(event_filters), Depends(paging)])
def api_search(request: Request,
               facets: bool = Query(True, description="Include facet counts (false: the "
                                    "rows and counts only, faster for common words)")):
    return json_response(_public(search_data(request, facets=facets)))


@router.get("/search/facets", include_in_schema=False)
def facets_fragment(request: Request):
    """The facet panel of the search page, loaded after the results (htmx): the
    same facets as `/api/search`."""
    data = search_data(request, rows=False)
    items = list(request.query_params.multi_items())
    from .events import month_links

    return render(request, "_search_facets.html", data=data, items=items,
                  months=month_links("/search", items, data["articles"]["facets"]["month"]))


@router.get("/search", include_in_schema=False)
def page(request: Request):
    data = search_data(request, facets=False)
    items = list(request.query_params.multi_items())
    from markupsafe import Markup, escape

    for hit in data["articles"]["rows"]:
        # The snippet's match markers are control characters no article holds
        # after escaping: escape first, then turn them into <mark>.
        hit["snippet_html"] = Markup(str(escape(hit["snippet"] or "")).replace(
            "\x02", "<mark>").replace("\x03", "</mark>"))
    return render(request, "search.html", data=data, items=items, types=EVENT_TYPES,
                  facets_url=url_with("/search/facets", items, cursor=None),
                  more_url=url_with("/events", [(k, v) for k, v in items
                                                if k not in ("cursor", "limit")]))
