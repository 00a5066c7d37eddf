"""scripts/eval_issue11.py: the one-to-one count of key events (records invented here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load():
    sys.path.insert(0, str(SCRIPTS))  # the script imports judge_events beside it
    try:
        spec = importlib.util.spec_from_file_location("eval_issue11", SCRIPTS / "eval_issue11.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.pop(0)


def _rec(type_: str, country: str | None):
    return SimpleNamespace(type=type_, actor=[SimpleNamespace(country=country)])


def test_one_record_answers_one_key_line_only():
    mod = _load()
    lines = [["a1", "ACCUSE", "USA"], ["a1", "ACCUSE", "USA"], ["a1", "SUPPORT", "-"]]
    results = {"a1": [_rec("ACCUSE", "USA"), _rec("SUPPORT", "GBR")]}
    # the plain count finds all three (one accusation answers both ACCUSE lines); one to one, two
    assert mod._matched_once(lines, results, lambda e: True) == 2
    results["a1"].append(_rec("ACCUSE", "USA"))
    assert mod._matched_once(lines, results, lambda e: True) == 3


def test_matching_moves_a_record_to_the_line_only_it_can_answer():
    mod = _load()
    # record 0 fits both lines, record 1 only the first: a greedy pass that gives record 0
    # to the first line finds one; the matching finds two
    lines = [["a1", "ACCUSE|REJECT", "USA"], ["a1", "REJECT", "USA"]]
    results = {"a1": [_rec("REJECT", "USA"), _rec("ACCUSE", "USA")]}
    assert mod._matched_once(lines, results, lambda e: True) == 2
    assert mod._matched_once(lines, results, lambda e: e.type == "REJECT") == 1
