#!/usr/bin/env python3
"""Draw event records to judge by hand: recipient and date (issue 11).

    python scripts/sample_event_args.py draw --seed S -n 50 > records.jsonl
    python scripts/sample_event_args.py blind A.jsonl [B.jsonl] --seed S > blind.txt
    python scripts/sample_event_args.py reveal A.jsonl [B.jsonl] --seed S > reveal.txt
    python scripts/sample_event_args.py score JUDGED.tsv

`draw` picks N random dated articles of ../shared/data/corpus/news.jsonl
(random.Random(seed).shuffle), runs the whole pipeline on each and keeps one
random event of each article that has any: article id, evidence and trigger
offsets, and the fields judged. Run it with another checkout's source first on
PYTHONPATH to draw from an older pipeline on the same articles.

`blind` prints each record's sentence with the trigger marked and the
publication date, but not the record's arguments or date, records of all
files shuffled together (so the judge does not know which pipeline made
which): the judge writes what the text says first. `reveal` prints the same
items, in the same order, with the record's recipient and date. `score` reads
the judgements (TSV: item, article_id, trigger_start, recipient_ok, date_ok,
with 1/0, and "-" where the record is not an event and is left out) and prints
shares with Wilson 95% intervals, per pipeline.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data" / "corpus" / "news.jsonl"


def draw(seed: int, n: int) -> None:
    from newsbrief.pipeline import Pipeline
    from newsbrief.records import Article
    from newsbrief.settings import load_settings

    rows = [json.loads(x) for x in CORPUS.open(encoding="utf-8") if x.strip()]
    order = [k for k in range(len(rows)) if rows[k].get("published")]
    random.Random(seed).shuffle(order)
    pipe = Pipeline(load_settings())
    picker = random.Random(seed + 1)
    kept = 0
    for k in order:
        r = rows[k]
        art = Article(id=r["id"], origin=f"{CORPUS}:{k + 1}", text=r["text"],
                      title=r.get("title"), published=r["published"], published_source="given")
        result = next(iter(pipe.analyse([art])))
        if not result.events:
            continue
        ev = picker.choice(list(result.events))
        print(json.dumps({
            "article_id": art.id, "published": art.published,
            "evidence": [ev.evidence.start, ev.evidence.end], "type": ev.type,
            "cameo": ev.cameo, "modality": ev.modality,
            "actor": [a.text for a in ev.actor],
            "recipient": [a.text for a in ev.recipient], "date": ev.date,
            "date_source": ev.date_source, "date_text": ev.date_text},
            ensure_ascii=False))
        kept += 1
        if kept >= n:
            break


def _items(paths: list[str], seed: int) -> list[tuple[str, dict]]:
    items = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                items.append((Path(p).stem, json.loads(line)))
    random.Random(seed).shuffle(items)
    return items


def _texts() -> dict[str, str]:
    return {r["id"]: r["text"] for r in (json.loads(x) for x in CORPUS.open(encoding="utf-8"))}


def show(paths: list[str], seed: int, reveal: bool) -> None:
    texts = _texts()
    for n, (_src, rec) in enumerate(_items(paths, seed), 1):
        text = texts[rec["article_id"]]
        s, e = rec["evidence"]
        before = text[max(0, s - 300):s].replace("\n", " ")
        print(f"#{n} {rec['article_id']} @{s} published {rec['published']}")
        print(f"  context: ...{before}")
        print(f"  SENTENCE: {text[s:e]}")
        print(f"  event: {rec['type']} {rec['cameo']} ({rec['modality']}), actor: "
              f"{'; '.join(rec['actor']) or '-'}")
        if reveal:
            print(f"  pipeline: {_src}")
            print(f"  RECIPIENT: {'; '.join(rec['recipient']) or '-'}")
            print(f"  DATE: {rec['date']} ({rec['date_source']}, {rec['date_text']!r})")
        print()


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def score(path: str) -> None:
    by: dict[str, dict[str, list[int]]] = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        pipeline, rec_ok, date_ok = cols[5], cols[3], cols[4]
        d = by.setdefault(pipeline, {"recipient": [], "date": []})
        if rec_ok != "-":
            d["recipient"].append(int(rec_ok))
        if date_ok != "-":
            d["date"].append(int(date_ok))
    for pipeline, d in sorted(by.items()):
        for field, vals in d.items():
            k, n = sum(vals), len(vals)
            lo, hi = wilson(k, n)
            print(f"{pipeline}\t{field}\t{k}/{n}\t{k / max(n, 1):.2f}\t[{lo:.2f}, {hi:.2f}]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cmd", choices=["draw", "blind", "reveal", "score"])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-n", type=int, default=50)
    a = ap.parse_args()
    if a.cmd == "draw":
        draw(a.seed, a.n)
    elif a.cmd == "score":
        score(a.files[0])
    else:
        show(a.files, a.seed, a.cmd == "reveal")


if __name__ == "__main__":
    sys.exit(main())
