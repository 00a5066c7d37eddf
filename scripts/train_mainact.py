"""Fit the ranking of an article's records as its main acts (events/mainact.py).

    python scripts/train_mainact.py --cache /work/stores/mainact-cache.pkl [--write]
    python scripts/train_mainact.py --cache /work/stores/mainact-cache.pkl --rebuild [--write]
    python scripts/train_mainact.py --cache /work/stores/mainact-cache.pkl --by-list

Rows: every record of the articles of the key-event lists (eval/judgements/
key-events*.tsv), as the pipeline makes them (`judge_events.analyse`; cached in
`--cache`, built when missing: about 10 minutes). The cache is stamped with the tree
that built it (`tree_stamp`: a hash of src/newsbrief's code and data, the model file
this script writes left out, and the spaCy version); a cache from another tree is
refused, since its records are not the ones the running code makes. `--rebuild`
analyses the articles again on the current tree and writes the cache anew (the one
command for a refit after the code moved). A record is a positive when it has
the type and an actor of the country of one of its article's listed key events (as
`eval_issue11.py keyevents` matches them); every other record of the article is a
negative. The features are `mainact.features` (relative to the article); the model is
an L2-regularised logistic regression on standardised features, fitted by Newton steps.

Prints, five folds by article (never scored on what was fitted), the key events found
at the threshold before and after the rule (an article's highest-ranked records that
are `mainact.eligible` kept, `mainact.choose`), by floor, and how many records the rule newly keeps
(and per article); the key events of each source apart (`source_of`: the abw- lists, the
closest to the blind tests, are a small share of the pool and move unseen in its total). With
`--by-list`, also each key list scored by a model fitted on the other lists only
(`list_folds`, `held_out_by_list`): a new list is drawn from other articles by other judges,
so a fold by list is the measure a refit meets on the next held-out list, where folds by
article let a list's own articles and judges into the fit. With
`--write`, the model fitted on every article goes to
src/newsbrief/events/data/mainact_model.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from judge_events import (  # noqa: E402
    analyse, article_of, key_matches, key_of, rows_with_ids, threshold)

from fresh_pool import PREFIXES  # noqa: E402

from newsbrief.events import mainact  # noqa: E402
from newsbrief.records import Event  # noqa: E402

OUT = ROOT / "src/newsbrief/events/data/mainact_model.json"
FOLDS = 5
L2 = 1.0


def source_of(article_id: str) -> str:
    """The source a key event's article comes from, for the figures by source: the fresh
    source's prefix (abw-, rtr-, ...), else the corpus."""
    return next((p.rstrip("-") for p in PREFIXES if article_id.startswith(p)), "corpus")


def key_files(folder: Path = ROOT / "eval/judgements") -> list[Path]:
    return sorted(folder.glob("key-events*.tsv"))


def key_lines(folder: Path = ROOT / "eval/judgements") -> list[tuple[str, set[str], set[str]]]:
    out = []
    for path in key_files(folder):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                c = line.split("\t")
                out.append((c[0], *key_of(c)))
    return out


def list_folds(folder: Path = ROOT / "eval/judgements") -> dict[str, str]:
    """Each key-list article's list (its file's name without the suffix): the folds of
    `--by-list`. An article listed by two files is its first list's."""
    out: dict[str, str] = {}
    for path in key_files(folder):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.setdefault(line.split("\t")[0], path.stem)
    return out


def held_out_by_list(ids: list[str], fold: dict[str, str], feats: dict[str, list[dict]],
                     labels: dict[str, list[bool]], names: list[str],
                     events: dict[str, tuple[list[Event], int, int]],
                     titles: dict[str, str | None] | None = None) -> dict[str, list[float]]:
    """Each article's ranking scores from a model fitted on the articles of the other
    key lists only (`fold`: `list_folds`; `titles`: each article's title, which the
    ranking reads)."""
    titles = titles or {}
    out: dict[str, list[float]] = {}
    for name in sorted({fold[a] for a in ids}):
        train = [a for a in ids if fold[a] != name]
        w, b = fit([f for a in train for f in feats[a]], [x for a in train for x in labels[a]],
                   names)
        learned = mainact.MainActModel(w, b, 0.0, 1)
        for a in ids:
            if fold[a] == name:
                out[a] = mainact.ranking(events[a][0], events[a][1], learned, titles.get(a))
    return out


CACHE_FORMAT = 2  # 2: {"format", "tree", "articles": {id: (records, length, lead)}}


def tree_stamp(src: Path = ROOT / "src/newsbrief", leave_out: Path = OUT) -> str:
    """What the cached records depend on: every code and data file of the package (the
    main-act model file left out: this script writes it, and `mainact.features` reads
    nothing the model decides) and the spaCy version that parses the articles."""
    import spacy

    digest = hashlib.sha256(spacy.__version__.encode())
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts or path == leave_out:
            continue
        digest.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def write_cache(cache: Path, articles: dict[str, tuple[list[dict], int, int]],
                tree: str) -> None:
    """The cache `read_cache` reads: each article's records (as dicts), text length and
    main-act lead, stamped with the tree that made them."""
    cache.write_bytes(pickle.dumps({"format": CACHE_FORMAT, "tree": tree,
                                    "articles": articles}))


