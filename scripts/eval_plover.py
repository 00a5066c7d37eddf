#!/usr/bin/env python3
"""Evaluate pair-mode PLOVER typing on the shared dev pairs (and the GSR suite).

    python scripts/eval_plover.py [--pairs PATH] [--out PRED.jsonl] [--errors N] [--confusion]

Writes predictions, scores them with ../shared/tools/plover_score.py (the
official scorer, run as a subprocess so the figure is exactly the scorer's),
and prints a confusion table (gold rows x predicted columns) with --confusion.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
ALIAS = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


# PLOVER 0.5b1 labels of the GSR suite -> the labels the scorer knows.
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT", "CONCEDE": "YIELD", "RETREAT": "YIELD"}


def gsr_pairs(dev: Path, out: str) -> str:
    """Write the GSR events that name a source and a target found in the text as pairs."""
    n = 0
    with open(dev, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            r = json.loads(line)
            if r["suite"] != "plover_gsr_cameo":
                continue
            for k, ev in enumerate(r["events"]):
                src = [a["actorText"] for a in ev.get("source") or [] if a.get("actorText")]
                tgt = [a["actorText"] for a in ev.get("target") or [] if a.get("actorText")]
                if not src or not tgt or src[0] not in r["text"] or tgt[0] not in r["text"]:
                    continue
                s = r["text"].index(src[0])
                t = r["text"].find(tgt[0], s + len(src[0]))
                t = t if t >= 0 else r["text"].index(tgt[0])
                if t < s + len(src[0]) and s < t + len(tgt[0]):
                    continue  # overlapping spans: not a pair
                w.write(json.dumps({"id": f"{r['id']}#{k}", "text": r["text"],
                                    "source": [s, s + len(src[0])],
                                    "target": [t, t + len(tgt[0])],
                                    "type": OLD_LABELS.get(ev["code"], ev["code"])}) + "\n")
                n += 1
    print(f"GSR pairs: {n}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", default=str(SHARED / "data/plover/dev_pairs.jsonl"))
    ap.add_argument("--out", default="/tmp/plover_pred.jsonl")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--gsr", action="store_true",
                    help="score the plover_gsr_cameo suite of dev.jsonl instead (pairs built "
                         "from its first source and target actor texts; PLOVER 0.5 labels mapped "
                         "to the 15 PLV labels)")
    args = ap.parse_args()
    if args.gsr:
        args.pairs = gsr_pairs(SHARED / "data/plover/dev.jsonl", "/tmp/plover_gsr_pairs.jsonl")

    from newsbrief.events.classify import classify_pairs, prediction, read_pairs
    from newsbrief.nlp import load_nlp
    from newsbrief.settings import load_settings

    nlp = load_nlp(load_settings().model)
    t0 = time.perf_counter()
    with open(args.pairs, encoding="utf-8") as f, open(args.out, "w", encoding="utf-8") as out:
        n = 0
        for item in classify_pairs(nlp, read_pairs(f, args.pairs)):
            if isinstance(item, tuple):
                out.write(json.dumps(prediction(*item)) + "\n")
                n += 1
            else:
                print(item.message(), file=sys.stderr)
    print(f"classified {n} pairs in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    cmd = [sys.executable, str(SHARED / "tools/plover_score.py"), args.pairs, args.out]
    if args.errors:
        cmd += ["--errors", str(args.errors)]
    subprocess.run(cmd, check=True)
    if args.confusion:
        gold = {json.loads(l)["id"]: json.loads(l)["type"] for l in open(args.pairs)}
        pred = {json.loads(l)["id"]: ALIAS.get(json.loads(l)["type"], json.loads(l)["type"])
                for l in open(args.out)}
        conf = collections.Counter((gold[i], pred.get(i)) for i in gold)
        labels = sorted(set(gold.values()))
        print("gold\\pred " + " ".join(l[:5].rjust(5) for l in labels))
        for g in labels:
            print(g[:9].ljust(10) + " ".join(str(conf[(g, p)]).rjust(5) for p in labels))


if __name__ == "__main__":
    main()
