"""Pair-mode classifier speed: sentences/s and pairs/s on CPU, spaCy parse included.

    python bench/bench_classify.py [--pairs PATH] [--repeat N]

Reads ../shared/data/plover/dev_pairs.jsonl (1,026 pairs); the model load is
timed apart. Each repeat clears the parse, so every text is parsed again.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", default=str(Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
                                            / "data/plover/dev_pairs.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from newsbrief.events.classify import classify_pairs, read_pairs
    from newsbrief.nlp import load_nlp
    from newsbrief.settings import load_settings

    t0 = time.perf_counter()
    settings = load_settings()
    nlp = load_nlp(settings.model)
    load_s = time.perf_counter() - t0
    lines = Path(args.pairs).read_text("utf-8").splitlines()
    texts = {json.loads(line)["text"] for line in lines if line.strip()}
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n = sum(1 for item in classify_pairs(nlp, read_pairs(lines, args.pairs))
                if isinstance(item, tuple))
        best = min(best, time.perf_counter() - t0)
    # The typing alone, on docs parsed once: the part this project's code owns.
    from newsbrief.events.classify import classify_pair

    pairs = [p for p in read_pairs(lines, args.pairs) if not hasattr(p, "what")]
    docs = dict(zip(texts, nlp.pipe(list(texts), disable=["ner"])))
    t0 = time.perf_counter()
    for pair in pairs:
        classify_pair(docs[pair.text], pair)
    typing_s = time.perf_counter() - t0
    print(f"model {settings.model}: load {load_s:.1f}s; cpus {os.cpu_count()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{n} pairs, {len(texts)} distinct sentences: best of {args.repeat} {best:.2f}s -> "
          f"{len(texts) / best:.0f} sentences/s, {n / best:.0f} pairs/s (1 process)")
    print(f"typing alone (parsed docs): {typing_s:.2f}s -> {len(pairs) / typing_s:.0f} pairs/s")


if __name__ == "__main__":
    main()