def read_cache(cache: Path, ids: list[str], tree: str) -> dict[str, tuple[list[dict], int, int]]:
    """The articles `write_cache` wrote, once checked to be this format, from this tree
    and holding every article of the lists; else an error line that says what to do."""
    again = "run again with --rebuild to analyse the articles on this tree (about 10 minutes)"
    try:
        raw = pickle.loads(cache.read_bytes())
    except (pickle.UnpicklingError, EOFError, AttributeError, ValueError) as e:
        sys.exit(f"Error: --cache {cache} is not a cache this script wrote ({e}); remove it, "
                 f"give another path or {again}")
    if not isinstance(raw, dict) or raw.get("format") != CACHE_FORMAT:
        sys.exit(f"Error: --cache {cache} is in an older format (written before the tree "
                 f"stamp, or without each article's lead, fixC); remove it or {again}")
    if raw["tree"] != tree:
        sys.exit(f"Error: --cache {cache} was built from another tree (stamp {raw['tree']}, "
                 f"this tree {tree}): its records are not the ones the code now makes; {again}")
    missing = [i for i in ids if i not in raw["articles"]]
    if missing:
        sys.exit(f"Error: --cache {cache} lacks {len(missing)} articles of the key-event "
                 f"lists (e.g. {missing[0]}): it was built from older lists; remove it or {again}")
    return raw["articles"]


def records(ids: list[str], cache: Path,
            rebuild: bool = False) -> dict[str, tuple[list[Event], int, int]]:
    """Each article's records, its length and its main act's lead (extract.main_act_lead),
    as shipping chooses with them: read from `cache`, or made on this tree (and cached)
    when it is missing or `rebuild` is asked."""
    tree = tree_stamp()
    if cache.exists() and not rebuild:
        raw = read_cache(cache, ids, tree)
    else:
        leads: dict[str, int] = {}
        raw = {a.id: ([e.to_dict() for e in events], len(a.text), leads[a.id])
               for a, events, _ in analyse((article_of(r, k) for k, r in rows_with_ids(ids)),
                                           leads=leads)}
        write_cache(cache, raw, tree)
    return {k: ([Event.from_dict(e) for e in evs], n, lead) for k, (evs, n, lead) in raw.items()}


def titles_of(ids: list[str]) -> dict[str, str | None]:
    """Each article's title (`mainact.features` reads it), from the corpus and fresh
    rows: read anew rather than cached, so a cache of records made before the title was
    read serves as well."""
    titles: dict[str, str | None] = {i: None for i in ids}
    titles.update({r["id"]: r.get("title") for _, r in rows_with_ids(ids)})
    return titles


def fit(rows: list[dict[str, float]], labels: list[bool], names: list[str]):
    """Weights (raw feature units) and bias of a logistic regression."""
    X = np.array([[r.get(n, 0.0) for n in names] for r in rows])
    y = np.array(labels, float)
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Xs = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    w = np.zeros(Xs.shape[1])
    reg = L2 * np.eye(len(w))
    reg[-1, -1] = 1e-6
    for _ in range(100):
        p = 1 / (1 + np.exp(-(Xs @ w)))
        g = Xs.T @ (p - y) + reg @ w
        H = (Xs * (p * (1 - p))[:, None]).T @ Xs + reg
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    raw = w[:-1] / sd
    return {n: float(v) for n, v in zip(names, raw)}, float(w[-1] - (raw * mu).sum())


def model_file(weights: dict[str, float], bias: float, floor: float, top: int,
               cut: float) -> dict:
    """The model file's content (src/newsbrief/events/data/mainact_model.json)."""
    return {
        "source": "scripts/train_mainact.py on the records of the articles of "
                  "eval/judgements/key-events*.tsv; a record is a positive when it has a "
                  "listed key event's type and actor country (EVALUATION.md, keyev18)",
        # the key floor's margin under the threshold (records.KEY_MARGIN): the threshold
        # trained at less the floor, so the two move together
        "floor": floor, "key_margin": round(cut - floor, 4), "top": top,
        "bias": round(bias, 4), "weights": {n: round(v, 4) for n, v in sorted(weights.items())}}


