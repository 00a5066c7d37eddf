#!/usr/bin/env python3
"""Within-article re-tellings left as separate events (issue 11, "one record per event per
article"): candidate pairs from a store, to judge by hand, and the score of the judgements.

    python scripts/retold_pairs.py draw STORE --seed S -n 60 > pairs.tsv
    python scripts/retold_pairs.py score eval/judgements/FILE.tsv
    python scripts/retold_pairs.py fold STORE [--seed S --records N | --carried N] > sheet.tsv
    python scripts/retold_pairs.py score-fold eval/judgements/events-retold-fresh-SEED.tsv
    python scripts/retold_pairs.py refold eval/judgements/events-retold-11201.tsv

`refold` re-runs today's pipeline on the articles of a judged `draw` file and counts the
judged pairs whose two triggers now sit in one record (the record's own or a telling's):
how many of the pairs that tell one event are folded, and how many of the pairs that
tell two events are wrongly folded.

`fold` applies events/retell.py to the stored records of a store built before it existed
(every article's event_mentions records, in stored order), prints what it folds (records
per article before and after, tellings, undated tellings joining a text-dated record)
and, with --records N, a sheet of N random folded records (random.Random(seed).sample),
one row per telling: article, type, the record's evidence start/end/trigger, the
telling's, the record's confidence; with --carried N, N random undated tellings that
joined a text-dated record. The judge adds `same` (and, for --carried, `date_before` and
`date_after`: whether the telling's own date, and the record's, are right for it).

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


def fold(store: str, seed: int, records: int, carried: int) -> None:
    from collections import defaultdict

    from newsbrief.events.retell import merge_retellings
    from newsbrief.records import Event

    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    kinds = dict(con.execute("SELECT id, kind FROM entities"))
    published = dict(con.execute("SELECT id, published FROM articles"))
    by_article: dict[str, list] = defaultdict(list)
    for art, rec in con.execute("SELECT article_id, record FROM event_mentions "
                                "ORDER BY article_id, rowid"):
        by_article[art].append(Event.from_dict(json.loads(rec)))
    cut = threshold()
    before = after = kept_before = kept_after = 0
    folded, joined = [], []
    for art in sorted(by_article):
        events = by_article[art]
        out = merge_retellings(events, kinds, published.get(art))
        before, after = before + len(events), after + len(out)
        kept_before += sum(e.confidence >= cut for e in events)
        kept_after += sum(e.confidence >= cut for e in out)
        for ev in out:
            if ev.tellings:
                folded.append((art, ev))
                joined += [(art, ev, t) for t in ev.tellings
                           if ev.date_source == "text" and t.date_source != "text"]
    n = len(by_article)
    print(f"# {store}: {n} articles with records; records {before} -> {after} "
          f"({before / n:.2f} -> {after / n:.2f} per article); at or above {cut}: "
          f"{kept_before} -> {kept_after}; {len(folded)} records fold "
          f"{sum(len(e.tellings) for _, e in folded)} tellings; {len(joined)} undated tellings "
          f"join a text-dated record")

    def row(art, ev, t) -> str:
        return (f"{art}\t{ev.type}\t{ev.evidence.start}\t{ev.evidence.end}\t"
                f"{ev.trigger.start if ev.trigger else ''}\t{t.evidence.start}\t{t.evidence.end}\t"
                f"{t.trigger.start if t.trigger else ''}\t{ev.confidence}")

    if records:
        for art, ev in random.Random(seed).sample(folded, min(records, len(folded))):
            for t in ev.tellings:
                print(row(art, ev, t))
    if carried:
        for art, ev, t in random.Random(seed).sample(joined, min(carried, len(joined))):
            print(row(art, ev, t))


def score_fold(path: str) -> None:
    rows = [line.rstrip("\n").split("\t") for line in Path(path).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    same = sum(r[9] == "1" for r in rows)
    lo, hi = wilson(same, len(rows))
    print(f"{path}: tellings folded into the right record: {same}/{len(rows)} [{lo:.2f}, {hi:.2f}]")
    if rows and len(rows[0]) > 11:
        for k, name in ((10, "date right before folding"), (11, "date right after")):
            good = sum(r[k] == "1" for r in rows)
            lo, hi = wilson(good, len(rows))
            print(f"  {name}: {good}/{len(rows)} [{lo:.2f}, {hi:.2f}]")


def refold(path: str) -> None:
    from judge_events import analyse, article_of, corpus_rows

    rows = [line.rstrip("\n").split("\t") for line in Path(path).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    ids = {r[0] for r in rows}
    corpus = [(k, row) for k, row in enumerate(corpus_rows()) if row["id"] in ids]
    record_of: dict[tuple[str, int], str] = {}
    for article, events, _info in analyse(article_of(row, k) for k, row in corpus):
        for ev in events:
            for t in (ev.trigger, *(x.trigger for x in ev.tellings)):
                if t is not None:
                    record_of[(article.id, t.start)] = ev.id
    counts = {"1": [0, 0], "0": [0, 0]}
    for r in rows:
        a, b = record_of.get((r[0], int(r[4]))), record_of.get((r[0], int(r[7])))
        counts[r[9]][0] += int(a is not None and a == b)
        counts[r[9]][1] += 1
    print(f"{path}: pairs telling one event folded into one record {counts['1'][0]}/"
          f"{counts['1'][1]}; pairs telling two events wrongly folded {counts['0'][0]}/"
          f"{counts['0'][1]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("store")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("-n", type=int, default=60)
    s = sub.add_parser("score")
    s.add_argument("path")
    f = sub.add_parser("fold")
    f.add_argument("store")
    f.add_argument("--seed", type=int, default=0)
    f.add_argument("--records", type=int, default=0)
    f.add_argument("--carried", type=int, default=0)
    sf = sub.add_parser("score-fold")
    sf.add_argument("path")
    rf = sub.add_parser("refold")
    rf.add_argument("path")
    args = ap.parse_args()
    if args.cmd == "draw":
        draw(args.store, args.seed, args.n)
    elif args.cmd == "fold":
        fold(args.store, args.seed, args.records, args.carried)
    elif args.cmd == "score-fold":
        score_fold(args.path)
    elif args.cmd == "refold":
        refold(args.path)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
