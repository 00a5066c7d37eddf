"""Named read queries behind the web pages (`newsbrief serve`).

The web views hold no SQL: each page asks one of these by name. The event
filters are the CLI's (`--actor`, `--recipient`, `--type`, `--since`,
`--until`, `--modality`, `--search`) plus the facets of the event table
(actor and recipient country, sector, source).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from . import reads as q
from .migrations import SUMMARY_SIGNATURE
from .sqlite import Store

FACETS = ("type", "actor_country", "recipient_country", "sector", "modality", "source", "month")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"\d{4}-\d{2}")


@lru_cache(maxsize=4096)
def facet_months(value: str | None) -> tuple[str, ...]:
    """The months whose facet counts an event of this date: its own month for a day or a
    month; for a week ("2024-W49", "-WE" too), each month with one of its seven days,
    which is what that month's link (since/until its first and last day,
    `reads.date_bounds`) lists; none for a coarser date. Cached: a facet scan asks it
    once per event and dates repeat."""
    if not value:
        return ()
    week = _WEEK.match(value)
    if week:
        jan4 = date(int(week[1]), 1, 4)
        monday = jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=int(week[2]) - 1)
        return tuple(dict.fromkeys((monday.strftime("%Y-%m"),
                                    (monday + timedelta(days=6)).strftime("%Y-%m"))))
    return (value[:7],) if _MONTH.match(value) else ()


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


# Events whose evidence has the words; its size (in mentions) is FTS5's own count of
# its hits, one per mention, without looking each up in mention_events (a common
# word has 20,000: 12-20 ms).
_EVIDENCE_SET = ("e.id IN (SELECT k.event_id FROM mention_events k WHERE k.mention IN "
                 "(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))")
_SIZE_OF = {_EVIDENCE_SET: "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?"}


def _conditions(f: EventFilter) -> list[tuple[str, list[Any], str | None]]:
    """The filter as conditions over `events e`: (SQL, parameters, correlated form).
    A set filter is `e.id IN (subquery)`, which SQLite collects once; its
    correlated form, `EXISTS (...)` tested per event through an index on
    event_id, is for walking an order's index past a large set (see
    `planned_where`). Other conditions have None there."""
    out: list[tuple[str, list[Any], str | None]] = []

    def add_set(tables: str, alias: str, cond: str, params: list[Any]) -> None:
        out.append((f"e.id IN (SELECT {alias}.event_id FROM {tables} WHERE {cond})", params,
                    f"EXISTS (SELECT 1 FROM {tables} WHERE {alias}.event_id = e.id AND {cond})"))

    for role, matches in (("actor", f.actor), ("recipient", f.recipient), (None, f.about)):
        for match in matches:
            cond, p = match.sql("a")
            roles = f"a.role = '{role}'" if role else "a.role IN ('actor', 'recipient')"
            add_set("event_actors a", "a", f"{roles} AND {cond}", list(p))
    if f.types:
        out.append((f"e.type IN ({_marks(f.types)})", [t.upper() for t in f.types], None))
    if f.since or f.until:
        bounds: list[str] = []
        values: list[Any] = []
        q.date_bounds(bounds, values, f.since, f.until)
        out.append((" AND ".join(bounds), values, None))
    if f.dated_only:
        out.append(("e.date IS NOT NULL", [], None))
    if f.located_only:
        out.append(("json_extract(e.location, '$.lat') IS NOT NULL", [], None))
    if f.modality:
        add_set("event_mentions m", "m", f"m.modality IN ({_marks(f.modality)})",
                list(f.modality))
    for role, values in (("actor", f.actor_country), ("recipient", f.recipient_country)):
        if values:
            add_set("event_actors a", "a", f"a.country IN ({_marks(values)}) AND "
                    f"a.role = '{role}'", list(values))
    if f.sector:
        add_set("event_actors a", "a", f"a.sector IN ({_marks(f.sector)}) AND "
                "a.role IN ('actor', 'recipient')", list(f.sector))
    if f.source:
        # Collected through mention_events (the mentions' rowids are in the index
        # on article_id): reading event_id from event_mentions' wide rows cost a
        # page read per mention.
        marks = _marks(f.source)
        out.append((f"e.id IN (SELECT k.event_id FROM articles r JOIN event_mentions m ON "
                    f"m.article_id = r.id JOIN mention_events k ON k.mention = m.rowid WHERE "
                    f"r.source IN ({marks}))", list(f.source),
                    "EXISTS (SELECT 1 FROM event_mentions m JOIN articles r ON r.id = "
                    f"m.article_id WHERE m.event_id = e.id AND r.source IN ({marks}))"))
    if f.search and q.fts_query(f.search):
        words = q.fts_query(f.search)
        # Hits are mention rowids: the narrow mention_events gives their events; per
        # event, its mentions' rowids are in the event_id index of event_mentions.
        out.append((_EVIDENCE_SET, [words],
                    "EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND "
                    "m.rowid IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))"))
    return out


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (over `events e`) and its parameters for a filter."""
    where, params = ["1=1"], []
    for sql, p, _ in _conditions(f):
        where.append(sql)
        params.extend(p)
    return " AND ".join(where), params


