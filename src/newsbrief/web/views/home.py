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


def home_data(request: Request) -> dict[str, Any]:
    cache = request.app.state.cache
    with use_store(request) as store:
        latest = rows_for(store, reads.latest_events(store, 12))
        activity = cache.get(("activity",), lambda: actor_activity(store, limit=10))
        totals = cache.get(("summary",), lambda: reads.store_summary(store))
    return {"summary": totals, "latest": latest,
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
