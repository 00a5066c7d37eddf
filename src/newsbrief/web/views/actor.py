"""An actor ("North Korea", "PRK", "Kim Jong Un") and a pair ("A and B"): who it
is (knowledge base, roles), a timeline of its events by type with day, week or
month steps and a cooperation-conflict balance line, and its counterparts as a
network."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from ...knowledge.scoring import is_cooperation, score
from ...store import reads as q
from ...store import web_reads as reads
from ...timevalue import first_day, month_of
from ..common import (EventParams, WebError, _choice, json_response, month_end, render,
                      use_store)
from ._shared import rows_for
from .events import event_filters

router = APIRouter()
NAME = Annotated[str, Path(min_length=1, max_length=120)]
STEPS = ("day", "week", "month")
MAX_BUCKETS = 400
STATE_KINDS = ("state", "country", "gpe")


def bucket(value: str | None, step: str) -> str | None:
    """The day, week (its Monday) or month of a date; None when the date is
    coarser than the step (a month-only date has no day, a week no day; a week
    counts in the month of its Thursday)."""
    if not value:
        return None
    if step == "month":
        return month_of(value)
    if "-W" in value:
        return first_day(value) if step == "week" else None
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return d.isoformat() if step == "day" else (d - timedelta(days=d.weekday())).isoformat()


def bucket_end(label: str, step: str) -> str:
    """The last day of a bucket, as an `until` bound ("2024-06" -> "2024-06-30":
    a date filter must name a real day)."""
    if step == "month":
        return month_end(label)
    return label if step == "day" else (date.fromisoformat(label) + timedelta(days=6)).isoformat()


def _next(label: str, step: str) -> str:
    if step == "month":
        y, m = int(label[:4]), int(label[5:7])
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    return (date.fromisoformat(label) + timedelta(days=1 if step == "day" else 7)).isoformat()


def timeline(groups: Iterable[tuple[str | None, str, str | None, int]],
             step: str) -> dict[str, Any]:
    """Events per bucket per type, and per bucket the mean Goldstein score
    (+10 most cooperative, -10 most conflictual), from (date, type, CAMEO code,
    events) groups: the summary table's, or `groups_of(rows)`."""
    counts: dict[str, Counter] = defaultdict(Counter)
    weight: dict[str, float] = defaultdict(float)
    scored: dict[str, int] = defaultdict(int)
    coarser = 0
    for day, type_, cameo, n in groups:
        label = bucket(day, step)
        if label is None:
            coarser += n
            continue
        counts[label][type_] += n
        s = _score(type_, cameo)
        if s.goldstein is not None:
            weight[label] += s.goldstein * n
            scored[label] += n
    labels = sorted(counts)
    if labels:
        filled, cur = [labels[0]], labels[0]
        while cur < labels[-1] and len(filled) <= MAX_BUCKETS:
            cur = _next(cur, step)
            filled.append(cur)
        if len(filled) <= MAX_BUCKETS:
            labels = filled
        labels = labels[-MAX_BUCKETS:]
    types = sorted({t for c in counts.values() for t in c})
    return {
        "step": step, "labels": labels,
        # Each bucket's first and last day: dragging across the chart zooms to them.
        "starts": labels, "ends": [bucket_end(label, step) for label in labels],
        "series": {t: [counts[label][t] for label in labels] for t in types},
        "balance": [round(weight[label] / scored[label], 2) if scored[label] else None
                    for label in labels],
        "not_placed": coarser,
        "note": f"{coarser} events dated more coarsely than a {step} (or undated) are not drawn",
        "sample": None,  # drawn from that many newest events (of more), or all
    }


def groups_of(rows: list[dict[str, Any]]) -> list[tuple[str | None, str, str | None, int]]:
    """(date, type, CAMEO code, events) groups of actor rows (an event once)."""
    events = {r["event_id"]: (r["date"], r["type"], r["cameo"]) for r in rows}
    return [(*key, n) for key, n in Counter(events.values()).items()]


@lru_cache(maxsize=64)
def _self_test(matches: tuple[q.ActorMatch, ...]):
    """Is a row one of `matches` (by entity, country or the words naming it)? Sets
    built once per actor: a big actor's page asks it of 100,000 rows."""
    entities = {e for m in matches for e in m.entity_ids}
    countries = {c for m in matches for c in m.countries}
    texts = {m.query.lower() for m in matches}

    def test(r: dict[str, Any]) -> bool:
        return (bool(r["entity_id"]) and r["entity_id"] in entities) or \
            (bool(r["country"]) and r["country"] in countries) or \
            (r["text"] or "").lower() in texts
    return test


# Scores by (type, CAMEO code): a page scores every event of an actor.
_score = lru_cache(maxsize=4096)(score)


