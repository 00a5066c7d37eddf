"""Score the entity stage on CoNLL-2003 dev (PER / ORG / LOC, exact span).

    python scripts/eval_conll.py [--bare] [--limit N] [--errors FILE]

Docs are rebuilt from the gold tokens (`Doc(words=...)`, one doc per CoNLL
document, sentence breaks from the blank lines) and run through the pinned spaCy
pipeline; `--bare` scores the model's own NER, otherwise the entity stage's
span fixes and gazetteer typing (`newsbrief.actors.spans.entity_spans`) are
applied. MISC is not scored: gold MISC spans are dropped and predicted
NORP/EVENT/... labels are not mapped. Gold is IOB1 (see the data README).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data" / "conll2003" / "dev.txt"

# spaCy OntoNotes labels -> CoNLL types; anything else (NORP, DATE, ...) is not scored.
LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SCORED = ("PER", "ORG", "LOC")


def read_conll(path: Path) -> list[tuple[list[str], list[bool], set[tuple[int, int, str]]]]:
    """Documents as (words, sentence-start flags, gold spans (start, end, type))."""
    docs = []
    words: list[str] = []
    starts: list[bool] = []
    tags: list[str] = []
    new_sent = True

    def flush():
        if words:
            docs.append((list(words), list(starts), iob1_spans(tags)))
        words.clear(); starts.clear(); tags.clear()

    for line in path.read_text("utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush()
            new_sent = True
            continue
        if not line.strip():
            new_sent = True
            continue
        parts = line.split()
        words.append(parts[0])
        starts.append(new_sent)
        tag = parts[-1]
        if new_sent and tag.startswith("I-"):
            tag = "B-" + tag[2:]  # a name never runs across a sentence break
        tags.append(tag)
        new_sent = False
    flush()
    return docs


def iob1_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans = set()
    start, cur = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        begins = tag != "O" and (cur != typ or prefix == "B")
        if cur is not None and (tag == "O" or begins):
            spans.add((start, i, cur))
            cur = None
        if begins:
            start, cur = i, typ
    return {s for s in spans if s[2] in SCORED}


def prf(t: int, p: int, n: int) -> tuple[float, float, float]:
    prec = t / (t + p) if t + p else 0.0
    rec = t / (t + n) if t + n else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def evaluate(path: Path, nlp, bare: bool = False, limit: int = 0) -> dict:
    """Counts per type, error lines and timings for the whole file."""
    from spacy.tokens import Doc

    if not bare:
        from newsbrief.actors.spans import entity_spans
    docs = read_conll(path)
    if limit:
        docs = docs[:limit]
    tp, fp, fn = Counter(), Counter(), Counter()
    errors: list[str] = []
    n_words = 0
    t_model = t_stage = 0.0
    for words, starts, gold in docs:
        n_words += len(words)
        doc = Doc(nlp.vocab, words=words, sent_starts=starts)
        t0 = time.perf_counter()
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        t1 = time.perf_counter()
        if bare:
            pred_spans = [(e.start, e.end, e.label_) for e in doc.ents]
        else:
            pred_spans = [(s.start, s.end, s.label_) for s in entity_spans(doc)]
        t_stage += time.perf_counter() - t1
        t_model += t1 - t0
        pred = {(s, e, LABEL_MAP[l]) for s, e, l in pred_spans if l in LABEL_MAP}
        for typ in SCORED:
            g = {x for x in gold if x[2] == typ}
            p = {x for x in pred if x[2] == typ}
            tp[typ] += len(g & p)
            fp[typ] += len(p - g)
            fn[typ] += len(g - p)
        for s, e, t in sorted(pred - gold):
            errors.append(f"FP {t}\t{' '.join(words[s:e])}\t| {' '.join(words[max(0, s-4):e+4])}")
        for s, e, t in sorted(gold - pred):
            errors.append(f"FN {t}\t{' '.join(words[s:e])}\t| {' '.join(words[max(0, s-4):e+4])}")
    return {"tp": tp, "fp": fp, "fn": fn, "errors": errors, "docs": len(docs),
            "words": n_words, "t_model": t_model, "t_stage": t_stage}


def score(path: Path, nlp, bare: bool = False) -> dict[str, float]:
    """F1 per type and micro over PER/ORG/LOC (used by the quality-gate test)."""
    r = evaluate(path, nlp, bare)
    out = {t: prf(r["tp"][t], r["fp"][t], r["fn"][t])[2] for t in SCORED}
    out["micro"] = prf(sum(r["tp"].values()), sum(r["fp"].values()), sum(r["fn"].values()))[2]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--bare", action="store_true", help="score the model's NER alone")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--errors", help="write false positives / negatives to this file")
    args = ap.parse_args(argv)

    from newsbrief.nlp import load_nlp
    from newsbrief.settings import load_settings

    nlp = load_nlp(load_settings().model)
    r = evaluate(Path(args.path), nlp, args.bare, args.limit)
    tp, fp, fn = r["tp"], r["fp"], r["fn"]
    mode = "bare model NER" if args.bare else "entity stage"
    print(f"CoNLL-2003 dev, {r['docs']} docs, {r['words']} words, {mode}")
    print(f"{'type':<6}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
    for typ in SCORED:
        p, rec, f = prf(tp[typ], fp[typ], fn[typ])
        print(f"{typ:<6}{p:8.3f}{rec:8.3f}{f:8.3f}{tp[typ] + fn[typ]:7d}")
    p, rec, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'micro':<6}{p:8.3f}{rec:8.3f}{f:8.3f}{sum(tp.values()) + sum(fn.values()):7d}")
    print(f"model {r['t_model']:.1f}s, entity-span rules {r['t_stage']:.2f}s")
    if args.errors:
        Path(args.errors).write_text("\n".join(r["errors"]) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
