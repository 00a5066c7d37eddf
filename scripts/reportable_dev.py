"""Dev figures of the reportability model on every judged corpus sample (issue 11).

    python scripts/reportable_dev.py dump /tmp/dev.jsonl     # re-run the pipeline, keep features
    python scripts/reportable_dev.py eval /tmp/dev.jsonl     # AUC, precision by threshold

`dump` re-runs the pipeline on the articles of the judged samples in
eval/judgements/ (calibration-4242, events-20261202, events-20261203,
events-rejudge-1202005: 300 records judged by hand, none of them training data)
and finds each judged record again (same evidence span and predicate; failing that,
same evidence span and type). It writes one JSON line per record found: sample,
label, features, confidence, type (no corpus text unless `--text` asks for the
sentence and sides to read them; the file is for /tmp, never the repo), and beside it
PATH.keys.jsonl: every record of the 20 articles of key-events-777.tsv, to see what
a threshold keeps of the key events without re-running the pipeline.

The calibration is fitted on these same records (scripts/judge_events.py calibrate
with all four sheets), so `eval` is an in-sample figure; the cross-validated one is
what `calibrate` prints. Held-out figures come from samples drawn after the change.

`eval` scores the shipped model's calibrated confidence on them: AUC, and for each
threshold the records kept and the share of real events with a Wilson interval. The
samples were drawn at different thresholds (every record; >= 0.5; >= 0.35), so the
mix is not the corpus distribution: calibration-4242 alone (every record, one per
article) is the unbiased one and is printed on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from judge_events import analyse, article_of, corpus_rows, read_labels, wilson  # noqa: E402

JUDGED = ROOT / "eval/judgements"
KEY_EVENTS = JUDGED / "key-events-777.tsv"
SAMPLES = ("calibration-4242.tsv", "events-20261202.tsv", "events-20261203.tsv",
           "events-rejudge-1202005.tsv")


def _read(name: str) -> list[dict]:
    return read_labels(JUDGED / name)


def dump(out_path: Path, text: bool = False) -> None:
    judged = []
    for name in SAMPLES:
        for r in _read(name):
            if r.get("event") is not None:
                r["sample"] = name.rsplit(".", 1)[0]
                judged.append(r)
    by_article: dict[str, list[dict]] = {}
    for r in judged:
        by_article.setdefault(r["article"], []).append(r)
    rows = corpus_rows()
    wanted = [article_of(row, k) for k, row in enumerate(rows) if row["id"] in by_article]
    found = missing = 0
    with out_path.open("w", encoding="utf-8") as out:
        for article, events, info in analyse(wanted):
            for r in by_article[article.id]:
                span = (r["start"], r["end"])
                same = [ev for ev in events if (ev.evidence.start, ev.evidence.end) == span]
                hit = None
                if r["pred"] is not None:
                    hit = next((ev for ev in same
                                if tuple(info.get(ev.id, (None, (0, 0)))[1]) == r["pred"]),
                               None)
                if hit is None:
                    hit = next((ev for ev in same if ev.type == r["type"]), None)
                if hit is None:
                    missing += 1
                    continue
                found += 1
                row = {"sample": r["sample"], "article": r["article"],
                       "label": r["event"], "features": info[hit.id][0],
                       "confidence": hit.confidence, "type": hit.type}
                if text:
                    row["sentence"] = hit.evidence.text
                    row["actor"] = [(a.text, a.country) for a in hit.actor]
                    row["recipient"] = [(a.text, a.country) for a in hit.recipient]
                out.write(json.dumps(row) + "\n")
    print(f"{found} judged records found again, {missing} not (the extractor changed)")
    # Every record of the key-event articles, to see what a threshold keeps of them.
    keys = [line.split("\t") for line in KEY_EVENTS.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    ids = set(cols[0] for cols in keys)
    wanted = [article_of(row, k) for k, row in enumerate(rows) if row["id"] in ids]
    with out_path.with_suffix(".keys.jsonl").open("w", encoding="utf-8") as out:
        for article, events, info in analyse(wanted):
            for ev in events:
                out.write(json.dumps({"article": article.id, "type": ev.type,
                                      "countries": [r.country for r in ev.actor if r.country],
                                      "features": info[ev.id][0],
                                      "confidence": ev.confidence}) + "\n")


def auc(pairs) -> float:
    pos = [s for s, y in pairs if y]
    neg = [s for s, y in pairs if not y]
    return sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))


def table(rows, score, title: str) -> None:
    pairs = [(score(r), r["label"]) for r in rows]
    n_pos = sum(y for _, y in pairs)
    print(f"{title}: {len(pairs)} records, {n_pos} real; AUC {auc(pairs):.3f}")
    for t in (0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        kept = [y for s, y in pairs if s >= t]
        if kept:
            lo, hi = wilson(sum(kept), len(kept))
            print(f"  >= {t:.2f}: kept {len(kept):3d}, real {sum(kept):3d} = "
                  f"{sum(kept) / len(kept):.2f} [{lo:.2f}, {hi:.2f}]")


def evaluate(path: Path) -> None:
    from newsbrief.events.reportable import model

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    m = model()
    score = (lambda r: m.confidence(r["features"])) if m else (lambda r: r["confidence"])
    table(rows, score, "all judged samples")
    table([r for r in rows if r["sample"] == "calibration-4242"], score,
          "calibration-4242 (every record)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("path", type=Path)
    d.add_argument("--text", action="store_true",
                   help="also keep the sentence and sides (for reading; never commit it)")
    sub.add_parser("eval").add_argument("path", type=Path)
    args = ap.parse_args(argv)
    dump(args.path, args.text) if args.cmd == "dump" else evaluate(args.path)


if __name__ == "__main__":
    main()