def event_ids(store: Store, f: EventFilter) -> list[str]:
    """Ids of every event matching the filter (no order)."""
    where, params = event_where(f)
    return [r["id"] for r in store.query(f"SELECT e.id FROM events e WHERE {where}",
                                         tuple(params))]


# A set of at most this many events drives a query (its events are looked up and
# sorted); a larger one is tested while walking the index of the order instead.
SMALL_SET = 2000
# A set of more events than this is not collected at all: each event the walk
# meets is tested through an index on event_id instead.
LARGE_SET = 20000
# The evidence words' set (event mentions whose evidence has the words) is tested
# per event past evidence_bound(rows) hits, collected below: its EXISTS reads the
# full-text hits once, then one index probe per event walked. Collecting costs about
# the hits, walking about rows * events / hits, so the bound grows as the square
# root of the rows read: 2,000 for a page of 20 (the events of 15,000 hits, "trump":
# 12 ms collected, 1.7 walked), 10,000 for the 500-event facet sample (measured
# crossover between 4,131 and 11,702 hits), at most LARGE_SET (whole-corpus store;
# BENCHMARKS.md).
EVIDENCE_LARGE = 2000


# Event types drive a query up to type_bound(rows) events, else their events are tested
# while the order's index is walked (a table read per event met). Measured on the
# whole corpus (CPU, warm): for a page of 51, walking beats driving from 1,900 events up
# (0.7 against 1.0 ms; 8,000: 0.2 against 4-5 ms); for the 501-event facet sample the
# crossover is near 4,000 (3,960: 3.7 against 4.0 ms; 2,730: 4.8 against 1.9).
TYPE_SMALL = 800


def type_bound(rows: int) -> int:
    return min(LARGE_SET, int(TYPE_SMALL * math.sqrt(max(rows, 20) / 20)))


def evidence_bound(rows: int) -> int:
    return min(LARGE_SET, int(EVIDENCE_LARGE * math.sqrt(max(rows, 20) / 20)))


_TYPES = "e.type IN ("


