"""Evidence words collected or walked: for each search word of bench_web.py's
population (seeded) with at least --min-hits full-text hits, the CPU time of the
first page of events newest first (`--limit` rows) with the words' set collected
(`+e.id IN (...)`) and tested per event while walking the date index (its
correlated EXISTS). The bound between them is `web_reads.evidence_bound`.

    python bench/bench_evidence_plan.py STORE [--limit 20] [--min-hits 1200] [--seed 7]

CPU time (process), best of 2; compare within one run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from bench_web import Population  # noqa: E402

from newsbrief.store import Store  # noqa: E402
from newsbrief.store import web_reads as reads  # noqa: E402


def best_ms(fn, n: int = 2) -> float:
    best = float("inf")
    for _ in range(n):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--min-hits", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pop = Population(args.db, args.seed)
    print(f"rows {args.limit}; bound {reads.evidence_bound(args.limit + 1)} hits")
    print("| hits | word | collected ms | walked ms | plan chosen |")
    print("| --- | --- | --- | --- | --- |")
    with Store(args.db, create=False) as store:
        for word in sorted(set(pop.words)):
            f = reads.EventFilter(search=word)
            collected_sql, params, walked_sql = reads._conditions(f)[0]
            hits = store.query("SELECT COUNT(*) AS n FROM evidence_fts WHERE evidence_fts "
                               "MATCH ?", tuple(params))[0]["n"]
            if hits < args.min_hits:
                continue
            a = best_ms(lambda: reads.event_page(store, f, where=("1=1 AND +" + collected_sql,
                                                                   params), limit=args.limit))
            b = best_ms(lambda: reads.event_page(store, f, where=("1=1 AND " + walked_sql,
                                                                   params), limit=args.limit))
            chosen = "walked" if hits > reads.evidence_bound(args.limit + 1) else "collected"
            print(f"| {hits} | {word} | {a:.1f} | {b:.1f} | {chosen} |", flush=True)


if __name__ == "__main__":
    main()