def by_list(ids, by_article, recs, feats, labels, names, floor: float, top: int,
            cut: float, titles: dict[str, str | None] | None = None) -> None:
    """Print, for each key list, its key events at the threshold and with the key mark
    chosen by a model fitted without the list (`held_out_by_list`), at `floor` and `top`."""
    fold = list_folds()
    scores = held_out_by_list(ids, fold, feats, labels, names, recs, titles)
    total = [0, 0, 0]
    for name in sorted({fold[a] for a in ids}):
        at = marked = n = 0
        for a in (a for a in ids if fold[a] == name):
            events = recs[a][0]
            chosen = mainact.choose(events, scores[a], top, floor, recs[a][2])
            for types, countries in by_article[a]:
                n += 1
                hit = any(e.confidence >= cut and key_matches(e, types, countries) for e in events)
                at += hit
                marked += hit or any(key_matches(events[i], types, countries) for i in chosen)
        total = [total[0] + at, total[1] + marked, total[2] + n]
        print(f"held out by list, {name}: key events at the threshold {at} -> {marked} of {n}")
    print(f"held out by list, every list: {total[0]} -> {total[1]} of {total[2]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True,
                    help="the records of the key-event articles (built when missing)")
    ap.add_argument("--rebuild", action="store_true",
                    help="analyse the articles again on this tree and write --cache anew")
    ap.add_argument("--write", action="store_true",
                    help="write the model fitted on every article to " + str(OUT.relative_to(ROOT)))
    ap.add_argument("--floor", type=float, default=0.55)
    ap.add_argument("--top", type=int, default=1)
    ap.add_argument("--by-list", action="store_true",
                    help="also score each key list with a model fitted on the other lists only")
    args = ap.parse_args(argv)
    if not args.cache.exists() and not args.cache.parent.is_dir():
        ap.error(f"--cache {args.cache}: no folder {args.cache.parent} to write the cache in; "
                 "create it or give a path in an existing folder")
    if not 0.0 <= args.floor <= 1.0:
        ap.error(f"--floor {args.floor}: a confidence, give a number from 0 to 1")
    if args.top < 1:
        ap.error(f"--top {args.top}: how many top-ranked records may be key, give 1 or more")
    lines = key_lines()
    by_article = defaultdict(list)
    for art, types, countries in lines:
        by_article[art].append((types, countries))
    ids = sorted(by_article)
    recs = records(ids, args.cache, args.rebuild)
    titles = titles_of(ids)
    feats = {a: mainact.features(recs[a][0], recs[a][1], titles[a]) for a in ids}
    labels = {a: [any(key_matches(e, t, c) for t, c in by_article[a]) for e in recs[a][0]]
              for a in ids}
    names = sorted({n for a in ids for f in feats[a] for n in f})
    order = ids[:]
    random.Random(18).shuffle(order)
    fold = {a: i % FOLDS for i, a in enumerate(order)}
    cut = threshold()
    out_of_fold: dict[str, list[float]] = {}
    for k in range(FOLDS):
        train = [a for a in ids if fold[a] != k]
        w, b = fit([f for a in train for f in feats[a]], [x for a in train for x in labels[a]],
                   names)
        learned = mainact.MainActModel(w, b, 0.0, 1)
        for a in ids:
            if fold[a] == k:
                out_of_fold[a] = mainact.ranking(recs[a][0], recs[a][1], learned, titles[a])
    print(f"{len(lines)} key events in {len(ids)} articles, "
          f"{sum(len(recs[a][0]) for a in ids)} records; threshold {cut}")
    events_of = Counter(source_of(a) for a, _, _ in lines)
    for floor in (0.5, 0.55, 0.6, 0.65):
        for top in (1, 2):
            found0, found1 = Counter(), Counter()
            kept = 0
            for a in ids:
                events, scores = recs[a][0], out_of_fold[a]
                new = [events[i] for i in mainact.choose(events, scores, top, floor, recs[a][2])
                       if events[i].confidence < cut]
                kept += len(new)
                for types, countries in by_article[a]:
                    at = any(e.confidence >= cut and key_matches(e, types, countries) for e in events)
                    found0[source_of(a)] += at
                    found1[source_of(a)] += at or any(key_matches(e, types, countries) for e in new)
            print(f"floor {floor:.2f} top {top}: key events at the threshold "
                  f"{sum(found0.values())} -> {sum(found1.values())} of {len(lines)} (out of "
                  f"fold); records newly kept {kept} ({kept / len(ids):.2f} an article); by "
                  "source " + ", ".join(f"{s} {found0[s]} -> {found1[s]}/{n}"
                                        for s, n in sorted(events_of.items())))
    if args.by_list:
        by_list(ids, by_article, recs, feats, labels, names, args.floor, args.top, cut, titles)
    w, b = fit([f for a in ids for f in feats[a]], [x for a in ids for x in labels[a]], names)
    print("weights:", ", ".join(f"{n} {v:+.2f}" for n, v in sorted(w.items(), key=lambda t: -abs(t[1]))))
    if args.write:
        OUT.write_text(json.dumps(model_file(w, b, args.floor, args.top, cut), indent=1) + "\n",
                       "utf-8")
        print(f"wrote {OUT}")
        from newsbrief.records import KEY_MARGIN
        margin = model_file(w, b, args.floor, args.top, cut)["key_margin"]
        if margin != KEY_MARGIN:
            print(f"the key margin is now {margin}: set records.KEY_MARGIN (src/newsbrief/"
                  f"records.py, now {KEY_MARGIN}) to it, or the kept rule keeps the old floor",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
