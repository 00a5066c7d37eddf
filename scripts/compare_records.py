"""Records of a seeded sample of corpus articles, before and after a change.

    python scripts/compare_records.py dump OUT.jsonl [--n 100] [--seed 1414]
    python scripts/compare_records.py diff BEFORE.jsonl AFTER.jsonl [--show 5]

`dump` analyses `--n` articles of ../shared/data/corpus/news.jsonl (or
$NEWSBRIEF_SHARED/data/corpus/news.jsonl) drawn with
`--seed` through the pipeline of the tree it runs from (run it once with the
old tree on PYTHONPATH, once with the new) and writes one AnalysedArticle per
line, as dicts. `diff` prints, per record kind (entities, timexes, events),
the counts before and after and the share of articles whose records of that
kind are identical, and of records identical (as multisets of their JSON).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data/corpus/news.jsonl"
KINDS = ("entities", "timexes", "events")


def dump(out: Path, n: int, seed: int) -> None:
    from newsbrief.pipeline import Pipeline
    from newsbrief.records import Article
    from newsbrief.settings import load_settings

    lines = CORPUS.read_text("utf-8").splitlines()
    picked = sorted(random.Random(seed).sample(range(len(lines)), n))
    articles = []
    for k in picked:
        r = json.loads(lines[k])
        articles.append(Article(id=r["id"], origin=f"{CORPUS}:{k + 1}", text=r["text"],
                                published=r.get("published"),
                                published_source="given" if r.get("published") else None))
    with out.open("w", encoding="utf-8") as f:
        for result in Pipeline(load_settings()).analyse(articles):
            d = result.to_dict() if hasattr(result, "to_dict") else {"failure": str(result)}
            f.write(json.dumps(d, sort_keys=True, ensure_ascii=False) + "\n")


def _load(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        out[d.get("article", {}).get("id", line[:40])] = d
    return out


def diff(before: Path, after: Path, show: int) -> int:
    a, b = _load(before), _load(after)
    common = sorted(set(a) & set(b))
    print(f"articles: {len(a)} before, {len(b)} after, {len(common)} in both")
    for kind in KINDS:
        n_a = n_b = same_records = same_articles = 0
        shown = 0
        for key in common:
            ra = Counter(json.dumps(r, sort_keys=True) for r in a[key].get(kind, []))
            rb = Counter(json.dumps(r, sort_keys=True) for r in b[key].get(kind, []))
            n_a += sum(ra.values())
            n_b += sum(rb.values())
            same_records += sum((ra & rb).values())
            if ra == rb:
                same_articles += 1
            elif shown < show:
                shown += 1
                print(f"  {kind} differ in {key}:")
                for r in list((ra - rb).elements())[:2]:
                    print(f"    - {r[:300]}")
                for r in list((rb - ra).elements())[:2]:
                    print(f"    + {r[:300]}")
        share = same_records / max(n_a, n_b) if max(n_a, n_b) else 1.0
        print(f"{kind}: {n_a} before, {n_b} after; records identical {same_records} "
              f"({share:.1%} of the larger count); articles with identical {kind} "
              f"{same_articles}/{len(common)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--n", type=int, default=100)
    d.add_argument("--seed", type=int, default=1414)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    if args.cmd == "dump":
        if not CORPUS.is_file():
            print(f"Error: corpus {CORPUS} not found: run from a tree beside ../shared, or set NEWSBRIEF_SHARED "
                  "to the folder holding data/corpus", file=sys.stderr)
            return 2
        dump(args.out, args.n, args.seed)
        return 0
    for path in (args.before, args.after):
        if not path.is_file():
            print(f"Error: {path} not found: write it first with `compare_records.py dump {path}`", file=sys.stderr)
            return 2
    try:
        return diff(args.before, args.after, args.show)
    except json.JSONDecodeError as e:
        print(f"Error: a dump is not JSON lines ({e}): write it again with `compare_records.py dump`",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
