"""Does a set of labels help the reportable-event model? Same folds, with and without.

    python scripts/compare_reportable.py --cache DIR --without labels-71523.tsv

Cross-validation folds by article over every labelled candidate of DIR/rows.pkl
(scripts/reportable_data.py rows); in each fold the model is trained on the other
folds' labels (a) all of them, (b) without the labels of the named files, and both are
scored on the same held-out fold (AUC of the logits, so no calibration is needed; the
precision figures use each fold's Platt calibration on inner out-of-fold logits).
Also prints the shipped model's confidence (the rows' stored `confidence`) on the named
files' labels, which it never saw when they were drawn after it was trained.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_reportable import (  # noqa: E402
    LEFT_OUT_CORPUS, L2, L2_DENSE, TEAM, Training, auc, folds_by_article, platt,
    sigmoid, load_team, wilson)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--without", action="append", required=True, metavar="FILE")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--team", type=float, default=TEAM)
    args = ap.parse_args()
    with (args.cache / "rows.pkl").open("rb") as f:
        everything = pickle.load(f)
    labelled = [r for r in everything if r["event"] is not None]
    cfg = {"l2": L2, "l2_dense": L2_DENSE, "dense": True, "team": args.team,
           "left_out": LEFT_OUT_CORPUS}
    team = load_team(args.cache) if args.team else None
    y = np.array([r["event"] for r in labelled])
    new = np.array([r["source"] in args.without for r in labelled])
    fold = folds_by_article([r["article"] for r in labelled], args.cv)
    z = {"with": np.zeros(len(labelled)), "without": np.zeros(len(labelled))}
    p = {"with": np.zeros(len(labelled)), "without": np.zeros(len(labelled))}
    for f in range(args.cv):
        test = np.where(fold == f)[0]
        for name, keep in (("with", fold != f), ("without", (fold != f) & ~new)):
            rows = [r for r, k in zip(labelled, keep) if k]
            data = Training(rows, [], cfg, team)
            idx = np.arange(data.n)
            model = data.fit(idx)
            a, b = platt(data.oof_logits(idx, 3, seed=f)[1.0], data.y[:data.n])
            from train_reportable import design
            X = design([labelled[i] for i in test], data.names, cfg["dense"])
            z[name][test] = model.logits(X)
            p[name][test] = sigmoid(a * z[name][test] + b)
        print(f"fold {f}: done", file=sys.stderr)
    stored = np.array([r.get("confidence") or 0.0 for r in labelled])
    print(f"{len(labelled)} labelled ({y.sum()} real), {new.sum()} of them in "
          f"{args.without} ({y[new].sum()} real); {args.cv} folds by article")
    for subset, m in (("all labels", np.ones(len(y), bool)), ("named files", new),
                      ("other labels", ~new)):
        print(f"{subset}: AUC with {auc(z['with'][m], y[m]):.3f}, without "
              f"{auc(z['without'][m], y[m]):.3f}, shipped model's stored confidence "
              f"{auc(stored[m], y[m]):.3f}")
        for t in (0.5, 0.6, 0.7):
            parts = []
            for name in ("with", "without"):
                k = m & (p[name] >= t)
                lo, hi = wilson(int(y[k].sum()), int(k.sum()))
                parts.append(f"{name} {int(y[k].sum())}/{int(k.sum())} = "
                             f"{y[k].mean() if k.any() else 0:.3f} [{lo:.2f}, {hi:.2f}] "
                             f"recall {y[k].sum() / max(1, y[m].sum()):.2f}")
            k = m & (stored >= t)
            parts.append(f"shipped {int(y[k].sum())}/{int(k.sum())} = "
                         f"{y[k].mean() if k.any() else 0:.3f} recall "
                         f"{y[k].sum() / max(1, y[m].sum()):.2f}")
            print(f"  at {t}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