def planned_where(store: Store, f: EventFilter, small: int | None = None,
                  sizes: dict[Any, int] | None = None, rows: int = 50,
                  sort: str | None = None) -> tuple[str, list[Any]]:
    """`event_where`, with a plan: the query is driven from the smallest set of
    events a filter names when it holds at most `small` (SMALL_SET) events (they are looked
    up and sorted); otherwise SQLite walks the index of the order and stops after
    one page, testing each event against the other sets: collected once (a unary
    + keeps SQLite from driving from them) up to LARGE_SET events, and past that
    through their correlated EXISTS (collecting 70,000 "asserted" events cost
    more than the page; the evidence words' set past `evidence_bound(rows)`
    hits). Each set is counted once, up to LARGE_SET (`sizes`: those counts, filled or reused by another plan of the same filter). `rows`:
    how many rows the query reads (see `evidence_bound`).

    With `sort` (the order the query walks, not "type"), the event types are a
    set like the others: they drive when they are the smallest set that may
    (at most `type_bound(rows)` events: 1,277 for a page of 51, 4,004 for the
    facet sample); otherwise they are tested on each event of the walk (`+e.type`): left to
    itself SQLite took every event of the type from its index and sorted them
    (8,000 events of a common type: 8-12 ms a page, where the walk tests about
    ten events per row)."""
    conds = _conditions(f)
    evidence_large = evidence_bound(rows)
    small = SMALL_SET if small is None else small
    sizes = {} if sizes is None else sizes
    bound = max(small, LARGE_SET)
    types = (next((k for k, c in enumerate(conds) if c[0].startswith(_TYPES)), None)
             if sort not in (None, "type") else None)
    for k, (sql, p, correlated) in enumerate(conds):
        if (correlated or k == types) and k not in sizes:
            inner = ("SELECT 1 FROM events e WHERE " + sql if k == types
                     else _SIZE_OF.get(sql, sql[len("e.id IN ("):-1]))
            sizes[k] = store.query(f"SELECT COUNT(*) AS n FROM ({inner} LIMIT {bound + 1})",
                                   tuple(p))[0]["n"]
    sets = [k for k, c in enumerate(conds) if c[2] or k == types]
    drives = [k for k in sets if sizes[k] <= (type_bound(rows) if k == types else small)]
    drive = min(drives, key=sizes.__getitem__) if drives else None
    # Two large sets can share few events ("rebels, from BBC News": 20 of 3,000
    # and 3,600): a walk tested every event of the order for both (40 ms a page
    # and as much again for the count). Their intersection, when small, drives.
    both: tuple[int, int] | None = None
    collected = sorted((k for k in sets if k != types and sizes[k] <= LARGE_SET),
                       key=sizes.__getitem__)
    if drive is None and len(collected) >= 2:
        a, b = collected[:2]
        inner = (f"{conds[a][0][len('e.id IN ('):-1]} INTERSECT "
                 f"{conds[b][0][len('e.id IN ('):-1]}")
        if ("both", a, b) not in sizes:
            sizes[("both", a, b)] = store.query(
                f"SELECT COUNT(*) AS n FROM ({inner} LIMIT {small + 1})",
                (*conds[a][1], *conds[b][1]))[0]["n"]
        if sizes[("both", a, b)] <= small:
            both = a, b
    where, params = ["1=1"], []
    for k, (sql, p, correlated) in enumerate(conds):
        if both and k in both:
            if k == both[0]:
                where.append(f"e.id IN ({inner})")
                params.extend((*conds[both[0]][1], *conds[both[1]][1]))
            continue
        if k == types and k != drive:
            where.append("+" + sql)  # tested per event of the walk
        elif k == drive or not correlated:
            where.append(sql)
        elif sizes[k] > (evidence_large if sql == _EVIDENCE_SET else LARGE_SET):
            where.append(correlated)  # too large to collect: tested per event
        else:
            where.append("+" + sql)  # collected once, not used to drive
        params.extend(p)
    return " AND ".join(where), params


@dataclass(frozen=True)
class Sort:
    """An order of the event table: index keys walked in one direction, the event
    id last; a nullable first key puts the events without it after the others."""

    keys: tuple[str, ...]
    nullable: str | None = None

    def parts(self) -> list[tuple[str, tuple[str, ...]]]:
        """(condition, keys) of each part walked in turn."""
        if self.nullable:
            return [(f"{self.nullable} IS NOT NULL", self.keys),
                    (f"{self.nullable} IS NULL", ("e.id",))]
        return [("1=1", self.keys)]


