"""scripts/score_dates.py: how a record's date is matched against a gold date (values
invented here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load():
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location("score_dates", SCRIPTS / "score_dates.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(SCRIPTS))


@pytest.mark.parametrize("gold, record, ok", [
    ("2024-03-05", "2024-03-05", True),
    ("2024-03-05", "2024-03", False),  # a month is not the day the text gives
    ("none", None, True),
    ("none", "2024-03-05", False),
    ("2024-03-05|none", None, True),
    ("2024-W11", "2024-03", True),   # 11-17 March: the whole week lies in March
    ("2024-W09", "2024-02", False),  # 26 February - 3 March straddles two months
    ("2024-W09", "2024-03", False),
    ("2024-W09", None, False),
])
def test_a_record_date_matches_a_gold_date(gold, record, ok):
    assert _load().matches(gold, record) is ok
