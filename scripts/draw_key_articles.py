"""Draw hard-news corpus articles for the key-events measure of issue 11.

    python scripts/draw_key_articles.py --seed S -n 20 > ids.txt

Hard news here means what the corpus README calls world or foreign-affairs topics,
300 to 1,200 words long, not a column, editorial or commentary (by its title or address), leaving out the events-gold articles and those already
judged in eval/judgements/key-events-*.tsv. Prints one article id per line with its
title length and word count (never the text): the judge reads each article from
../shared/data/corpus/news.jsonl by id, writes down its 2-4 key events in the
key-events TSV format before looking at any output, and
`python scripts/eval_issue11.py keyevents FILE` scores them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data"
sys.path.insert(0, str(ROOT / "scripts"))
import fresh_pool  # noqa: E402  (a script beside this one)

WORLD = fresh_pool.world_topics()  # src/newsbrief/data/allsides_world_topics.txt


ARTICLE_IDS = ("abp-",) + fresh_pool.PREFIXES
# A CoNLL headline naming a sport or a market ("SOCCER - ...", "LME ...").
_SPORT = re.compile(r"^(?:SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY|CYCLING|"
                    r"ATHLETICS|MOTOR|BOXING|HORSE|NFL|NHL|NBA|SWIMMING|[A-Z ]*STOCKS?|"
                    r"[A-Z ]*(?:FUTURES|PRICES|BONDS?|DOLLAR|GOLD)\b)")


# Opinion and commentary are not hard news: the issue's key-event measure reads "20 random
# hard-news articles", and a column's events are mostly the columnist's view. A page says it
# is one in its title ("OPINION: ...", "Commentary: ...") or in its address (".../opinion/...").
_OPINION_TITLE = re.compile(r"^\s*(?:opinion|op-ed|commentary|editorial|analysis)\b\s*[:|-]", re.I)
_OPINION_URL = re.compile(r"/(?:opinions?|commentary|op-?eds?|editorials?|columnists?)(?:/|$)", re.I)


def is_opinion(row: dict) -> bool:
    """True for a column, an editorial or a commentary, by its title or its address."""
    return bool(_OPINION_TITLE.match(row.get("title") or "")
                or _OPINION_URL.search(row.get("url") or ""))


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
                ids.update(c for c in line.split("\t") if c.startswith(ARTICLE_IDS))
            elif line.startswith(tuple(f"# {p}" for p in ARTICLE_IDS)):
                # "# ID: no key event": read by a judge too, so not fresh either
                ids.add(line[2:].split(":")[0].strip())
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--fresh", action="store_true",
                        help="draw from the TempEval-3 and CoNLL-2003 dev stories, the "
                             "Reuters politics stories of 2017, the newspaper4k pages, "
                             "the Wikinews articles of 2019-2020 and the AllSides world news "
                             "the corpus did not take "
                             "(scripts/fresh_pool.py), held out from every rule; they carry "
                             "no topic, so a judge skips a story with no political or "
                             "social event ('# ID: no key event')")
    parser.add_argument("--prefix", action="append", default=[], metavar="PREFIX",
                        choices=fresh_pool.PREFIXES,
                        help="with --fresh: only the articles of this source (e.g. wkn-); "
                             "give it again for more")
    args = parser.parse_args()
    if args.prefix and not args.fresh:
        parser.error("--prefix chooses among the fresh sources: give --fresh too")
    skip = judged_ids()
    if args.fresh:
        # Every fresh source but the zyte pages (furniture and shops, no key events).
        rows = [r for r in fresh_pool.rows(tuple(args.prefix) or tuple(
                    p for p in fresh_pool.PREFIXES if p != "zyte-"))
                if not r["id"].startswith("zyte-")]
        # Sports results tables and market reports have no key event to list.
        # The WSJ stories of 1989 are business news, which the issue leaves out.
        pool = [r for r in rows if r["id"] not in skip and not r["id"].startswith("te3-wsj")
                and 150 <= len(r["text"].split()) <= 1200
                and not _SPORT.match(r.get("title") or "") and not is_opinion(r)]
    else:
        rows = [json.loads(line)
                for line in (SHARED / "corpus/news.jsonl").open(encoding="utf-8")]
        pool = [r for r in rows if r.get("topic") in WORLD and r["id"] not in skip
                and 300 <= len(r["text"].split()) <= 1200 and not is_opinion(r)]
    random.Random(args.seed).shuffle(pool)
    for row in pool[:args.n]:
        print(f"{row['id']}\t{len(row['text'].split())} words")


if __name__ == "__main__":
    main()
