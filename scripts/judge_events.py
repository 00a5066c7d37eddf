"""Draw corpus event records for judging by hand, and score the judgements.

    python scripts/judge_events.py draw --seed S -n 100 [--all] [--training-pool] [--records records.txt] > sheet.txt
    python scripts/judge_events.py score eval/judgements/FILE.tsv
    python scripts/judge_events.py calibrate eval/judgements/FILE.tsv... [--write]

`draw` shuffles ../shared/data/corpus/news.jsonl with the seed, runs the whole
pipeline on the articles in that order (skipping training articles and those of earlier
event judgements) and, for each article with an event record at
or above the default threshold (`[events] threshold`; every record with `--all`),
picks one record at random, until N. It prints two parts: first the sentences
alone (article id, offsets, the predicate word, the sentence) so the judge writes
down what the text says, then the records. Judgements are committed as
eval/judgements/*.tsv: article id, evidence start/end, predicate start/end, type,
then labels (never corpus text).

Label columns (1 right, 0 wrong, - not judged): `event` (a reportable event), and on
real events `type`, `actor` (the actor with the right country), `recipient` (right or
rightly empty), `date` (right, or rightly left undated).

`score` prints each label's share with a Wilson 95% interval. `calibrate` re-runs the
pipeline on the articles of one or more judged samples, recomputes each record's model
score and fits the calibration (confidence = sigmoid(a * logit + sum of indicator
weights + b)) by maximum likelihood, with ten-fold cross-validation by article for
the figures; `--write` stores it in src/newsbrief/events/data/reportable_model.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from pathlib import Path

import fresh_pool  # a script beside this one

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared")) / "data/corpus/news.jsonl"
MODEL = ROOT / "src/newsbrief/events/data/reportable_model.json"
LABELS = ("event", "type", "actor", "recipient", "date")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


# Corpus ids, and those of the fresh articles (scripts/fresh_pool.py).
ARTICLE_IDS = ("abp-",) + fresh_pool.PREFIXES


def corpus_rows() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fresh_rows(prefixes: tuple[str, ...] = ()) -> list[dict]:
    """Whole news articles outside the corpus (scripts/fresh_pool.py): TempEval-3,
    CoNLL-2003 dev, the zyte pages, Reuters politics of 2017, the newspaper4k pages,
    Wikinews 2019-2020 and the AllSides world and other news the corpus did not take, ids
    prefixed te3-, conll-, zyte-, rtr-, html-, wkn-, abw-, abo-; only those whose id starts with one of
    `prefixes` when any are given (the other sources are then not read)."""
    return fresh_pool.rows(tuple(prefixes))


def rows_with_ids(ids) -> list[tuple[int, dict]]:
    """(index, row) of the corpus and fresh articles with these ids; a corpus row keeps
    its line index, so its origin names the right line."""
    ids = set(ids)
    found = [(k, r) for k, r in enumerate(corpus_rows()) if r["id"] in ids]
    # Only the fresh sources these ids come from are read.
    sources = tuple(sorted({p for p in fresh_pool.PREFIXES for i in ids if i.startswith(p)}))
    if sources:
        found += [(-1, r) for r in fresh_rows(sources) if r["id"] in ids]
    return found


def article_of(row: dict, k: int):
    """The corpus row as ingest would read it: an undated article takes the day its
    URL gives, or a day inferred from its text (pubdate.infer_published)."""
    from newsbrief.pubdate import infer_published
    from newsbrief.records import Article

    return infer_published(Article(
        id=row["id"], origin=row.get("origin") or f"{CORPUS}:{k + 1}", text=row["text"], title=row.get("title"),
        url=row.get("url"), source=row.get("source"), published=row.get("published"),
        published_source="given" if row.get("published") else None))


def published_label(article) -> str:
    """The publication day as the judge sees it: a day read from the URL is shown as
    such; a day only guessed from the text is not shown as known (the judge applies
    the no-publication-date rule, and a record dated from the guess is judged on it)."""
    if article.published_source == "inferred":
        return f"None (the system guessed {article.published} from the text)"
    if article.published_source == "url":
        return f"{article.published} (from the article's URL)"
    return str(article.published)


def analyse(articles, collect: dict | None = None, leads: dict | None = None):
    """(article, events, {event id: (features, predicate span)}) for each article;
    `leads` (when given) takes each article's main-act lead by id (extract.main_act_lead)."""
    from newsbrief.actors import extract_entities
    from newsbrief.events.extract import extract_events, main_act_lead
    from newsbrief.nlp import load_nlp
    from newsbrief.settings import load_settings
    from newsbrief.timexes import tag_timexes

    settings = load_settings()
    nlp = load_nlp(settings.model)
    pairs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=8)
    for doc, article in pairs:
        entities = extract_entities(doc, article)
        timexes = tag_timexes(article.text, article.published, doc=doc)
        got: list = []
        events = extract_events(doc, article, entities, timexes, collect=got)
        info = {ev.id: (feats, pred) for ev, feats, pred, _ in got}
        if leads is not None:
            leads[article.id] = main_act_lead(doc)
        yield article, events, info


