"""End-to-end ingest benchmark: throughput, memory, events per article, merging.

    python bench/bench_knowledge.py --processes 2 --db /tmp/corpus.db
    python bench/bench_knowledge.py --processes 1 --limit 500 --db /tmp/c500.db
    python bench/bench_knowledge.py --processes 2 --contains "North Korea" --db /tmp/nk.db
    python bench/bench_knowledge.py --processes 1 --sample 400 --seed 14 --db /tmp/s1.db

Splits the corpus (../shared/data/corpus/news.jsonl) into N interleaved shards
and runs N worker processes, each `newsbrief.ingest.ingest` on its shard into
the same SQLite database (WAL: the writers take turns per article, so merging
sees every stored event). Prints one JSON object: wall time, words/s and
articles/s overall, each worker's peak RSS, and what ended up in the store.
If the publication-date stage (newsbrief.pubdate) is not installed, undated
articles are left out and counted in `skipped_undated`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data" / "corpus" / "news.jsonl"


def worker(shard: str, db: str) -> None:
    from newsbrief.ingest import ingest
    from newsbrief.settings import load_settings
    from newsbrief.store import Store

    settings = load_settings(db=db)
    words = sum(len(json.loads(line)["text"].split()) for line in open(shard, encoding="utf-8"))
    start, cpu = time.perf_counter(), time.process_time()
    with Store(db) as store:
        summary = ingest([shard], settings, store, command="bench")
    seconds = time.perf_counter() - start
    print(json.dumps({"shard": shard, "articles": summary.stored, "failed": summary.failed,
                      "words": words, "seconds": round(seconds, 1),
                      "cpu_seconds": round(time.process_time() - cpu, 1),
                      "events": summary.events,
                      "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                           / 1024)}))


def store_stats(db: str) -> dict:
    from newsbrief.store import Store

    with Store(db) as s:
        one = lambda sql: s.query(sql)[0]["n"]  # noqa: E731
        articles = one("SELECT COUNT(*) AS n FROM articles")
        mentions = one("SELECT COUNT(*) AS n FROM event_mentions")
        events = one("SELECT COUNT(*) AS n FROM events")
        with_country = one("SELECT COUNT(*) AS n FROM event_mentions m WHERE EXISTS (SELECT 1 "
                           "FROM event_actors a WHERE a.mention_id = m.id AND a.role = 'actor' "
                           "AND a.country IS NOT NULL)")
        all_country = one("SELECT COUNT(*) AS n FROM event_mentions m WHERE NOT EXISTS (SELECT 1"
                          " FROM event_actors a WHERE a.mention_id = m.id AND a.role IN "
                          "('actor', 'recipient') AND a.country IS NULL)")
        text_dated = one("SELECT COUNT(*) AS n FROM event_mentions WHERE date_source = 'text'")
        multi = s.query("SELECT COUNT(*) AS n, SUM(n_mentions) AS m, MAX(n_mentions) AS top, "
                        "SUM(n_articles > 1) AS cross FROM events WHERE n_mentions > 1")[0]
    return {
        "articles": articles, "event_mentions": mentions, "events": events,
        "mentions_per_article": round(mentions / max(articles, 1), 2),
        "share_actor_country": round(with_country / max(mentions, 1), 3),
        "share_all_actors_country": round(all_country / max(mentions, 1), 3),
        "share_text_dated": round(text_dated / max(mentions, 1), 3),
        "events_with_2plus_mentions": multi["n"], "mentions_in_them": multi["m"],
        "events_across_articles": multi["cross"], "largest_event": multi["top"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--sample", type=int, default=None,
                    help="a random sample of N corpus articles (with --seed), in corpus order")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--contains", metavar="TEXT",
                    help="only articles whose text contains TEXT (a topical subset, so "
                    "that reports of one event meet and merge)")
    ap.add_argument("--db", required=True)
    ap.add_argument("--resume", action="store_true",
                    help="keep the database and skip articles already in it (by URL)")
    ap.add_argument("--worker", nargs=2, metavar=("SHARD", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    try:
        import newsbrief.pubdate  # noqa: F401
        keep_undated = True
    except ImportError:
        keep_undated = False
    tmp = Path(tempfile.mkdtemp(prefix="nb-bench-"))
    shards = [open(tmp / f"shard{i}.jsonl", "w", encoding="utf-8")
              for i in range(args.processes)]
    taken = skipped = 0
    stored: set[str] = set()
    if args.resume and os.path.exists(args.db):
        from newsbrief.store import Store

        with Store(args.db) as s:
            stored = {r["url"] for r in s.query("SELECT url FROM articles WHERE url IS NOT NULL")}
    chosen = None
    if args.sample is not None:
        import random

        with open(args.corpus, encoding="utf-8") as fh:
            n_lines = sum(1 for line in fh if line.strip())
        chosen = set(random.Random(args.seed).sample(range(n_lines), min(args.sample, n_lines)))
    with open(args.corpus, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if chosen is not None and k not in chosen:
                continue
            if args.limit is not None and taken >= args.limit:
                break
            item = json.loads(line)
            if args.contains and args.contains not in item["text"]:
                continue
            if item.get("url") in stored:
                continue
            if not keep_undated and not item.get("published"):
                skipped += 1
                continue
            shards[taken % args.processes].write(line)
            taken += 1
    for f in shards:
        f.close()
    for suffix in ("", "-wal", "-shm"):
        if not args.resume and os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, __file__, "--db", args.db, "--worker", f.name,
                               args.db], stdout=subprocess.PIPE, text=True) for f in shards]
    results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    wall = time.perf_counter() - start
    words = sum(r["words"] for r in results)
    articles = sum(r["articles"] for r in results)
    print(json.dumps({
        "processes": args.processes, "load_average": round(os.getloadavg()[0], 1),
        "articles_in": taken, "skipped_undated": skipped,
        "already_stored": len(stored),
        "wall_seconds": round(wall, 1), "words": words,
        "words_per_second": round(words / wall), "articles_per_second": round(articles / wall, 2),
        "workers": results, "store": store_stats(args.db),
    }, indent=1))


if __name__ == "__main__":
    main()
