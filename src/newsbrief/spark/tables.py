"""The tables a Spark run writes, and how one analysed article becomes rows of them.

Pure Python over the pipeline's records and pyarrow (no pyspark here), so the
same code runs in Spark's Python workers, in `newsbrief load`, and in tests.

Every table carries `month` (YYYY-MM of the publication date, "unknown" when
there is none), the column the Parquet output is partitioned by, and `seq`, the
article's position in the input: merging follows input order, as a local ingest
does, so the two give the same merged events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..errors import InputFailure
from ..records import AnalysedArticle
from ..timevalue import month_of as value_month

UNKNOWN_MONTH = "unknown"

# What the analysis step writes: one row per input row, the whole record as JSON.
ANALYSED = pa.schema([
    ("seq", pa.int64()), ("article_id", pa.string()), ("month", pa.string()),
    ("record", pa.string()),
    ("error_where", pa.string()), ("error_what", pa.string()), ("error_fix", pa.string()),
])

ARTICLES = pa.schema([
    ("seq", pa.int64()), ("id", pa.string()), ("origin", pa.string()), ("title", pa.string()),
    ("url", pa.string()), ("source", pa.string()), ("published", pa.string()),
    ("published_source", pa.string()), ("authors", pa.list_(pa.string())),
    ("text", pa.string()), ("n_entities", pa.int32()), ("n_events", pa.int32()),
    ("pipeline_version", pa.string()), ("month", pa.string()),
])

ENTITIES = pa.schema([
    ("seq", pa.int64()), ("article_id", pa.string()), ("entity_id", pa.string()),
    ("name", pa.string()), ("kind", pa.string()), ("country", pa.string()),
    ("sector", pa.string()), ("office", pa.string()), ("igo", pa.string()),
    ("n_mentions", pa.int32()), ("mentions", pa.string()), ("month", pa.string()),
])

# One row per event record of one article (the store's event_mentions); `event_id`
# is filled by the merge step.
EVENT_MENTIONS = pa.schema([
    ("seq", pa.int64()), ("position", pa.int32()), ("mention_id", pa.string()),
    ("article_id", pa.string()), ("published", pa.string()), ("source", pa.string()),
    ("type", pa.string()), ("cameo", pa.string()), ("date", pa.string()),
    ("date_source", pa.string()), ("modality", pa.string()), ("confidence", pa.float64()),
    ("sentence", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
    ("kinds", pa.string()), ("record", pa.string()), ("month", pa.string()),
])

ERRORS = pa.schema([
    ("seq", pa.int64()), ("where", pa.string()), ("what", pa.string()), ("fix", pa.string()),
    ("month", pa.string()),
])

TABLES = {"articles": ARTICLES, "entities": ENTITIES, "event_mentions": EVENT_MENTIONS,
          "errors": ERRORS}


def month_of(published: str | None) -> str:
    """The month of a date ("2024-06"; a week's is the month of its Thursday)."""
    if published and len(published) >= 7 and published[4] == "-":
        return value_month(published) or published[:7]
    return UNKNOWN_MONTH


def analysed_row(seq: int, item: AnalysedArticle | InputFailure) -> dict[str, Any]:
    """One row of the ANALYSED table."""
    if isinstance(item, InputFailure):
        return {"seq": seq, "article_id": None, "month": UNKNOWN_MONTH, "record": None,
                "error_where": item.where, "error_what": item.what, "error_fix": item.fix}
    return {"seq": seq, "article_id": item.article.id, "month": month_of(item.article.published),
            "record": json.dumps(item.to_dict(), ensure_ascii=False), "error_where": None,
            "error_what": None, "error_fix": None}


def mention_id(article_id: str, event_id: str) -> str:
    """The id the local store gives an event record (see Store.write)."""
    return f"{article_id}:{event_id}"


def table_rows(name: str, row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Rows of table `name` made from one ANALYSED row."""
    seq, month = row["seq"], row["month"]
    if name == "errors":
        if row["error_what"] is not None:
            yield {"seq": seq, "where": row["error_where"], "what": row["error_what"],
                   "fix": row["error_fix"], "month": month}
        return
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; expected one of {sorted(TABLES)}")
    if row["record"] is None:
        return
    yield from article_rows(name, seq, month,
                            AnalysedArticle.from_dict(json.loads(row["record"])))


def article_rows(name: str, seq: int, month: str,
                 analysed: AnalysedArticle) -> Iterator[dict[str, Any]]:
    """Rows of flat table `name` (not errors) for one analysed article."""
    article = analysed.article
    if name == "articles":
        yield {"seq": seq, "id": article.id, "origin": article.origin, "title": article.title,
               "url": article.url, "source": article.source, "published": article.published,
               "published_source": article.published_source,
               "authors": list(article.authors), "text": article.text,
               "n_entities": len(analysed.entities), "n_events": len(analysed.events),
               "pipeline_version": analysed.pipeline_version, "month": month}
    elif name == "entities":
        for e in analysed.entities:
            yield {"seq": seq, "article_id": article.id, "entity_id": e.id, "name": e.name,
                   "kind": e.kind, "country": e.country, "sector": e.sector,
                   "office": e.office, "igo": e.igo, "n_mentions": len(e.mentions),
                   "mentions": json.dumps([m.to_dict() for m in e.mentions]), "month": month}
    elif name == "event_mentions":
        kinds = {e.id: e.kind for e in analysed.entities}
        for position, ev in enumerate(analysed.events):
            used = {r.entity: kinds[r.entity] for r in ev.actor + ev.recipient + ev.about
                    if r.entity in kinds}
            yield {"seq": seq, "position": position, "mention_id": mention_id(article.id, ev.id),
                   "article_id": article.id, "published": article.published,
                   "source": article.source, "type": ev.type, "cameo": ev.cameo,
                   "date": ev.date, "date_source": ev.date_source, "modality": ev.modality,
                   "confidence": ev.confidence, "sentence": ev.evidence.sentence,
                   "start": ev.evidence.start, "end": ev.evidence.end,
                   "text": ev.evidence.text, "kinds": json.dumps(used),
                   "record": json.dumps(ev.to_dict(), ensure_ascii=False), "month": month}
    elif name != "errors":
        raise ValueError(f"unknown table {name!r}; expected one of {sorted(TABLES)}")


# Every table of a run, the lossless `records` first.
OUTPUTS = {"records": ANALYSED, **TABLES}


def _combined(schemas: Iterable[pa.Schema]) -> pa.Schema:
    fields: dict[str, pa.DataType] = {}
    for schema in schemas:
        for f in schema:
            if fields.setdefault(f.name, f.type) != f.type:
                raise TypeError(f"column {f.name!r} has two types: {fields[f.name]}, {f.type}")
    return pa.schema([("table", pa.string()), *fields.items()])


# What the analysis step gives: the rows of every table at once, each tagged
# with its table's name (`table`), other tables' columns left empty. The job
# keeps them (cached) and writes each table from them, so an article is
# analysed, parsed and flattened once, in the parallel step.
COMBINED = _combined(OUTPUTS.values())


def combined_rows(seq: int, item: AnalysedArticle | InputFailure) -> Iterator[dict[str, Any]]:
    """The rows of every table (OUTPUTS) for one analysed article or failure,
    each with `table`; the same rows as `analysed_row` and `table_rows` give."""
    record = analysed_row(seq, item)
    yield {"table": "records", **record}
    if isinstance(item, InputFailure):
        yield {"table": "errors", **next(table_rows("errors", record))}
        return
    for name in ("articles", "entities", "event_mentions"):
        for row in article_rows(name, seq, record["month"], item):
            yield {"table": name, **row}
