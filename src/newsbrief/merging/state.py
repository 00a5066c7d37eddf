"""What merging keeps of one merged event, updated per mention in constant time.

Both merge paths hold one `EventState` per merged event: the store (a cache
beside its tables, see `Store._state`) and the in-memory merger of batch jobs
(`memory.MemoryMerger`). It keeps the event's fields (`Summary`), its GDELT-like
counts, its distinct actor rows, the likeness data of its first mentions
(computed once, when the mention joins), and its blocking keys; `sketch()` gives
what the rule compares. Adding a mention never re-reads the earlier ones.

Blocking keys say which stored events a new record may join: the same type, a
date in the record's window, and one key in common. A reference gives the keys
of its entity, its country and its text (`block_keys`); a new record looks up
the keys its sketch holds (`wanted_keys`). These are the keys the store indexes
in its `event_keys` table, so candidate search reads one block, not every event
of the weeks around the record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..records import Event
from .likeness import Evidence
from .sketch import Sketch, sketch_stored
from .summary import Summary

# A candidate event is judged on the evidence of its first mentions: enough to
# judge likeness, bounded work.
MENTIONS_PER_CANDIDATE = 12
# At most this many candidates per date range of the window, earliest first.
CANDIDATES_PER_RANGE = 200

# role, entity id, text, country, sector of an actor or recipient reference
ActorRow = tuple[str, "str | None", str, "str | None", "str | None"]

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def key_text(text: str) -> str:
    """A reference's text as a blocking key: ASCII letters lower-cased (SQLite's
    lower(), which the migration that builds the key table uses)."""
    return text.translate(_ASCII_LOWER)


def block_keys(entity: str | None, country: str | None, text: str | None) -> list[str]:
    """Blocking keys of one stored actor or recipient reference."""
    out = []
    if entity:
        out.append("e:" + entity)
    if country:
        out.append("c:" + country)
    if text:
        out.append("t:" + key_text(text))
    return out


def wanted_keys(sketch: Sketch) -> list[str]:
    """Blocking keys a new record's candidates must hold one of (sorted): its
    entities, its countries (any sector), its texts when it names no entity."""
    wanted = set()
    for keys in sketch.actors + sketch.recipients + sketch.about:
        for k in keys:
            if k.startswith("c:"):
                wanted.add("c:" + k[2:].split(":")[0])
            elif k.startswith(("e:", "t:")):
                wanted.add(k)
    return sorted(wanted)


def date_ranges(window: tuple[str, str]) -> list[tuple[str, str]]:
    """Ranges of stored date values [start, stop) a window covers, one per date
    shape: full and monthly dates, then per year the year alone ("2024") and the
    year's parts ("2024-W49", "2024-Q4", "2024-SU"), which sort after
    "2024-12-31"; merging.score_candidate decides on the exact spans."""
    low, high = window
    ranges = [(low[:7], high + "~")]
    for year in range(int(low[:4]), int(high[:4]) + 1):
        ranges += [(f"{year:04d}", f"{year:04d}-"), (f"{year:04d}-A", f"{year:04d}-~")]
    return ranges


def retold_sentences(event: Event) -> list[int]:
    """Sentences of the re-tellings folded into a record."""
    return [t.evidence.sentence for t in event.tellings]


def retold_json(tellings: str | None) -> list[int]:
    """The same from a stored record's `$.tellings` JSON (None when it has none)."""
    return [t["evidence"]["sentence"] for t in json.loads(tellings)] if tellings else []


def mention_fields(event: Event) -> dict[str, Any]:
    """What Summary reads of one event record (the store reads the same from its
    event_mentions row and record JSON)."""
    return {"date": event.date, "date_source": event.date_source, "cameo": event.cameo,
            "date_precision": event.date_precision, "mode": event.mode,
            "context": event.context,
            "location": event.location.to_dict() if event.location else None}


class EventState:
    """One merged event as merging sees it."""

    __slots__ = ("id", "type", "order", "summary", "fields", "actors", "keys", "evidence",
                 "sentences", "articles", "sources", "first_seen", "last_seen", "_sketch")

    def __init__(self, event_id: str, event_type: str, order: int) -> None:
        self.id = event_id
        self.type = event_type
        self.order = order  # creation order (the store's rowid)
        self.summary = Summary()
        self.fields: dict[str, Any] = self.summary.fields()
        self.actors: dict[ActorRow, None] = {}  # distinct actor and recipient rows
        self.keys: set[str] = set()
        self.evidence: list[Evidence] = []  # of the first MENTIONS_PER_CANDIDATE mentions
        self.sentences: set[tuple[str, int]] = set()
        self.articles: set[str] = set()
        self.sources: set[str] = set()
        self.first_seen: str | None = None
        self.last_seen: str | None = None
        self._sketch: Sketch | None = None

    @property
    def date(self) -> str | None:
        return self.fields.get("date")

    def add_mention(self, mention: Mapping[str, Any], article_id: str, sentence: int,
                    modality: str, text: str, source_key: str, published: str | None,
                    retold: Iterable[int] = (), act: str | None = None) -> None:
        """One more mention (`mention`: the fields Summary reads), in stored order;
        `retold`: the sentences of the article's other tellings folded into it
        (events/retell.py), counted as mentions of the event; `act`: the word of its
        act (the predicate's lemma)."""
        self.summary.add(mention)
        self.fields = self.summary.fields()
        if len(self.evidence) < MENTIONS_PER_CANDIDATE:
            self.evidence.append(Evidence.of(article_id, modality, sentence, text, act=act))
        self.sentences.add((article_id, sentence))
        self.sentences.update((article_id, k) for k in retold)
        self.articles.add(article_id)
        self.sources.add(source_key)
        if published:
            if self.first_seen is None or published < self.first_seen:
                self.first_seen = published
            if self.last_seen is None or published > self.last_seen:
                self.last_seen = published
        self._sketch = None

    def add_actors(self, rows: Iterable[ActorRow]) -> list[str]:
        """Actor and recipient rows of a mention; returns the blocking keys new to the event."""
        new: list[str] = []
        for row in rows:
            if row in self.actors:
                continue
            self.actors[row] = None
            for key in block_keys(row[1], row[3], row[2]):
                if key not in self.keys:
                    self.keys.add(key)
                    new.append(key)
            self._sketch = None
        return new

    def counts(self) -> dict[str, Any]:
        return {"n_mentions": len(self.sentences), "n_articles": len(self.articles),
                "n_sources": len(self.sources), "first_seen": self.first_seen,
                "last_seen": self.last_seen}

    def sketch(self, kind_of: Callable[[str | None], str | None]) -> Sketch:
        """What the rule compares (`kind_of`: entity id -> kind, or None)."""
        if self._sketch is None:
            location = self.fields.get("location") or {}
            row = {"id": self.id, "type": self.type, "cameo": self.fields.get("cameo"),
                   "date": self.date, "date_source": self.fields.get("date_source"),
                   "location_country": location.get("country")}
            actors = [{"role": role, "entity_id": entity, "text": text, "country": country,
                       "sector": sector, "kind": kind_of(entity)}
                      for role, entity, text, country, sector in self.actors]
            self._sketch = sketch_stored(row, actors, self.evidence)
        return self._sketch
