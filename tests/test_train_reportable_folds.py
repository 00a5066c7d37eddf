"""scripts/train_reportable.py measures a model with the key events as weak labels
(`--key-weight`) against one without on the same folds by article (keyconf22): an
article's fold does not depend on which of its rows are labelled."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("train_reportable",
                                                  ROOT / "scripts/train_reportable.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _rows(n_articles: int, labelled_articles: set[int]) -> list[dict]:
    rows = []
    for a in range(n_articles):
        for i in range(3):
            lab = a in labelled_articles and i == 0
            rows.append({"article": f"art{a:03d}", "features": ["bias", f"f{i}"],
                         "event": (a + i) % 2 if lab else None, "source": "labels-x.tsv"
                         if lab else None, "dense": None})
    return rows


CFG = {"l2": 1.0, "l2_dense": 100.0, "dense": False, "team": 0.0}


def _fold_map(tr, everything) -> dict[str, int]:
    labelled = [r for r in everything if r["event"] is not None]
    data = tr.Training(labelled, everything, CFG)
    fold, fold_all = data.folds(5)
    by_row = dict(zip(data.all_articles, fold_all))
    assert all(by_row[a] == f for a, f in zip(data.articles, fold))  # one map for both
    return by_row


def test_key_rows_leave_every_article_in_its_fold():
    tr = _trainer()
    plain = _rows(40, set(range(30)))  # 30 labelled articles, 10 key-event ones
    keyed = _rows(40, set(range(30)))
    for r in keyed:  # what KeyEvents.key_rows does: unlabelled rows of key articles as real
        if int(r["article"][3:]) >= 30 and r["features"][1] == "f1":
            r["event"], r["source"], r["weight"] = 1, "key-events", 0.5
    before, after = _fold_map(tr, plain), _fold_map(tr, keyed)
    assert before == after
    # every fold holds articles, labelled and not
    assert set(before.values()) == set(range(5))


def test_folds_are_drawn_by_article():
    tr = _trainer()
    fold_of = _fold_map(tr, _rows(25, set(range(25))))
    counts = np.bincount(list(fold_of.values()), minlength=5)
    assert counts.tolist() == [5, 5, 5, 5, 5]


def test_every_fresh_file_the_training_reads_is_committed():
    sys.path.insert(0, str(ROOT / "scripts"))
    import reportable_data

    judged = ROOT / "eval/judgements"
    missing = [n for n in reportable_data.FRESH_FILES if not (judged / n).exists()]
    assert not missing, f"FRESH_FILES names files that are not in eval/judgements: {missing}"
    assert len(set(reportable_data.FRESH_FILES)) == len(reportable_data.FRESH_FILES)


def _judged(files: dict[str, list[str]]) -> list[dict]:
    return [{"article": a, "features": ["bias"], "event": 1, "source": f, "dense": None}
            for f, arts in files.items() for a in arts]


def test_file_groups_join_a_rejudge_to_its_test_and_leave_corpus_articles_out():
    tr = _trainer()
    labelled = _judged({"events-blind-1.tsv": ["abw-a", "abw-b"],
                        "events-blind-2.tsv": ["abw-b", "abw-c"],  # rejudges abw-b
                        "events-blind-3.tsv": ["rtr-d"],
                        "labels-x.tsv": ["corpus-e"]})
    keys = [{"file": "key-events-blind-4.tsv", "article": "abo-f"},
            {"file": "key-events-blind-4.tsv", "article": "abo-g"}]
    groups = tr.file_groups(labelled, keys)
    assert groups["abw-a"] == groups["abw-b"] == groups["abw-c"]
    assert groups["rtr-d"] != groups["abw-a"]
    assert groups["abo-f"] == groups["abo-g"] not in (groups["abw-a"], groups["rtr-d"])
    assert "corpus-e" not in groups


def test_folds_by_file_hold_out_whole_files():
    tr = _trainer()
    files = {f"events-blind-{n}.tsv": [f"abw-{n}-{i}" for i in range(6)] for n in range(10)}
    everything = _judged(files) + _rows(10, set(range(10)))
    labelled = [r for r in everything if r["event"] is not None]
    by_article = tr.Training(labelled, everything, CFG)
    by_file = tr.Training(labelled, everything, CFG, groups=tr.file_groups(labelled))
    for data, whole in ((by_article, False), (by_file, True)):
        fold, _ = data.folds(5)
        fold_of = dict(zip(data.articles, fold))
        one_fold = all(len({fold_of[a] for a in arts}) == 1 for arts in files.values())
        assert one_fold is whole
    fold, _ = by_file.folds(5)
    # the corpus articles keep folds by article, spread over all five
    assert len({f for a, f in zip(by_file.articles, fold) if a.startswith("art")}) == 5


def test_rows_follow_takes_the_articles_in_the_order_parse_writes_them():
    sys.path.insert(0, str(ROOT / "scripts"))
    import reportable_data

    # A fresh article's index is its place in the fresh pool (here 1 and 7), which is
    # smaller than most corpus lines: it still comes after every corpus article.
    index = {"corpus-a": 40, "abo-x": 1, "corpus-b": 3, "rtr-y": 7, "corpus-c": 900}
    order = reportable_data.parse_order(["abo-x", "corpus-c", "rtr-y", "corpus-a",
                                         "corpus-b", "unknown"], index)
    assert order == ["unknown", "corpus-b", "corpus-a", "corpus-c", "abo-x", "rtr-y"]


class _Keys:
    """A key list stand-in: one list of fresh key events, each found by one record."""

    def __init__(self, hits: list[int]):
        self.hits = hits

    def files(self):
        return ["key-events-blind-9.tsv"]

    def fresh_file(self, file):
        return True

    def count(self, files):
        return len(self.hits)

    def found(self, conf_all, t, files):
        return sum(bool(conf_all[i] >= t) for i in self.hits)


def test_against_shipped_scores_both_models_on_the_files_the_shipped_one_never_saw():
    tr = _trainer()
    # Two files: the shipped model was trained on "old", not on "new". The stored
    # confidence ranks new's rows badly (one tie: AUC 1/8), the fit's out-of-fold one well.
    rows = []
    for n, (event, stored, fitted) in enumerate([(1, 0.9, 0.95), (0, 0.9, 0.5),
                                                 (1, 0.6, 0.85), (0, 0.95, 0.55)]):
        rows.append({"article": f"abo-new{n}", "event": event, "confidence": stored,
                     "source": "events-blind-new.tsv"})
    rows.append({"article": "abo-old0", "event": 0, "confidence": 0.99,
                 "source": "events-blind-old.tsv"})
    rows.append({"article": "corpus-1", "event": 0, "confidence": 0.99,
                 "source": "labels-x.tsv"})
    held = np.array([0.95, 0.5, 0.85, 0.55, 0.99, 0.99])
    out = tr.against_shipped(rows, held, rows, held, _Keys([2]),
                             {"events-blind-old.tsv"}, 0.77)
    assert out["files"] == ["events-blind-new.tsv"]
    assert (out["records"], out["real"]) == (4, 2)
    assert out["shipped"]["at_cut"] == (1, 3) and out["this fit"]["at_cut"] == (2, 2)
    assert out["shipped"]["auc"] == 0.125 and out["this fit"]["auc"] == 1.0
    assert out["shipped"]["key_events"] == 0 and out["this fit"]["key_events"] == 1
    assert out["this fit"]["lowest_cut_090"] == 0.56
