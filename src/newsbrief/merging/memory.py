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
from typing import Any

from ..records import Event
from .rule import candidate_window, choose_event
from .sketch import act_of, sketch_event
from .state import (CANDIDATES_PER_RANGE, MENTIONS_PER_CANDIDATE, EventState, date_ranges,
                    mention_fields, retold_sentences, wanted_keys)

__all__ = ["CANDIDATES_PER_RANGE", "MENTIONS_PER_CANDIDATE", "MemoryMerger", "merge_records",
           "new_event_id"]


class _Merged(EventState):
    """An EventState that also lists its mention ids (the Spark tables need them)."""

    __slots__ = ("mention_ids",)

    def __init__(self, event_id: str, event_type: str, order: int) -> None:
        super().__init__(event_id, event_type, order)
        self.mention_ids: list[str] = []


def new_event_id(mention_id: str) -> str:
    """The id the store gives an event first reported by `mention_id`."""
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


class MemoryMerger:
    """Merge the event records of one PLOVER type, in input order."""

    def __init__(self) -> None:
        self.events: dict[str, _Merged] = {}
        # Events by date, as the store's key index: sorted distinct date values
        # and the events on each, so a lookup costs the events of the date
        # window, not all events of the store.
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
        before = merged.date
        merged.add_mention(mention_fields(event), article_id, event.evidence.sentence,
                           event.modality, event.evidence.text, source or article_id,
                           published, retold_sentences(event), act_of(event))
        merged.add_actors((role, ref.entity, ref.text, ref.country, ref.sector)
                          for role, refs in (("actor", event.actor),
                                             ("recipient", event.recipient),
                                             ("about", event.about))
                          for ref in refs)
        if merged.date != before:
            self._move(merged.id, before, merged.date)

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

    def _candidates(self, sketch: Any) -> list[tuple[str, Any]]:
        """The store's candidate search (Store._merge_candidates), in memory."""
        window = candidate_window(sketch)
        wanted = set(wanted_keys(sketch))
        if window is None or not wanted:
            return []
        ids: list[str] = []
        for start, stop in date_ranges(window):
            hits = 0
            for e in self._in_range(start, stop):
                if e.type == sketch.type and not e.keys.isdisjoint(wanted):
                    ids.append(e.id)
                    hits += 1
                    if hits == CANDIDATES_PER_RANGE:
                        break
        return [(event_id, self.events[event_id].sketch(self._kind))
                for event_id in dict.fromkeys(ids)]

    def _kind(self, entity: str | None) -> str | None:
        return self.kinds.get(entity or "")

    def rows(self) -> Iterator[dict[str, Any]]:
        """One row per merged event: the store's `events` columns."""
        for merged in self.events.values():
            f = merged.fields
            yield {"event_id": merged.id, "type": merged.type, "mode": f.get("mode"),
                   "context": f.get("context"), "cameo": f.get("cameo"), "date": f.get("date"),
                   "date_precision": f.get("date_precision"),
                   "date_source": f.get("date_source"), "location": f.get("location"),
                   **merged.counts(), "mention_ids": list(merged.mention_ids)}


def merge_records(records: Iterable[dict[str, Any]]) -> MemoryMerger:
    """Merge event-mention rows (the event_mentions table's `seq`, `position`,
    `article_id`, `published`, `source`, `kinds`, `record`) of one type."""
    merger = MemoryMerger()
    for row in sorted(records, key=lambda r: (r["seq"], r["position"])):
        merger.add(row["article_id"], row["published"], row["source"],
                   Event.from_dict(json.loads(row["record"])), json.loads(row["kinds"] or "{}"))
    return merger

