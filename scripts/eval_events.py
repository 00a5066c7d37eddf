"""Evaluate the event extractor: the seed brief, a corpus sample, PLOVER pairs.

    python scripts/eval_events.py seed            # the seed brief's events, readably
    python scripts/eval_events.py sample [-n 100] # random corpus sentences with their events
    python scripts/eval_events.py plover          # end-to-end PLOVER typing on dev pairs

`sample` draws articles of ../shared/data/corpus/news.jsonl in a fixed random
order, runs the whole pipeline on each article (entities, timexes, events), and
prints one random sentence with events per article until N sentences: the
printout is what a reader judges field by field (see EVALUATION.md).

`plover` runs the whole pipeline on each sentence of dev_pairs.jsonl, takes the
extracted event whose actor and recipient overlap the marked source and target
spans (else the one overlapping either, else the event nearest the pair) and
scores its type with ../shared/tools/plover_score.py. A pair with no event in
its sentence gets no prediction and counts as wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from newsbrief.pipeline import Pipeline
from newsbrief.records import AnalysedArticle, Article, Event
from newsbrief.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "data/seed/000_a4b0b9614c74e4e8.txt"
SEED_PUBLISHED = "2024-12-05"  # the seed README gives the publication date
CORPUS = SHARED / "data/corpus/news.jsonl"
PAIRS = SHARED / "data/plover/dev_pairs.jsonl"
SCORER = SHARED / "tools/plover_score.py"
SAMPLE_SEED = 20261127


def analyse(pipe: Pipeline, articles):
    """The pipeline's stages on each article, without the publication-date guess
    (the corpus gives dates, or none; PLOVER sentences have none)."""
    pairs = pipe.nlp.pipe(((a.text, a) for a in articles), as_tuples=True,
                          batch_size=pipe.settings.batch_size)
    for doc, article in pairs:
        yield pipe.analyse_doc(doc, article)


def _refs(refs) -> str:
    return ", ".join(f"{r.text} [{r.country or '-'}/{r.sector or '-'}]" for r in refs) or "-"


def describe(ev: Event) -> str:
    where = f"{ev.location.name} ({ev.location.country or '-'})" if ev.location else "-"
    quants = "; ".join(f"{q.qualifier + ' ' if q.qualifier else ''}{q.value} {q.unit or ''}"
                       for q in ev.quantities) or "-"
    date = f"{ev.date} ({ev.date_precision}, {ev.date_source}" + (
        f": '{ev.date_text}')" if ev.date_text else ")")
    return (f"  {ev.type:<9} {ev.cameo or '-':<4} {ev.modality:<11} conf {ev.confidence:.2f}\n"
            f"      actor: {_refs(ev.actor)}\n"
            f"      recipient: {_refs(ev.recipient)}\n"
            f"      date: {date}   place: {where}   by: {_refs(ev.attributed_to)}\n"
            f"      quantities: {quants}")


def seed(pipe: Pipeline) -> None:
    text = SEED.read_text("utf-8")
    article = Article(id="seed-000", origin=str(SEED), text=text, published=SEED_PUBLISHED,
                      published_source="given")
    result = next(analyse(pipe, [article]))
    print(f"seed brief: {len(result.events)} events\n")
    last = None
    for ev in result.events:
        if ev.evidence.sentence != last:
            last = ev.evidence.sentence
            print(f"[{last}] {ev.evidence.text}")
        print(describe(ev))
    print()


def _corpus_articles():
    with CORPUS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    order = list(range(len(rows)))
    random.Random(SAMPLE_SEED).shuffle(order)
    for k in order:
        r = rows[k]
        yield Article(id=r["id"], origin=f"{CORPUS}:{k + 1}", text=r["text"],
                      title=r.get("title"), url=r.get("url"), source=r.get("source"),
                      published=r.get("published"),
                      published_source="given" if r.get("published") else None)


def sample(pipe: Pipeline, n: int) -> None:
    rng = random.Random(SAMPLE_SEED)
    shown = 0
    for result in analyse(pipe, _corpus_articles()):
        by_sentence: dict[int, list[Event]] = {}
        for ev in result.events:
            by_sentence.setdefault(ev.evidence.sentence, []).append(ev)
        if not by_sentence:
            continue
        sent = rng.choice(sorted(by_sentence))
        events = by_sentence[sent]
        shown += 1
        art = result.article
        print(f"#{shown} {art.id} (published {art.published}) sentence {sent}")
        print(f"  \"{events[0].evidence.text}\"")
        for ev in events:
            print(describe(ev))
        print()
        if shown >= n:
            break


def _ref_spans(result: AnalysedArticle, ref) -> list[tuple[int, int]]:
    """Character spans where an ActorRef is named in the text."""
    spans: list[tuple[int, int]] = []
    if ref.entity:
        for ent in result.entities:
            if ent.id == ref.entity:
                spans.extend((m.start, m.end) for m in ent.mentions)
    text = result.article.text
    start = text.find(ref.text)
    while start >= 0 and ref.text:
        spans.append((start, start + len(ref.text)))
        start = text.find(ref.text, start + 1)
    return spans


def _overlaps(spans, target: tuple[int, int]) -> bool:
    return any(s < target[1] and target[0] < e for s, e in spans)


def _pick(result: AnalysedArticle, src: tuple[int, int], tgt: tuple[int, int]) -> Event | None:
    best, best_key = None, None
    for ev in result.events:
        a = any(_overlaps(_ref_spans(result, r), src) for r in ev.actor)
        r = any(_overlaps(_ref_spans(result, x), tgt) for x in ev.recipient + ev.actor)
        dist = min(abs(ev.evidence.start - src[0]), 10**6)
        trig = ev.evidence.start
        key = (a and r, a or r, ev.confidence, -dist, -trig)
        if best_key is None or key > best_key:
            best, best_key = ev, key
    return best


def plover(pipe: Pipeline) -> float | None:
    pairs = [json.loads(line) for line in PAIRS.open(encoding="utf-8") if line.strip()]
    texts = {}
    for p in pairs:
        texts.setdefault(p["text"], p["id"])
    articles = [Article(id=f"pair-{k}", origin=str(PAIRS), text=t) for k, t in
                enumerate(texts)]
    results = {r.article.text: r for r in analyse(pipe, articles)}
    matched_both = matched_any = 0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for p in pairs:
            result = results[p["text"]]
            ev = _pick(result, tuple(p["source"]), tuple(p["target"]))
            if ev is None:
                continue
            src_hit = any(_overlaps(_ref_spans(result, r), tuple(p["source"])) for r in ev.actor)
            tgt_hit = any(_overlaps(_ref_spans(result, r), tuple(p["target"]))
                          for r in ev.recipient)
            matched_both += src_hit and tgt_hit
            matched_any += src_hit or tgt_hit
            out.write(json.dumps({"id": p["id"], "type": ev.type}) + "\n")
        pred_path = out.name
    print(f"pairs {len(pairs)}; an event with actor on the source and recipient on the "
          f"target: {matched_both}; touching either: {matched_any}")
    run = subprocess.run([sys.executable, str(SCORER), str(PAIRS), pred_path],
                         capture_output=True, text=True, check=True)
    print(run.stdout)
    Path(pred_path).unlink()
    for line in run.stdout.splitlines():
        if line.startswith("macro_f1="):
            return float(line.split("=", 1)[1])
    return None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["seed", "sample", "plover", "all"], nargs="?",
                    default="all")
    ap.add_argument("-n", type=int, default=100, help="sentences in the corpus sample")
    args = ap.parse_args(argv)
    pipe = Pipeline(load_settings())
    if args.what in ("seed", "all"):
        seed(pipe)
    if args.what in ("sample", "all"):
        sample(pipe, args.n)
    if args.what in ("plover", "all"):
        plover(pipe)


if __name__ == "__main__":
    main()