def kept_at(ev, cut: float) -> bool:
    """Whether a record is kept by the default queries: at or above the threshold, or
    marked its article's main act (`key`, events/mainact.py) at or above the key floor
    (`records.key_floor`): `records.is_kept`, the rule the queries and briefs use. (On a
    src older than `is_kept`, the same rule from `key_floor`; older than the key floor,
    789dabb, a key record at any confidence.)"""
    from newsbrief import records

    if not hasattr(records, "is_kept"):
        key = getattr(ev, "key", False)
        if not hasattr(records, "key_floor"):
            return ev.confidence >= cut or key
        return ev.confidence >= cut or (key and ev.confidence >= records.key_floor(cut))
    return records.is_kept(ev.confidence, getattr(ev, "key", False), cut)


def key_of(cols) -> tuple[set[str], set[str]]:
    """A key-event line's accepted types and actor countries (empty: any), from the columns
    of eval/judgements/key-events*.tsv (article id, types, countries, ...)."""
    return set(cols[1].split("|")), set() if cols[2] in ("-", "") else set(cols[2].split("|"))


def key_matches(ev, types: set[str], countries: set[str]) -> bool:
    """Whether a record has a key event's type and an actor of its country: the match
    scripts/eval_issue11.py scores and scripts/train_mainact.py trains on."""
    return ev.type in types and (not countries or any(r.country in countries for r in ev.actor))


def threshold() -> float:
    from newsbrief.settings import load_settings

    return float(load_settings().threshold)


def _refs(refs) -> str:
    return "; ".join(f"{r.text} [{r.country or '-'}]" for r in refs) or "-"


def training_ids() -> set[str]:
    """Article ids in eval/reportable-labels/ (scripts/label_candidates.py)."""
    ids: set[str] = set()
    for path in (ROOT / "eval/reportable-labels").glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                ids.update(c for c in line.split("\t") if c.startswith("abp-"))
    return ids


def dev_ids() -> set[str]:
    """Article ids of earlier event judgements (eval/judgements/events*.tsv,
    key-events*.tsv, refit-swap*.tsv, the records two models disagree on, and
    keypool*.tsv, the records a wider key mark would take). Engineers
    read those sentences and the judges' notes as dev data, so a new blind sample leaves
    them out too."""
    ids: set[str] = set()
    for pattern in ("events*.tsv", "key-events*.tsv", "refit-swap*.tsv", "keypool*.tsv"):
        for path in (ROOT / "eval/judgements").glob(pattern):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    ids.update(c for c in line.split("\t") if c.startswith(ARTICLE_IDS))
    return ids


