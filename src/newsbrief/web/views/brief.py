"""The brief for any actor, pair or query, rendered by the same code and
templates as `newsbrief brief --format html`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ...knowledge.brief import build_brief, render_html
from ..common import EventParams, WebError, json_response, link_url, use_store

router = APIRouter()


def brief_data(request: Request) -> dict[str, Any]:
    params = EventParams.from_request(request)
    about = params.about + params.actor
    if not about:
        raise WebError(400, "a brief needs at least one actor", where="query parameter about",
                       fix="add ?about=NAME (a name or an ISO3 code; repeat it for a pair)")
    with use_store(request) as store:
        brief = build_brief(store, about, since=params.since, until=params.until)
    for ref in brief.get("references") or brief.get("sources") or ():
        if isinstance(ref, dict) and "url" in ref:
            ref["url"] = link_url(ref["url"])  # only http(s) links, whatever the renderer
    return brief


@router.get("/api/brief", summary="A cited brief about actors (as `newsbrief brief`)",
            tags=["briefs"])
def api_brief(request: Request,
              about: list[str] = Query(..., description="Actor name or ISO3 (repeatable)"),
              since: str | None = Query(None, max_length=10),
              until: str | None = Query(None, max_length=10)):
    return json_response(brief_data(request))


@router.get("/brief", include_in_schema=False)
def page(request: Request):
    return HTMLResponse(render_html(brief_data(request)))