SORTS: dict[str, Sort] = {  # undated (or never reported) last, in both directions
    # date_order: the date, a week ("2016-W13") as its Monday (a virtual column of
    # schema 14: as text a week sorts after its year's days)
    "date": Sort(("e.date_order", "e.id"), nullable="e.date"),
    "reported": Sort(("e.last_seen", "e.id"), nullable="e.last_seen"),
    # sort_date: date_order (a week as its Monday), '' when undated (a virtual column of
    # schema 12, on date_order since schema 15; indexed
    # with the first key, so the cursor's row is sought in the index).
    "type": Sort(("e.type", "e.sort_date", "e.id")),
    "sources": Sort(("e.n_sources", "e.sort_date", "e.id")),
    "mentions": Sort(("e.n_mentions", "e.sort_date", "e.id")),
}


@dataclass(frozen=True)
class Position:
    """Where a page starts in an ordered result: the part of the order and the
    keys of the last row before it (keyset paging), and how many rows came
    before (shown as "51-100", not used to find them)."""

    part: int = 0
    keys: tuple[Any, ...] | None = None
    before: int = 0
    order: str | None = None  # "sort:desc" the keys belong to


def event_page(store: Store, f: EventFilter, *, sort: str = "date", descending: bool = True,
               after: Position = Position(), limit: int = 50,
               where: tuple[str, list[Any]] | None = None, read: int = 0
               ) -> tuple[list[str], Position | None]:
    """One page of event ids in the chosen order and the position of the next page
    (None after the last). Each part of the order is one walk down an index from
    the position: no OFFSET, so the hundredth page costs what the first does.
    `read` > limit reads that many rows in the same walk (more ids than the page:
    a facet sample) and returns them all; the position is still the page's."""
    if limit <= 0:
        return [], None
    spec = SORTS[sort]
    d, op = ("DESC", "<") if descending else ("ASC", ">")
    order = f"{sort}:{d.lower()}"
    if after.keys is not None and after.order != order:
        raise ValueError("cursor does not fit this order")
    where_sql, params = where or planned_where(store, f, sort=sort)
    ids: list[str] = []
    at: list[tuple[int, tuple[Any, ...]]] = []  # (part, keys) of each row
    for part, (cond, keys) in enumerate(spec.parts()):
        if part < after.part:
            continue
        sql, p = f"{where_sql} AND {cond}", list(params)
        if part == after.part and after.keys is not None:
            if len(after.keys) != len(keys):
                raise ValueError("cursor does not fit this order")
            sql += f" AND ({', '.join(keys)}) {op} ({', '.join('?' * len(keys))})"
            p.extend(after.keys)
        need = max(limit + 1, read) - len(ids)
        rows = store.conn.execute(
            f"SELECT {', '.join(keys)} FROM events e WHERE {sql} ORDER BY "
            f"{', '.join(k + ' ' + d for k in keys)} LIMIT ?", (*p, need)).fetchall()
        for r in rows:
            ids.append(r[len(keys) - 1])
            at.append((part, tuple(r)))
        if len(ids) >= max(limit + 1, read):
            break
    if len(ids) <= limit:
        return ids, None
    # The next page starts after the last row shown (the limit-th).
    part, keys = at[limit - 1]
    return ids[:max(limit, read)], Position(part, keys, after.before + limit, order)


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


# Counts stop here: "5,000+ events" (a count over every match costs what the
# matches cost; a page must not).
COUNT_BOUND = 5000
# Facets of a filtered table are counted over at most this many of its newest events.
FACET_SAMPLE = 500


def is_unfiltered(f: EventFilter) -> bool:
    return not _conditions(f)


def store_facets(store: Store) -> dict[str, list[dict]] | None:
    """The whole store's facet counts (table facet_counts, largest first, with
    '' -> total), or None when they are not current (written since)."""
    try:
        row = store.query("SELECT signature = " + SUMMARY_SIGNATURE + " AS ok FROM "
                          "summary_state WHERE name = 'facet_counts'")
    except sqlite3.OperationalError:
        return None  # a store made before the summary existed
    if not row or not row[0]["ok"]:
        return None
    out: dict[str, list[dict]] = defaultdict(list)
    for r in store.query("SELECT facet, value, n FROM facet_counts ORDER BY facet, n DESC, "
                         "value"):
        out[r["facet"]].append({"value": r["value"], "count": r["n"]})
    return dict(out)


