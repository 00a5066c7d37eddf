"""`newsbrief spark` in local mode, against a local ingest of the same input.

Slow: starts a JVM and loads the model in Spark's Python workers. Under CI
pyspark and Java must be there (the Makefile installs them); elsewhere the test
skips with a message when they are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import main

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _need_spark() -> None:
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark (pip install 'newsbrief[spark]')")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        missing.append("a Java runtime (apt-get install -y openjdk-17-jre-headless)")
    if missing:
        message = "Spark tests need " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One Spark run over the bundled wire JSONL plus a bad line, and one over a
    folder of text and HTML files; a local ingest of the same JSONL."""
    _need_spark()
    tmp = tmp_path_factory.mktemp("spark")
    jsonl = tmp / "in.jsonl"
    lines = (ROOT / "samples" / "2026-11-wire.jsonl").read_text("utf-8").splitlines()
    jsonl.write_text("\n".join([lines[0], '{"title": "no text here"}', *lines[1:]]) + "\n",
                     "utf-8")
    files = tmp / "files"
    files.mkdir()
    for name in ("2026-11-24-nile-water-talks.txt", "2026-11-25-baltic-drills.html"):
        shutil.copy(ROOT / "samples" / name, files / name)
    runner = CliRunner()
    out = tmp / "out"
    from pyspark.sql import SparkSession

    from newsbrief.spark.job import session

    # A session the caller made and tuned: the job must give its settings back.
    session("local[2]").conf.set("spark.sql.shuffle.partitions", "13")
    result = runner.invoke(main, ["spark", str(jsonl), str(out), "--master", "local[2]"])
    shuffle_after = SparkSession.builder.getOrCreate().conf.get("spark.sql.shuffle.partitions")
    out_files = tmp / "out-files"
    result_files = runner.invoke(main, ["spark", str(files), str(out_files),
                                        "--master", "local[2]"])
    local = tmp / "local.db"
    ingested = runner.invoke(main, ["ingest", str(jsonl), "--db", str(local)])
    return {"out": out, "result": result, "out_files": out_files,
            "result_files": result_files, "local": local, "ingested": ingested, "tmp": tmp,
            "shuffle_after": shuffle_after}


def table(path: Path, name: str) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(path / name, format="parquet", partitioning="hive").to_table().to_pylist()


def test_spark_gives_back_the_callers_shuffle_setting(run):
    assert run["result"].exit_code == 2, run["result"].output  # the one bad line
    assert run["shuffle_after"] == "13"


def test_spark_writes_every_table_partitioned_by_month(run):
    assert run["result"].exit_code == 2, run["result"].output  # the bad line
    out = run["out"]
    for name in ("records", "articles", "entities", "event_mentions", "events", "errors"):
        assert (out / name).is_dir(), name
    assert any(p.name.startswith("month=2026-11") for p in (out / "articles").iterdir())
    articles = table(out, "articles")
    assert sorted(a["id"] for a in articles) == ["sample-wire-001", "sample-wire-002"]
    [error] = table(out, "errors")
    assert "text" in error["what"] and error["fix"]
    mentions = table(out, "event_mentions")
    assert mentions and all(m["event_id"] for m in mentions)
    assert {m["event_id"] for m in mentions} == {e["event_id"] for e in table(out, "events")}


def test_spark_gives_the_records_and_merged_events_of_a_local_ingest(run):
    con = sqlite3.connect(run["local"])
    local_groups = dict(con.execute("SELECT id, event_id FROM event_mentions"))
    local_events = {r[0]: r[1:] for r in con.execute(
        "SELECT id, type, cameo, date, date_source, n_mentions, n_articles, n_sources "
        "FROM events")}
    spark_groups = {m["mention_id"]: m["event_id"] for m in table(run["out"], "event_mentions")}
    spark_events = {e["event_id"]: (e["type"], e["cameo"], e["date"], e["date_source"],
                                    e["n_mentions"], e["n_articles"], e["n_sources"])
                    for e in table(run["out"], "events")}
    assert spark_groups == local_groups
    assert spark_events == local_events
    # Entity records are the pipeline's own: same ids and countries as the store.
    local_entities = {r[0]: r[1] for r in con.execute("SELECT id, country FROM entities")}
    assert {e["entity_id"]: e["country"] for e in table(run["out"], "entities")} == local_entities


def test_load_brings_a_spark_output_into_a_store_with_the_same_events(run, tmp_path):
    db = tmp_path / "loaded.db"
    result = CliRunner().invoke(main, ["load", str(run["out"]), "--db", str(db)])
    assert result.exit_code == 2  # the run's bad line is reported again
    assert "stored 2" in result.output
    loaded = sqlite3.connect(db)
    local = sqlite3.connect(run["local"])
    query = "SELECT id, type, date, n_mentions FROM events ORDER BY id"
    assert loaded.execute(query).fetchall() == local.execute(query).fetchall()


def test_spark_reads_a_folder_of_text_and_html_files(run):
    assert run["result_files"].exit_code == 0, run["result_files"].output
    articles = table(run["out_files"], "articles")
    assert len(articles) == 2
    assert {a["origin"].rsplit("/", 1)[-1] for a in articles} == {
        "2026-11-24-nile-water-talks.txt", "2026-11-25-baltic-drills.html"}
    assert all(json.loads(json.dumps(a["text"])) for a in articles)


def test_spark_without_output_argument_is_a_usage_error():
    result = CliRunner().invoke(main, ["spark", "only-one-arg"])
    assert result.exit_code == 2 and "OUTPUT" in result.output


def test_flat_tables_are_the_records_read_back(run):
    """The analysis task writes the flat tables from the pipeline's objects; they
    hold exactly the rows that the lossless records/ table gives back."""
    from newsbrief.spark.tables import table_rows

    for out in (run["out"], run["out_files"]):
        records = table(out, "records")
        assert records
        for name in ("articles", "entities", "event_mentions", "errors"):
            written = table(out, name)
            for row in written:
                row.pop("event_id", None)
            expected = [r for rec in records for r in table_rows(name, rec)]
            def key(row):
                return repr(sorted(row.items()))

            assert sorted(written, key=key) == sorted(expected, key=key), name
