"""The merge step of a Spark run: event records of one partition in, merged events out.

`merge_batches` is what Spark's `mapInArrow` calls after the event-mention rows
have been repartitioned by PLOVER root type (events of two types never merge),
so every record of a type is in one task. It groups the task's rows by type
and merges each group in input order with `merge_records`, the store's rule
(newsbrief.merging), so the merge runs as a Spark job spread over the
executors, one type per task or several. Nothing here imports pyspark.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..merging.memory import merge_records
from .tables import month_of

# The columns of event_mentions the merge reads.
MERGE_COLUMNS = ("type", "seq", "position", "article_id", "published", "source", "kinds",
                 "record")

# One row per merged event: the store's `events` columns, the month it is
# filed under, and the ids of its mentions (for event_mentions.event_id).
EVENTS = pa.schema([
    ("event_id", pa.string()), ("type", pa.string()), ("mode", pa.string()),
    ("context", pa.string()), ("cameo", pa.string()), ("date", pa.string()),
    ("date_precision", pa.string()), ("date_source", pa.string()), ("location", pa.string()),
    ("n_mentions", pa.int32()), ("n_articles", pa.int32()), ("n_sources", pa.int32()),
    ("first_seen", pa.string()), ("last_seen", pa.string()), ("month", pa.string()),
])
MERGED = EVENTS.append(pa.field("mention_ids", pa.list_(pa.string())))

# Merged events per output batch.
BATCH_EVENTS = 2048


def event_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """MERGED rows for the event-mention rows of one type."""
    for row in merge_records(records).rows():
        location = row.pop("location")
        row["location"] = None if location is None else json.dumps(location)
        row["month"] = month_of(row["date"] if row["date_source"] == "text" else
                                row["first_seen"])
        yield row


def merge_batches(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """`mapInArrow` target: event-mention rows (MERGE_COLUMNS) of whole types in,
    MERGED batches out."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for batch in batches:
        for row in batch.to_pylist():
            by_type[row["type"]].append(row)
    for event_type in sorted(by_type):
        rows = list(event_rows(by_type.pop(event_type)))
        for start in range(0, len(rows), BATCH_EVENTS):
            yield pa.RecordBatch.from_pylist(rows[start:start + BATCH_EVENTS], schema=MERGED)
