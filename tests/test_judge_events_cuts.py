"""scripts/judge_events.py score --cut: real events among judged records at or above a
cut, each at the confidence it was drawn with (label and drawn files invented here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "judge_events.py"


def _load():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("judge_events", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(tmp_path: Path, name: str, rows: list[tuple[str, int, float, int]]) -> Path:
    labels = tmp_path / f"{name}.tsv"
    labels.write_text("# article\tev_start\tev_end\tpred_start\tpred_end\ttype\tevent\n" + "".join(
        f"{a}\t0\t50\t{p}\t{p + 5}\tACCUSE\t{real}\t1\t1\t1\t1\n" for a, p, _, real in rows), "utf-8")
    (tmp_path / f"drawn-{name.removeprefix('events-blind-')}.tsv").write_text("# drawn\n" + "".join(
        f"{a}\t{p}\t{p + 5}\t{conf}\n" for a, p, conf, _ in rows), "utf-8")
    return labels


def test_real_events_at_each_cut_are_pooled_over_files(tmp_path):
    mod = _load()
    one = _write(tmp_path, "events-blind-1", [("a1", 3, 0.95, 1), ("a1", 20, 0.78, 0),
                                              ("a2", 4, 0.60, 0)])
    two = _write(tmp_path, "events-blind-2", [("b1", 7, 0.79, 1), ("b2", 9, 0.81, 1)])
    got = mod.real_at_cuts([one, two], [0.77, 0.79, 0.9])
    assert got == {0.77: (3, 4), 0.79: (3, 3), 0.9: (1, 1)}


def test_a_record_with_no_drawn_confidence_is_an_error_that_names_it(tmp_path):
    mod = _load()
    labels = _write(tmp_path, "events-blind-3", [("c1", 3, 0.9, 1)])
    (tmp_path / "drawn-3.tsv").write_text("c1\t99\t104\t0.9\n", "utf-8")
    with pytest.raises(SystemExit, match="c1 3-8"):
        mod.real_at_cuts([labels], [0.77])
