"""Named read queries over the store. The SQL lives here, next to the schema;
newsbrief.knowledge turns the rows into timelines, briefs and exports.

Only the store holds SQL: these functions take a Store and plain filters and
return the typed records of newsbrief.stored; nobody else decodes the JSON
columns."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import Event, Location, key_floor
from ..stored import (ActorSummary, EntitySummary, MergedEvent, Participation, SearchHit,
                      StoredMention)
from .migrations import week_sql
from .sqlite import Store

ISO3_OR_IGO = frozenset({"IGO"})


@dataclass(frozen=True)
class ActorMatch:
    """What a user's actor name or code stands for in the store."""

    query: str
    entity_ids: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    def sql(self, alias: str = "a") -> tuple[str, list[Any]]:
        parts, params = [f"lower({alias}.text) = lower(?)"], [self.query]
        if self.entity_ids:
            parts.append(f"{alias}.entity_id IN ({','.join('?' * len(self.entity_ids))})")
            params.extend(self.entity_ids)
        if self.countries:
            parts.append(f"{alias}.country IN ({','.join('?' * len(self.countries))})")
            params.extend(self.countries)
        return "(" + " OR ".join(parts) + ")", params


@dataclass(frozen=True)
class EventQuery:
    """Filters over merged events (the CLI's `events`, `export`, briefs)."""

    # Names or ISO3 codes (or an ActorMatch already resolved), in the actor role.
    actor: tuple[str | ActorMatch, ...] = ()
    recipient: tuple[str | ActorMatch, ...] = ()
    about: tuple[str | ActorMatch, ...] = ()  # in either role; every one must take part
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    search: str | None = None
    dated_only: bool = False
    # Only events whose date the text gives (their own words, or another telling of
    # the act in the article: date_source "text"/"carried"): leaves out events dated
    # by the publication day alone and undated background ("published"/"none").
    text_dated_only: bool = False
    # Only events with a mention of at least this confidence ([events] threshold) or
    # marked its article's main act (`key`, events.mainact) at or above
    # `records.key_floor` of it.
    min_confidence: float = 0.0
    order: str = "desc"  # by date
    limit: int | None = None


def kept_sql(threshold: float, table: str = "") -> tuple[str, tuple[float, float]]:
    """`records.is_kept` as an SQL condition over `event_mentions` (`table`: its alias in the
    query, if any) and its two parameters: at or above `threshold`, or marked key at or
    above `records.key_floor(threshold)`. The one SQL copy of the rule."""
    col = f"{table}." if table else ""
    return (f"({col}confidence >= ? OR ({col}key = 1 AND {col}confidence >= ?))",
            (float(threshold), key_floor(threshold)))


def resolve_actor(store: Store, name: str) -> ActorMatch:
    """An ISO3 code stands for the country; a name for the entities so named, and
    for their country when one of them is the state itself ("North Korea")."""
    name = name.strip()
    if len(name) == 3 and name.isalpha() and name.isupper():
        return ActorMatch(name, countries=(name,))
    rows = store.query("SELECT id, kind, country FROM entities WHERE lower(name) = lower(?) "
                       "OR id IN (SELECT DISTINCT entity_id FROM mentions WHERE "
                       "lower(text) = lower(?) LIMIT 50)", (name, name))
    countries = sorted({r["country"] for r in rows
                        if r["country"] and r["kind"] in ("state", "country", "place", "gpe")})
    return ActorMatch(name, tuple(r["id"] for r in rows), tuple(countries))


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must occur (quoted, so no syntax errors)."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words)


def event_ids(store: Store, query: EventQuery) -> list[str]:
    """Ids of merged events matching every filter, by date (undated last)."""
    types, since, until = query.types, query.since, query.until
    modality, search, limit = query.modality, query.search, query.limit
    where, params = ["1=1"], []
    for role, names in (("actor", query.actor), ("recipient", query.recipient),
                        (None, query.about)):
        for match in (n if isinstance(n, ActorMatch) else resolve_actor(store, n)
                      for n in names):
            cond, p = match.sql("a")
            roles = f"a.role = '{role}'" if role else "a.role IN ('actor', 'recipient')"
            where.append(f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND "
                         f"{roles} AND {cond})")
            params.extend(p)
    if types:
        where.append(f"e.type IN ({','.join('?' * len(types))})")
        params.extend(t.upper() for t in types)
    date_bounds(where, params, since, until)
    if query.dated_only:
        where.append("e.date IS NOT NULL")
    if query.text_dated_only:
        where.append("e.date IS NOT NULL AND e.date_source IN ('text', 'carried')")
    if query.min_confidence > 0:
        kept, kept_params = kept_sql(query.min_confidence, "m")
        where.append(f"EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND {kept})")
        params.extend(kept_params)
    if modality:
        where.append("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND "
                     "m.modality = ?)")
        params.append(modality)
    if search:
        where.append("e.id IN (SELECT m.event_id FROM evidence_fts f JOIN event_mentions m "
                     "ON m.rowid = f.rowid WHERE evidence_fts MATCH ?)")
        params.append(fts_query(search))
    direction = "DESC" if query.order == "desc" else "ASC"
    # A week ("2016-W13") sorts as its Monday (`date_order`, schema 14): as a string it
    # would follow every day of its year.
    sql = (f"SELECT e.id FROM events e WHERE {' AND '.join(where)} "
           f"ORDER BY e.date IS NULL, e.date_order {direction}, e.n_sources DESC, e.id "
           f"LIMIT {-1 if limit is None else int(limit)}")
    return [r["id"] for r in store.query(sql, tuple(params))]


