"""The per-row work of a Spark run: the library's own reading and pipeline.

`analyse_tables` is what Spark's `mapInArrow` calls in each executor's Python
worker: Arrow batches of input rows in, batches of every output table's rows
out (COMBINED: records, articles, entities, event_mentions, errors, each row
tagged with its table), so the flat tables come from the article objects the
pipeline made, in the same parallel task. `analyse_batches` gives the ANALYSED
(records) rows alone. The
pipeline (and its spaCy model) is built once per worker process and reused for
every batch that process is given. Nothing here imports pyspark.

Input rows are either JSONL-style records (`text`, `id`, `title`, `published`,
`url`, `source`, `authors`), or raw lines of a JSONL file (`value`), or whole
files (`path`, `content`) read as text, HTML, JSONL or feeds by the same
detection as `newsbrief ingest`. Each carries `seq`, its position in the input.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..acquire import iter_data
from ..acquire.jsonl import iter_jsonl, record_article
from ..errors import InputFailure
from ..ingest import order_with_failures
from ..pipeline import Pipeline
from ..records import AnalysedArticle, Article
from ..settings import Settings, load_settings
from .tables import ANALYSED, COMBINED, analysed_row, combined_rows

# A file of many articles (a JSONL file in a folder of inputs) numbers its
# articles inside the file's own `seq`: seq * FILE_SPAN + k.
FILE_SPAN = 1 << 20

_pipelines: dict[Settings, Pipeline] = {}


def worker_pipeline(settings: Settings) -> Pipeline:
    """One pipeline (one loaded model) per worker process and settings."""
    if settings not in _pipelines:
        _pipelines[settings] = Pipeline(settings.replace(n_process=1))
    return _pipelines[settings]


def row_items(row: dict[str, Any], settings: Settings) -> Iterator[tuple[int, Article | InputFailure]]:
    """(seq, article or failure) for every article one input row holds."""
    seq = row["seq"]
    if row.get("content") is not None:
        where = row.get("path") or f"row {seq}"
        # No network from a batch job: feed entries keep their own text.
        offline = settings.replace(follow_feed_links=False)
        for k, item in enumerate(iter_data(row["content"], where, offline)):
            yield seq * FILE_SPAN + k, item
    elif row.get("value") is not None:
        where = f"{row.get('path') or 'input'} row {seq}"
        for item in iter_jsonl(row["value"], where):
            yield seq, item
    else:
        record = {k: v for k, v in row.items() if k not in ("seq", "path") and v is not None}
        where = f"{row.get('path') or 'input'} row {seq}" + (f" (id {row['id']})"
                                                             if row.get("id") else "")
        yield seq, record_article(record, where)


def analysed_items(rows: Iterable[dict[str, Any]],
                   settings: Settings) -> Iterator[tuple[int, AnalysedArticle | InputFailure]]:
    """(seq, analysed article or failure) for input rows, in the pipeline's order."""
    pipeline = worker_pipeline(settings)
    # Results come back in batches, failures possibly ahead of articles read
    # before them: each result finds its seq by identity (failures) or id.
    failure_seq: dict[int, int] = {}
    article_seq: dict[str, deque[int]] = defaultdict(deque)

    def items() -> Iterator[Article | InputFailure]:
        for row in rows:
            for seq, item in row_items(row, settings):
                if isinstance(item, InputFailure):
                    failure_seq[id(item)] = seq
                else:
                    article_seq[item.id].append(seq)
                yield item

    for result in order_with_failures(items(), pipeline):
        if isinstance(result, InputFailure):
            # -1: a failure the pipeline made of an article (its own guard)
            seq = failure_seq.pop(id(result), -1)
        else:
            queue = article_seq.get(result.article.id)
            seq = queue.popleft() if queue else -1
        yield seq, result


def analyse_rows(rows: Iterable[dict[str, Any]], settings: Settings) -> Iterator[dict[str, Any]]:
    """ANALYSED rows for input rows; a bad row becomes an error row."""
    for seq, result in analysed_items(rows, settings):
        yield analysed_row(seq, result)


def analyse_batches(batches: Iterable[pa.RecordBatch],
                    settings: Settings | None = None) -> Iterator[pa.RecordBatch]:
    """`mapInArrow` target: input batches in, ANALYSED batches out."""
    settings = settings or load_settings()
    for batch in batches:
        rows = list(analyse_rows(batch.to_pylist(), settings))
        if rows:
            yield pa.RecordBatch.from_pylist(rows, schema=ANALYSED)


def analyse_tables(batches: Iterable[pa.RecordBatch],
                   settings: Settings | None = None) -> Iterator[pa.RecordBatch]:
    """`mapInArrow` target: input batches in, COMBINED batches (the rows of
    every output table, tagged) out."""
    settings = settings or load_settings()
    for batch in batches:
        rows = [row for seq, result in analysed_items(batch.to_pylist(), settings)
                for row in combined_rows(seq, result)]
        if rows:
            yield pa.RecordBatch.from_pylist(rows, schema=COMBINED)
