"""The `timeml` command: TimeML in, TimeML with our TIMEX3s out, scored by
the shared TempEval-3 scorer."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from newsbrief.timexes.timeml import read_timeml, render_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-12-05" temporalFunction="false" functionInDocument="CREATION_TIME">20241205</TIMEX3></DCT>
<TEXT>
The harbour <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-12-04">Wednesday</TIMEX3> after storms &amp; floods.
Repairs took <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def test_read_and_render_round_trip(tmp_path):
    path = tmp_path / "TEST001.tml"
    path.write_text(DOC, "utf-8")
    doc = read_timeml(path)
    assert doc.dct == "2024-12-05"
    assert "storms & floods" in doc.text
    assert "<" not in doc.text
    out = render_timeml(doc, [])
    assert 'functionInDocument="CREATION_TIME"' in out  # DCT kept
    assert "storms &amp; floods" in out
    assert "<EVENT" not in out.split("<TEXT>")[1]


def test_timeml_command_tags_text(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "TEST001.tml").write_text(DOC, "utf-8")
    result = CliRunner().invoke(main, ["timeml", "--fast", str(src), str(dst)])
    assert result.exit_code == 0, result.output
    out = (dst / "TEST001.tml").read_text("utf-8")
    body = out.split("<TEXT>")[1]
    assert re.search(r'<TIMEX3 [^>]*type="DATE" value="2024-12-04">Wednesday</TIMEX3>', body)
    assert re.search(r'<TIMEX3 [^>]*type="DURATION" value="P3W">three weeks</TIMEX3>', body)
    # the text is unchanged apart from the tags
    assert read_timeml(dst / "TEST001.tml").text == read_timeml(src / "TEST001.tml").text


def test_timeml_command_reports_empty_folder(tmp_path):
    result = CliRunner().invoke(main, ["timeml", "--fast", str(tmp_path), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no .tml files" in result.output


def _score(gold_dir, pred_dir) -> dict[str, float]:
    from conftest import shared_path

    scorer = shared_path("tools/timex_score.py")
    proc = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(pred_dir), "--quiet"],
                          capture_output=True, text=True, check=True)
    rows = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("strict", "relaxed", "type", "value"):
            rows[parts[0]] = float(parts[3])
    return rows


@pytest.mark.slow
def test_tempeval3_train_floors(tmp_path):
    """Quality gate on the 256 TempEval-3 training documents (fast path, no
    parse, ~10 s).  Floors: value F1 0.80, strict F1 0.82 (HeidelTime: 0.774
    value F1).  Figures and commands are in EVALUATION.md."""
    from conftest import shared_path

    gold = shared_path("data/tempeval3/train")
    result = CliRunner().invoke(main, ["timeml", "--fast", str(gold), str(tmp_path)])
    assert result.exit_code == 0, result.output
    scores = _score(gold, tmp_path)
    assert scores["value"] >= 0.80, scores
    assert scores["strict"] >= 0.82, scores
