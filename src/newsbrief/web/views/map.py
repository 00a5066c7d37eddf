"""The map: events with coordinates, and events per actor country, drawn on a
bundled public-domain world outline (Natural Earth 110m; no tile server)."""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter, Depends, Request

from ...store import web_reads as reads
from ..common import EventParams, json_response, render, use_store
from ..geo import HEIGHT, WIDTH, countries, project
from .events import event_filters

router = APIRouter()
SHADES = 6  # classes of the choropleth, by powers of two of the count


def map_data(request: Request) -> dict[str, Any]:
    params = EventParams.from_request(request)
    cache = request.app.state.cache
    with use_store(request) as store:
        f = params.resolve(store)
        points = cache.get(("map-points", params), lambda: reads.located_events(store, f))
        per_country = cache.get(("map-countries", params),
                                lambda: reads.events_per_country(store, f))
    return {"points": points, "countries": per_country}


@router.get("/api/map", summary="Located events and events per actor country",
            tags=["map"], dependencies=[Depends(event_filters)])
def api_map(request: Request):
    return json_response(map_data(request))


def shade(n: int, most: int) -> int:
    if n <= 0 or most <= 0:
        return 0
    return 1 + min(SHADES - 1, int(math.log2(n) / max(math.log2(most), 1) * (SHADES - 1)))


@router.get("/map", include_in_schema=False)
def page(request: Request):
    data = map_data(request)
    counts = {r["country"]: r["events"] for r in data["countries"]}
    most = max(counts.values(), default=0)
    shapes = [dict(c, events=counts.get(c["iso3"], 0), shade=shade(counts.get(c["iso3"], 0), most))
              for c in countries()]
    dots = []
    for p in data["points"]:
        x, y = project(p["lon"], p["lat"])
        dots.append(dict(p, x=round(x, 1), y=round(y, 1),
                         r=round(2.5 + 1.5 * math.log2(1 + (p["n_sources"] or 1)), 1)))
    return render(request, "map.html", data=data, shapes=shapes, dots=dots, width=WIDTH,
                  height=HEIGHT, shades=SHADES, most=most,
                  names={c["iso3"]: c["name"] for c in countries() if c["iso3"]},
                  items=list(request.query_params.multi_items()))
