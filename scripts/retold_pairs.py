#!/usr/bin/env python3
"""Within-article re-tellings left as separate events (issue 11, "one record per event per
article"): candidate pairs from a store, to judge by hand, and the score of the judgements.

    python scripts/retold_pairs.py draw STORE --seed S -n 60 > pairs.tsv
    python scripts/retold_pairs.py score eval/judgements/FILE.tsv

`draw` takes N random articles of the store (its event_mentions, random.Random(seed)
shuffle of the sorted article ids) and, among their mentions at or above the default
threshold, every pair in different sentences with the same type and an actor in common
(same entity, or same country and sector): whether the store merged them (one event id)
or not. Printed as article id, type, the two mentions' evidence and trigger offsets, and
`merged` 1/0; the judge adds a column `same` (1: the two sentences tell one event, 0: two
events) reading the article, never copying its text. `score` prints how many judged-same
pairs were merged, and how many articles hold a same pair left unmerged, with Wilson 95%
intervals. Retellings of another type or with no actor in common are not drawn: the
figure is a lower bound.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_events import threshold, wilson  # noqa: E402


def _keys(record: dict) -> set[str]:
    out = set()
    for ref in record.get("actor", []):
        if ref.get("entity"):
            out.add("e:" + ref["entity"])
        elif ref.get("country"):
            out.add(f"c:{ref['country']}:{ref.get('sector')}")
    return out


def draw(store: str, seed: int, n: int) -> None:
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    arts = [r[0] for r in con.execute(
        "SELECT DISTINCT article_id FROM event_mentions ORDER BY article_id")]
    random.Random(seed).shuffle(arts)
    cut = threshold()
    print(f"# store {store}, seed {seed}, n {n}, threshold {cut}")
    print("# article\ttype\tstart1\tend1\ttrigger1\tstart2\tend2\ttrigger2\tmerged")
    for art in arts[:n]:
        rows = con.execute(
            'SELECT event_id, type, sentence, record, start, "end", trigger_start '
            "FROM event_mentions WHERE article_id = ? AND confidence >= ? ORDER BY start",
            (art, cut)).fetchall()
        ms = [(ev, typ, sent, _keys(json.loads(rec)), s, e, ts)
              for ev, typ, sent, rec, s, e, ts in rows]
        for a, b in itertools.combinations(ms, 2):
            if a[2] == b[2] or a[1] != b[1] or not (a[3] & b[3]):
                continue
            print(f"{art}\t{a[1]}\t{a[4]}\t{a[5]}\t{a[6]}\t{b[4]}\t{b[5]}\t{b[6]}\t"
                  f"{int(a[0] == b[0])}")


def score(path: str) -> None:
    rows = [line.rstrip("\n").split("\t") for line in Path(path).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    arts = {r[0] for r in rows}
    same = [r for r in rows if r[9] == "1"]
    merged = sum(r[8] == "1" for r in same)
    left = {r[0] for r in same if r[8] == "0"}
    print(f"{path}: {len(rows)} candidate pairs in {len(arts)} articles with any; "
          f"{len(same)} tell one event")
    lo, hi = wilson(merged, len(same))
    print(f"  merged into one event: {merged}/{len(same)} [{lo:.2f}, {hi:.2f}]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("store")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("-n", type=int, default=60)
    s = sub.add_parser("score")
    s.add_argument("path")
    args = ap.parse_args()
    if args.cmd == "draw":
        draw(args.store, args.seed, args.n)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
