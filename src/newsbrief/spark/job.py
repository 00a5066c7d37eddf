"""`newsbrief spark`: the pipeline over an archive, on Apache Spark.

    read inputs -> analyse (mapInArrow, one model per Python worker)
      -> records/ (every article's analysis, lossless)
      -> articles/, entities/, event_mentions/, errors/ (flat tables)
      -> merge event records by type (groupByKey, the store's rule)
      -> events/ (merged events), event_mentions/ with their event_id

Every table is Parquet, partitioned by the publication month. The same job runs
with `spark-submit` (see docs/scale.md); only this module imports pyspark, and
only when called.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..errors import ConfigError, InputError
from ..settings import Settings, load_settings
from .analyse import analyse_batches
from ..merging.memory import merge_records
from .tables import ANALYSED, TABLES, UNKNOWN_MONTH, flatten_batches, month_of

FORMATS = ("auto", "jsonl", "parquet", "files")
INSTALL_HINT = "install the Spark extra: pip install 'newsbrief[spark]' (and Java 17+)"

# Articles per Arrow batch handed to a worker: small batches keep a worker's
# memory flat (whole articles are large) and let Spark balance the load.
BATCH_ROWS = 32

EVENTS_DDL = ("event_id string, type string, mode string, context string, cameo string, "
              "date string, date_precision string, date_source string, location string, "
              "n_mentions int, n_articles int, n_sources int, first_seen string, "
              "last_seen string, month string")


@dataclass
class SparkSummary:
    """Rows written per table, and where."""

    output: str
    counts: dict[str, int] = field(default_factory=dict)
    # wall seconds of each step of the run (session start, analysis, tables,
    # merge, counts): where a run's fixed cost goes
    timings: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, step: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[step] = round(time.perf_counter() - start, 2)


def count_rows(path: str, ddl_text: str, spark) -> int:
    """Rows of a written Parquet table: from the files' footers when the path is
    local (no Spark job), else with Spark."""
    if "://" not in path or path.startswith("file://"):
        import pyarrow.dataset as ds

        local = path.removeprefix("file://")
        if not Path(local).exists():
            return 0
        files = [str(f) for f in Path(local).rglob("*.parquet")]
        return ds.dataset(files, format="parquet").count_rows() if files else 0
    return spark.read.schema(ddl_text).parquet(path).count()


def ddl(schema: pa.Schema) -> str:
    """A Spark DDL string for a pyarrow schema of the types our tables use."""
    names = {pa.int64(): "bigint", pa.int32(): "int", pa.string(): "string",
             pa.float64(): "double", pa.list_(pa.string()): "array<string>"}
    return ", ".join(f"`{f.name}` {names[f.type]}" for f in schema)


def session(master: str | None, app: str = "newsbrief"):
    """A SparkSession (the active one under spark-submit), with a hint when
    pyspark or Java is missing."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError("pyspark is not installed", fix=INSTALL_HINT) from None
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        raise ConfigError("Spark needs a Java runtime and none was found",
                          fix="install Java 17 (Debian: apt-get install -y "
                              "openjdk-17-jre-headless) or set JAVA_HOME")
    # Executors' Python workers must be this interpreter (with newsbrief on it).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    builder = (builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", BATCH_ROWS)
               .config("spark.python.worker.reuse", "true")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.sources.partitionOverwriteMode", "static"))
    spark = builder.getOrCreate()
    # Spark's own INFO/WARN lines would drown the command's output.
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _kind(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    p = Path(path)
    name = p.name.lower()
    if name.endswith((".parquet", ".pq")) or (p.is_dir() and any(p.glob("*.parquet"))):
        return "parquet"
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".json", ".json.gz")):
        return "jsonl"
    return "files"


