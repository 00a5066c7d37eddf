"""Named read queries behind the web pages (`newsbrief serve`).

The web views hold no SQL: each page asks one of these by name. The event
filters are the CLI's (`--actor`, `--recipient`, `--type`, `--since`,
`--until`, `--modality`, `--search`) plus the facets of the event table
(actor and recipient country, sector, source).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from . import reads as q
from .sqlite import Store

SORTS = {  # name -> ORDER BY expression (undated last when newest first)
    "date": "e.date {d}",
    "reported": "e.last_seen IS NULL, e.last_seen {d}",
    "type": "e.type {d}, e.date IS NULL, e.date DESC",
    "sources": "e.n_sources {d}, e.date IS NULL, e.date DESC",
    "mentions": "e.n_mentions {d}, e.date IS NULL, e.date DESC",
}
FACETS = ("type", "actor_country", "recipient_country", "sector", "modality", "source", "month")


@dataclass(frozen=True)
class EventFilter:
    """Every filter of the event table; empty means no filter."""

    actor: tuple[q.ActorMatch, ...] = ()
    recipient: tuple[q.ActorMatch, ...] = ()
    about: tuple[q.ActorMatch, ...] = ()  # either role; every one takes part
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    modality: tuple[str, ...] = ()
    search: str | None = None
    actor_country: tuple[str, ...] = ()
    recipient_country: tuple[str, ...] = ()
    sector: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    dated_only: bool = False
    located_only: bool = False


def _marks(values: tuple | list) -> str:
    return ",".join("?" * len(values))


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (over `events e`) and its parameters for a filter. Each
    filter is an `e.id IN (subquery)` that SQLite runs once (not per event)."""
    where, params = ["1=1"], []
    for role, matches in (("actor", f.actor), ("recipient", f.recipient), (None, f.about)):
        for match in matches:
            cond, p = match.sql("a")
            roles = f"a.role = '{role}'" if role else "a.role IN ('actor', 'recipient')"
            where.append(f"e.id IN (SELECT a.event_id FROM event_actors a WHERE {roles} AND "
                         f"{cond})")
            params.extend(p)
    if f.types:
        where.append(f"e.type IN ({_marks(f.types)})")
        params.extend(t.upper() for t in f.types)
    q.date_bounds(where, params, f.since, f.until)
    if f.dated_only:
        where.append("e.date IS NOT NULL")
    if f.located_only:
        where.append("json_extract(e.location, '$.lat') IS NOT NULL")
    if f.modality:
        where.append("e.id IN (SELECT m.event_id FROM event_mentions m WHERE "
                     f"m.modality IN ({_marks(f.modality)}))")
        params.extend(f.modality)
    for role, values in (("actor", f.actor_country), ("recipient", f.recipient_country)):
        if values:
            where.append(f"e.id IN (SELECT a.event_id FROM event_actors a WHERE "
                         f"a.country IN ({_marks(values)}) AND a.role = '{role}')")
            params.extend(values)
    if f.sector:
        where.append("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.role IN "
                     f"('actor', 'recipient') AND a.sector IN ({_marks(f.sector)}))")
        params.extend(f.sector)
    if f.source:
        where.append("e.id IN (SELECT m.event_id FROM articles r JOIN event_mentions m ON "
                     f"m.article_id = r.id WHERE r.source IN ({_marks(f.source)}))")
        params.extend(f.source)
    if f.search and q.fts_query(f.search):
        where.append("e.id IN (SELECT m.event_id FROM evidence_fts x JOIN event_mentions m "
                     "ON m.rowid = x.rowid WHERE evidence_fts MATCH ?)")
        params.append(q.fts_query(f.search))
    return " AND ".join(where), params


def event_ids(store: Store, f: EventFilter) -> list[str]:
    """Ids of every event matching the filter (no order)."""
    where, params = event_where(f)
    return [r["id"] for r in store.query(f"SELECT e.id FROM events e WHERE {where}",
                                         tuple(params))]


def event_page(store: Store, f: EventFilter, *, sort: str = "date", descending: bool = True,
               offset: int = 0, limit: int = 50) -> tuple[list[str], bool]:
    """One page of event ids in the chosen order, and whether more follow."""
    where, params = event_where(f)
    order = SORTS[sort].format(d="DESC" if descending else "ASC")
    if sort == "date" and not descending:
        order = "e.date IS NULL, e.date ASC"  # undated last; newest first walks the index
    rows = store.query(f"SELECT e.id FROM events e WHERE {where} ORDER BY {order}, e.id "
                       "LIMIT ? OFFSET ?", (*params, limit + 1, offset))
    ids = [r["id"] for r in rows]
    return ids[:limit], len(ids) > limit