def date_bounds(where: list[str], params: list[Any], since: str | None,
                 until: str | None, col: str = "e.date") -> None:
    """Conditions on a merged event's date (alias e, or `col`); an undated event is
    outside any bound. A partial date ("2024-06") is compared at its own precision, and
    a week ("2024-W49", which sorts after its year's days) by its days: it is kept when
    any of them lies within the bounds, as a month is."""
    is_week, monday = week_sql(col)
    if since:
        # The year bound (implied by the exact test) lets SQLite seek a date index.
        where.append(f"{col} >= ? AND CASE WHEN {is_week} THEN date({monday}, '+6 days') >= ? "
                     f"ELSE {col} >= substr(?, 1, length({col})) END")
        params.extend((_seek_since(since), since, since))
    if until:
        # (the first test, a range on the index: the year's days and weeks)
        where.append(f"{col} IS NOT NULL AND {col} <= ? AND "
                     f"CASE WHEN {is_week} THEN {monday} <= ? ELSE {col} <= ? END")
        params.extend((_seek_until(until), until, until))


def _seek_since(since: str) -> str:
    """The lowest stored date value a `since` bound can keep: its year, or the last
    weeks of the year before when the bound falls on January 1st to 3rd ("2015-W53"
    runs to 3 January 2016, and sorts after 2015's days)."""
    year = since[:4]
    if year.isdigit() and since[5:] <= "01-03":
        return f"{int(year) - 1:04d}-W52"
    return year


def _seek_until(until: str) -> str:
    """The highest stored date value an `until` bound can keep: its year's days and
    weeks, and the first week of the next year when the bound falls on December 29th
    to 31st ("2020-W01" begins on 30 December 2019)."""
    year = until[:4]
    if year.isdigit() and until[5:] >= "12-29":
        return f"{int(year) + 1:04d}-W01~"
    return year + "-W~"


def _chunks(ids: list[str], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def events_by_id(store: Store, ids: list[str]) -> list[MergedEvent]:
    """Merged events with their actors, standings and mentions (with article
    source, URL and title), in the order of `ids`."""
    if not ids:
        return []
    events: dict[str, dict[str, Any]] = {}
    actor_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        events.update((r["id"], r) for r in store.query(
            f"SELECT * FROM events WHERE id IN ({marks})", tuple(chunk)))
        actor_rows += store.query(
                "SELECT a.event_id, a.mention_id, a.role, a.entity_id, a.text, a.country, "
                "a.sector, n.name, n.kind, n.office, (SELECT k.role FROM mentions k JOIN "
                "event_mentions em ON em.id = a.mention_id WHERE k.entity_id = a.entity_id AND "
                "k.article_id = em.article_id AND k.role IS NOT NULL LIMIT 1) AS kb_role "
                "FROM event_actors a LEFT JOIN entities n ON "
                f"n.id = a.entity_id WHERE a.event_id IN ({marks}) ORDER BY a.rowid",
                tuple(chunk))
        mention_rows += store.query(
                "SELECT m.id, m.event_id, m.article_id, m.modality, m.date, m.date_source, "
                'm.sentence, m.start, m."end", m.text, m.confidence, m.record, '
                "m.trigger_start, m.trigger_end, a.source, a.url, a.title, a.published FROM event_mentions m JOIN articles a "
                f"ON a.id = m.article_id WHERE m.event_id IN ({marks}) "
                "ORDER BY a.published, m.rowid", tuple(chunk))
    actors, mentions = by_event(actor_rows), by_event(mention_rows)
    out = []
    for event_id, ev in in_order(ids, events):
        rows = actors[event_id]
        by_mention: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            if r["role"] == "attributed_to":
                by_mention[r["mention_id"]].append(r)
        out.append(MergedEvent(
            id=ev["id"], type=ev["type"], mode=ev["mode"], context=ev["context"],
            cameo=ev["cameo"], date=ev["date"], date_precision=ev["date_precision"],
            date_source=ev["date_source"],
            location=Location.from_dict(json.loads(ev["location"])) if ev["location"] else None,
            n_mentions=ev["n_mentions"], n_articles=ev["n_articles"],
            n_sources=ev["n_sources"], first_seen=ev["first_seen"], last_seen=ev["last_seen"],
            pipeline_version=ev["pipeline_version"],
            actors=group_refs([r for r in rows if r["role"] == "actor"]),
            recipients=group_refs([r for r in rows if r["role"] == "recipient"]),
            attributed_to=group_refs([r for r in rows if r["role"] == "attributed_to"]),
            about=group_refs([r for r in rows if r["role"] == "about"]),
            mentions=tuple(_mention(m, group_refs(by_mention[m["id"]]))
                           for m in mentions[event_id]),
            standings=dict(Counter(m["modality"] for m in mentions[event_id]))))
    return out


def by_event(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by their `event_id`, each group in the rows' order (an event
    without rows has an empty group)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["event_id"]].append(r)
    return groups