def read_inputs(spark, inputs: list[str], input_format: str = "auto"):
    """One DataFrame of input rows with `seq` (input order) and the fields
    analyse_batches reads."""
    from pyspark.sql import functions as F

    frames = []
    for number, path in enumerate(inputs):
        if "://" not in path and not Path(path).exists():
            raise InputError("no such file or folder", where=path, fix="check the path")
        kind = _kind(path, input_format)
        if kind not in FORMATS[1:]:
            raise ConfigError(f"unknown input format {input_format!r}", where="--input-format",
                              fix=f"use one of {', '.join(FORMATS)}")
        if kind == "jsonl":
            df = spark.read.text(path).select(F.col("value"), F.lit(path).alias("path"))
            df = df.where(F.trim("value") != "")
        elif kind == "parquet":
            df = spark.read.parquet(path)
            keep = [c for c in ("id", "text", "title", "published", "url", "source", "authors")
                    if c in df.columns]
            if "text" not in keep:
                raise InputError("Parquet input has no `text` column", where=path,
                                 fix="give a table with a text column (and optional id, "
                                     "title, published, url, source)")
            df = df.select(*[F.col(c).cast("string") if c != "authors" else F.col(c)
                             for c in keep], F.lit(path).alias("path"))
        else:
            df = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                  .option("pathGlobFilter", "[!.]*").load(path)
                  .select("path", "content").orderBy("path"))
        # Ids increase with the partition and the row within it: input order.
        df = df.withColumn("seq", F.monotonically_increasing_id() + F.lit(number << 40))
        frames.append(df)
    out = frames[0]
    for df in frames[1:]:
        out = out.unionByName(df, allowMissingColumns=True)
    return out


def _merge_group(item: tuple[str, Any]) -> list[dict[str, Any]]:
    _type, rows = item
    merger = merge_records(list(rows))
    out = []
    for row in merger.rows():
        location = row.pop("location")
        row["location"] = None if location is None else json.dumps(location)
        row["month"] = month_of(row["date"] if row["date_source"] == "text" else
                                row["first_seen"])
        out.append(row)
    return out


def run(inputs: list[str], output: str, *, master: str | None = None,
        input_format: str = "auto", partitions: int | None = None,
        settings: Settings | None = None) -> SparkSummary:
    """Analyse `inputs` on Spark and write the tables under `output`."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StructType

    summary = SparkSummary(output=output.rstrip("/"))
    with summary.timed("session"):
        spark = session(master)
    out = output.rstrip("/")
    sc = spark.sparkContext
    frame = read_inputs(spark, inputs, input_format)
    parts = partitions or max(2, sc.defaultParallelism * 4)
    worker = partial(analyse_batches, settings=settings or load_settings())
    analysed = frame.repartition(parts).mapInArrow(worker, ddl(ANALYSED))
    with summary.timed("analyse"):
        analysed.write.mode("overwrite").partitionBy("month").parquet(f"{out}/records")
    records = spark.read.parquet(f"{out}/records")

    with summary.timed("tables"):
        for name in ("articles", "entities", "errors"):
            table = records.mapInArrow(partial(flatten_batches, name), ddl(TABLES[name]))
            table.write.mode("overwrite").partitionBy("month").parquet(f"{out}/{name}")
        mentions = records.mapInArrow(partial(flatten_batches, "event_mentions"),
                                      ddl(TABLES["event_mentions"]))
        mentions.write.mode("overwrite").parquet(f"{out}/_mentions")
    mentions = spark.read.parquet(f"{out}/_mentions")
    # Events of two types never merge: one group per type, in input order inside.
    keyed = mentions.select("type", "seq", "position", "article_id", "published", "source",
                            "kinds", "record").rdd.map(lambda r: (r["type"], r.asDict()))
    merged_rows = keyed.groupByKey().flatMap(_merge_group)
    events_schema = StructType.fromDDL(EVENTS_DDL + ", mention_ids array<string>")
    merged = spark.createDataFrame(merged_rows, events_schema).cache()
    with summary.timed("merge"):
        merged.drop("mention_ids").write.mode("overwrite").partitionBy("month").parquet(
            f"{out}/events")
        assignments = merged.select("event_id", F.explode("mention_ids").alias("mention_id"))
        (mentions.join(assignments, "mention_id", "left")
         .write.mode("overwrite").partitionBy("month").parquet(f"{out}/event_mentions"))

    with summary.timed("counts"):
        for name, ddl_text in (("articles", ddl(TABLES["articles"])),
                               ("errors", ddl(TABLES["errors"])),
                               ("entities", ddl(TABLES["entities"])),
                               ("event_mentions",
                                ddl(TABLES["event_mentions"]) + ", event_id string"),
                               ("events", EVENTS_DDL)):
            # A table with no rows (no errors) counts 0.
            summary.counts[name] = count_rows(f"{out}/{name}", ddl_text, spark)
    merged.unpersist()
    shutil.rmtree(f"{out}/_mentions", ignore_errors=True)
    return summary


__all__ = ["run", "session", "read_inputs", "SparkSummary", "ddl", "UNKNOWN_MONTH"]
