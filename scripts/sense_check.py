"""Trigger senses against the training labels: what a change of typing removes, re-types, loses.

    python scripts/sense_check.py run --cache DIR --out RESULT.json [--words asked,warned]
    python scripts/sense_check.py diff BEFORE.json AFTER.json [--show 0]

`run` re-codes the articles of the labelled candidates (eval/reportable-labels/labels-*.tsv:
article, evidence and trigger offsets, type, stored confidence, event 1/0, type_ok 1/0/-)
with the tree on PYTHONPATH, from the spaCy docs that scripts/reportable_data.py parse
keeps in DIR/docs/ (corpus text stays outside the repository), and finds each label's
record again by its trigger offsets. It writes, per label, the record's type and
confidence now (or none), and prints the summary below. `--words` limits the run to
labels whose trigger word (lower case) is one of those (fast iteration on one sense).
Run it once on main and once on a branch, then `diff` the two files.

Summary, per label class (by the labels, judged blind):
- not an event: how many still have a record (kept), re-typed, gone (removed: good);
- event, type wrong: kept with the same type, re-typed (may be fixed: look), gone;
- event, type right: kept, re-typed (may be broken: look), gone (a real event lost);
each also counted at or above the default threshold (0.4) of the record's confidence now.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from judge_events import article_of, corpus_rows, threshold  # noqa: E402
from reportable_data import label_rows  # noqa: E402

THRESHOLD = threshold()  # the default threshold (defaults.toml)


def labels() -> list[dict]:
    """The labelled candidates of eval/reportable-labels/ that have a trigger."""
    return [{"article": r["article"], "trigger": list(r["pred"]), "type": r["type"],
             "event": r["event"], "type_ok": r["type_ok"], "source": r["source"]}
            for r in label_rows(judged=False) if r["pred"] is not None]


def klass(r: dict) -> str:
    if not r["event"]:
        return "not an event"
    return "event, type right" if r["type_ok"] else "event, type wrong"


def run(cache: Path, out: Path, words: set[str] | None) -> None:
    from spacy.tokens import Doc

    from newsbrief.actors import extract_entities
    from newsbrief.events.extract import extract_events
    from newsbrief.nlp import load_nlp
    from newsbrief.settings import load_settings
    from newsbrief.timexes import tag_timexes

    rows = labels()
    corpus = {row["id"]: (k, row) for k, row in enumerate(corpus_rows())}
    for r in rows:
        text = corpus[r["article"]][1]["text"]
        r["word"] = text[r["trigger"][0]:r["trigger"][1]].lower()
    if words:
        rows = [r for r in rows if r["word"] in words]
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article"], []).append(r)
    nlp = load_nlp(load_settings().model)
    missing = 0
    records: dict[str, list] = {}
    for n, (art_id, group) in enumerate(sorted(by_article.items()), 1):
        path = cache / "docs" / f"{art_id}.doc"
        if not path.exists():
            missing += len(group)
            for r in group:
                r["now"] = "unparsed"
            continue
        k, row = corpus[art_id]
        article = article_of(row, k)
        doc = Doc(nlp.vocab).from_bytes(path.read_bytes())
        entities = extract_entities(doc, article)
        timexes = tag_timexes(article.text, article.published, doc=doc)
        events = extract_events(doc, article, entities, timexes)
        at: dict[tuple[int, int], list] = {}
        records[art_id] = [[ev.trigger.start, ev.trigger.end, ev.type, ev.confidence,
                            ev.trigger.text.lower()] for ev in events if ev.trigger is not None]
        for ev in events:
            if ev.trigger is not None:
                at.setdefault((ev.trigger.start, ev.trigger.end), []).append(ev)
        for r in group:
            found = at.get(tuple(r["trigger"]), [])
            same = [e for e in found if e.type == r["type"]]
            ev = max(same or found, key=lambda e: e.confidence, default=None)
            r["now"] = None if ev is None else {"type": ev.type, "confidence": ev.confidence}
        if n % 200 == 0:
            print(f"  {n}/{len(by_article)} articles", file=sys.stderr)
    out.write_text(json.dumps({"labels": rows, "records": records}, ensure_ascii=False),
                   encoding="utf-8")
    print(f"{len(rows)} labels, {missing} in articles not parsed", file=sys.stderr)
    summary(rows)


def outcome(r: dict) -> str:
    now = r.get("now")
    if now == "unparsed":
        return "unparsed"
    if now is None:
        return "gone"
    return "kept" if now["type"] == r["type"] else "re-typed"


def summary(rows: list[dict], title: str = "") -> None:
    if title:
        print(title)
    table: Counter = Counter()
    high: Counter = Counter()
    for r in rows:
        o = outcome(r)
        table[klass(r), o] += 1
        now = r.get("now")
        if isinstance(now, dict) and now["confidence"] >= THRESHOLD:
            high[klass(r), o] += 1
    for k in ("not an event", "event, type wrong", "event, type right"):
        n = sum(v for (c, _), v in table.items() if c == k)
        parts = [f"{o} {table[k, o]} ({high[k, o]} at >= {THRESHOLD})"
                 for o in ("kept", "re-typed") ] + [f"gone {table[k, 'gone']}"]
        print(f"  {k} ({n}): " + ", ".join(parts))
    real_ok = sum(v for (c, o), v in high.items() if c == "event, type right" and o == "kept")
    n_high = sum(high.values())
    print(f"  records at >= {THRESHOLD} matched to a label: {n_high}; of them event with the "
          f"labelled type right and kept: {real_ok}; not an event: "
          f"{sum(v for (c, _), v in high.items() if c == 'not an event')}")


def diff(before: Path, after: Path, show: int) -> None:
    ja = json.loads(before.read_text("utf-8"))
    jb = json.loads(after.read_text("utf-8"))
    a, b = ja["labels"], jb["labels"]
    key = lambda r: (r["article"], tuple(r["trigger"]), r["type"])  # noqa: E731
    old = {key(r): r for r in a}
    # Labels whose article both runs parsed (the parse cache may grow between runs).
    pairs = [(old[key(r)], r) for r in b if key(r) in old
             and "unparsed" not in (old[key(r)].get("now"), r.get("now"))]
    summary([p for p, _ in pairs], f"before ({before.name}, {len(pairs)} labels in both):")
    summary([q for _, q in pairs], f"after ({after.name}):")
    moves: Counter = Counter()
    words: Counter = Counter()
    for p, q in pairs:
        if outcome(p) != outcome(q) or (p.get("now") or {}) != (q.get("now") or {}) and \
                outcome(q) == "re-typed":
            change = (klass(q), outcome(p), outcome(q),
                      (q["now"] or {}).get("type") if isinstance(q["now"], dict) else None)
            moves[change] += 1
            words[q["word"], klass(q), outcome(q)] += 1
    print("changes (label class, before -> after, type now):")
    for (k, o1, o2, t), v in moves.most_common():
        print(f"  {v:4d}  {k}: {o1} -> {o2}{' ' + t if t else ''}")
    # Records of the same articles that no label names: new ones are new readings.
    ra, rb = ja["records"], jb["records"]
    common = set(ra) & set(rb)  # articles both runs parsed
    high = lambda recs: {(r[0], r[1], r[2]): r for r in recs if r[3] >= THRESHOLD}  # noqa: E731
    n_a = sum(len(high(ra[k])) for k in common)
    n_b = sum(len(high(rb[k])) for k in common)
    new: Counter = Counter()
    for k in common:
        old_keys = {(r[0], r[1]) for r in ra[k]}
        for key, r in high(rb[k]).items():
            if key not in high(ra[k]):
                new[r[4], r[2], "new trigger" if (r[0], r[1]) not in old_keys
                    else "new type or now above"] += 1
    print(f"all records at >= {THRESHOLD} in the {len(common)} articles: {n_a} before, "
          f"{n_b} after; {sum(new.values())} of the after ones not there before")
    if show:
        for (w, t, how), v in new.most_common(show):
            print(f"  {v:4d}  {w!r} {t} ({how})")
        print("by trigger word:")
        for (w, k, o), v in words.most_common(show):
            print(f"  {v:4d}  {w!r} {k}: now {o}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--cache", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--words", help="comma-separated trigger words (lower case)")
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=0, help="list the N commonest changed words")
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.cache, args.out, set(args.words.split(",")) if args.words else None)
    else:
        diff(args.before, args.after, args.show)


if __name__ == "__main__":
    main()
