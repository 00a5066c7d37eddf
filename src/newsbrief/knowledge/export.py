"""Exports: PLOVER-style JSON records and flat GDELT-like tables.

`records` yields one JSON-ready dict per merged event: the fields of an
`extract` event record (type, mode, context, cameo, actor, recipient, date...,
modality, attributed_to, quantities, evidence) for the event as a whole, plus
its GDELT-like counts and every mention with its article. `rows` flattens the
same events into one row each with fixed columns, for CSV and Parquet (read by
pandas, DuckDB and Spark alike).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..errors import ConfigError
from ..store import Store
from ..store.reads import EventQuery, event_ids
from ..stored import ActorSummary, MergedEvent
from .phrasing import lead_standing
from .queries import hydrate
from .scoring import quad_name

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 500

# The flat table: (column, pyarrow type name). Order is the file's column order.
COLUMNS: list[tuple[str, str]] = [
    ("event_id", "string"), ("date", "string"), ("date_precision", "string"),
    ("date_source", "string"), ("year", "int32"),
    ("actor1_name", "string"), ("actor1_country", "string"), ("actor1_sector", "string"),
    ("actor2_name", "string"), ("actor2_country", "string"), ("actor2_sector", "string"),
    ("actors", "string"), ("recipients", "string"),
    ("event_type", "string"), ("mode", "string"), ("context", "string"),
    ("cameo_code", "string"), ("cameo_root", "string"), ("quad_class", "int32"),
    ("quad_name", "string"), ("goldstein", "float64"), ("modality", "string"),
    ("attributed_to", "string"), ("about", "string"),
    ("location_name", "string"), ("location_country", "string"), ("lat", "float64"),
    ("lon", "float64"),
    ("num_mentions", "int32"), ("num_sources", "int32"), ("num_articles", "int32"),
    ("first_seen", "string"), ("last_seen", "string"),
    ("source_name", "string"), ("source_url", "string"), ("evidence", "string"),
]


def iter_events(store: Store, query: EventQuery) -> Iterator[MergedEvent]:
    """Hydrated events in batches, so memory stays flat on a large store."""
    ids = event_ids(store, query)
    for i in range(0, len(ids), BATCH):
        yield from hydrate(store, ids[i:i + BATCH])


def _ref(r: ActorSummary) -> dict[str, Any]:
    return {"entity": r.entity_id, "text": r.name, "country": r.country, "sector": r.sector}


def _trigger(m) -> dict[str, Any] | None:
    """The coded word of a mention: its record's, else the offsets the store keeps
    for it (mentions stored before records carried it)."""
    if m.record.trigger is not None:
        return m.record.trigger.to_dict()
    if m.trigger_start is None or m.trigger_end is None:
        return None
    a, b = m.trigger_start - m.start, m.trigger_end - m.start
    text = m.text[a:b] if 0 <= a < b <= len(m.text) else None
    return {"start": m.trigger_start, "end": m.trigger_end, "text": text}


def record(ev: MergedEvent) -> dict[str, Any]:
    """A PLOVER-style JSON record of one merged event with its mentions."""
    mentions = []
    for m in ev.mentions:
        rec = m.record.to_dict()
        rec["trigger"] = _trigger(m)
        rec.update({"mention_id": m.id, "article_id": m.article_id, "url": m.url,
                    "source": m.source, "title": m.title, "published": m.published})
        mentions.append(rec)
    lead = ev.mentions[0].record if ev.mentions else None
    return {
        "id": ev.id, "type": ev.type, "mode": ev.mode, "context": ev.context,
        "cameo": ev.cameo, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
        "actor": [_ref(r) for r in ev.actors],
        "recipient": [_ref(r) for r in ev.recipients],
        "date": ev.date, "date_precision": ev.date_precision,
        "date_source": ev.date_source, "date_text": lead.date_text if lead else None,
        "location": ev.location.to_dict() if ev.location else None,
        "modality": lead_standing(ev.standings), "standings": ev.standings,
        "attributed_to": [_ref(r) for r in ev.attributed_to],
        "about": [_ref(r) for r in ev.about],
        "quantities": [q.to_dict() for q in lead.quantities] if lead else [],
        "evidence": lead.evidence.to_dict() if lead else None,
        "predicate": lead.predicate.to_dict() if lead and lead.predicate else None,
        "trigger": _trigger(ev.mentions[0]) if ev.mentions else None,
        # The re-tellings folded into its mentions' records (events/retell.py).
        "tellings": [t.to_dict() for m in ev.mentions for t in m.record.tellings],
        "confidence": max((m.record.confidence or 0.0 for m in ev.mentions), default=None),
        # Whether a mention is its article's main act (events.mainact): kept by default
        # queries under the threshold.
        "key": any(m.record.key for m in ev.mentions),
        "num_mentions": ev.n_mentions, "num_sources": ev.n_sources,
        "num_articles": ev.n_articles, "first_seen": ev.first_seen,
        "last_seen": ev.last_seen, "mentions": mentions,
    }


def row(ev: MergedEvent) -> dict[str, Any]:
    """One flat GDELT-like row of a merged event."""
    a1 = ev.actors[0] if ev.actors else ActorSummary(name=None)
    a2 = ev.recipients[0] if ev.recipients else ActorSummary(name=None)
    loc = ev.location
    first = ev.mentions[0] if ev.mentions else None
    year = int(ev.date[:4]) if ev.date and ev.date[:4].isdigit() else None
    return {
        "event_id": ev.id, "date": ev.date, "date_precision": ev.date_precision,
        "date_source": ev.date_source, "year": year,
        "actor1_name": a1.name, "actor1_country": a1.country, "actor1_sector": a1.sector,
        "actor2_name": a2.name, "actor2_country": a2.country, "actor2_sector": a2.sector,
        "actors": "; ".join(r.name for r in ev.actors),
        "recipients": "; ".join(r.name for r in ev.recipients),
        "event_type": ev.type, "mode": ev.mode, "context": ev.context,
        "cameo_code": ev.cameo, "cameo_root": ev.cameo[:2] if ev.cameo else None,
        "quad_class": ev.quad_class, "quad_name": quad_name(ev.quad_class),
        "goldstein": ev.goldstein, "modality": lead_standing(ev.standings),
        "attributed_to": "; ".join(r.name for r in ev.attributed_to),
        "about": "; ".join(r.name for r in ev.about),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "num_mentions": ev.n_mentions, "num_sources": ev.n_sources,
        "num_articles": ev.n_articles, "first_seen": ev.first_seen,
        "last_seen": ev.last_seen, "source_name": first.source if first else None,
        "source_url": first.url if first else None, "evidence": first.text if first else None,
    }


def write_jsonl(events: Iterable[MergedEvent], out: IO[str]) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[MergedEvent], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=[c for c, _ in COLUMNS], lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(row(ev))
        n += 1
    return n


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ConfigError("Parquet export needs pyarrow, which is not installed",
                          fix="pip install 'newsbrief[parquet]', or use --format csv") from None
    return pyarrow


def write_parquet(events: Iterable[MergedEvent], path: str) -> int:
    pa = _pyarrow()
    schema = pa.schema([(c, getattr(pa, t)()) for c, t in COLUMNS])
    n = 0
    with pa.parquet.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for ev in events:
            batch.append(row(ev))
            n += 1
            if len(batch) == BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def export(store: Store, query: EventQuery, fmt: str, out: IO[str] | None = None,
           path: str | None = None) -> int:
    """Write the events matching `query`; returns how many were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format '{fmt}'", fix=f"use one of {list(FORMATS)}")
    events = iter_events(store, query)
    if fmt == "parquet":
        if not path:
            raise ConfigError("Parquet is a binary format and needs a file",
                              fix="pass --output FILE.parquet")
        return write_parquet(events, path)
    assert out is not None
    return write_jsonl(events, out) if fmt == "jsonl" else write_csv(events, out)