def event_count(store: Store, f: EventFilter,
                summary: dict[str, list[dict]] | None = None,
                sizes: dict[Any, int] | None = None) -> tuple[int, bool]:
    """How many events match, and whether that is exact: counted up to
    COUNT_BOUND (then (COUNT_BOUND, False)); the whole store's total comes from
    its summary (`store_facets`) when current."""
    if is_unfiltered(f) and summary is not None:
        return summary[""][0]["count"], True
    conds = _conditions(f)
    if len(conds) == 1 and conds[0][2] is not None:
        # One set: count its distinct events without reading them.
        sql, p, _ = conds[0]
        n = store.query(f"SELECT COUNT(*) AS n FROM (SELECT DISTINCT * FROM "
                        f"({sql[len('e.id IN ('):-1]}) LIMIT {COUNT_BOUND + 1})", tuple(p)
                        )[0]["n"]
        return (n, True) if n <= COUNT_BOUND else (COUNT_BOUND, False)
    # Counted from the smallest set a filter names (up to LARGE_SET events), each
    # of its events tested for the rest: left to itself SQLite drove from the
    # largest (70,000 asserted events for "asserted, from ABC News": 45-80 ms).
    where_sql, params = planned_where(store, f, small=LARGE_SET, sizes=sizes,
                                      rows=COUNT_BOUND)
    n = store.query(f"SELECT COUNT(*) AS n FROM (SELECT 1 FROM events e WHERE {where_sql} "
                    f"LIMIT {COUNT_BOUND + 1})", tuple(params))[0]["n"]
    return (n, True) if n <= COUNT_BOUND else (COUNT_BOUND, False)


# Events whose facet values `facet_values` keeps in memory at most (about 200 bytes
# an event: 14 MB for the 75,000 events of the whole corpus).
FACET_VALUES_MAX = 1_000_000


def facet_values(store: Store, most: int = FACET_VALUES_MAX
                 ) -> dict[str, tuple[tuple[str, str], ...]] | None:
    """Each event's facet values, as `event_facets` counts them: (facet, value)
    pairs, each once (type; month of a date of at least a month; actor and
    recipient country and sector of its actor rows; modality and outlet of its
    mentions), read in one transaction (one state of the store). A facet panel
    counts its sample from these without SQL. None past `most` events."""
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        if conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] > most:
            return None
        sources = dict(conn.execute("SELECT id, source FROM articles WHERE source IS NOT NULL"))
        found: dict[str, list[tuple[str, str]]] = {}
        for event_id, type_, date in conn.execute("SELECT id, type, date FROM events"):
            found[event_id] = [pairs.setdefault(("type", type_), ("type", type_))]
            for month in facet_months(date):
                pair = ("month", month)
                found[event_id].append(pairs.setdefault(pair, pair))
        for event_id, role, country, sector in conn.execute(
                "SELECT event_id, role, country, sector FROM event_actors "
                "WHERE role IN ('actor', 'recipient')"):
            row = found.get(event_id)
            if row is None:
                continue
            if country is not None:
                pair = (role + "_country", country)
                row.append(pairs.setdefault(pair, pair))
            if sector is not None:
                row.append(pairs.setdefault(("sector", sector), ("sector", sector)))
        for event_id, modality, article_id in conn.execute(
                "SELECT event_id, modality, article_id FROM event_mentions"):
            row = found.get(event_id)
            if row is None:
                continue
            row.append(pairs.setdefault(("modality", modality), ("modality", modality)))
            source = sources.get(article_id)
            if source is not None:
                row.append(pairs.setdefault(("source", source), ("source", source)))
    finally:
        if own:
            conn.execute("COMMIT")
    return {event_id: tuple(dict.fromkeys(row)) for event_id, row in found.items()}


