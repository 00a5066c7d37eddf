"""Extract throughput vs bare spaCy, in the same run.

    python bench/bench_extract.py [--words 200000] [--repeat 2]

Takes whole articles of ../shared/data/corpus/news.jsonl in file order until
about `--words` words (whitespace-split), then times, on the same texts and with
the batch size of the settings:

- bare: `nlp.pipe` of the configured spaCy pipeline, docs consumed, nothing else;
- extract: the same `nlp.pipe` plus every pipeline stage (entities, timexes,
  events) through `Pipeline.analyse_doc`, with the time of each stage summed.

Each is run `--repeat` times alternately and the best time kept (the machine is
shared). Prints words/s of both, the ratio (target >= 0.70) and the peak RSS of
the process (target < 600 MiB).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/data/corpus/news.jsonl"


def load_articles(words: int):
    from newsbrief.records import Article

    out, total = [], 0
    with CORPUS.open(encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            r = json.loads(line)
            out.append(Article(id=r["id"], origin=f"{CORPUS}:{k}", text=r["text"],
                               published=r.get("published"),
                               published_source="given" if r.get("published") else None))
            total += len(r["text"].split())
            if total >= words:
                break
    return out, total


def bare(nlp, articles, batch: int) -> float:
    t0 = time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=batch):
        pass
    return time.perf_counter() - t0


def extract(pipe, articles, batch: int) -> tuple[float, dict[str, float], int]:
    from newsbrief.actors import extract_entities
    from newsbrief.events import extract_events
    from newsbrief.timexes import tag_timexes

    stage = {"entities": 0.0, "timexes": 0.0, "events": 0.0}
    n_events = 0
    t0 = time.perf_counter()
    for doc, art in pipe.nlp.pipe(((a.text, a) for a in articles), as_tuples=True,
                                  batch_size=batch):
        t = time.perf_counter()
        ents = extract_entities(doc, art)
        t2 = time.perf_counter()
        tx = tag_timexes(art.text, art.published, doc=doc)
        t3 = time.perf_counter()
        evs = extract_events(doc, art, ents, tx)
        t4 = time.perf_counter()
        stage["entities"] += t2 - t
        stage["timexes"] += t3 - t2
        stage["events"] += t4 - t3
        n_events += len(evs)
    return time.perf_counter() - t0, stage, n_events


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from newsbrief.pipeline import Pipeline
    from newsbrief.settings import load_settings

    settings = load_settings()
    pipe = Pipeline(settings)
    nlp = pipe.nlp
    articles, words = load_articles(args.words)
    batch = settings.batch_size
    # Warm up: lazy tables (lexicons, gazetteers) load outside the timed runs.
    extract(pipe, articles[:2], batch)

    best_bare = best_ext = float("inf")
    stages: dict[str, float] = {}
    n_events = 0
    for _ in range(args.repeat):
        best_bare = min(best_bare, bare(nlp, articles, batch))
        took, st, n_events = extract(pipe, articles, batch)
        if took < best_ext:
            best_ext, stages = took, st
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"texts: {len(articles)} articles, {words} words; model {settings.model}, "
          f"batch {batch}, 1 process")
    print(f"bare spaCy:   {words / best_bare:8.0f} words/s ({best_bare:.1f} s)")
    print(f"extract:      {words / best_ext:8.0f} words/s ({best_ext:.1f} s); "
          f"{n_events} events")
    print("stages (s):   " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))
    print(f"ratio extract/bare: {best_bare / best_ext:.2f} (target >= 0.70)")
    print(f"peak RSS: {rss:.0f} MiB (target < 600)")


if __name__ == "__main__":
    main()
