"""Draw hard-news corpus articles for the key-events measure of issue 11.

    python scripts/draw_key_articles.py --seed S -n 20 > ids.txt

Hard news here means what the corpus README calls world or foreign-affairs topics,
300 to 1,200 words long, leaving out the events-gold articles and those already
judged in eval/judgements/key-events-*.tsv. Prints one article id per line with its
title length and word count (never the text): the judge reads each article from
../shared/data/corpus/news.jsonl by id, writes down its 2-4 key events in the
key-events TSV format before looking at any output, and
`python scripts/eval_issue11.py keyevents FILE` scores them.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared/data"
WORLD = frozenset("""
middle_east world national_security foreign_policy terrorism trade north_korea us_military
defense state_department russia national_defense great_britain isis china europe israel
mexico asia nuclear_weapons palestine africa south_korea cia homeland_security ebola
""".split())


def judged_ids() -> set[str]:
    ids: set[str] = set()
    gold = SHARED / "events-gold/dev.jsonl"
    if gold.exists():
        for line in gold.open(encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line).get("id", ""))
    # Articles whose candidates were labelled to train the reportable-event model
    # (scripts/label_candidates.py) are not held out: never evaluate on them.
    for path in [*(ROOT / "eval/judgements").glob("key-events-*.tsv"),
                 *(ROOT / "eval/reportable-labels").glob("*.tsv")]:
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                ids.update(c for c in line.split("\t") if c.startswith("abp-"))
            elif line.startswith("# abp-"):
                # "# ID: no key event": read by a judge too, so not fresh either
                ids.add(line[2:].split(":")[0].strip())
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("-n", type=int, default=20)
    args = parser.parse_args()
    skip = judged_ids()
    rows = [json.loads(line) for line in (SHARED / "corpus/news.jsonl").open(encoding="utf-8")]
    pool = [r for r in rows if r.get("topic") in WORLD and r["id"] not in skip
            and 300 <= len(r["text"].split()) <= 1200]
    random.Random(args.seed).shuffle(pool)
    for row in pool[:args.n]:
        print(f"{row['id']}\t{len(row['text'].split())} words")


if __name__ == "__main__":
    main()