def _ranked(counts: dict[str, dict[str, int]], limit: int) -> dict[str, list[dict]]:
    out = {}
    for name in FACETS:
        ranked = sorted(counts[name].items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        out[name] = [{"value": v, "count": n} for v, n in ranked]
    out["month"].sort(key=lambda r: r["value"], reverse=True)
    return out


def event_facets(store: Store, f: EventFilter, limit: int = 12,
                 where: tuple[str, list[Any]] | None = None,
                 summary: dict[str, list[dict]] | None = None,
                 sample: tuple[list[str], bool] | None = None,
                 values: dict[str, tuple[tuple[str, str], ...]] | None = None
                 ) -> tuple[dict[str, list[dict]], int | None]:
    """Counts of the filtered events per value of each facet, largest first
    (months newest first), and over how many events when not over all of them:
    the whole store's counts come from its summary (`store_facets`) when current;
    a filter's are counted over its FACET_SAMPLE newest events (exact when it has
    no more). `sample`: the newest matching ids already read, and whether more
    match; `values`: `facet_values` of the store's present state (the sample is
    counted from it, without SQL, when it holds every event of the sample)."""
    if is_unfiltered(f) and summary is not None:
        out = {name: summary.get(name, [])[:limit] for name in FACETS}
        out["month"] = sorted(out["month"], key=lambda r: r["value"], reverse=True)
        return out, None
    if sample is None:
        ids, nxt = event_page(store, f, sort="date", limit=FACET_SAMPLE,
                              where=where or planned_where(store, f, rows=FACET_SAMPLE,
                                                           sort="date"))
        sample = ids, nxt is not None
    ids, more = sample[0][:FACET_SAMPLE], sample[1] or len(sample[0]) > FACET_SAMPLE
    counts: dict[str, dict[str, int]] = {name: defaultdict(int) for name in FACETS}
    if values is not None:
        try:
            rows = [values[i] for i in ids]
        except KeyError:
            rows = None  # an event newer than the values: counted by SQL
        if rows is not None:
            for row in rows:
                for name, value in row:
                    counts[name][value] += 1
            return _ranked(counts, limit), (len(ids) if more else None)
    for chunk in q._chunks(ids):
        marks = _marks(chunk)
        for r in store.conn.execute(f"SELECT type, date FROM events "
                                    f"WHERE id IN ({marks})", tuple(chunk)):
            counts["type"][r[0]] += 1
            for month in facet_months(r[1]):
                counts["month"][month] += 1
        # Each event's actors and mentions, read once (covering indexes), counted here:
        # an event counts once per value.
        seen: dict[str, set] = {name: set() for name in FACETS}
        for event_id, role, country, sector in store.conn.execute(
                "SELECT event_id, role, country, sector FROM event_actors WHERE event_id IN "
                f"({marks}) AND role IN ('actor', 'recipient')", tuple(chunk)):
            if country is not None:
                seen[role + "_country"].add((event_id, country))
            if sector is not None:
                seen["sector"].add((event_id, sector))
        for event_id, modality, source in store.conn.execute(
                "SELECT m.event_id, m.modality, r.source FROM event_mentions m JOIN articles r "
                f"ON r.id = m.article_id WHERE m.event_id IN ({marks})", tuple(chunk)):
            seen["modality"].add((event_id, modality))
            if source is not None:
                seen["source"].add((event_id, source))
        for name, pairs in seen.items():
            for _, value in pairs:
                counts[name][value] += 1
    return _ranked(counts, limit), (len(ids) if more else None)


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
        # FTS5's own rank order: the snippet is made for the rows shown only.
        cols = "snippet(articles_fts, 1, '\x02', '\x03', '…', 24) AS snippet, x.rank"
        order = "x.rank"
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
    """Matching articles per outlet and per month (one pass over at most
    COUNT_BOUND matches)."""
    where, params, join = _article_where(f)
    counts: dict[str, dict[str, int]] = {"source": defaultdict(int), "month": defaultdict(int)}
    if join:
        # The matches' rowids, tested while reading the (source, published) index:
        # no article row is read.
        sql = ("SELECT r.source, substr(r.published, 1, 7) FROM articles r INDEXED BY "
               "articles_facets WHERE r.rowid IN (SELECT rowid FROM articles_fts WHERE "
               f"articles_fts MATCH ?) AND {where.replace('articles_fts MATCH ?', '1=1')} "
               f"LIMIT {COUNT_BOUND}")
    else:
        sql = (f"SELECT r.source, substr(r.published, 1, 7) FROM articles r WHERE {where} "
               f"LIMIT {COUNT_BOUND}")
    for r in store.conn.execute(sql, tuple(params)):
        if r[0] is not None:
            counts["source"][r[0]] += 1
        if r[1] is not None:
            counts["month"][r[1]] += 1
    out = {}
    for name, values in counts.items():
        ranked = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        out[name] = [{"value": v, "count": n} for v, n in ranked]
    out["month"].sort(key=lambda r: r["value"], reverse=True)
    return out


def article_count(store: Store, f: ArticleFilter) -> tuple[int, bool]:
    """Matching articles, counted up to COUNT_BOUND (exact: the second value)."""
    where, params, join = _article_where(f)
    if join and where == "1=1 AND articles_fts MATCH ?":
        # Words alone: FTS5 counts its own matches without reading the articles.
        n = store.query("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?",
                        tuple(params))[0]["n"]
        return n, True
    n = store.query(f"SELECT COUNT(*) AS n FROM (SELECT 1 FROM articles r {join} WHERE {where} "
                    f"LIMIT {COUNT_BOUND + 1})", tuple(params))[0]["n"]
    return (n, True) if n <= COUNT_BOUND else (COUNT_BOUND, False)


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


def actor_rows_for(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """`actor_rows` of these events (a page's bounded sample of an actor's events)."""
    out: list[dict[str, Any]] = []
    for chunk in q._chunks(ids):
        out += store.query(
            "SELECT e.id AS event_id, e.date, e.date_precision, e.type, e.cameo, a.role, "
            "a.entity_id, a.country, a.sector, a.text, n.name, n.kind FROM events e "
            "JOIN event_actors a ON a.event_id = e.id AND a.role IN ('actor', 'recipient') "
            f"LEFT JOIN entities n ON n.id = a.entity_id WHERE e.id IN ({_marks(chunk)})",
            tuple(chunk))
    return out


def summary_current(store: Store, name: str) -> bool:
    """Whether the summary table `name` (see summary_state) is of the store's
    present state."""
    try:
        row = store.query("SELECT signature = " + SUMMARY_SIGNATURE + " AS ok FROM "
                          "summary_state WHERE name = ?", (name,))
    except sqlite3.OperationalError:
        return False
    return bool(row and row[0]["ok"])


def actor_days(store: Store, code: str, since: str | None = None,
               until: str | None = None) -> list[tuple[str | None, str, str | None, int, int, int]]:
    """A country's events per (date, type, CAMEO code), from the summary table
    actor_days (current: check `summary_current(store, 'actor_days')`), within
    the dates the event table's since/until keep: (date or None, type, cameo or
    None, events, rows in the actor role, rows in the recipient role)."""
    where, params = ["actor = ?"], [code]
    if since or until:
        where.append("date != ''")
    q.date_bounds(where, params, since, until, col="date")
    return [(r[0] or None, r[1], r[2] or None, r[3], r[4], r[5]) for r in store.conn.execute(
        "SELECT date, type, cameo, events, as_actor, as_recipient FROM actor_days "
        f"WHERE {' AND '.join(where)}", tuple(params))]


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
    # Distinct pairs from the partial index mentions_office (schema 13).
    for r in store.query("SELECT DISTINCT entity_id, office FROM mentions WHERE office IS NOT "
                         f"NULL AND entity_id IN ({_marks(ids)})", tuple(ids)):
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
        "ORDER BY e.n_sources DESC, e.date_order DESC LIMIT ?", (*params, limit))


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
    """The newest runs with their status (`Store.runs`: an interrupted run tells
    what it stored), inputs and failures decoded by it."""
    return store.runs(newest=limit)


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
