"""Merging event records in memory, with the store's rule, for batch jobs.

The store merges each new event record against the events it has stored, found
with SQL (`Store._merge_candidates`), and decides with the pure functions of the
merge rule (`sketch_event`, `choose_event`, `summarise`). A Spark job has no
store: it groups the event records of the whole output by PLOVER root type
(events of two types never merge, so the groups are independent) and feeds each
group, in input order, through `MemoryMerger`, which keeps the same state the
store's tables keep and looks candidates up the way the SQL does. The rule
itself is not copied: the decision is the same function call, so a Spark run
and a local ingest of the same input give the same merged events
(tests/test_spark_merge.py checks it against the store).
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..records import Event
from .likeness import Evidence
from .rule import candidate_window, choose_event
from .sketch import sketch_event, sketch_stored
from .summary import summarise

# The store looks at this many candidates per date range and this many mentions
# per candidate (Store._merge_candidates); the same bounds keep the same choices.
CANDIDATES_PER_RANGE = 200
MENTIONS_PER_CANDIDATE = 12


@dataclass
class _Merged:
    """What the store's events, event_actors and event_mentions rows hold for one event."""

    id: str
    type: str
    order: int  # creation order (the store's rowid)
    actors: dict[tuple, None] = field(default_factory=dict)  # distinct event_actors rows
    mentions: list[dict[str, Any]] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # from merge.summarise
    mention_ids: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    sentences: set[tuple[str, int]] = field(default_factory=set)
    published: list[str] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)  # lookup keys of its actors
    sketch: Any = None  # what merging compares, rebuilt after each new mention

    @property
    def date(self) -> str | None:
        return self.fields.get("date")


def new_event_id(mention_id: str) -> str:
    """The id the store gives an event first reported by `mention_id`."""
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


def _date_ranges(window: tuple[str, str]) -> list[tuple[str, str]]:
    """The store's index ranges over `events.date` for a candidate window."""
    low, high = window
    ranges = [(low[:7], high + "~")]
    for year in range(int(low[:4]), int(high[:4]) + 1):
        ranges += [(f"{year:04d}", f"{year:04d}-"), (f"{year:04d}-A", f"{year:04d}-~")]
    return ranges


