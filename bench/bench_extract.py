"""Extract throughput vs bare spaCy, in the same run (issue 14's measure).

    python bench/bench_extract.py [--articles 200 --seed 14] [--repeat 3]
    python bench/bench_extract.py --words 60000          # file order, as before

Takes a seeded sample of `--articles` whole articles of
../shared/data/corpus/news.jsonl (or, with `--words`, articles in file order up
to about that many whitespace-split words), then times on the same texts, with
the batch size of the settings, alternately, `--repeat` times each:

- bare: `nlp.pipe` of the configured model exactly as spaCy loads it (the full
  pipeline: tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), docs
  consumed, nothing else;
- extract: what `newsbrief extract` runs per article: the pipeline's own spaCy
  (`newsbrief.nlp.load_nlp`) through `Pipeline._parse`, then every stage
  (entities, timexes, events) through `Pipeline.analyse_doc`; after the timed
  runs, one more pass gives the CPU time of each stage after spaCy.

Prints, per run and best of each, wall-clock and CPU seconds of the process
(the machine is shared: CPU time is what an idle core would show as wall
time), words/s and the ratio extract/bare of words/s on both clocks (floor
1.0, goal 1.3). Two models are loaded, so the peak RSS printed is not the
pipeline's own (see bench_knowledge.py for that).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The shared data beside the tree, or where NEWSBRIEF_SHARED says (as tests and scripts read it).
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data/corpus/news.jsonl"


def _article(record: dict, origin: str):
    from newsbrief.records import Article

    return Article(id=record["id"], origin=origin, text=record["text"],
                   published=record.get("published"),
                   published_source="given" if record.get("published") else None)


def load_articles(words: int | None, n: int, seed: int):
    if not CORPUS.exists():
        raise SystemExit(f"Error: corpus {CORPUS} not found: run from a tree beside ../shared, "
                         "or set NEWSBRIEF_SHARED to the shared data's folder.")
    with CORPUS.open(encoding="utf-8") as f:
        lines = f.readlines()
    if words:
        out, total = [], 0
        for k, line in enumerate(lines, 1):
            out.append(_article(json.loads(line), f"{CORPUS}:{k}"))
            total += len(out[-1].text.split())
            if total >= words:
                break
        return out, total
    picked = sorted(random.Random(seed).sample(range(len(lines)), n))
    out = [_article(json.loads(lines[k]), f"{CORPUS}:{k + 1}") for k in picked]
    return out, sum(len(a.text.split()) for a in out)


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def bare(nlp, articles, batch: int) -> tuple[float, float]:
    w, c = _clocks()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=batch):
        pass
    w2, c2 = _clocks()
    return w2 - w, c2 - c


def extract(pipe, articles) -> tuple[float, float, int]:
    n_events = 0
    w, c = _clocks()
    for art, doc in pipe._parse(iter(articles)):
        n_events += len(pipe.analyse_doc(doc, art).events)
    w2, c2 = _clocks()
    return w2 - w, c2 - c, n_events


def staged(pipe, articles) -> dict[str, float]:
    """CPU seconds of each stage after spaCy, on docs parsed beforehand."""
    from newsbrief.actors import extract_entities
    from newsbrief.events import extract_events
    from newsbrief.timexes import tag_timexes

    docs = list(pipe._parse(iter(articles)))
    stage = {"entities": 0.0, "timexes": 0.0, "events": 0.0}
    for art, doc in docs:
        t = time.process_time()
        ents = extract_entities(doc, art)
        t2 = time.process_time()
        tx = tag_timexes(art.text, art.published, doc=doc)
        t3 = time.process_time()
        extract_events(doc, art, ents, tx, lexicon=pipe.lexicon, resolved=pipe.resolved)
        t4 = time.process_time()
        stage["entities"] += t2 - t
        stage["timexes"] += t3 - t2
        stage["events"] += t4 - t3
    return stage


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--words", type=int, default=0,
                    help="instead of a sample: articles in file order up to this many words")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import spacy

    from newsbrief.pipeline import Pipeline
    from newsbrief.settings import load_settings

    settings = load_settings()
    pipe = Pipeline(settings)
    bare_nlp = spacy.load(settings.model)
    articles, words = load_articles(args.words or None, args.articles, args.seed)
    articles = [pipe.date(a) for a in articles]
    batch = settings.batch_size
    # Warm up both: lazy tables (lexicons, gazetteers) load outside the timed runs.
    extract(pipe, articles[:3])
    bare(bare_nlp, articles[:3], batch)

    print(f"texts: {len(articles)} articles, {words} words; model {settings.model}, "
          f"batch {batch}, 1 process, load average {os.getloadavg()[0]:.1f}")
    runs_bare, runs_ext = [], []
    n_events = 0
    for k in range(args.repeat):
        order = (("bare", "extract") if k % 2 == 0 else ("extract", "bare"))
        for which in order:
            if which == "bare":
                runs_bare.append(bare(bare_nlp, articles, batch))
                w, c = runs_bare[-1]
            else:
                w, c, n_events = extract(pipe, articles)
                runs_ext.append((w, c))
            print(f"  run {k + 1} {which:8s} wall {w:6.1f} s  CPU {c:6.1f} s  "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    stages = staged(pipe, articles)
    bw = min(r[0] for r in runs_bare)
    bc = min(r[1] for r in runs_bare)
    ew = min(r[0] for r in runs_ext)
    ec = min(r[1] for r in runs_ext)
    pairs = [b[1] / e[1] for b, e in zip(runs_bare, runs_ext)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare spaCy:   {words / bw:8.0f} words/s wall ({bw:.1f} s), "
          f"{words / bc:8.0f} words/CPU-s ({bc:.1f} s)")
    print(f"extract:      {words / ew:8.0f} words/s wall ({ew:.1f} s), "
          f"{words / ec:8.0f} words/CPU-s ({ec:.1f} s); {n_events} events")
    print("stages after spaCy (CPU s, one pass): "
          + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))
    print(f"ratio extract/bare, best of each: wall {bw / ew:.2f}, CPU {bc / ec:.2f} "
          f"(floor 1.0, goal 1.3); CPU ratio of each alternating pair: "
          + ", ".join(f"{p:.2f}" for p in pairs))
    print(f"peak RSS: {rss:.0f} MiB (two models loaded)")


if __name__ == "__main__":
    main()