def counterparts(rows: list[dict[str, Any]], matches: list[q.ActorMatch],
                 limit: int = 20, states: dict[str, str] | None = None) -> dict[str, Any]:
    """Who the actor deals with: per counterpart the events, cooperation and
    conflict counts; plus links between counterparts met in the same event."""
    per_event: dict[str, dict[str, Any]] = {}
    is_self = _self_test(tuple(matches))
    for r in rows:
        ev = per_event.setdefault(r["event_id"], {"type": r["type"], "cameo": r["cameo"],
                                                 "others": {}})
        if is_self(r) or r["kind"] == "agreement":
            continue
        if r["entity_id"] and not (r["kind"] in STATE_KINDS and r["country"]):
            key, name = "e:" + r["entity_id"], r["name"] or r["text"]
        elif r["country"] and r["country"] != "IGO":
            key, name = "c:" + r["country"], (states or {}).get(r["country"], r["country"])
        else:
            key, name = "t:" + (r["text"] or "").lower(), r["text"]
        ev["others"].setdefault(key, {"name": name, "country": r["country"],
                                      "query": r["country"] if key.startswith("c:") else name})
    nodes: dict[str, dict[str, Any]] = {}
    links: Counter = Counter()
    for ev in per_event.values():
        s = _score(ev["type"], ev["cameo"])
        keys = sorted(ev["others"])
        for key in keys:
            n = nodes.setdefault(key, dict(ev["others"][key], key=key, events=0,
                                           cooperation=0, conflict=0))
            n["events"] += 1
            if s.quad:
                n["cooperation" if is_cooperation(s.quad) else "conflict"] += 1
        for i in range(len(keys)):
            for j in range(i + 1, len(keys)):
                links[(keys[i], keys[j])] += 1
    top = sorted(nodes.values(), key=lambda n: (-n["events"], n["name"] or ""))[:limit]
    keep = {n["key"] for n in top}
    return {"nodes": top,
            "links": [{"source": a, "target": b, "events": n} for (a, b), n in links.items()
                      if a in keep and b in keep]}


def layout(network: dict[str, Any], size: int = 520) -> dict[str, Any]:
    """Positions for an ego network drawn as SVG: the actor in the middle, its
    counterparts on a circle, the most frequent first (clockwise from the top)."""
    nodes = network["nodes"]
    c = size / 2
    most = max((n["events"] for n in nodes), default=1)
    placed = {}
    for i, n in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(nodes), 1)
        radius = c * 0.68
        x, y = c + radius * math.cos(angle), c + radius * math.sin(angle)
        total = n["cooperation"] + n["conflict"]
        tone = ("coop" if n["cooperation"] > n["conflict"] else
                "conflict" if n["conflict"] > n["cooperation"] else "mixed") if total else "mixed"
        placed[n["key"]] = dict(n, x=round(x, 1), y=round(y, 1),
                                r=round(5 + 13 * math.sqrt(n["events"] / most), 1),
                                width=round(1 + 6 * n["events"] / most, 1), tone=tone,
                                anchor="start" if x > c + 1 else "end" if x < c - 1 else "middle",
                                lx=round(x + (1 if x > c + 1 else -1 if x < c - 1 else 0) *
                                         (8 + 13 * math.sqrt(n["events"] / most)), 1),
                                ly=round(y + (4 if abs(x - c) > 1 else (-14 if y < c else 22)), 1))
    links = [dict(l, x1=placed[l["source"]]["x"], y1=placed[l["source"]]["y"],
                  x2=placed[l["target"]]["x"], y2=placed[l["target"]]["y"])
             for l in network["links"]]
    return {"size": size, "cx": c, "cy": c, "nodes": list(placed.values()), "links": links}


# A page that the summary table cannot draw (a name, a pair, a filter other than
# dates) reads at most this many of its newest events; the counterparts network of
# any page is counted over at most NETWORK_EVENTS of them. Both say so on the page.
LIVE_EVENTS = 5000
NETWORK_EVENTS = 1000


def summary_code(names: tuple[str, ...], params: EventParams) -> str | None:
    """The country code of a page the summary table (actor_days) draws: one
    three-letter code, no filter but dates."""
    code = names[0].strip() if len(names) == 1 else ""
    if not re.fullmatch("[A-Z]{3}", code):  # as resolve_actor reads a code, ASCII only
        return None
    if dataclasses.replace(params, since=None, until=None).active:
        return None
    return code


