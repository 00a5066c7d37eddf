"""Acquisition-only throughput: reading articles, no language analysis, no store.

    python bench/bench_ingest.py            # both sets, best of 3 runs each
    python bench/bench_ingest.py --runs 1

- JSONL: iter_articles over ../shared/data/corpus/news.jsonl (5,000 articles);
  also checks that every line reads without an InputFailure.
- HTML: iter_articles over the 190 pages of ../shared/data/html (files given
  one by one, as `newsbrief ingest page1.html page2.html ...` does), with
  trafilatura extraction, title cleaning and date metadata.
Single process. Results go in BENCHMARKS.md, "Ingestion without language analysis".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

from newsbrief.acquire import iter_articles
from newsbrief.errors import InputFailure
from newsbrief.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))


def run(inputs: list[str], runs: int) -> dict:
    settings = load_settings()
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        cpu = time.process_time()
        ok = failed = chars = 0
        failures: list[str] = []
        for item in iter_articles(inputs, settings):
            if isinstance(item, InputFailure):
                failed += 1
                failures.append(item.message())
            else:
                ok += 1
                chars += len(item.text)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        if best is None or elapsed < best["seconds"]:
            # CPU time too: on a shared machine it is steadier than wall time
            best = {"articles": ok, "failures": failed, "seconds": round(elapsed, 3),
                    "per_second": round(ok / elapsed, 1), "cpu_seconds": round(cpu, 3),
                    "per_cpu_second": round(ok / cpu, 1), "chars": chars,
                    "first_failures": failures[:5]}
    assert best is not None
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    corpus = SHARED / "data" / "corpus" / "news.jsonl"
    html_dir = SHARED / "data" / "html"
    if not corpus.exists() or not html_dir.exists():
        print(f"missing {corpus} or {html_dir} (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 1
    pages = sorted(str(p) for p in html_dir.rglob("*.html"))
    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
                   f"Python {platform.python_version()}",
        "load_average": os.getloadavg()[0],
        "jsonl": run([str(corpus)], args.runs),
        "html": run(pages, args.runs),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
