"""Date-stage throughput: publication-date inference + TIMEX3 tagging.

    python bench/bench_timex.py                 # 1,000 news articles, best of 3
    python bench/bench_timex.py --limit 5000 --runs 1
    python bench/bench_timex.py --with-parse    # also time the spaCy parse once

Texts: the first N articles of ../shared/data/corpus/news.jsonl, anchored at a
fixed date.  "date stage" = infer_published (for undated articles) and
tag_timexes without a Doc (the word tense cue).  "with doc" = tag_timexes given
a Doc parsed beforehand (parse time excluded: the pipeline pays it once for
all stages); --with-parse also reports the parse itself.  Single process.
Results go in BENCHMARKS.md, "Date stage".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

from newsbrief.pubdate import infer_published
from newsbrief.records import Article
from newsbrief.timexes import tag_timexes

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
ANCHOR = "2020-06-15"


def load(limit: int) -> list[Article]:
    path = SHARED / "data/corpus/news.jsonl"
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if len(out) >= limit:
                break
            row = json.loads(line)
            out.append(Article(id=row.get("id", str(n)), origin=f"{path}:{n + 1}", text=row["text"]))
    return out


def timed(fn, runs: int) -> float:
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    assert best is not None
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--with-parse", action="store_true", help="also tag with spaCy Docs")
    a = ap.parse_args()
    import logging

    logging.getLogger("newsbrief").setLevel(logging.ERROR)  # undated articles would warn
    articles = load(a.limit)
    words = sum(len(x.text.split()) for x in articles)
    counts = {"timexes": 0}

    def date_stage() -> None:
        counts["timexes"] = 0
        for article in articles:
            dated = infer_published(article)
            counts["timexes"] += len(tag_timexes(dated.text, dated.published or ANCHOR))

    def tag_only() -> None:
        for article in articles:
            tag_timexes(article.text, ANCHOR)

    result = {"machine": platform.processor() or platform.machine(), "python": sys.version.split()[0],
              "articles": len(articles), "words": words}
    t = timed(date_stage, a.runs)
    result["date_stage_docs_per_s"] = round(len(articles) / t, 1)
    result["date_stage_words_per_s"] = round(words / t)
    result["timexes"] = counts["timexes"]
    t = timed(tag_only, a.runs)
    result["tag_only_docs_per_s"] = round(len(articles) / t, 1)
    if a.with_parse:
        from newsbrief.nlp import load_nlp
        from newsbrief.settings import load_settings

        nlp = load_nlp(load_settings().model)
        start = time.perf_counter()
        docs = list(nlp.pipe((x.text for x in articles), batch_size=8))
        parse = time.perf_counter() - start
        result["parse_docs_per_s"] = round(len(articles) / parse, 1)

        def with_doc() -> None:
            for article, doc in zip(articles, docs):
                tag_timexes(article.text, ANCHOR, doc=doc)

        t = timed(with_doc, a.runs)
        result["tag_with_doc_docs_per_s"] = round(len(articles) / t, 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
