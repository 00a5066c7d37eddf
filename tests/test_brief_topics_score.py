"""scripts/brief_topics.py score: counts a filled judging sheet (rows invented here)."""

from __future__ import annotations

import argparse
import csv
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "brief_topics.py"


def _load():
    spec = importlib.util.spec_from_file_location("brief_topics", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_score_counts_true_statements_and_good_top_rows(tmp_path, capsys):
    mod = _load()
    rows = [
        # topic, top ten?, true, real, important, right date
        ("iran", "y", "y", "y", "y", "y"),
        ("iran", "y", "n", "y", "y", "n"),
        ("iran", "", "y", "", "", ""),
        ("iran", "", "", "", "", ""),  # left blank: not counted
        ("syria", "y", "y", "y", "n", "y"),
    ]
    sheet = tmp_path / "sheet.tsv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, mod.COLUMNS, delimiter="\t")
        w.writeheader()
        for i, (topic, top, true, real, imp, day) in enumerate(rows):
            w.writerow({"topic": topic, "n": i, "section": "x", "top10": top, "date": "",
                        "statement": "s", "cites": "a:0-1", "true": true, "real": real,
                        "important": imp, "right_date": day, "note": ""})
    mod.score(argparse.Namespace(sheet=str(sheet)))
    out = capsys.readouterr().out
    assert "iran\t2/3\t0.67\t1/10" in out
    assert "syria\t1/1\t1.00\t0/10" in out
    assert "all\t3/4\t0.75" in out and "1/20" in out
    lo, hi = mod.wilson(3, 4)
    assert 0.2 < lo < 0.75 < hi <= 1.0