def actor_data(request: Request, names: tuple[str, ...]) -> dict[str, Any]:
    step = _choice(request, "step", STEPS, "month")
    params = EventParams.from_request(request)
    cache = request.app.state.cache
    with use_store(request) as store:
        matches = [q.resolve_actor(store, n) for n in names]
        f = params.resolve(store)
        f = dataclasses.replace(f, about=f.about + tuple(matches))
        key = (names, params)
        # Up to LIVE_EVENTS are read: a set that small drives the query (a pair of
        # big countries: the smaller's events tested for the other, not every event).
        where = cache.get(("actor-plan",) + key,
                          lambda: reads.planned_where(store, f, small=LIVE_EVENTS,
                                                     rows=LIVE_EVENTS))
        states = cache.get(("state-names",), lambda: q.state_names(store))
        code = summary_code(names, params)
        if code and not cache.get(("summary-current", "actor_days"),
                                  lambda: reads.summary_current(store, "actor_days")):
            code = None
        if code:
            # A country: totals, roles and the timeline from the summary table, exact
            # whatever its size (the USA takes part in most events of a corpus).
            days = cache.get(("actor-days", code, params.since, params.until),
                             lambda: reads.actor_days(store, code, params.since, params.until))
            summary = cache.get(("actor-summary",) + key, lambda: {
                "events": sum(d[3] for d in days), "events_exact": True,
                "roles": {role: n for role, n in (("actor", sum(d[4] for d in days)),
                                                  ("recipient", sum(d[5] for d in days))) if n}})
            line = cache.get(("actor-timeline", step) + key,
                             lambda: timeline((d[:4] for d in days), step))
        else:
            # Anything else: its newest LIVE_EVENTS events, read once for every step.
            loaded: list[tuple[list[dict[str, Any]], bool]] = []

            def rows() -> tuple[list[dict[str, Any]], bool]:
                if not loaded:
                    ids, nxt = reads.event_page(store, f, limit=LIVE_EVENTS, where=where)
                    loaded.append((reads.actor_rows_for(store, ids), nxt is not None))
                return loaded[0]

            def live_summary() -> dict[str, Any]:
                found, more = rows()
                is_self = _self_test(tuple(matches))
                return {"events": len({r["event_id"] for r in found}), "events_exact": not more,
                        "roles": dict(Counter(r["role"] for r in found if is_self(r)))}

            summary = cache.get(("actor-summary",) + key, live_summary)
            line = cache.get(("actor-timeline", step) + key,
                             lambda: timeline(groups_of(rows()[0]), step))
            if loaded:
                # The rows are read anyway: the other steps are a click away.
                for other in STEPS:
                    if other != step:
                        cache.get(("actor-timeline", other) + key,
                                  lambda other=other: timeline(groups_of(rows()[0]), other))
            if not summary["events_exact"]:
                line = dict(line, sample=LIVE_EVENTS)
        network = cache.get(("actor-network",) + key,
                            lambda: _network(store, f, where, matches, states))
        ids, _ = reads.event_page(store, f, sort="date", descending=True, limit=15, where=where)
        recent = rows_for(store, ids, request.app.state.row_cache)
        info = cache.get(("actor-info", names), lambda: [
            {"query": m.query, "entity_ids": list(m.entity_ids)[:50],
             "countries": list(m.countries), "entities": reads.entity_info(store, m)[:8]}
            for m in matches])
    if not summary["events"] and not any(i["entities"] for i in info):
        raise WebError(404, f"no events or entities for {' and '.join(names)!r}",
                       where="actor name", fix="try a name as stored (see /api/home actors) "
                       "or a country code like PRK")
    zoom = ({"since": params.since, "until": params.until}
            if params.since or params.until else None)
    return {"names": list(names), "actors": info, "step": step, "zoom": zoom,
            "events": summary["events"], "events_exact": summary["events_exact"],
            "roles": summary["roles"], "timeline": line, "counterparts": network,
            "recent": recent}


def _network(store, f: reads.EventFilter, where, matches: list[q.ActorMatch],
             states: dict[str, str]) -> dict[str, Any]:
    """The counterparts network over the actor's newest NETWORK_EVENTS events
    (`sample`: that number when it has more)."""
    ids, nxt = reads.event_page(store, f, limit=NETWORK_EVENTS, where=where)
    out = counterparts(reads.actor_rows_for(store, ids), matches, states=states)
    out["sample"] = NETWORK_EVENTS if nxt is not None else None
    return out


@router.get("/api/actors/{name}", summary="One actor: who, timeline, counterparts",
            tags=["actors"], dependencies=[Depends(event_filters)])
def api_actor(request: Request, name: NAME,
              step: Literal["day", "week", "month"] = Query("month")):
    return json_response(actor_data(request, (name,)))


@router.get("/api/pairs/{name}/{other}", summary="Two actors together", tags=["actors"],
            dependencies=[Depends(event_filters)])
def api_pair(request: Request, name: NAME, other: NAME,
             step: Literal["day", "week", "month"] = Query("month")):
    return json_response(actor_data(request, (name, other)))


@router.get("/actors/{name}", include_in_schema=False)
def page(request: Request, name: NAME):
    data = actor_data(request, (name,))
    return render(request, "actor.html", data=data, graph=layout(data["counterparts"]),
                  items=list(request.query_params.multi_items()))


@router.get("/pairs/{name}/{other}", include_in_schema=False)
def pair_page(request: Request, name: NAME, other: NAME):
    data = actor_data(request, (name, other))
    return render(request, "actor.html", data=data, graph=layout(data["counterparts"]),
                  items=list(request.query_params.multi_items()))
