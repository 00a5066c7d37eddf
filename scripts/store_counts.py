"""Event records per article and the share with an actor country, in a store, by threshold.

    python scripts/store_counts.py STORE.db [--cuts 0 0.4 0.65 0.73]

Issue 11 asks for these on the whole corpus before and after a change: ingest
../shared/data/corpus/news.jsonl into a store with each tree, then count both.
"""

from __future__ import annotations

import argparse
import json
import sqlite3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--cuts", type=float, nargs="+", default=[0.0, 0.4, 0.65, 0.73])
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    totals = {cut: [0, 0] for cut in args.cuts}
    for confidence, record in con.execute("SELECT confidence, record FROM event_mentions"):
        actors = json.loads(record).get("actor") or []
        has_country = any((a or {}).get("country") for a in actors)
        for cut, tally in totals.items():
            if confidence >= cut:
                tally[0] += 1
                tally[1] += has_country
    print(f"{args.db}: {articles} articles")
    for cut, (n, with_country) in totals.items():
        print(f"  >= {cut}: {n} records, {n / max(articles, 1):.2f} per article, "
              f"{with_country / max(n, 1):.3f} with an actor country")


if __name__ == "__main__":
    main()
