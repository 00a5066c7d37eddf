"""Running the same pipeline on Apache Spark, for archives of millions of articles.

newsbrief does not import pyspark: Spark calls these functions on its executors.

    from pyspark.sql import SparkSession
    from newsbrief.spark import analyse_partition

    spark = SparkSession.builder.getOrCreate()
    rows = spark.read.json("archive/*.jsonl").rdd.map(lambda r: r.asDict())
    records = rows.mapPartitions(analyse_partition)          # JSON strings, one per article
    records.saveAsTextFile("out/records")                    # same lines as `newsbrief extract`

Each executor process loads the spaCy model once (nlp is cached per process) and
analyses its partition in batches. A row is a dict with the JSONL fields (`text`,
optional `id`, `title`, `published`, `url`, `source`); a bad row becomes an
`{"error": {"where", "what", "fix"}}` line instead of failing the job, so one
broken record never costs a night of compute. Read the output back with
`spark.read.json` and split on `error`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputFailure
from ..records import Article


def analyse_partition(rows: Iterable[dict[str, Any]], **settings: Any) -> Iterator[str]:
    """`rdd.mapPartitions` target: dict rows in, JSON record lines out (input order)."""
    from ..acquire.jsonl import record_article
    from ..ingest import order_with_failures
    from ..pipeline import Pipeline
    from ..settings import load_settings

    pipeline = Pipeline(load_settings(**settings))

    def items() -> Iterator[Article | InputFailure]:
        for number, row in enumerate(rows):
            where = f"{row.get('id') or 'row'}" if isinstance(row, dict) else f"row {number}"
            yield record_article(row, where)

    for item in order_with_failures(items(), pipeline):
        if isinstance(item, InputFailure):
            yield json.dumps({"error": {"where": item.where, "what": item.what, "fix": item.fix}})
        else:
            yield json.dumps(item.to_dict(), ensure_ascii=False)
