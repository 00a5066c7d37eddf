"""Questions asked of the store: which events, whose timeline, who is most active.

Library functions behind `newsbrief events`, `timeline` and `actors`; each takes
a Store and plain filters and returns the store's typed records (newsbrief.stored)
or rows built from them, so the CLI, exports and briefs share them.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..store import Store
from ..store import reads as q
from ..store.reads import EventQuery
from ..stored import ActorSummary, MergedEvent, Participation
from .scoring import is_cooperation, score

MODALITIES = ("asserted", "alleged", "conditional", "future", "negated")


def hydrate(store: Store, ids: list[str]) -> list[MergedEvent]:
    """Events with actors, mentions, standings and their cooperation/conflict score."""
    out = []
    for ev in q.events_by_id(store, ids):
        s = score(ev.type, ev.cameo)
        out.append(dataclasses.replace(ev, quad_class=s.quad, goldstein=s.goldstein))
    return out


def find_events(store: Store, query: EventQuery) -> list[MergedEvent]:
    return hydrate(store, q.event_ids(store, query))


def names(refs: Iterable[ActorSummary]) -> str:
    return ", ".join(r.name for r in refs)


def sources(event: MergedEvent) -> list[str]:
    """Distinct outlets reporting an event, in order of first report."""
    seen: dict[str, None] = {}
    for m in event.mentions:
        seen[m.source or m.title or m.article_id[:12]] = None
    return list(seen)


def event_row(ev: MergedEvent) -> dict[str, Any]:
    """A flat summary line of one merged event (tables, CSV)."""
    return {
        "id": ev.id, "date": ev.date, "type": ev.type, "cameo": ev.cameo,
        "actor": names(ev.actors), "recipient": names(ev.recipients),
        "standing": ",".join(f"{k}:{v}" for k, v in sorted(ev.standings.items())),
        "mentions": ev.n_mentions, "sources": ev.n_sources,
        "articles": ev.n_articles,
        "evidence": ev.mentions[0].text if ev.mentions else "",
    }


def timeline(store: Store, actor: str, other: str | None = None, *, since: str | None = None,
             until: str | None = None, limit: int | None = None,
             text_dated_only: bool = False,
             min_confidence: float = 0.0) -> list[MergedEvent]:
    """Dated events of one actor, or of a pair (both take part), oldest first;
    `text_dated_only` leaves out those dated by the publication day alone,
    `min_confidence` those without a mention of at least that confidence."""
    about = (actor,) + ((other,) if other else ())
    return find_events(store, EventQuery(about=about, since=since, until=until,
                                         dated_only=True, text_dated_only=text_dated_only,
                                         min_confidence=min_confidence,
                                         order="asc", limit=limit))


def _actor_key(row: Participation, by: str, states: dict[str, str]) -> tuple[str, str] | None:
    """(key, display name) of an actor for activity counts; None for what is no
    actor (an agreement named as the object of an act)."""
    if row.kind == "agreement":
        return None
    if by == "country" and row.country and row.country != "IGO":
        return row.country, states.get(row.country, row.country)
    if row.entity_id:
        return "e:" + row.entity_id, row.name or row.text
    if row.country and row.country != "IGO":
        return row.country, states.get(row.country, row.country)
    return ("t:" + row.text.lower(), row.text) if row.country == "IGO" else None


def actor_activity(store: Store, *, since: str | None = None, until: str | None = None,
                   by: str = "country", limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Most active actors, and for actor->recipient pairs the balance of
    cooperation and conflict (events per quad class, mean Goldstein score).

    Counted over merged events with at least one asserted or alleged mention:
    a denied, planned or conditional act has not happened.
    """
    states = q.state_names(store) if by == "country" else {}
    rows = q.participations(store, since=since, until=until)
    per_event: dict[str, dict[str, Any]] = {}
    for r in rows:
        ev = per_event.setdefault(r.event_id, {"type": r.type, "cameo": r.cameo,
                                               "actor": {}, "recipient": {},
                                               "n_mentions": r.n_mentions})
        key = _actor_key(r, by, states)
        if key:
            ev[r.role][key[0]] = key[1]
    actors: dict[str, dict[str, Any]] = {}
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in per_event.values():
        s = score(ev["type"], ev["cameo"])
        for role in ("actor", "recipient"):
            for key, name in ev[role].items():
                a = actors.setdefault(key, {"actor": name, "key": key, "events": 0,
                                            "as_actor": 0, "as_recipient": 0, "mentions": 0,
                                            "cooperation": 0, "conflict": 0})
                a["events"] += 1
                a["as_" + role] += 1
                a["mentions"] += ev["n_mentions"]
                if s.quad:
                    a["cooperation" if is_cooperation(s.quad) else "conflict"] += 1
        sides = [(a, r) for a in ev["actor"].items() for r in ev["recipient"].items()]
        if not ev["recipient"]:
            # "X and Y signed": the co-actors are each other's counterpart.
            both = sorted(ev["actor"].items(), key=lambda kv: kv[1])
            sides = [(both[i], both[j]) for i in range(len(both))
                     for j in range(i + 1, len(both))]
        for (akey, aname), (rkey, rname) in sides:
            if akey == rkey:
                continue
            p = pairs.setdefault((akey, rkey), {
                "actor": aname, "recipient": rname, "events": 0, "verbal_coop": 0,
                "material_coop": 0, "verbal_conflict": 0, "material_conflict": 0,
                "goldstein_sum": 0.0, "types": Counter()})
            p["events"] += 1
            p["types"][ev["type"]] += 1
            if s.quad:
                p[("verbal_coop", "material_coop", "verbal_conflict",
                   "material_conflict")[s.quad - 1]] += 1
            if s.goldstein is not None:
                p["goldstein_sum"] += s.goldstein
    top_actors = sorted(actors.values(), key=lambda a: (-a["events"], a["actor"]))[:limit]
    top_pairs = []
    for p in sorted(pairs.values(), key=lambda p: (-p["events"], p["actor"]))[:limit]:
        p = dict(p)
        p["goldstein_mean"] = round(p.pop("goldstein_sum") / p["events"], 2)
        coop = p["verbal_coop"] + p["material_coop"]
        conflict = p["verbal_conflict"] + p["material_conflict"]
        p["balance"] = ("cooperation" if coop > conflict else
                        "conflict" if conflict > coop else "mixed")
        p["types"] = ",".join(f"{t}:{n}" for t, n in p["types"].most_common(4))
        top_pairs.append(p)
    return {"actors": top_actors, "pairs": top_pairs}

