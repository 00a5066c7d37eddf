"""Home: what is new (latest merged events, most active actors and pairs) and a
search box."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from ...knowledge.queries import actor_activity
from ...store import web_reads as reads
from ..common import json_response, render, use_store
from ._shared import rows_for

router = APIRouter()


WINDOW_DAYS = 30  # "most active" counts events dated in the last month of the news


def _since(last_published: str | None) -> str | None:
    from datetime import date, timedelta

    try:
        return (date.fromisoformat((last_published or "")[:10])
                - timedelta(days=WINDOW_DAYS)).isoformat()
    except ValueError:
        return None


def home_data(request: Request) -> dict[str, Any]:
    cache = request.app.state.cache
    with use_store(request) as store:
        latest = rows_for(store, reads.latest_events(store, 12), request.app.state.row_cache)
        totals = cache.get(("summary",), lambda: reads.store_summary(store))
        since = _since(totals["last_published"])
        activity = cache.get(("activity", since),
                             lambda: actor_activity(store, since=since, limit=10))
    return {"summary": totals, "latest": latest, "active_since": since,
            "actors": activity["actors"], "pairs": activity["pairs"]}


@router.get("/api/home", summary="What is new: latest events, most active actors and pairs",
            tags=["home"])
def api_home(request: Request):
    return json_response(home_data(request))


@router.get("/favicon.ico", include_in_schema=False)
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/", include_in_schema=False)
def page(request: Request):
    return render(request, "home.html", data=home_data(request))