def _date_how(ev) -> str:
    """How the record got its date, in words a judge reads right ("published: None"
    was read as "the article has no publication date")."""
    if ev.date is None:
        return "undated"
    if ev.date_text:
        return f"{ev.date_source}: {ev.date_text!r}"
    return f"{ev.date_source}, no time expression"


def sentence_block(k: int, article, start: int, end: int, pred) -> str:
    """Item k of part 1 as a blind judge reads it: the article id, the sentence's and
    the predicate's offsets and word, the publication day, the 300 characters before
    the sentence and the sentence (the record itself is in part 2)."""
    word = article.text[pred[0]:pred[1]]
    before = article.text[max(0, start - 300):start]
    return (f"\n#{k} {article.id} {start}-{end} predicate {pred[0]}-{pred[1]} '{word}' "
            f"published {published_label(article)}\n"
            f"  context: ...{before[-300:]!r}\n"
            f"  sentence: {article.text[start:end]!r}")


def draw(seed: int, n: int, everything: bool, records: Path | None = None,
         training_pool: bool = False, fresh: bool = False, every_kept: bool = False,
         prefixes: tuple[str, ...] = ()) -> None:
    rows = fresh_rows(prefixes) if fresh else corpus_rows()
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    rng = random.Random(seed + 1)
    cut = 0.0 if everything else threshold()
    picked = []

    # Articles labelled to train the reportable-event model are not held out, nor are
    # those of earlier event judgements (dev data by now).
    train = training_ids() | dev_ids()
    if training_pool:
        # Once every held-out article has been judged: draw from the training articles
        # (still leaving out earlier judgements). The model has seen their candidates, so
        # the real-event share there is flattered; actors, recipients, types and dates,
        # which it does not decide, are measured fairly.
        labelled, train = training_ids(), dev_ids()

    if fresh:
        # The fresh articles of earlier judgements are dev data (and, since model13,
        # training rows of the reportable model); they are left out.
        labelled, train, training_pool = set(), dev_ids(), False

    def articles():
        for k in order:
            if rows[k]["id"] not in train and (not training_pool or rows[k]["id"] in labelled):
                yield article_of(rows[k], k)

    for article, events, info in analyse(articles()):
        kept = [ev for ev in events if kept_at(ev, cut)]
        if not kept:
            continue
        # One record an article (the measure), or, once few unjudged articles
        # have any record at the threshold, every such record of each (a cluster sample).
        for ev in (kept if every_kept else [rng.choice(kept)]):
            picked.append((article, ev, info.get(ev.id, (None, (0, 0)))[1]))
        if len(picked) >= n:
            break
    print(f"# seed {seed}, n {n}, threshold {cut}; part 1: the sentences")
    for k, (article, ev, pred) in enumerate(picked, 1):
        print(sentence_block(k, article, ev.evidence.start, ev.evidence.end, pred))
    out = sys.stdout
    if records is not None:
        # A blind judge gets the sentences alone; the records go to their own file,
        # shown only after each sentence has been judged.
        out = records.open("w", encoding="utf-8")
        print(f"\n# part 2 (the records) is in {records}")
    print(f"# seed {seed}, n {n}, threshold {cut}; part 2: the records", file=out)
    for k, (article, ev, pred) in enumerate(picked, 1):
        print(f"#{k}\t{article.id}\t{ev.evidence.start}\t{ev.evidence.end}\t{pred[0]}\t"
              f"{pred[1]}\t{ev.type}\t{ev.cameo}\t{ev.modality}\tconf {ev.confidence:.3f}\t"
              f"actor {_refs(ev.actor)}\trecipient {_refs(ev.recipient)}\t"
              f"date {ev.date} ({_date_how(ev)})", file=out)
    if records is not None:
        out.close()