class MemoryMerger:
    """Merge the event records of one PLOVER type, in input order."""

    def __init__(self) -> None:
        self.events: dict[str, _Merged] = {}
        # Events by date, as the store's (type, date) index: sorted distinct
        # date values and the events on each, so a lookup costs the events of
        # the date window, not all events of the store.
        self._dates: list[str] = []
        self._on_date: dict[str, dict[str, None]] = defaultdict(dict)
        self.kinds: dict[str, str] = {}  # entity id -> kind, first sighting wins

    def add(self, article_id: str, published: str | None, source: str | None,
            event: Event, kinds: dict[str, str]) -> str:
        """Merge one event record; returns the id of the event it joins or starts."""
        for entity, kind in kinds.items():
            self.kinds.setdefault(entity, kind)
        mention_id = f"{article_id}:{event.id}"
        sketch = sketch_event(event, published, kinds, article_id)
        event_id = choose_event(sketch, self._candidates(sketch))
        if event_id is None:
            event_id = new_event_id(mention_id)
            self.events[event_id] = _Merged(event_id, event.type, len(self.events))
        self._record(self.events[event_id], mention_id, article_id, published, source, event)
        return event_id

    def _record(self, merged: _Merged, mention_id: str, article_id: str,
                published: str | None, source: str | None, event: Event) -> None:
        merged.mention_ids.append(mention_id)
        merged.mentions.append({
            "article_id": article_id, "modality": event.modality, "text": event.evidence.text,
            "sentence": event.evidence.sentence, "date": event.date,
            "date_source": event.date_source, "cameo": event.cameo,
            "date_precision": event.date_precision, "mode": event.mode,
            "context": event.context,
            "location": event.location.to_dict() if event.location else None})
        for role, refs in (("actor", event.actor), ("recipient", event.recipient)):
            for ref in refs:
                merged.actors[(role, ref.entity, ref.text, ref.country, ref.sector)] = None
                merged.keys.update(self._lookup_keys(ref.entity, ref.country, ref.text))
        before = merged.date
        merged.fields = summarise(merged.mentions)
        if merged.date != before:
            self._move(merged.id, before, merged.date)
        merged.sketch = None
        merged.articles.add(article_id)
        merged.sources.add(source or article_id)
        merged.sentences.add((article_id, event.evidence.sentence))
        if published:
            merged.published.append(published)

    def _move(self, event_id: str, old: str | None, new: str | None) -> None:
        if old is not None:
            self._on_date[old].pop(event_id, None)
        if new is not None:
            if new not in self._on_date or not self._on_date[new]:
                i = bisect.bisect_left(self._dates, new)
                if i == len(self._dates) or self._dates[i] != new:
                    self._dates.insert(i, new)
            self._on_date[new][event_id] = None

    def _in_range(self, start: str, stop: str) -> Iterator[_Merged]:
        """Events dated in [start, stop), by date then creation (the index's order)."""
        lo = bisect.bisect_left(self._dates, start)
        hi = bisect.bisect_left(self._dates, stop)
        for value in self._dates[lo:hi]:
            yield from sorted((self.events[i] for i in self._on_date[value]),
                              key=lambda e: e.order)

    @staticmethod
    def _lookup_keys(entity: str | None, country: str | None,
                     text: str | None) -> Iterator[tuple[str, str]]:
        if entity:
            yield ("e", entity)
        if country:
            yield ("c", country)
        if text:
            yield ("t", text.lower())

    def _candidates(self, sketch: Any) -> list[tuple[str, Any]]:
        """The store's candidate search (Store._merge_candidates), in memory."""
        window = candidate_window(sketch)
        keys = {k for ks in sketch.actors + sketch.recipients for k in ks}
        wanted: list[tuple[str, str]] = []
        for k in keys:
            if k.startswith("e:"):
                wanted.append(("e", k[2:]))
            elif k.startswith("c:"):
                wanted.append(("c", k[2:].split(":")[0]))
            elif k.startswith("t:"):
                # SQL compares lower(text) with the normalised key text
                wanted.append(("t", k[2:]))
        if window is None or not wanted:
            return []
        wanted_set = set(wanted)
        ids: list[str] = []
        for start, stop in _date_ranges(window):
            hits = 0
            for e in self._in_range(start, stop):
                if e.type == sketch.type and e.keys & wanted_set:
                    ids.append(e.id)
                    hits += 1
                    if hits == CANDIDATES_PER_RANGE:
                        break
        return [(event_id, self._sketch(self.events[event_id])) for event_id in dict.fromkeys(ids)]

    def _sketch(self, merged: _Merged) -> Any:
        if merged.sketch is None:
            location = merged.fields.get("location") or {}
            row = {"id": merged.id, "type": merged.type, "cameo": merged.fields.get("cameo"),
                   "date": merged.date, "date_source": merged.fields.get("date_source"),
                   "location_country": location.get("country")}
            actors = [{"role": role, "entity_id": entity, "text": text, "country": country,
                       "sector": sector, "kind": self.kinds.get(entity or "")}
                      for role, entity, text, country, sector in merged.actors]
            evidence = [Evidence.of(m["article_id"], m["modality"], m["sentence"], m["text"])
                        for m in merged.mentions[:MENTIONS_PER_CANDIDATE]]
            merged.sketch = sketch_stored(row, actors, evidence)
        return merged.sketch

    def rows(self) -> Iterator[dict[str, Any]]:
        """One row per merged event: the store's `events` columns."""
        for merged in self.events.values():
            f = merged.fields
            yield {"event_id": merged.id, "type": merged.type, "mode": f.get("mode"),
                   "context": f.get("context"), "cameo": f.get("cameo"), "date": f.get("date"),
                   "date_precision": f.get("date_precision"),
                   "date_source": f.get("date_source"), "location": f.get("location"),
                   "n_mentions": len(merged.sentences), "n_articles": len(merged.articles),
                   "n_sources": len(merged.sources),
                   "first_seen": min(merged.published, default=None),
                   "last_seen": max(merged.published, default=None),
                   "mention_ids": list(merged.mention_ids)}


def merge_records(records: Iterable[dict[str, Any]]) -> MemoryMerger:
    """Merge event-mention rows (the event_mentions table's `seq`, `position`,
    `article_id`, `published`, `source`, `kinds`, `record`) of one type."""
    merger = MemoryMerger()
    for row in sorted(records, key=lambda r: (r["seq"], r["position"])):
        merger.add(row["article_id"], row["published"], row["source"],
                   Event.from_dict(json.loads(row["record"])), json.loads(row["kinds"] or "{}"))
    return merger

