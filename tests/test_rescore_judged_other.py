"""scripts/rescore_judged.py --against: the unjudged records it lists for reading include
those whose date moved (records invented here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "rescore_judged.py"


def _load():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("rescore_judged", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rec(start, date, actor="the council", recipient=None, typ="ACCUSE"):
    return {"evidence": [start, start + 40], "pred": [start + 5, start + 12], "type": typ,
            "actor": actor, "recipient": recipient, "date": date, "word": "blamed",
            "conf": 0.8, "text": "made-up sentence"}


def test_a_moved_date_on_an_unjudged_record_is_listed():
    mod = _load()
    before = {"a1": [_rec(0, "2020-01-02"), _rec(100, "2020-01-02"), _rec(200, None)]}
    current = {"a1": [_rec(0, "2020-01-02"), _rec(100, None), _rec(200, None, actor="the mayor")]}
    moves = mod.other_moves(before, current, judged_keys=set())
    assert [(key[0][0], what) for _art, key, _a, _b, what in moves] == [
        (100, ["date"]), (200, ["roles"])]


def test_judged_unchanged_new_and_gone_records():
    mod = _load()
    before = {"a1": [_rec(0, "2020-01-02"), _rec(100, "2020-01-02")]}
    current = {"a1": [_rec(0, None), _rec(300, "2020-01-03")]}
    judged = {("a1", mod._key(_rec(0, None)))}
    moves = mod.other_moves(before, current, judged_keys=judged)
    # the judged record is left to the judged listing; one gone, one new
    assert sorted((key[0][0], a is None, b is None) for _art, key, a, b, _w in moves) == [
        (100, False, True), (300, True, False)]