def read_labels(path: Path) -> list[dict]:
    out = []
    rejudge = False
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "article_id":
            # The rejudge sheet (scripts/rejudge_sample.py): article id, evidence
            # start/end, type, sentence real, record real, type right; no predicate.
            rejudge = True
            continue
        if rejudge:
            out.append({"article": cols[0], "start": int(cols[1]), "end": int(cols[2]),
                        "pred": None, "type": cols[3],
                        "event": int(cols[5]) if cols[5].strip() not in ("", "-") else None})
            continue
        row = {"article": cols[0], "start": int(cols[1]), "end": int(cols[2]),
               "pred": (int(cols[3]), int(cols[4])), "type": cols[5]}
        for name, value in zip(LABELS, cols[6:]):
            row[name] = None if value.strip() in ("-", "") else int(value)
        out.append(row)
    return out


def score(path: Path) -> None:
    rows = read_labels(path)
    n = len(rows)
    real = [r for r in rows if r["event"] == 1]
    k = len(real)
    lo, hi = wilson(k, n)
    print(f"{path.name}: {n} records; real events {k}/{n} = {k / n:.2f} [{lo:.2f}, {hi:.2f}]")
    for name in LABELS[1:]:
        judged = [r for r in real if r.get(name) is not None]
        if not judged:
            continue
        good = sum(r[name] for r in judged)
        lo, hi = wilson(good, len(judged))
        print(f"  of real events, {name}: {good}/{len(judged)} = {good / len(judged):.2f} "
              f"[{lo:.2f}, {hi:.2f}]")


def drawn_path(labels: Path) -> Path:
    """The file of the confidences the records of a label file had when they were drawn
    (drawn-SEED.tsv beside events-blind-SEED.tsv: article, predicate start and end,
    confidence; ids and numbers only). Not named events-*, so the readers of label files
    (reportable_data's JUDGED_FILES) never take it for one."""
    return labels.with_name(f"drawn-{labels.stem.removeprefix('events-blind-')}.tsv")


def read_drawn(path: Path) -> dict[tuple[str, int, int], float]:
    if not path.exists():
        raise SystemExit(f"{path}: no drawn confidences for this label file; write them from "
                         "the sheet's record list (article, pred_start, pred_end, confidence)")
    out = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            out[(cols[0], int(cols[1]), int(cols[2]))] = float(cols[3])
        except (IndexError, ValueError):
            raise SystemExit(f"{path}:{n}: want article, pred_start, pred_end, confidence "
                             "separated by tabs") from None
    return out


def real_at_cuts(paths: list[Path], cuts: list[float]) -> dict[float, tuple[int, int]]:
    """Real events among the judged records at or above each cut, each record taken at the
    confidence it had when drawn, pooled over the label files: {cut: (real, records)}."""
    out = {cut: (0, 0) for cut in cuts}
    for path in paths:
        drawn = read_drawn(drawn_path(path))
        for r in read_labels(path):
            if r["event"] is None or r["pred"] is None:
                continue
            conf = drawn.get((r["article"], r["pred"][0], r["pred"][1]))
            if conf is None:
                raise SystemExit(f"{drawn_path(path)}: no confidence for {r['article']} "
                                 f"{r['pred'][0]}-{r['pred'][1]}")
            for cut in cuts:
                if conf >= cut:
                    real, n = out[cut]
                    out[cut] = (real + r["event"], n + 1)
    return out


def score_at_cuts(paths: list[Path], cuts: list[float]) -> None:
    for cut, (real, n) in real_at_cuts(paths, cuts).items():
        lo, hi = wilson(real, n) if n else (0.0, 0.0)
        share = f"{real / n:.2f} [{lo:.2f}, {hi:.2f}]" if n else "-"
        print(f"at or above {cut:.2f}: real events {real}/{n} = {share}")


