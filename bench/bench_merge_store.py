"""Merge cost per event record in the SQLite store, as the store grows.

The synthetic stream of bench_merge_memory.py (20 PLOVER types, 60 countries,
dates over two years, a third dated by publication, repeats by several
outlets) is stored as raw records, then merged through the store's one merge
path by `Store.remerge` (candidate search, the rule, refresh), which reports
progress after each batch. Prints microseconds per record merged around each
size the store has reached, so "flat" means the cost at 100,000 stored
records is about the cost at 10,000 (wall and CPU time of the process: on a
shared machine the CPU time is what to compare). Dates span two years whatever the size:
the store gets denser as it grows, the hard case for candidate search.

    python bench/bench_merge_store.py --records 100000 [--db /tmp/merge-bench.db]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bench_merge_memory import stream  # noqa: E402

from newsbrief.store import Store  # noqa: E402

MARKS = (10_000, 50_000, 100_000)


def fill(store: Store, n: int) -> None:
    """Raw rows (articles, one placeholder event, mentions with their records and
    actor rows):
    what a store holds before `remerge` merges them."""
    conn = store.conn
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO events(id, type) VALUES ('placeholder', 'NONE')")
    seen = set()
    for article, published, source, ev in stream(n):
        if article not in seen:
            seen.add(article)
            conn.execute("INSERT INTO articles(id, origin, text, text_hash, source, published, "
                         "pipeline_version, ingested_at) VALUES (?,?,?,?,?,?,?,?)",
                         (article, "bench", article, hashlib.sha1(article.encode()).hexdigest(),
                          source, published, "bench", published))
        conn.execute(
            'INSERT INTO event_mentions(id, event_id, article_id, type, cameo, date, '
            'date_source, modality, sentence, start, "end", text, confidence, record, '
            "pipeline_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (f"{article}:{ev.id}:{len(seen)}:{ev.evidence.sentence}", "placeholder", article,
             ev.type, ev.cameo, ev.date, ev.date_source, ev.modality, ev.evidence.sentence,
             0, 1, ev.evidence.text, ev.confidence, json.dumps(ev.to_dict()), "bench"))
        conn.executemany(
            "INSERT INTO event_actors(mention_id, event_id, role, entity_id, text, country, "
            "sector) VALUES (?,?,?,?,?,?,?)",
            [(f"{article}:{ev.id}:{len(seen)}:{ev.evidence.sentence}", "placeholder", role,
              ref.entity, ref.text, ref.country, ref.sector)
             for role, refs in (("actor", ev.actor), ("recipient", ev.recipient))
             for ref in refs])
    conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys=ON")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--cache", type=int, default=None,
                        help="events whose merging state a re-merge keeps in memory "
                        "(default: the store's REMERGE_STATE_CACHE_EVENTS)")
    args = parser.parse_args()
    if args.cache is not None:
        import newsbrief.store.sqlite as sqlite_store

        sqlite_store.REMERGE_STATE_CACHE_EVENTS = args.cache
    path = args.db or str(Path(tempfile.mkdtemp()) / "merge-bench.db")
    with Store(path) as store:
        fill(store, args.records)
        points: list[tuple[int, float, float]] = [(0, time.perf_counter(), time.process_time())]
        t0, c0 = time.perf_counter(), time.process_time()

        def progress(done: int, total: int) -> None:
            points.append((done, time.perf_counter(), time.process_time()))
            if len(points) % 20 == 0:
                print(f"  {done:,}/{total:,} merged, {points[-1][1] - t0:.0f} s", flush=True)

        store.remerge(on_progress=progress, pause_seconds=0.0)
        total, cpu = time.perf_counter() - t0, time.process_time() - c0
        events = store.count("events")
    import newsbrief.store.sqlite as sqlite_store

    print(f"state cache {sqlite_store.REMERGE_STATE_CACHE_EVENTS:,} events, peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
    print(f"records {args.records:,}  merged events {events:,}  remerge {total:.1f} s wall, "
          f"{cpu:.1f} s CPU ({total / args.records * 1e6:.0f} us/record wall, "
          f"{cpu / args.records * 1e6:.0f} CPU); load average {os.getloadavg()[0]:.1f}")
    for mark in MARKS:
        if mark > args.records:
            continue
        # the batches that took the store from about 90% to 100% of `mark`
        lo = [p for p in points if p[0] <= mark * 0.9][-1]
        hi = next(p for p in points if p[0] >= mark)
        if hi[0] > lo[0]:
            n = hi[0] - lo[0]
            print(f"at {mark:>7,} stored records: {(hi[1] - lo[1]) / n * 1e6:8.1f} us/record "
                  f"wall, {(hi[2] - lo[2]) / n * 1e6:8.1f} CPU (records {lo[0]:,}-{hi[0]:,})")


if __name__ == "__main__":
    main()
