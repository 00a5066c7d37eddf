"""The brief for any actor, pair or query, rendered by the same code and
templates as `newsbrief brief --format html`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ...knowledge.brief import BriefQuery, build_brief
from ..common import EventParams, WebError, json_response, link_url, render, use_store

router = APIRouter()


def brief_data(request: Request) -> dict[str, Any]:
    params = EventParams.from_request(request)
    about = params.about + params.actor + ((params.q,) if params.q else ())
    if not about:
        raise WebError(400, "a brief needs an actor, a pair or words",
                       where="query parameter about",
                       fix="add ?about=NAME (a name or an ISO3 code; repeat it for a pair) "
                       "or ?q=WORDS")
    with use_store(request) as store:
        brief = build_brief(store, BriefQuery(about=about, since=params.since,
                                              until=params.until))
    for ref in brief.get("references") or brief.get("sources") or ():
        if isinstance(ref, dict) and "url" in ref:
            ref["url"] = link_url(ref["url"])  # only http(s) links, whatever the renderer
    return brief


@router.get("/api/brief", summary="A cited brief about actors, a pair or words (as "
            "`newsbrief brief`)", tags=["briefs"])
def api_brief(request: Request,
              about: list[str] | None = Query(None, description="Actor or country name or "
                                              "ISO3, a pair 'PRK RUS', or words (repeatable)"),
              q: str | None = Query(None, max_length=200, description="Words in the evidence"),
              since: str | None = Query(None, max_length=10),
              until: str | None = Query(None, max_length=10)):
    return json_response(brief_data(request))


@router.get("/brief", include_in_schema=False)
def page(request: Request):
    """The brief through the template of `brief --format html` (brief.html), with
    the app's navigation (brief_page.html extends it)."""
    from urllib.parse import urlencode

    return render(request, "brief_page.html", brief=brief_data(request),
                  api_query=urlencode(list(request.query_params.multi_items())))