def in_order(ids: list[str], found: dict[str, Any]) -> list[tuple[str, Any]]:
    """(id, row) in the order of `ids`, leaving out ids no row was found for."""
    return [(i, found[i]) for i in ids if i in found]


def _mention(row: dict[str, Any], attributed_to: tuple[ActorSummary, ...]) -> StoredMention:
    return StoredMention(
        id=row["id"], event_id=row["event_id"], article_id=row["article_id"],
        modality=row["modality"], date=row["date"], date_source=row["date_source"],
        sentence=row["sentence"], start=row["start"], end=row["end"], text=row["text"],
        confidence=row["confidence"], record=Event.from_dict(json.loads(row["record"])),
        source=row["source"], url=row["url"], title=row["title"],
        published=row["published"], attributed_to=attributed_to,
        trigger_start=row["trigger_start"], trigger_end=row["trigger_end"])


def group_refs(rows: list[dict[str, Any]]) -> tuple[ActorSummary, ...]:
    """One entry per distinct actor: by entity, else by country+sector, else by text;
    named by the entity's name, else the most used text."""
    groups: dict[tuple, dict[str, Any]] = {}
    texts: dict[tuple, Counter] = defaultdict(Counter)
    for r in rows:
        key = (("e", r["entity_id"]) if r["entity_id"] else
               ("c", r["country"], r["sector"]) if r["country"] else ("t", r["text"].lower()))
        texts[key][r["text"]] += 1
        g = groups.setdefault(key, {"name": r.get("name"), "entity_id": r["entity_id"],
                                    "country": r["country"], "sector": r["sector"],
                                    "kind": r.get("kind"), "office": r.get("office"),
                                    "role": r.get("kb_role"), "mentions": 0})
        g["mentions"] += 1
    for key, g in groups.items():
        if not g["name"]:
            g["name"] = texts[key].most_common(1)[0][0]
    return tuple(ActorSummary(**g) for g in groups.values())


def entities(store: Store, country: str | None = None,
             limit: int | None = None) -> list[EntitySummary]:
    where, params = "", []
    if country:
        where, params = "WHERE n.country = ?", [country.upper()]
    return [EntitySummary(**r) for r in store.query(
        "SELECT n.id, n.name, n.kind, n.country, n.sector, n.office, n.igo, n.kb_id, "
        "COUNT(m.rowid) AS mentions, COUNT(DISTINCT m.article_id) AS articles, "
        "(SELECT COUNT(DISTINCT a.event_id) FROM event_actors a WHERE a.entity_id = n.id) "
        "AS events FROM entities n LEFT JOIN mentions m ON m.entity_id = n.id "
        f"{where} GROUP BY n.id ORDER BY mentions DESC, n.name "
        f"LIMIT {-1 if limit is None else int(limit)}", tuple(params))]


def state_names(store: Store) -> dict[str, str]:
    """Country code -> the name its state entity is most often stored under."""
    rows = store.query("SELECT n.country, n.name, COUNT(m.rowid) AS c FROM entities n "
                       "LEFT JOIN mentions m ON m.entity_id = n.id WHERE n.kind IN "
                       "('state', 'country', 'gpe') AND n.country IS NOT NULL "
                       "GROUP BY n.id ORDER BY c DESC")
    names: dict[str, str] = {}
    for r in rows:
        names.setdefault(r["country"], r["name"])
    return names


