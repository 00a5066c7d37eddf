"""Pair mode: input checking (no model), the CLI, and the dev-set quality gate."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsbrief.errors import InputFailure
from newsbrief.events.classify import Pair, read_pairs

from conftest import ROOT, shared_path  # noqa: E402

# Macro-F1 floor on ../shared/data/plover/dev_pairs.jsonl (measured 2026-11-27: see
# EVALUATION.md). Lowering it is a visible, explained change.
DEV_MACRO_F1_FLOOR = 0.84  # measured 0.864
GSR_MACRO_F1_FLOOR = 0.72  # measured 0.749

OWN_PAIRS = [
    {"id": "p1", "text": "Norway imposed new sanctions on Freedonia on Monday.",
     "source": [0, 6], "target": [32, 41]},
    {"id": "p2", "text": "The Freedonian army shelled villages near the border with Norway.",
     "source": [0, 19], "target": [28, 36]},
    {"id": "p3", "text": "Ruritania's foreign minister met his Norwegian counterpart in Geneva.",
     "source": [0, 28], "target": [33, 58]},
    {"id": "p4", "text": "Norway released twelve fishermen it had detained off Freedonia.",
     "source": [0, 6], "target": [16, 32]},
]
EXPECTED = {"p1": "COERCE", "p2": "ASSAULT", "p3": "CONSULT", "p4": "RETREAT"}


def test_own_pairs_have_valid_offsets():
    for p in OWN_PAIRS:
        assert p["text"][slice(*p["source"])].strip() and p["text"][slice(*p["target"])].strip()


def test_read_pairs_reports_bad_lines_and_keeps_going():
    lines = [json.dumps(OWN_PAIRS[0]), "{not json", json.dumps({"id": "x", "text": "a b"}),
             json.dumps({"id": "y", "text": "ab", "source": [0, 1], "target": [1, 9]}),
             "", json.dumps(OWN_PAIRS[1])]
    items = list(read_pairs(lines, "in.jsonl"))
    assert isinstance(items[0], Pair) and items[0].source == (0, 6)
    assert [type(i) for i in items[1:4]] == [InputFailure] * 3
    assert items[1].where == "in.jsonl:2" and "JSON" in items[1].what
    assert "'source'" in items[2].what
    assert "outside the text" in items[3].what and items[3].fix
    assert isinstance(items[4], Pair) and items[4].id == "p2"


def test_classify_cli_missing_input_says_what_and_how(tmp_path):
    from newsbrief.cli import main

    result = CliRunner().invoke(main, ["classify", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.output and "cannot read input" in result.output


@pytest.mark.slow
def test_classify_cli_on_own_pairs(tmp_path):
    from newsbrief.cli import main

    src = tmp_path / "pairs.jsonl"
    src.write_text("\n".join(json.dumps(p) for p in OWN_PAIRS) + "\n{broken\n", "utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(main, ["classify", str(src), "--output", str(out)])
    assert result.exit_code == 2  # the broken line
    assert "pairs.jsonl:5" in result.output
    preds = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["p1", "p2", "p3", "p4"]
    assert all(set(p) == {"id", "type", "mode", "cameo"} for p in preds)
    assert {p["id"]: p["type"] for p in preds} == EXPECTED
    assert preds[0]["cameo"] == "163" and preds[3]["mode"] == "release"


@pytest.mark.slow
def test_classify_cli_reads_stdin():
    from newsbrief.cli import main

    result = CliRunner().invoke(main, ["classify"], input=json.dumps(OWN_PAIRS[2]) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["type"] == "CONSULT"


@pytest.mark.slow
def test_dev_pairs_macro_f1_floor(tmp_path, nlp):
    score = _score(nlp, shared_path("data/plover/dev_pairs.jsonl"), tmp_path)
    macro = float(score.strip().splitlines()[-1].split("=")[1])
    assert macro >= DEV_MACRO_F1_FLOOR, score
    assert "predicted=1026" in score


def _score(nlp, gold_path, tmp_path) -> str:
    from newsbrief.events.classify import classify_pairs, prediction

    pred = tmp_path / "pred.jsonl"
    with open(gold_path, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as out:
        for item in classify_pairs(nlp, read_pairs(f, str(gold_path))):
            assert isinstance(item, tuple), item
            out.write(json.dumps(prediction(*item)) + "\n")
    scorer = shared_path("tools/plover_score.py")
    return subprocess.run([sys.executable, str(scorer), str(gold_path), str(pred)],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_gsr_suite_macro_f1_floor(tmp_path, nlp):
    """The PLOVER gold-standard suite (CAMEO-manual examples), as pairs."""
    import importlib.util

    dev = shared_path("data/plover/dev.jsonl")
    spec = importlib.util.spec_from_file_location("eval_plover", ROOT / "scripts/eval_plover.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pairs = module.gsr_pairs(dev, str(tmp_path / "gsr_pairs.jsonl"))
    score = _score(nlp, pairs, tmp_path)
    macro = float(score.strip().splitlines()[-1].split("=")[1])
    assert macro >= GSR_MACRO_F1_FLOOR, score
