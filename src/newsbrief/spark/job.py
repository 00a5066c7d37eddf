"""`newsbrief spark`: the pipeline over an archive, on Apache Spark.

    read inputs -> analyse (mapInArrow, one model per Python worker; each task
      gives the rows of every table for its articles) -> kept by month (cache)
      -> records/ (every article's analysis, lossless)
      -> articles/, entities/, errors/ (flat tables, no Python)
      -> merge event records by type (mapInArrow per type, the store's rule)
      -> events/ (merged events), event_mentions/ with their event_id

Every table is Parquet, partitioned by the publication month. The same job runs
with `spark-submit` (see docs/scale.md); only this module imports pyspark, and
only when called.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa

from ..errors import ConfigError, InputError
from ..settings import Settings, load_settings
from .analyse import analyse_tables
from .merge import EVENTS, MERGE_COLUMNS, MERGED, merge_batches
from .tables import COMBINED, OUTPUTS, TABLES, UNKNOWN_MONTH

FORMATS = ("auto", "jsonl", "parquet", "files")
INSTALL_HINT = "install the Spark extra: pip install 'newsbrief[spark]' (and Java 17+)"

# Articles per Arrow batch handed to a worker: small batches keep a worker's
# memory flat (whole articles are large) and let Spark balance the load.
BATCH_ROWS = 32
# Input rows per analysis task: small tasks keep both cores busy to the end of
# the step (the model loads once per worker, not per task).
TASK_ROWS = 16
# Input rows per partition of the kept rows and the table writes (about
# 100 MB of output): few tasks, each writing whole months.
WRITE_ROWS = 2000
# Bytes of a JSONL article (the corpus averages 6.5 KB): local inputs are
# sized from their files instead of with a Spark job.
ROW_BYTES = 6000


@dataclass
class SparkSummary:
    """Rows written per table, and where."""

    output: str
    counts: dict[str, int] = field(default_factory=dict)
    # wall seconds of each step of the run (session start, input size,
    # analysis, writes, counts): where a run's fixed cost goes. "tables" and
    # "merge" run at the same time, inside "writes".
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


def analysis_partitions(rows: int, parallelism: int) -> int:
    """Analysis tasks for `rows` input rows: TASK_ROWS each, and at least four
    per core."""
    return max(2, parallelism * 4, -(-rows // TASK_ROWS))


def input_rows(frame) -> int:
    """Input rows, or an estimate: local files are sized without a Spark job
    (partition counts only need the order of magnitude)."""
    files = frame.inputFiles()
    local = [f.removeprefix("file://").removeprefix("file:") for f in files
             if f.startswith("file:") or "://" not in f]
    if files and len(local) == len(files):
        return max(1, sum(os.path.getsize(f) for f in local if os.path.exists(f)) // ROW_BYTES)
    return frame.count()


def write_partitions(rows: int, parallelism: int) -> int:
    """Partitions of the kept rows, the merge and the writes: WRITE_ROWS input
    rows each, and at least two per core. Every task of a Python step or a
    write costs a fixed part, so not Spark's 200."""
    return max(2, parallelism * 2, -(-rows // WRITE_ROWS))


def _write(frame, path: str) -> None:
    """Write one table, partitioned by month. The frame's partitions each hold
    whole months, so a month is one file, not one per task."""
    frame.write.mode("overwrite").partitionBy("month").parquet(path)


def run(inputs: list[str], output: str, *, master: str | None = None,
        input_format: str = "auto", partitions: int | None = None,
        settings: Settings | None = None) -> SparkSummary:
    """Analyse `inputs` on Spark and write the tables under `output`."""
    summary = SparkSummary(output=output.rstrip("/"))
    with summary.timed("session"):
        spark = session(master)
    out = output.rstrip("/")
    sc = spark.sparkContext
    with summary.timed("read"):
        frame = read_inputs(spark, inputs, input_format)
    with summary.timed("size"):
        rows = input_rows(frame)
    parts = partitions or analysis_partitions(rows, sc.defaultParallelism)
    wparts = write_partitions(rows, sc.defaultParallelism)
    # Rows are kept and written by month, each month in `spread` partitions
    # (one for up to ~24,000 articles): a month is one file per table in a
    # corpus, not one per task, and a big archive's months are not one task each.
    spread = max(1, -(-rows // (WRITE_ROWS * 12)))
    # The join of event records to their merged events shuffles this many ways;
    # the caller's own setting comes back at the end (the session may be theirs).
    shuffle_before = spark.conf.get("spark.sql.shuffle.partitions", None)
    spark.conf.set("spark.sql.shuffle.partitions", str(wparts))
    try:
        _analyse_and_write(spark, frame, out, summary, parts, wparts, spread, settings)
    finally:
        if shuffle_before is None:
            spark.conf.unset("spark.sql.shuffle.partitions")
        else:
            spark.conf.set("spark.sql.shuffle.partitions", shuffle_before)
    return summary


def _analyse_and_write(spark, frame, out: str, summary: SparkSummary, parts: int,
                       wparts: int, spread: int, settings: Settings | None) -> None:
    """The analysis, the merge and the writes of `run`."""
    from pyspark.sql import functions as F

    worker = partial(analyse_tables, settings=settings or load_settings())
    # One pass of Python per article: the analysis task gives the rows of every
    # table. They are kept (memory, then disk) grouped by month, and each table
    # is written from them by the JVM alone.
    combined = (frame.repartition(parts).mapInArrow(worker, ddl(COMBINED))
                .repartition(wparts, "month", F.pmod("seq", F.lit(spread))).persist())

    def table(name: str):
        return combined.where(F.col("table") == name).select(*OUTPUTS[name].names)

    with summary.timed("analyse"):
        # The first write analyses and keeps the rows; every later one reads them.
        _write(table("records"), f"{out}/records")

    def tables() -> None:
        with summary.timed("tables"):
            for name in ("articles", "entities", "errors"):
                _write(table(name), f"{out}/{name}")

    def merge() -> None:
        mentions = table("event_mentions")
        # Events of two types never merge: all records of a type go to one task,
        # which merges them in input order with the store's rule.
        merged = (mentions.select(*MERGE_COLUMNS).repartition(wparts * 2, "type")
                  .mapInArrow(merge_batches, ddl(MERGED)).persist())
        with summary.timed("merge"):
            _write(merged.drop("mention_ids").repartition(wparts, "month"), f"{out}/events")
            assignments = merged.select("event_id",
                                        F.explode("mention_ids").alias("mention_id"))
            _write(mentions.join(assignments, "mention_id", "left").repartition(wparts, "month"),
                   f"{out}/event_mentions")
        merged.unpersist()

    # The flat tables (JVM only) and the merge (Python) at the same time, as
    # concurrent Spark jobs: neither leaves a core idle while the other ends.
    with summary.timed("writes"), ThreadPoolExecutor(2) as pool:
        for done in [pool.submit(tables), pool.submit(merge)]:
            done.result()

    with summary.timed("counts"):
        for name, ddl_text in (("articles", ddl(TABLES["articles"])),
                               ("errors", ddl(TABLES["errors"])),
                               ("entities", ddl(TABLES["entities"])),
                               ("event_mentions",
                                ddl(TABLES["event_mentions"]) + ", event_id string"),
                               ("events", ddl(EVENTS))):
            # A table with no rows (no errors) counts 0.
            summary.counts[name] = count_rows(f"{out}/{name}", ddl_text, spark)
    with summary.timed("finish"):
        combined.unpersist()


__all__ = ["run", "session", "read_inputs", "SparkSummary", "ddl", "UNKNOWN_MONTH"]
