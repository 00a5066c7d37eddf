"""Topic briefs on the whole corpus, a judging sheet for them, and its score (issue 12).

    python scripts/brief_topics.py make OUT_DIR [--topics north-korea,syria] [--reuse]
    python scripts/brief_topics.py dev DEV_DIR         # development topics, other articles
    python scripts/brief_topics.py make DEV_DIR --given --reuse    # DEV_DIR/<name>.jsonl
    python scripts/brief_topics.py show OUT_DIR/sheet.tsv [--topic iran]
    python scripts/brief_topics.py score OUT_DIR/sheet.tsv

`make` writes, for each topic of scripts/topic_subsets.py (North Korea, Syria, Iran,
Brexit, Ukraine), OUT_DIR/<topic>.jsonl with EVERY corpus article of the topic, ingests
it with this tree's pipeline into OUT_DIR/<topic>.db (niced; --reuse keeps a store that
exists), writes the brief as OUT_DIR/<topic>.md (and .json) at the packaged confidence
threshold, and appends one row per statement to OUT_DIR/sheet.tsv: topic, position in
the brief, section, whether it is one of the ten at the top (lede + first nine key
developments), its date label, the statement, and the sentences it cites as
article_id:start-end (the first is the sentence it is phrased from), then empty columns
for the judge:

- `true`: y/n, the statement says what its cited sentence(s) say and no more (the first
  is the one it is phrased from; the lede may join two statements, each from its own);
- `real`, `important`, `right_date`: y/n, for the ten at the top only.

`show` prints each statement beside its cited sentences, read from
../shared/data/corpus/news.jsonl by those offsets (the judge's view; keep it out of the
repository). `score` counts a filled sheet: statements true to their sentence (share,
Wilson 95% interval) and, per brief, how many of the ten at the top are real, important
and rightly dated (all three y). Rows left blank are not counted and are reported.

Everything under OUT_DIR holds corpus text: keep OUT_DIR outside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from topic_subsets import CORPUS, TOPICS  # noqa: E402

ABOUT = {"north-korea": "North Korea", "syria": "Syria", "iran": "Iran", "brexit": "Brexit",
         "ukraine": "Ukraine"}
COLUMNS = ["topic", "n", "section", "top10", "date", "statement", "cites", "true", "real",
           "important", "right_date", "note"]
TOP = 10
# Development topics: every corpus article that matches one and none of the judged five.
DEV_TOPICS = {"china": r"\bChin(a|ese)\b", "israel": r"\bIsrael", "afghanistan": r"\bAfghan",
              "venezuela": r"\bVenezuel", "turkey": r"\bTurk(ey|ish)\b"}


def member(row: dict, pattern: str) -> bool:
    """The rule of topic_subsets.py: the title matches, or the first 3,000 characters
    match twice."""
    rx = re.compile(pattern)
    return bool(rx.search(row.get("title") or "")) or len(rx.findall(row["text"][:3000])) >= 2


def items(brief: dict) -> list[tuple[str, dict]]:
    out = [("lede", brief["lede"])] if brief["lede"] else []
    for section in ("developments", "other", "claims", "commitments", "background"):
        for item in brief.get(section) or ():
            out.append((section, item))
            # A claim's denials are statements of the brief too.
            out += [("denial", d) for d in item.get("disputed_by") or ()]
    return out


def make(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    topics = args.topics.split(",") if args.topics else list(TOPICS)
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    if args.given:
        # Development: topics given as OUT_DIR/<name>.jsonl already (other topics, other
        # articles than those judged); the brief is about the name, title-cased.
        topics = sorted(p.stem for p in out.glob("*.jsonl"))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep
               + os.environ.get("PYTHONPATH", ""))
    sheet_rows = []
    for topic in topics:
        jsonl, db = out / f"{topic}.jsonl", out / f"{topic}.db"
        if args.given:
            picked = [json.loads(line) for line in open(jsonl, encoding="utf-8")]
        elif topic not in TOPICS:
            sys.exit(f"error: unknown topic {topic!r}; known: {', '.join(TOPICS)}")
        else:
            picked = sorted((r for r in rows if member(r, TOPICS[topic])),
                            key=lambda r: r["id"])
            with open(jsonl, "w", encoding="utf-8") as fh:
                for r in picked:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        if db.exists() and not args.reuse:
            db.unlink()
        if not db.exists():
            print(f"{topic}: ingesting {len(picked)} articles -> {db}", file=sys.stderr)
            done = subprocess.run(["nice", sys.executable, "-m", "newsbrief.cli", "ingest",
                                   str(jsonl), "--db", str(db)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode:
                # Some articles failed (each is reported); the others are stored: go on.
                tail = "\n".join(done.stderr.strip().splitlines()[-3:])
                print(f"{topic}: ingest exited {done.returncode}:\n{tail}", file=sys.stderr)
        for fmt in ("md", "json"):
            subprocess.run([sys.executable, "-m", "newsbrief.cli", "brief", "--about",
                            ABOUT.get(topic, topic.replace("-", " ").title()), "--db", str(db), "--format", fmt, "-o",
                            str(out / f"{topic}.{fmt}")], check=True, env=env)
        brief = json.loads((out / f"{topic}.json").read_text(encoding="utf-8"))
        refs = {r["n"]: r for r in brief["sources"]}
        top = 0
        for n, (section, item) in enumerate(items(brief), 1):
            in_top = section in ("lede", "developments") and top < TOP
            top += in_top
            cites = ";".join(f"{refs[c]['article_id']}:{refs[c]['start']}-{refs[c]['end']}"
                             for c in item["cites"])
            sheet_rows.append({"topic": topic, "n": n, "section": section,
                               "top10": "y" if in_top else "",
                               "date": item.get("date_label", ""), "statement": item["text"],
                               "cites": cites})
        print(f"{topic}: {len(picked)} articles, {len(items(brief))} statements, "
              f"{top} at the top", file=sys.stderr)
    sheet = out / "sheet.tsv"
    with open(sheet, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        for row in sheet_rows:
            w.writerow({c: row.get(c, "") for c in COLUMNS})
    print(f"sheet: {sheet} ({len(sheet_rows)} statements)", file=sys.stderr)


def dev(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    judged = {r["id"] for r in rows if any(member(r, p) for p in TOPICS.values())}
    for name, pattern in DEV_TOPICS.items():
        picked = [r for r in rows if r["id"] not in judged and member(r, pattern)]
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in sorted(picked, key=lambda r: r["id"]):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(picked), file=sys.stderr)


# The columns of a committed judgement file (eval/judgements/briefs-*.tsv): the sheet's
# without the statement, which reuses corpus words.
KEPT = ["topic", "n", "section", "top10", "date", "cites", "true", "real", "important",
        "right_date", "note"]


def read_sheet(path: str) -> list[dict]:
    """A sheet, or a committed judgement file (comment lines "#", header optional)."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")[0] == "topic" if lines else True
    return list(csv.DictReader(lines, delimiter="\t", fieldnames=None if header else KEPT))


