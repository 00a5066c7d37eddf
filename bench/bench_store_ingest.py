"""Ingestion without language analysis, store included: acquisition, dedup, write.

    python bench/bench_store_ingest.py [JSONL]   (default ../shared/data/corpus/news.jsonl)

Ingests into a fresh temporary SQLite file, then ingests the same input again
(everything must come back as duplicates). Prints articles/s per wall second and
per CPU second (the CPU figure is what an unloaded machine approaches).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from newsbrief.ingest import ingest
from newsbrief.settings import load_settings
from newsbrief.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "news.jsonl"


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(db=f"{tmp}/bench.db", stages=())
        with Store(settings.db) as store:
            for label in ("first ingest", "re-ingest"):
                wall, cpu = time.perf_counter(), time.process_time()
                summary = ingest([source], settings, store)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                print(f"{label}: read {summary.read}, stored {summary.stored}, "
                      f"duplicates {summary.duplicates}, failed {summary.failed}; "
                      f"{summary.read / wall:,.0f} articles/s wall, "
                      f"{summary.read / cpu:,.0f} articles/s CPU")
            print(f"stored articles: {store.count('articles')}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
