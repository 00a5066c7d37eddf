"""The event table: filters (the CLI's and the facets), sorting, cursor paging,
and downloads (CSV, JSONL, Parquet) of exactly the rows shown."""

from __future__ import annotations

import io
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...knowledge import export
from ...knowledge.queries import hydrate
from ...store.web_reads import SORTS
from ..common import (EVENT_TYPES, MODALITIES, EventParams, _choice, json_response, month_end,
                      page_params, render, url_with, use_store)
from ._shared import event_table

router = APIRouter()
DOWNLOADS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
             "parquet": "application/vnd.apache.parquet"}



def event_filters(
    actor: list[str] | None = Query(None, description="Actor name or ISO3 code (repeatable)"),
    recipient: list[str] | None = Query(None, description="Recipient name or ISO3 code"),
    about: list[str] | None = Query(None, description="Takes part in either role; all must"),
    type: list[str] | None = Query(None, description=f"PLOVER type: {', '.join(EVENT_TYPES)}"),
    since: str | None = Query(None, max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY"),
    until: str | None = Query(None, max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY"),
    modality: list[str] | None = Query(None, description=f"One of {', '.join(MODALITIES)}"),
    q: str | None = Query(None, max_length=200, description="Words that must occur in the "
                          "evidence"),
    actor_country: list[str] | None = Query(None, description="ISO3 of an actor"),
    recipient_country: list[str] | None = Query(None, description="ISO3 of a recipient"),
    sector: list[str] | None = Query(None, description="Sector of an actor or recipient"),
    source: list[str] | None = Query(None, description="Outlet of a reporting article"),
) -> None:
    """The event filters, declared for the OpenAPI schema; EventParams reads and
    bounds them (at most 20 values of one filter, 200 characters each)."""


def paging(limit: int = Query(50, ge=1, le=200, description="Rows per page"),
           cursor: str | None = Query(None, max_length=200,
                                      description="The `next` of the previous page")) -> None:
    """Cursor paging, declared for the schema; read by page_params."""


def _data(request: Request, facets: bool = False, rows: bool = True) -> dict[str, Any]:
    """The event table's data for this request; without `rows` (the facet panel)
    no page is read (its walk and rows were the page's work again)."""
    params = EventParams.from_request(request)
    after, limit = page_params(request)
    limit = limit if rows else 0
    sort = _choice(request, "sort", tuple(SORTS), "date")
    order = _choice(request, "order", ("desc", "asc"), "desc")
    with use_store(request) as store:
        data = event_table(store, request.app.state.cache, params, sort=sort,
                           descending=order == "desc", after=after, limit=limit,
                           facets=facets, row_cache=request.app.state.row_cache,
                           facet_values=request.app.state.facet_values)
    data["filters"] = params
    return data


def _public(data: dict[str, Any], request: Request) -> dict[str, Any]:
    out = {k: v for k, v in data.items() if not k.startswith("_") and k != "filters"}
    out["filters"] = dict(_items_dict(data["filters"]))
    out["next_url"] = (url_with(request.url.path, list(request.query_params.multi_items()),
                                cursor=data["next"]) if data["next"] else None)
    return out


def _items_dict(params: EventParams) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k, v in params.query_items():
        out.setdefault(k, []).append(v)
    return out


@router.get("/api/events", summary="Merged events (the event table)", tags=["events"],
            dependencies=[Depends(event_filters), Depends(paging)])
def api_events(request: Request,
               sort: Literal["date", "reported", "type", "sources", "mentions"] = Query("date"),
               order: Literal["desc", "asc"] = Query("desc"),
               facets: bool = Query(False, description="Include facet counts (slower on a "
                                    "large store; cached until the store changes)")):
    return json_response(_public(_data(request, facets=facets), request))


@router.get("/events/facets", include_in_schema=False)
def facets_fragment(request: Request):
    """The facet panel of the event table, loaded after the table (htmx)."""
    data = _data(request, facets=True, rows=False)
    items = [(k, v) for k, v in request.query_params.multi_items()]
    return render(request, "_event_facets.html", data=data, items=items,
                  months=month_links("/events", items, data["facets"]["month"]))


@router.get("/events", include_in_schema=False)
def page(request: Request):
    data = _data(request)
    items = list(request.query_params.multi_items())
    sort_urls = {col: url_with("/events", items, sort=col, cursor=None,
                               order="asc" if data["sort"] == col and data["order"] == "desc"
                               else "desc") for col in SORTS}
    return render(request, "events.html", data=data, items=items, sort_urls=sort_urls,
                  types=EVENT_TYPES, modalities=MODALITIES,
                  facets_url=url_with("/events/facets", items),
                  downloads={fmt: url_with(f"/events.{fmt}", items) for fmt in DOWNLOADS})


def month_links(path: str, items: list[tuple[str, str]],
                months: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Month facet links: the month as a since/until range (again: the range off)."""
    since = dict(items).get("since")
    until = dict(items).get("until")
    out = []
    for m in months:
        value = m["value"]
        end = month_end(value)
        active = since == value and until == end
        url = url_with(path, items, cursor=None, since=None if active else value,
                       until=None if active else end)
        out.append({"value": value, "count": m["count"], "url": url, "active": active})
    return out


@router.get("/events.{fmt}", include_in_schema=False)
def download(request: Request, fmt: str):
    """The rows the same URL shows as a page (same filters, order, cursor, limit)."""
    if fmt not in DOWNLOADS:
        from ..common import WebError

        raise WebError(404, f"no download format '{fmt}'", where=request.url.path,
                       fix="use .csv, .jsonl or .parquet")
    data = _data(request, facets=False)
    with use_store(request) as store:
        events = hydrate(store, data["_ids"])
    if fmt == "parquet":
        buffer = io.BytesIO()
        export.write_parquet(events, buffer)
        body: bytes | str = buffer.getvalue()
    else:
        text = io.StringIO()
        (export.write_csv if fmt == "csv" else export.write_jsonl)(events, text)
        body = text.getvalue()
    return Response(body, media_type=DOWNLOADS[fmt], headers={
        "Content-Disposition": f'attachment; filename="events.{fmt}"'})
