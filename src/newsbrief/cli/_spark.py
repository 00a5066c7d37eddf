"""Commands: spark (the pipeline on Apache Spark) and load (its output into a store)."""

from __future__ import annotations

import sys

import click

from ._common import pass_app, report_failure


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT... OUTPUT")
@click.option("--master", default=None, metavar="URL",
              help="Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
@click.option("--input-format", type=click.Choice(["auto", "jsonl", "parquet", "files"]),
              default="auto", show_default=True,
              help="How to read INPUT: JSONL lines, a Parquet table with a text column, or "
                   "a folder of text/HTML/JSONL files (auto: from the name).")
@click.option("--partitions", type=click.IntRange(1, 100_000), default=None,
              help="Number of analysis tasks (default: one per ~16 articles, at least 4 per core).")
@pass_app(store=False)
def spark(app, inputs, master, input_format, partitions):
    """Analyse an archive on Apache Spark and write Parquet tables to OUTPUT.

    OUTPUT gets records/, articles/, entities/, event_mentions/, events/ (merged
    across the whole output) and errors/, partitioned by publication month.
    Needs the Spark extra: pip install 'newsbrief[spark]'.
    """
    from ..spark.job import run

    if len(inputs) < 2:
        raise click.UsageError("give at least one INPUT and the OUTPUT folder")
    *sources, output = inputs
    settings = app.settings
    if master is None and not _submitted():
        master = "local[*]"
    summary = run(list(sources), output, master=master, input_format=input_format,
                  partitions=partitions, settings=settings)
    n = summary.counts
    click.echo(f"articles {n['articles']}  errors {n['errors']}  entities {n['entities']}  "
               f"event records {n['event_mentions']}  merged events {n['events']}"
               f"  -> {summary.output}")
    if n["errors"]:
        click.echo(f"Warning: {n['errors']} inputs failed; see {summary.output}/errors",
                   err=True)
        sys.exit(2)


def _submitted() -> bool:
    """Under spark-submit (which starts this process with a gateway to its JVM)
    the master comes from spark-submit's options."""
    import os

    return "PYSPARK_GATEWAY_PORT" in os.environ


@click.command()
@click.argument("output", metavar="OUTPUT")
@pass_app(creates=True)
def load(app, output):
    """Bring the output of `newsbrief spark` into a store (merging as ingest does)."""
    from ..spark.load import load as run_load

    summary = run_load(output, app.archive.store)
    click.echo(f"read {summary.read}  stored {summary.stored}  duplicates "
               f"{summary.duplicates}  failed {summary.failed}")
    from ..errors import InputFailure

    for failure in summary.failures[:20]:
        report_failure(InputFailure(failure["where"], failure["what"], failure["fix"]))
    if summary.failed:
        sys.exit(2)


COMMANDS = [spark, load]