def judged_scores(rows: list[dict]) -> list[tuple]:
    """(model logit, label, current confidence, features) for each judged record found
    again."""
    from newsbrief.events.reportable import model

    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article"], []).append(r)
    wanted = [article_of(row, k) for k, row in rows_with_ids(by_article)]
    m = model()
    out = []
    missing = 0
    for article, events, info in analyse(wanted):
        for r in by_article[article.id]:
            same = [ev for ev in events
                    if (ev.evidence.start, ev.evidence.end) == (r["start"], r["end"])]
            # The same predicate; failing that (a sheet without one, or the predicate
            # chosen differently since), a record of the same type in the sentence.
            hit = next(((ev, info[ev.id][0]) for ev in same
                        if r["pred"] is not None and ev.id in info
                        and tuple(info[ev.id][1]) == tuple(r["pred"])), None)
            if hit is None:
                hit = next(((ev, info[ev.id][0]) for ev in same
                            if ev.type == r["type"] and ev.id in info), None)
            if hit is None or r["event"] is None:
                missing += 1
                continue
            out.append((m.logit(hit[1]), r["event"], hit[0].confidence, frozenset(hit[1]),
                        r["article"]))
    if missing:
        print(f"{missing} judged records not found again (the extractor changed)",
              file=sys.stderr)
    return out


# Indicators the calibration weighs beside the model's logit: the few that the
# model, trained on our own short sentences, under- or over-rates on real news.
# The last seven (2026-12-02, precision lane): a noun trigger that is no known event
# noun (reportable.EVENT_NOUNS), a simple present, a
# number or percentage in the sentence, an opinion verb above the trigger, an "as"
# clause, a non-finite verb in a clause of purpose or modification not asked for by its
# governor, a relative clause: where the blind judges found non-events most.
CALIBRATION_FEATURES = ("any_against", "type=AID", "type=AGREE", "type=RETREAT",
                        "under_reporting", "actor_kind=state", "noun_not_event", "simple_present",
                        "cue_number", "ancestor_opinion", "as_clause", "embedded_nonfinite",
                        "relative_clause")
CALIBRATION_L2 = 1.0


def _design(data):
    import numpy as np

    return np.array([[d[0]] + [1.0 if f in d[3] else 0.0 for f in CALIBRATION_FEATURES] + [1.0]
                     for d in data])


def fit_calibration(data) -> "list[float]":
    """L2-regularised logistic regression of the label on [logit, indicators, 1]."""
    import numpy as np

    X = _design(data)
    y = np.array([d[1] for d in data], dtype=float)
    reg = np.r_[np.full(X.shape[1] - 1, CALIBRATION_L2), 0.0]
    b = np.zeros(X.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-X @ b))
        g = X.T @ (p - y) + reg * b
        h = (X.T * (p * (1 - p))) @ X + np.diag(reg + 1e-6)
        step = np.linalg.solve(h, g)
        b -= step
        if abs(step).max() < 1e-8:
            break
    return [float(v) for v in b]


def _apply(b, data):
    import numpy as np

    return list(1 / (1 + np.exp(-_design(data) @ np.array(b))))


