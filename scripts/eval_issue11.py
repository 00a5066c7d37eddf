"""Issue 11 figures that need no judging by hand (and the key-event check).

    python scripts/eval_issue11.py counts --seed S -n 200 [--before STORE.db]
    python scripts/eval_issue11.py gold                 # events-gold, all records and above the threshold
    python scripts/eval_issue11.py keyevents eval/judgements/key-events-777.tsv [--sweep] [--misses]
    python scripts/eval_issue11.py keyevents FILE FILE ... [--misses --blame]   # pooled too

`counts`: event records per article and the share with an actor country, on N
corpus articles drawn with the seed; with `--before`, the same articles' records
in a store built by an earlier pipeline (e.g. /work/stores/corpus-v0.db, built at
the start of the session) for comparison.

`gold`: runs the pipeline on the 30 articles of ../shared/data/events-gold/dev.jsonl
and scores the records with ../shared/tools/events_gold_score.py twice: every
record (what `extract` writes), and only those at or above `[events] threshold`.

`keyevents`: a file of key events written by hand from the article text before
looking at any output (article number or id, allowed PLOVER types "A|B", allowed
actor countries "X|Y" or "-", a note in our own words); an event is found when some
record of its article has one of the types and, where countries are given, an
actor with one of them. Reported for records kept by the default queries (at or above
the threshold, or marked `key`: the article's main act, events/mainact.py) and for all;
with several files, per file and pooled (the pipeline runs once over all their
articles). `--blame` (with `--misses`): for each key event whose best record of the
right type and country is under the threshold, the named features of the reportable
model that pull that record down most (their weights), its named-feature logit and the
rest of its calibrated logit (tok2vec, article term, genre or forecast factors), and
whether it is the first sentence holding a record.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data/corpus/news.jsonl"
GOLD = SHARED / "data/events-gold/dev.jsonl"
SCORER = SHARED / "tools/events_gold_score.py"
sys.path.insert(0, str(ROOT / "scripts"))

from judge_events import (  # noqa: E402
    analyse, article_of, corpus_rows, kept_at, key_matches, key_of, rows_with_ids, threshold,
    wilson)


def counts(seed: int, n: int, before: str | None) -> None:
    rows = corpus_rows()
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    picked = order[:n]
    cut = threshold()
    from newsbrief.settings import load_settings

    floor = load_settings().floor
    total = kept = with_country = kept_country = written = 0
    for _article, events, _info in analyse(article_of(rows[k], k) for k in picked):
        total += len(events)
        written += sum(1 for e in events if e.confidence >= floor)
        with_country += sum(1 for e in events if any(r.country for r in e.actor))
        above = [e for e in events if kept_at(e, cut)]
        kept += len(above)
        kept_country += sum(1 for e in above if any(r.country for r in e.actor))
    print(f"after: {n} articles (seed {seed}); {total / n:.1f} event records per article, "
          f"{with_country / max(1, total):.2f} with an actor country; at or above the "
          f"threshold {cut}: {kept / n:.1f} per article, "
          f"{kept_country / max(1, kept):.2f} with an actor country; written (at or "
          f"above the floor {floor}): {written / n:.1f} per article")
    if before:
        ids = [rows[k]["id"] for k in picked]
        db = sqlite3.connect(f"file:{before}?mode=ro", uri=True)
        marks = ",".join("?" * len(ids))
        found = {r[0] for r in db.execute(f"SELECT id FROM articles WHERE id IN ({marks})",
                                          ids)}
        m = db.execute(f"SELECT COUNT(*) FROM event_mentions WHERE article_id IN ({marks})",
                       ids).fetchone()[0]
        c = db.execute(
            f"SELECT COUNT(DISTINCT m.id) FROM event_mentions m JOIN event_actors a ON "
            f"a.mention_id = m.id WHERE m.article_id IN ({marks}) AND a.role = 'actor' AND "
            f"a.country IS NOT NULL AND a.country != ''", ids).fetchone()[0]
        print(f"before ({before}): {len(found)} of the articles stored; "
              f"{m / max(1, len(found)):.1f} event records per article, "
              f"{c / max(1, m):.2f} with an actor country")


def _gold_articles():
    want = {json.loads(line)["id"] for line in GOLD.open(encoding="utf-8") if line.strip()}
    rows = corpus_rows()
    return [article_of(r, k) for k, r in enumerate(rows) if r["id"] in want]


def gold() -> None:
    import dataclasses

    from newsbrief.pipeline import Pipeline
    from newsbrief.settings import load_settings

    cut = threshold()
    outs = {"all": [], "threshold": []}
    pipe = Pipeline(load_settings())
    articles = _gold_articles()
    docs = pipe.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=8)
    for doc, article in docs:
        result = pipe.analyse_doc(doc, article)
        outs["all"].append(result.to_dict())
        kept = tuple(e for e in result.events if kept_at(e, cut))
        outs["threshold"].append(dataclasses.replace(result, events=kept).to_dict())
    for name, records in outs.items():
        n_events = sum(len(r["events"]) for r in records)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        run = subprocess.run([sys.executable, str(SCORER), str(GOLD), fh.name],
                             capture_output=True, text=True, check=True)
        Path(fh.name).unlink()
        print(f"{name} ({n_events} records): {run.stdout.strip().splitlines()[-1]}")


def keyevents(paths: list[Path], sweep: bool = False, misses: bool = False,
              blame: bool = False) -> None:
    files = {path: [line.split("\t") for line in path.read_text("utf-8").splitlines()
                    if line.strip() and not line.startswith("#")] for path in paths}
    ids = list(dict.fromkeys(cols[0] for lines in files.values() for cols in lines))
    results, infos = {}, {}
    for article, events, info in analyse(article_of(row, k) for k, row in rows_with_ids(ids)):
        results[article.id] = events
        infos[article.id] = info
    cut = threshold()
    cuts = [("at or above the threshold (or key)", lambda e: kept_at(e, cut)),
            ("all records", lambda e: True)]
    if sweep:
        cuts += [(f"at or above {t:.2f}", lambda e, t=t: e.confidence >= t)
                 for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)]
    groups = [(path.name, lines) for path, lines in files.items()]
    if len(groups) > 1:
        groups.append(("pooled", [cols for lines in files.values() for cols in lines]))
    for name, lines in groups:
        if len(groups) > 1:
            print(f"== {name}")
        for label, keep in cuts:
            found = 0
            for cols in lines:
                types, countries = key_of(cols)
                found += any(key_matches(e, types, countries) for e in results[cols[0]] if keep(e))
            lo, hi = wilson(found, len(lines))
            print(f"{label}: {found}/{len(lines)} key events found with the right type and "
                  f"actor country = {found / len(lines):.2f} [{lo:.2f}, {hi:.2f}]")
            once = _matched_once(lines, results, keep)
            lo, hi = wilson(once, len(lines))
            print(f"  one record per key event: {once}/{len(lines)} = "
                  f"{once / len(lines):.2f} [{lo:.2f}, {hi:.2f}]")
    if misses:
        _misses([cols for lines in files.values() for cols in lines], results, cut,
                infos if blame else None)


def _matched_once(lines, results, keep) -> int:
    """How many key events are found when each record may stand for one key event only:
    the largest one-to-one matching, per article, of key lines to kept records of their
    type and actor country. The plain count lets one record answer two key lines of the
    same type and country (two accusations by US senators), which flatters it a little."""
    by_article: dict[str, list] = {}
    for cols in lines:
        by_article.setdefault(cols[0], []).append(key_of(cols))
    total = 0
    for article, keys in by_article.items():
        kept = [e for e in results[article] if keep(e)]
        fits = [[j for j, e in enumerate(kept) if key_matches(e, types, countries)]
                for types, countries in keys]
        owner: dict[int, int] = {}  # record index -> key line index

        def place(i: int, seen: set[int]) -> bool:
            for j in fits[i]:
                if j not in seen:
                    seen.add(j)
                    if j not in owner or place(owner[j], seen):
                        owner[j] = i
                        return True
            return False

        total += sum(place(i, set()) for i in range(len(keys)))
    return total


def _miss_reason(types: set[str], countries: set[str], events, cut: float) -> str:
    """Why a key event has no record at or above `cut` with its type and actor country:
    'below threshold' (a record with both, under the cut), 'wrong actor country' (the
    type at or above the cut, no actor of the country), 'wrong country, below threshold',
    or 'no record of the type' (a record of another type, or no candidate: read the
    article's records listed below it to tell)."""
    typed = [e for e in events if e.type in types]
    if not typed:
        return "no record of the type"
    right = [e for e in typed if key_matches(e, types, countries)]
    if right:
        return f"below threshold (best {max(e.confidence for e in right):.2f})"
    if any(kept_at(e, cut) for e in typed):
        return "wrong actor country"
    return "wrong actor country, below threshold"


def _misses(lines, results, cut: float, infos: dict | None = None) -> None:
    """Each key event not found at the threshold, with the reason, and the records of
    its article (type, confidence, actor [country], trigger, sentence start); with
    `infos` (the records' features by article), what pulls the best record down."""
    print(f"\nmisses at the threshold {cut}:")
    shown: set[str] = set()
    tally: dict[str, int] = {}
    for cols in lines:
        types, countries = key_of(cols)
        events = results[cols[0]]
        if any(kept_at(e, cut) and key_matches(e, types, countries) for e in events):
            continue
        reason = _miss_reason(types, countries, events, cut)
        tally[reason.split(" (")[0]] = tally.get(reason.split(" (")[0], 0) + 1
        note = cols[3] if len(cols) > 3 else ""
        print(f"- {cols[0]} {cols[1]} {cols[2]}: {reason} | {note}")
        typed = sorted((e for e in events if e.type in types), key=lambda e: -e.confidence)
        for e in typed[:4]:
            print(f"    {_record_line(e)}")
        right = [e for e in typed if key_matches(e, types, countries)]
        if infos is not None and right:
            print(f"    blame: {_blame(right[0], infos[cols[0]], events)}")
        if cols[0] not in shown:
            shown.add(cols[0])
            print(f"    records of {cols[0]}:")
            for e in sorted(events, key=lambda e: e.evidence.start):
                print(f"      {_record_line(e)}")
    print("reasons: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))


def _blame(e, info: dict, events) -> str:
    """What pulls a record's score down: the named features of the reportable model with
    the most negative weights, the named-feature logit, and the rest of the calibrated
    logit (tok2vec, the article's term, the genre or forecast factors)."""
    from newsbrief.events.reportable import model

    learned = model()
    feats = (info.get(e.id) or (None, None))[0]
    if learned is None or not feats:
        return "no features (no model, or a record the model did not score)"
    w = learned.weights
    named = sum(w.get(f, 0.0) for f in feats)
    p = min(max(e.confidence, 1e-4), 1 - 1e-4)
    total = (math.log(p / (1 - p)) - learned.calib_b) / learned.calib_a
    low = sorted((w[f], f) for f in set(feats) if w.get(f, 0.0) < 0 and f != "bias")[:6]
    first = e.evidence.start == min(x.evidence.start for x in events)
    return (f"named logit {named:+.2f}, rest {total - named:+.2f}; "
            f"{'first sentence with a record' if first else 'not the first sentence'}; "
            + ", ".join(f"{f} {v:+.2f}" for v, f in low))


def _record_line(e) -> str:
    actors = "; ".join(f"{r.text} [{r.country or '-'}]" for r in e.actor) or "-"
    trig = e.trigger.text if e.trigger else "?"
    return (f"{e.type:8} {e.confidence:.2f} {trig!r} actor {actors} | "
            f"{e.evidence.text[:90]!r}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("counts")
    c.add_argument("--seed", type=int, required=True)
    c.add_argument("-n", type=int, default=200)
    c.add_argument("--before")
    sub.add_parser("gold")
    k = sub.add_parser("keyevents")
    k.add_argument("path", type=Path, nargs="+",
                   help="key-event files; with several, figures per file and pooled")
    k.add_argument("--sweep", action="store_true", help="also at thresholds 0.2 ... 0.8")
    k.add_argument("--misses", action="store_true",
                   help="list each key event missed at the threshold, with the reason")
    k.add_argument("--blame", action="store_true",
                   help="with --misses: the model features that pull the best record down")
    args = ap.parse_args(argv)
    if args.cmd == "keyevents":
        if args.blame and not args.misses:
            ap.error("--blame explains the misses: add --misses")
        missing = [str(p) for p in args.path if not p.is_file()]
        if missing:
            ap.error(f"no key-event file {', '.join(missing)}: give files such as "
                     f"eval/judgements/key-events-blind-1203753.tsv")
    if args.cmd == "counts":
        counts(args.seed, args.n, args.before)
    elif args.cmd == "gold":
        gold()
    else:
        keyevents(args.path, args.sweep, args.misses, args.blame)


if __name__ == "__main__":
    main()