def event_summaries(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """What a table row shows of each event, in the order of `ids`: its fields,
    actors and recipients (grouped as in `reads.group_refs`), the standings of its
    mentions and its first report. Lighter than `reads.events_by_id`: no mention
    record is decoded."""
    if not ids:
        return []
    marks = _marks(ids)
    events = {r["id"]: r for r in store.query(
        "SELECT id, type, cameo, date, date_precision, date_source, n_mentions, n_sources, "
        f"n_articles, first_seen, last_seen FROM events WHERE id IN ({marks})", tuple(ids))}
    actors = q.by_event(store.query(
        "SELECT a.event_id, a.role, a.entity_id, a.text, a.country, a.sector, n.name, "
        "n.kind, n.office FROM event_actors a LEFT JOIN entities n ON n.id = a.entity_id "
        f"WHERE a.event_id IN ({marks}) AND a.role IN ('actor', 'recipient') "
        "ORDER BY a.rowid", tuple(ids)))
    mentions = q.by_event(store.query(
        "SELECT m.event_id, m.modality, m.text, m.article_id, r.source, r.published FROM "
        f"event_mentions m JOIN articles r ON r.id = m.article_id WHERE m.event_id IN "
        f"({marks}) ORDER BY r.published, m.rowid", tuple(ids)))
    return [dict(ev, actors=q.group_refs([r for r in actors[i] if r["role"] == "actor"]),
                 recipients=q.group_refs([r for r in actors[i] if r["role"] == "recipient"]),
                 mentions=mentions[i])
            for i, ev in q.in_order(ids, events)]


def event_count(store: Store, f: EventFilter) -> int:
    where, params = event_where(f)
    return store.query(f"SELECT COUNT(*) AS n FROM events e WHERE {where}", tuple(params))[0]["n"]


def event_facets(store: Store, f: EventFilter, limit: int = 12) -> dict[str, list[dict]]:
    """Counts of the filtered events per value of each facet, largest first
    (months newest first)."""
    where, params = event_where(f)
    # Unfiltered, each facet is one pass over its own table; filtered, over the
    # matching ids, which SQLite collects once per facet query.
    ids = "" if where == "1=1" else f"AND a.event_id IN (SELECT e.id FROM events e WHERE {where})"
    mids = "" if where == "1=1" else f"AND m.event_id IN (SELECT e.id FROM events e WHERE {where})"
    sql = {
        "type": f"SELECT e.type AS value, COUNT(*) AS n FROM events e WHERE {where} "
                "GROUP BY 1",
        "actor_country": "SELECT a.country AS value, COUNT(DISTINCT a.event_id) AS n FROM "
                         f"event_actors a WHERE a.role = 'actor' AND a.country IS NOT NULL {ids} "
                         "GROUP BY 1",
        "recipient_country": "SELECT a.country AS value, COUNT(DISTINCT a.event_id) AS n FROM "
                             "event_actors a WHERE a.role = 'recipient' AND a.country IS NOT "
                             f"NULL {ids} GROUP BY 1",
        "sector": "SELECT a.sector AS value, COUNT(DISTINCT a.event_id) AS n FROM event_actors "
                  "a WHERE a.role IN ('actor', 'recipient') AND a.sector IS NOT NULL "
                  f"{ids} GROUP BY 1",
        "modality": "SELECT m.modality AS value, COUNT(DISTINCT m.event_id) AS n FROM "
                    f"event_mentions m WHERE 1=1 {mids} GROUP BY 1",
        "source": "SELECT r.source AS value, COUNT(DISTINCT m.event_id) AS n FROM "
                  "articles r JOIN event_mentions m ON m.article_id = r.id WHERE "
                  f"r.source IS NOT NULL {mids} GROUP BY 1",
        "month": "SELECT substr(e.date, 1, 7) AS value, COUNT(*) AS n FROM events e WHERE "
                 f"{where} AND length(e.date) >= 7 GROUP BY 1",
    }
    out = {}
    for name in FACETS:
        rows = store.query(sql[name] + " ORDER BY n DESC, value LIMIT ?", (*params, limit))
        out[name] = [{"value": r["value"], "count": r["n"]} for r in rows]
    out["month"].sort(key=lambda r: r["value"], reverse=True)
    return out


def latest_events(store: Store, limit: int = 10) -> list[str]:
    """Ids of the merged events reported last (reported twice or more first)."""
    return [r["id"] for r in store.query(
        "SELECT id FROM events WHERE last_seen IS NOT NULL ORDER BY last_seen DESC, "
        "n_sources DESC, id LIMIT ?", (limit,))]


def store_summary(store: Store) -> dict[str, Any]:
    row = store.query(
        "SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) "
        "AS events, (SELECT COUNT(*) FROM event_mentions) AS event_mentions, "
        "(SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM runs) AS runs, "
        "(SELECT MIN(published) FROM articles) AS first_published, "
        "(SELECT MAX(published) FROM articles) AS last_published")[0]
    return dict(row)


# --------------------------------------------------------------------------- articles

@dataclass(frozen=True)
class ArticleFilter:
    search: str | None = None
    source: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None


def _article_where(f: ArticleFilter) -> tuple[str, list[Any], str]:
    where, params, join = ["1=1"], [], ""
    if f.search and q.fts_query(f.search):
        join = "JOIN articles_fts x ON x.rowid = r.rowid"
        where.append("articles_fts MATCH ?")
        params.append(q.fts_query(f.search))
    if f.source:
        where.append(f"r.source IN ({_marks(f.source)})")
        params.extend(f.source)
    if f.since:
        where.append("r.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(r.published, 1, 10) <= ?")
        params.append(f.until)
    return " AND ".join(where), params, join


def article_page(store: Store, f: ArticleFilter, *, offset: int = 0,
                 limit: int = 20) -> tuple[list[dict[str, Any]], bool]:
    """Articles matching the filter (best match first when searching, else newest),
    each with a snippet and its number of event records."""
    where, params, join = _article_where(f)
    if join:
        cols = "snippet(articles_fts, 1, '\x02', '\x03', '…', 24) AS snippet, bm25(articles_fts)"
        order = "bm25(articles_fts)"
    else:
        cols = "substr(r.text, 1, 240) AS snippet, 0"
        order = "r.published IS NULL, r.published DESC, r.rowid"
    rows = store.query(
        f"SELECT r.id, r.title, r.source, r.published, r.url, {cols} AS rank, "
        "(SELECT COUNT(*) FROM event_mentions m WHERE m.article_id = r.id) AS events "
        f"FROM articles r {join} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        (*params, limit + 1, offset))
    for r in rows:
        r.pop("rank", None)
    return rows[:limit], len(rows) > limit


def article_facets(store: Store, f: ArticleFilter, limit: int = 12) -> dict[str, list[dict]]:
    where, params, join = _article_where(f)
    out = {}
    for name, expr in (("source", "r.source"), ("month", "substr(r.published, 1, 7)")):
        rows = store.query(f"SELECT {expr} AS value, COUNT(*) AS n FROM articles r {join} "
                           f"WHERE {where} AND {expr} IS NOT NULL GROUP BY 1 "
                           "ORDER BY n DESC, value LIMIT ?", (*params, limit))
        out[name] = [{"value": r["value"], "count": r["n"]} for r in rows]
    out["month"].sort(key=lambda r: r["value"], reverse=True)
    return out


def article_count(store: Store, f: ArticleFilter) -> int:
    where, params, join = _article_where(f)
    return store.query(f"SELECT COUNT(*) AS n FROM articles r {join} WHERE {where}",
                       tuple(params))[0]["n"]


def article_full(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with what the pipeline found in it: entity mentions, time
    expressions and event records (with their merged event ids), by offset."""
    rows = store.query("SELECT id, origin, title, url, source, published, published_source, "
                       "authors, text, pipeline_version, ingested_at FROM articles WHERE id = ?",
                       (article_id,))
    if not rows:
        return None
    article = rows[0]
    article["authors"] = json.loads(article["authors"] or "[]")
    article["entities"] = store.query(
        'SELECT m.start, m."end", m.text, m.entity_id, n.name, n.kind, n.country, n.sector '
        "FROM mentions m LEFT JOIN entities n ON n.id = m.entity_id WHERE m.article_id = ? "
        "ORDER BY m.start", (article_id,))
    article["timexes"] = store.query(
        'SELECT start, "end", text, type, value FROM timexes WHERE article_id = ? '
        "ORDER BY start", (article_id,))
    article["events"] = store.query(
        'SELECT id AS mention_id, event_id, type, cameo, date, modality, sentence, start, "end", '
        "trigger_start, trigger_end, confidence FROM event_mentions WHERE article_id = ? ORDER BY start, rowid",
        (article_id,))
    return article


# --------------------------------------------------------------------------- actors

def actor_rows(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """(event, date, type, cameo, role, actor) rows of the events matching `f`:
    the raw material of timelines and counterpart networks."""
    where, params = event_where(f)
    return store.query(
        "SELECT e.id AS event_id, e.date, e.date_precision, e.type, e.cameo, a.role, "
        "a.entity_id, a.country, a.sector, a.text, n.name, n.kind FROM events e "
        "JOIN event_actors a ON a.event_id = e.id AND a.role IN ('actor', 'recipient') "
        f"LEFT JOIN entities n ON n.id = a.entity_id WHERE {where}", tuple(params))


def entity_info(store: Store, match: q.ActorMatch) -> list[dict[str, Any]]:
    """The stored entities a name or code stands for, most mentioned first, with
    the offices they were mentioned with."""
    ids = list(match.entity_ids)
    if not ids and match.countries:
        ids = [r["id"] for r in store.query(
            f"SELECT id FROM entities WHERE country IN ({_marks(match.countries)}) AND kind IN "
            "('state', 'country', 'gpe')", match.countries)]
    if not ids:
        return []
    ids = ids[:50]
    rows = store.query(
        "SELECT n.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = n.id) AS mentions "
        f"FROM entities n WHERE n.id IN ({_marks(ids)}) ORDER BY mentions DESC", tuple(ids))
    offices = defaultdict(set)
    for r in store.query("SELECT entity_id, office FROM mentions WHERE office IS NOT NULL AND "
                         f"entity_id IN ({_marks(ids)})", tuple(ids)):
        offices[r["entity_id"]].add(r["office"])
    for r in rows:
        r["offices"] = sorted(offices[r["id"]])
    return rows


def actor_suggestions(store: Store, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
    return store.query(
        "SELECT n.name, n.kind, n.country, COUNT(a.rowid) AS events FROM entities n "
        "JOIN event_actors a ON a.entity_id = n.id WHERE n.name LIKE ? ESCAPE '\\' "
        "GROUP BY n.id ORDER BY events DESC LIMIT ?",
        (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit))


# --------------------------------------------------------------------------- map

def located_events(store: Store, f: EventFilter, limit: int = 2000) -> list[dict[str, Any]]:
    where, params = event_where(f)
    return store.query(
        "SELECT e.id, e.type, e.date, e.n_sources, json_extract(e.location, '$.name') AS place, "
        "json_extract(e.location, '$.country') AS country, "
        "json_extract(e.location, '$.lat') AS lat, json_extract(e.location, '$.lon') AS lon "
        f"FROM events e WHERE {where} AND json_extract(e.location, '$.lat') IS NOT NULL "
        "ORDER BY e.n_sources DESC, e.date DESC LIMIT ?", (*params, limit))


def events_per_country(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """Events per actor country (an event counts once per country taking part)."""
    where, params = event_where(f)
    return store.query(
        "SELECT a.country, COUNT(DISTINCT a.event_id) AS events FROM event_actors a "
        "WHERE a.role IN ('actor', 'recipient') AND a.country IS NOT NULL AND a.country != 'IGO' "
        f"AND a.event_id IN (SELECT e.id FROM events e WHERE {where}) GROUP BY a.country "
        "ORDER BY events DESC", tuple(params))


# --------------------------------------------------------------------------- runs and feeds

def runs(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    rows = store.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
    for r in rows:
        r["inputs"] = json.loads(r["inputs"] or "[]")
        r["failures"] = json.loads(r["failures"] or "[]")
    return rows


def feeds(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """Inputs articles came from (a feed, a file; the part of the origin before
    '#' or ':LINE'), with their counts, outlets and last publication date."""
    return store.query(
        "SELECT CASE WHEN instr(origin, '#') > 0 THEN substr(origin, 1, instr(origin, '#') - 1) "
        "WHEN substr(rtrim(origin, '0123456789'), -1) = ':' AND rtrim(origin, '0123456789') "
        "!= origin THEN substr(rtrim(origin, '0123456789'), 1, "
        "length(rtrim(origin, '0123456789')) - 1) ELSE origin END AS input, COUNT(*) AS articles, "
        "COUNT(DISTINCT source) AS sources, MAX(published) AS last_published, "
        "MAX(ingested_at) AS last_ingested FROM articles GROUP BY 1 ORDER BY articles DESC "
        "LIMIT ?", (limit,))