def participations(store: Store, since: str | None = None,
                   until: str | None = None) -> list[Participation]:
    """One row per (event, role, actor) for events with a reported (asserted or
    alleged) mention: the raw material of `newsbrief actors`."""
    where, params = ["a.role IN ('actor', 'recipient')"], []
    date_bounds(where, params, since, until)
    return [Participation(**r) for r in store.query(
        "SELECT DISTINCT e.id AS event_id, e.type, e.cameo, e.date, e.n_sources, "
        "e.n_mentions, a.role, a.entity_id, a.country, a.sector, a.text, n.name, n.kind "
        "FROM events e JOIN event_actors a ON a.event_id = e.id "
        "LEFT JOIN entities n ON n.id = a.entity_id "
        f"WHERE {' AND '.join(where)} AND EXISTS (SELECT 1 FROM event_mentions m WHERE "
        "m.event_id = e.id AND m.modality IN ('asserted', 'alleged'))", tuple(params))]


def search_text(store: Store, text: str, limit: int = 20) -> list[SearchHit]:
    """Full-text hits in article text and in event evidence, best first."""
    store.index_pending()  # articles stored since the last batch are searchable too
    q = fts_query(text)
    if not q:
        return []
    hits = store.query(
        "SELECT 'article' AS kind, a.id AS article_id, NULL AS event_id, a.title, a.source, "
        "a.published, a.url, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, "
        "bm25(articles_fts) AS rank FROM articles_fts JOIN articles a ON a.rowid = "
        "articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (q, limit))
    hits += store.query(
        "SELECT 'evidence' AS kind, m.article_id, m.event_id, a.title, a.source, a.published, "
        "a.url, snippet(evidence_fts, 0, '[', ']', '…', 16) AS snippet, "
        "bm25(evidence_fts) AS rank FROM evidence_fts JOIN event_mentions m ON "
        "m.rowid = evidence_fts.rowid JOIN articles a ON a.id = m.article_id "
        "WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?", (q, limit))
    return [SearchHit(**h) for h in hits]


def _topic_pattern(term: str) -> tuple[str, "re.Pattern[str]"]:
    """The stem of a topic's name and a regex for the name and its adjective: the last
    word loses a final vowel ("Ukraine" -> "Ukrain": Ukrainian; "Syria" -> "Syri")."""
    import re

    words = [w for w in re.findall(r"[\w'’-]+", term) if w]
    if not words:
        return "", re.compile(r"(?!)")
    last = words[-1]
    if len(last) > 4 and last[-1].lower() in "aeiouy":
        last = last[:-1]
    stem = words[:-1] + [last]
    rx = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in stem) + r"\w*", re.I)
    return " ".join(stem), rx


def articles_about(store: Store, term: str, lead_chars: int = 3000,
                   limit: int = 2000) -> list[str]:
    """Ids of articles about a topic: its name (or adjective) in the title, or twice in
    the first `lead_chars` characters of the text."""
    stem, rx = _topic_pattern(term)
    if not stem:
        return []
    # A scan, not the article search index (which may lag behind new articles): the
    # first characters of every article are read once, in SQLite.
    like = f"%{stem}%"
    rows = store.query(
        "SELECT id, title, substr(text, 1, ?) AS lead FROM articles "
        "WHERE title LIKE ? OR substr(text, 1, ?) LIKE ? LIMIT ?",
        (int(lead_chars), like, int(lead_chars), like, int(limit)))
    return [r["id"] for r in rows
            if rx.search(r["title"] or "") or len(rx.findall(r["lead"] or "")) >= 2]


def lead_event_ids(store: Store, article_ids: list[str], sentences: int,
                   min_confidence: float = 0.0, term: str | None = None,
                   keep: Callable[[str, int, int], bool] | None = None) -> list[str]:
    """Ids of merged events told in the first `sentences` sentences of the articles, by
    a mention at or above `min_confidence` or marked key at or above its `key_floor` (whose sentence names `term` or its
    adjective, when given; that `keep(article_id, sentence, sentence_start)` accepts,
    when given)."""
    rx = _topic_pattern(term)[1] if term else None
    kept, kept_params = kept_sql(min_confidence)
    out: list[str] = []
    seen: set[str] = set()
    for chunk in _chunks(list(article_ids)):
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT event_id, article_id, sentence, start, text FROM event_mentions "
                             f"WHERE article_id IN ({marks}) AND sentence < ? AND {kept}",
                             (*chunk, int(sentences), *kept_params)):
            if rx is not None and not rx.search(r["text"] or ""):
                continue
            if keep is not None and not keep(r["article_id"], r["sentence"], r["start"]):
                continue
            if r["event_id"] not in seen:
                seen.add(r["event_id"])
                out.append(r["event_id"])
    return out