def show(args: argparse.Namespace) -> None:
    texts = {}
    for line in open(CORPUS, encoding="utf-8"):
        r = json.loads(line)
        texts[r["id"]] = (r["text"], r.get("source"), r.get("published"))
    for row in read_sheet(args.sheet):
        if args.topic and row["topic"] != args.topic:
            continue
        top = " [top ten]" if row["top10"] == "y" else ""
        print(f"{row['topic']} #{row['n']} {row['section']}{top} | {row['date']}")
        print(f"  STATEMENT: {row['statement']}")
        for i, cite in enumerate(row["cites"].split(";")):
            aid, span = cite.rsplit(":", 1)
            start, end = (int(x) for x in span.split("-"))
            text, source, published = texts.get(aid, ("", None, None))
            label = "PHRASED FROM" if i == 0 else "also cited"
            print(f"  {label} ({source}, {published}, {aid}): {text[start:end]}")
        print()


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = p + z * z / (2 * n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    den = 1 + z * z / n
    return ((centre - half) / den, (centre + half) / den)


def score(args: argparse.Namespace) -> None:
    rows = read_sheet(args.sheet)
    yes = lambda v: (v or "").strip().lower() in ("y", "yes", "1")  # noqa: E731
    judged = lambda v: (v or "").strip().lower() in ("y", "yes", "1", "n", "no", "0")  # noqa
    per = defaultdict(lambda: {"true": 0, "judged": 0, "blank": 0, "good": 0, "top": 0,
                               "top_blank": 0})
    for r in rows:
        t = per[r["topic"]]
        if judged(r["true"]):
            t["judged"] += 1
            t["true"] += yes(r["true"])
        else:
            t["blank"] += 1
        if r["top10"] == "y":
            t["top"] += 1
            if all(judged(r[c]) for c in ("real", "important", "right_date")):
                t["good"] += all(yes(r[c]) for c in ("real", "important", "right_date"))
            else:
                t["top_blank"] += 1
    print("topic\ttrue/judged\tshare\ttop ten: real, important, right date (of 10)"
          "\tat the top\tblank")
    total_true = total_judged = total_good = 0
    for topic, t in per.items():
        share = t["true"] / t["judged"] if t["judged"] else float("nan")
        print(f"{topic}\t{t['true']}/{t['judged']}\t{share:.2f}\t{t['good']}/{TOP}\t{t['top']}"
              f"\t{t['blank']} statements, {t['top_blank']} top rows")
        total_true += t["true"]
        total_judged += t["judged"]
        total_good += t["good"]
    lo, hi = wilson(total_true, total_judged)
    share = total_true / total_judged if total_judged else float("nan")
    print(f"all\t{total_true}/{total_judged}\t{share:.2f} (Wilson 95%: {lo:.2f}-{hi:.2f}; "
          f"floor 0.95)\t{total_good}/{TOP * len(per)} ({total_good / max(1, len(per)):.1f} "
          f"per brief; floor 8)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("out")
    m.add_argument("--topics", default="")
    m.add_argument("--reuse", action="store_true", help="keep topic stores that exist")
    m.add_argument("--given", action="store_true",
                   help="topics are the OUT_DIR/*.jsonl files there (development sets)")
    d = sub.add_parser("dev")
    d.add_argument("out")
    s = sub.add_parser("show")
    s.add_argument("sheet")
    s.add_argument("--topic", default="")
    c = sub.add_parser("score")
    c.add_argument("sheet")
    args = ap.parse_args()
    {"make": make, "show": show, "score": score, "dev": dev}[args.cmd](args)


if __name__ == "__main__":
    main()
