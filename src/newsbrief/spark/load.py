"""`newsbrief load`: bring a Spark run's output into a store.

Reads the `records/` table (each article's whole analysis) with pyarrow, no
Spark needed, and hands every article to `Store.write`, the store's one write
path, in input order (`seq`), so the store merges the event records with the
same rule the Spark job used and gets the same merged events. Error rows of
the run are returned for the caller to report. Articles already in the store
are skipped as in any ingest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow.dataset as ds

from ..errors import InputError, InputFailure
from ..ingest import store_all
from ..records import AnalysedArticle
from ..store import RunSummary, Store

Progress = Callable[..., None]


def _records(output: Path) -> ds.Dataset:
    path = output / "records"
    if not path.is_dir():
        raise InputError("not the output of `newsbrief spark` (no records/ folder)",
                         where=str(output), fix="give the OUTPUT folder of a finished spark run")
    return ds.dataset(path, format="parquet", partitioning="hive")


def iter_output(output: str | Path) -> Iterator[AnalysedArticle | InputFailure]:
    """The run's articles and failures, in input order."""
    dataset = _records(Path(output))
    # Sorted in memory: the records are small next to the analysis that made
    # them (about 40 KB an article); docs/scale.md says how to load a run of
    # millions into several stores by month instead.
    table = dataset.to_table().sort_by("seq")
    for batch in table.to_batches(max_chunksize=256):
        yield from _rows(batch.to_pylist())


def _rows(rows: list[dict]) -> Iterator[AnalysedArticle | InputFailure]:
    for row in rows:
        if row["record"] is None:
            yield InputFailure(row["error_where"] or f"row {row['seq']}", row["error_what"] or "",
                               row["error_fix"] or "")
        else:
            yield AnalysedArticle.from_dict(json.loads(row["record"]))


def load(output: str | Path, store: Store, *, on_item: Progress | None = None) -> RunSummary:
    """Write a Spark run's articles into `store`; returns the run's counts."""
    summary = RunSummary()
    run_id = store.start_run("load", [str(output)], "spark")

    def counted() -> Iterator[AnalysedArticle | InputFailure]:
        for item in iter_output(output):
            summary.read += 1
            yield item

    try:
        store_all(counted(), store, run_id, summary, on_item)
        store.index_pending()
    finally:
        store.finish_run(run_id, summary)
    return summary