def calibrate(paths: list[Path], write: bool) -> None:
    from newsbrief.events.reportable import model

    m = model()
    if m is not None and m.dense:
        # The model reads the parse's token vectors, which this re-run does not keep:
        # its logits here would use the training mean, and a calibration fitted on them
        # would be wrong for the pipeline.
        sys.exit("the shipped reportable model has dense (tok2vec) weights: it is "
                 "calibrated by its training script; add the judged file to the "
                 "training data and run `python scripts/reportable_data.py rows --cache "
                 "DIR` then `python scripts/train_reportable.py --cache DIR --write`")
    data = judged_scores([r for path in paths for r in read_labels(path)])
    n = len(data)
    pos = sum(d[1] for d in data)

    def auc(scores):
        P = [s for s, y in scores if y]
        N = [s for s, y in scores if not y]
        return sum((p > q) + 0.5 * (p == q) for p in P for q in N) / max(1, len(P) * len(N))

    print(f"{n} judged records, {pos} real; AUC of the model logit "
          f"{auc([(d[0], d[1]) for d in data]):.3f}")
    # Ten-fold cross-validation: what the calibrated confidence is worth on records
    # it was not fitted on.
    # Folds by article, so no article's records are both fitted and scored.
    articles = sorted({d[4] for d in data})
    random.Random(3).shuffle(articles)
    fold = {a: k % 10 for k, a in enumerate(articles)}
    held = [0.0] * n
    for k in range(10):
        test = [i for i in range(n) if fold[data[i][4]] == k]
        b = fit_calibration([d for d in data if fold[d[4]] != k])
        for i, p in zip(test, _apply(b, [data[i] for i in test])):
            held[i] = p
    print(f"cross-validated AUC of the calibrated confidence "
          f"{auc([(held[i], data[i][1]) for i in range(n)]):.3f}")
    print("threshold  kept  real  precision [Wilson 95%]  (cross-validated)")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        kept = [data[i][1] for i in range(n) if held[i] >= t]
        if kept:
            lo, hi = wilson(sum(kept), len(kept))
            print(f"  {t:.2f}  {len(kept):4d}  {sum(kept):4d}  {sum(kept) / len(kept):.2f} "
                  f"[{lo:.2f}, {hi:.2f}]")
    b = fit_calibration(data)
    print("calibration:", {"a": round(b[0], 3), "b": round(b[-1], 3),
                           **{f: round(c, 3) for f, c in zip(CALIBRATION_FEATURES, b[1:-1])}})
    if write:
        raw = json.loads(MODEL.read_text("utf-8"))
        raw["calibration"] = {
            "a": round(b[0], 4), "b": round(b[-1], 4),
            "features": {f: round(c, 4) for f, c in zip(CALIBRATION_FEATURES, b[1:-1])},
            "judged": [p.name for p in paths], "records": n, "real": pos}
        MODEL.write_text(json.dumps(raw, indent=1) + "\n", "utf-8")
        print(f"wrote calibration to {MODEL}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("-n", type=int, default=100)
    d.add_argument("--all", action="store_true", help="ignore the default threshold")
    d.add_argument("--records", type=Path,
                   help="write part 2 (the records) to this file instead of after the "
                        "sentences, for a blind judge")
    d.add_argument("--training-pool", action="store_true",
                   help="draw from the articles labelled for training (once the held-out "
                        "ones are all judged); the real-event share is then flattered")
    d.add_argument("--every-kept", action="store_true",
                   help="every record at or above the threshold of each drawn article, "
                        "not one (a cluster sample: report intervals by article)")
    d.add_argument("--fresh", action="store_true",
                   help="draw from whole news articles outside the corpus (TempEval-3, "
                        "CoNLL-2003 dev, zyte pages, Reuters 2017, newspaper4k pages, "
                        "Wikinews 2019-2020, AllSides world news: "
                        "scripts/fresh_pool.py), held out "
                        "from every rule and model")
    d.add_argument("--prefix", action="append", default=[], metavar="PREFIX",
                   choices=fresh_pool.PREFIXES,
                   help="with --fresh: only the articles of this source (e.g. wkn-); "
                        "give it again for more")
    s = sub.add_parser("score")
    s.add_argument("labels", type=Path, nargs="+")
    s.add_argument("--cut", type=float, action="append", default=[],
                   help="also the real events at or above this confidence, pooled over the "
                        "label files, each record at the confidence it was drawn with "
                        "(drawn-SEED.tsv beside events-blind-SEED.tsv)")
    c = sub.add_parser("calibrate")
    c.add_argument("labels", type=Path, nargs="+")
    c.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        if args.prefix and not args.fresh:
            ap.error("--prefix chooses among the fresh sources: give --fresh too")
        draw(args.seed, args.n, args.all, args.records, args.training_pool, args.fresh,
             args.every_kept, tuple(args.prefix))
    elif args.cmd == "score":
        for path in args.labels:
            score(path)
        if args.cut:
            score_at_cuts(args.labels, args.cut)
    else:
        calibrate(args.labels, args.write)


if __name__ == "__main__":
    main()
