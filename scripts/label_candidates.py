"""Draw event candidates from a store for labelling by hand (training data), and collect the labels.

    python scripts/label_candidates.py draw --store STORE.db --seed S --articles N \
        [--per-article K] [--chunk 100] --out DIR
    python scripts/label_candidates.py collect DIR eval/reportable-labels/labels-S.tsv

The reportable-event model (src/newsbrief/events/reportable.py) needs examples of what
the coder proposes on real news, labelled by people: is this candidate an event an event
dataset should hold, and does its type fit. `draw` picks N random articles of the store
(seeded; articles that appear in any judged evaluation sample under eval/judgements/ are
left out, so that the blind figures stay on unseen articles), then K random records per
article at any confidence (or at least --min-confidence, below --max-confidence), and
writes (--from-training: articles of earlier rounds, candidates never labelled):

- DIR/keys.tsv: item, article id, evidence start and end, trigger start and end, type,
  confidence (ids and offsets only: this file may be committed);
- DIR/sheet-NN.txt: chunks of the labelling sheet, with the sentence, the sentence
  before it and the trigger marked (corpus text: never commit these).

Labellers write DIR/labels-NN.tsv (item, event 1/0, type 1/0/-), and `collect` joins
them to the keys into one TSV of ids, offsets and labels, the file committed under
eval/reportable-labels/. Articles drawn here are training articles: the evaluation
draws (scripts/judge_events.py, scripts/draw_key_articles.py) skip them.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "eval/judgements"
LABELS = ROOT / "eval/reportable-labels"


def judged_articles() -> set[str]:
    """Article ids of every committed judgement or training-label file."""
    ids: set[str] = set()
    for folder in (JUDGED, LABELS):
        for path in folder.glob("*.tsv"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    first = line.split("\t", 1)[0]
                    if first.startswith("abp-"):
                        ids.add(first)
                    else:
                        ids.update(c for c in line.split("\t") if c.startswith("abp-"))
    return ids


def training_articles() -> set[str]:
    """Article ids used for training labels (skipped by evaluation draws)."""
    ids: set[str] = set()
    for path in LABELS.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                ids.update(c for c in line.split("\t") if c.startswith("abp-"))
    return ids


def labelled_candidates() -> set[tuple[str, int]]:
    """(article id, trigger start) of every candidate already labelled."""
    seen: set[tuple[str, int]] = set()
    for path in LABELS.glob("*.tsv"):
        for row in csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"):
            if len(row) > 4 and row[0].startswith("abp-") and row[3].isdigit():
                seen.add((row[0], int(row[3])))
    return seen


def draw(args: argparse.Namespace) -> int:
    db = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    skip = judged_articles()
    articles = [r[0] for r in db.execute(
        "SELECT DISTINCT article_id FROM event_mentions ORDER BY article_id")]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    labelled: set[tuple[str, int]] = set()
    if args.from_training:
        # The held-out pool is used up: more candidates from articles that are already
        # training articles, never one labelled before.
        train = training_articles()
        labelled = labelled_candidates()
        chosen = [a for a in articles if a in train][: args.articles]
    else:
        chosen = [a for a in articles if a not in skip][: args.articles]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    items = []
    for art in chosen:
        text, title, published = db.execute(
            "SELECT text, title, published FROM articles WHERE id = ?", (art,)).fetchone()
        rows = db.execute(
            "SELECT start, end, trigger_start, trigger_end, type, confidence, record "
            "FROM event_mentions WHERE article_id = ? AND confidence >= ? AND confidence < ? "
            "ORDER BY start, trigger_start",
            (art, args.min_confidence, args.max_confidence)).fetchall()
        rows = [r for r in rows if (art, r[2]) not in labelled]
        for row in rng.sample(rows, min(args.per_article, len(rows))):
            items.append((art, title, published, text, row))
    rng.shuffle(items)
    with (out / "keys.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["item", "article", "start", "end", "trigger_start", "trigger_end",
                    "type", "confidence"])
        for i, (art, _, _, _, row) in enumerate(items, 1):
            w.writerow([i, art, row[0], row[1], row[2], row[3], row[4], row[5]])
    for c in range(0, len(items), args.chunk):
        part = items[c:c + args.chunk]
        lines = []
        for i, (art, title, published, text, row) in enumerate(part, c + 1):
            start, end, ts, te, type_, _, record = row
            rec = json.loads(record)
            before = text[:start].rstrip()[-300:].split("\n")[-1].strip()
            sent = text[start:end]
            if ts is not None and start <= ts < te <= end:
                sent = sent[: ts - start] + "[[" + sent[ts - start: te - start] + "]]" + sent[te - start:]
            actor = ", ".join(a.get("text") or "" for a in rec.get("actor") or []) or "-"
            recipient = ", ".join(a.get("text") or "" for a in rec.get("recipient") or []) or "-"
            lines.append(
                f"## item {i}\narticle: {art} | published {published or 'unknown'} | {title}\n"
                f"before: {before}\nsentence: {sent}\n"
                f"record: {type_} on [[{text[ts:te] if ts is not None else '?'}]], "
                f"actor: {actor}; recipient: {recipient}; standing: {rec.get('modality')}\n")
        (out / f"sheet-{c // args.chunk + 1:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(items)} candidates from {len(chosen)} articles in "
          f"{(len(items) + args.chunk - 1) // args.chunk} sheets under {out}", file=sys.stderr)
    return 0


def collect(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    keys = {}
    with (folder / "keys.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            keys[row["item"]] = row
    labelled = {}
    for path in sorted(folder.glob("labels-*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            cells = line.strip().split("\t")
            if not line.strip() or line.startswith("#") or cells[0] == "item":
                continue
            if len(cells) < 3 or cells[0] not in keys or cells[1] not in ("0", "1") \
                    or cells[2] not in ("0", "1", "-"):
                print(f"{path}:{n}: expected 'item<TAB>event 0/1<TAB>type 0/1/-', "
                      f"got {line!r}; fix the line and collect again", file=sys.stderr)
                return 1
            labelled[cells[0]] = (cells[1], cells[2])
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# {args.comment}\n" if args.comment else "")
        f.write("# article\tstart\tend\ttrigger_start\ttrigger_end\ttype\tconfidence\tevent\ttype_ok\n")
        for item, key in sorted(keys.items(), key=lambda kv: int(kv[0])):
            if item in labelled:
                ev, ty = labelled[item]
                f.write("\t".join([key["article"], key["start"], key["end"],
                                   key["trigger_start"], key["trigger_end"], key["type"],
                                   key["confidence"], ev, ty]) + "\n")
    print(f"{len(labelled)} of {len(keys)} candidates labelled -> {out}", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--store", required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--articles", type=int, required=True)
    d.add_argument("--per-article", type=int, default=2)
    d.add_argument("--chunk", type=int, default=100)
    d.add_argument("--max-confidence", type=float, default=1.01,
                   help="only candidates below this stored confidence")
    d.add_argument("--from-training", action="store_true",
                   help="draw from articles already in training rounds (their candidates "
                        "not yet labelled): once the held-out pool is used up")
    d.add_argument("--min-confidence", type=float, default=0.0,
                   help="only candidates at or above this stored confidence (to label "
                        "more of the records near and above the threshold)")
    d.add_argument("--out", required=True)
    c = sub.add_parser("collect")
    c.add_argument("dir")
    c.add_argument("output")
    c.add_argument("--comment", default="")
    args = parser.parse_args()
    return draw(args) if args.cmd == "draw" else collect(args)


if __name__ == "__main__":
    sys.exit(main())
