"""How often the dateline rule of newsbrief.pubdate dates an article, and rightly.

    python scripts/eval_pubdate.py

For the corpus's dated articles and the fresh pool's (scripts/fresh_pool.py) it
counts the articles whose text holds a dated dateline (`pubdate.dateline_date`)
and how many of those give the article's own date; for articles with no date it
counts how many the rule now dates. Texts are read by path, never copied.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import fresh_pool  # noqa: E402
from newsbrief.pubdate import dateline_date  # noqa: E402


def tally(name: str, rows) -> None:
    dated = found = agree = newly = 0
    wrong = []
    for row in rows:
        day = dateline_date(row["text"] or "")
        if row["published"]:
            dated += 1
            if day:
                found += 1
                agree += day == row["published"][:10]
                if day != row["published"][:10]:
                    wrong.append(row["id"])
        elif day:
            newly += 1
    print(f"{name}: {dated} dated; dateline found in {found}, same day in {agree}; "
          f"{newly} undated articles dated by it; differing: {' '.join(wrong) or '-'}")


def corpus_rows():
    path = fresh_pool.SHARED / "corpus/news.jsonl"
    with path.open(encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            yield {"id": article["id"], "text": article.get("text"), "published": article.get("published")}


def main() -> None:
    tally("corpus", corpus_rows())
    tally("fresh te3", fresh_pool.tempeval_rows())
    tally("fresh conll", fresh_pool.conll_rows())
    tally("fresh zyte", fresh_pool.zyte_rows())


if __name__ == "__main__":
    main()
