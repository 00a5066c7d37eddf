"""Samples for judging merging by hand, and store-level figures, on an ingested corpus.

    python scripts/eval_knowledge.py --db /tmp/corpus.db stats
    python scripts/eval_knowledge.py --db /tmp/corpus.db merged --n 30 --seed 5
    python scripts/eval_knowledge.py --db /tmp/corpus.db near-miss --n 30 --seed 5

`merged` prints random merged events with mentions in 2+ sentences, each
mention with its date, outlet, standing and evidence: judge whether all report
one real-world event. `near-miss` prints random pairs of events that were NOT
merged although they share the type, an actor (same entity or country) and
dates within 3 days: judge whether they should have been one event.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from newsbrief.knowledge.queries import hydrate  # noqa: E402
from newsbrief.store import Store  # noqa: E402
from newsbrief.stored import MergedEvent  # noqa: E402


def show(ev: MergedEvent, indent: str = "") -> None:
    actors = ", ".join(f"{a.name}[{a.country or '-'}]" for a in ev.actors)
    recips = ", ".join(f"{a.name}[{a.country or '-'}]" for a in ev.recipients)
    print(f"{indent}{ev.type} {ev.cameo} date={ev.date}({ev.date_source}) "
          f"{actors} -> {recips or '-'}  mentions={ev.n_mentions} "
          f"articles={ev.n_articles} sources={ev.n_sources}")
    for m in ev.mentions[:6]:
        text = " ".join(m.text.split())[:220]
        print(f"{indent}   - {m.published} {m.source or '?'} s{m.sentence} "
              f"[{m.modality}, {m.date}/{m.date_source}] {text}")


def merged(store: Store, n: int, seed: int, cross: bool) -> None:
    where = "n_mentions > 1" + (" AND n_articles > 1" if cross else "")
    ids = [r["id"] for r in store.query(f"SELECT id FROM events WHERE {where} ORDER BY id")]
    random.Random(seed).shuffle(ids)
    print(f"# {len(ids)} events with mentions in 2+ sentences"
          f"{' and 2+ articles' if cross else ''}; showing {min(n, len(ids))}")
    for i, ev in enumerate(hydrate(store, ids[:n]), 1):
        print(f"\n[{i}] {ev.id}")
        show(ev)


def near_miss(store: Store, n: int, seed: int) -> None:
    rows = store.query(
        "SELECT DISTINCT e1.id AS a, e2.id AS b FROM events e1 "
        "JOIN event_actors x1 ON x1.event_id = e1.id AND x1.role = 'actor' "
        "JOIN event_actors x2 ON x2.role = 'actor' AND x2.event_id > e1.id AND "
        "  (x2.entity_id = x1.entity_id OR (x2.country = x1.country)) "
        "JOIN events e2 ON e2.id = x2.event_id AND e2.type = e1.type "
        "WHERE length(e1.date) = 10 AND length(e2.date) = 10 AND "
        "abs(julianday(e1.date) - julianday(e2.date)) <= 3 "
        "AND EXISTS (SELECT 1 FROM event_mentions m1 JOIN event_mentions m2 ON "
        "  m2.event_id = e2.id AND m2.article_id != m1.article_id WHERE m1.event_id = e1.id)")
    random.Random(seed).shuffle(rows)
    print(f"# {len(rows)} unmerged cross-article pairs (same type, shared actor, dates within "
          f"3 days); showing {min(n, len(rows))}")
    for i, r in enumerate(rows[:n], 1):
        a, b = hydrate(store, [r["a"], r["b"]])
        print(f"\n[{i}]")
        show(a, "  A ")
        show(b, "  B ")


def stats(store: Store) -> None:
    from bench_knowledge import store_stats

    print(json.dumps(store_stats(store.path), indent=1))
    dist = store.query("SELECT n_mentions, COUNT(*) AS events FROM events GROUP BY n_mentions "
                       "ORDER BY n_mentions LIMIT 12")
    print("mentions per event:", {r["n_mentions"]: r["events"] for r in dist})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("what", choices=["stats", "merged", "merged-cross", "near-miss"])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    with Store(args.db) as store:
        if args.what == "stats":
            stats(store)
        elif args.what.startswith("merged"):
            merged(store, args.n, args.seed, cross=args.what == "merged-cross")
        else:
            near_miss(store, args.n, args.seed)


if __name__ == "__main__":
    main()
