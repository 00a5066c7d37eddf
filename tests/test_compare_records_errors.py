"""scripts/compare_records.py: a missing dump or corpus is an error line, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "compare_records.py"


def _run(*args, env_extra=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env_extra or {})}
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env)


def test_diff_of_a_missing_dump_says_how_to_write_it(tmp_path):
    there = tmp_path / "after.jsonl"
    there.write_text("", "utf-8")
    r = _run("diff", str(tmp_path / "before.jsonl"), str(there))
    assert r.returncode == 2
    assert "Error:" in r.stderr and "compare_records.py dump" in r.stderr
    assert "Traceback" not in r.stderr


def test_diff_of_a_dump_that_is_not_json_is_an_error_line(tmp_path):
    bad, good = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    bad.write_text("not json\n", "utf-8")
    good.write_text("", "utf-8")
    r = _run("diff", str(bad), str(good))
    assert r.returncode == 2 and "not JSON lines" in r.stderr and "Traceback" not in r.stderr


def test_dump_without_the_corpus_names_the_setting(tmp_path):
    r = _run("dump", str(tmp_path / "out.jsonl"), env_extra={"NEWSBRIEF_SHARED": str(tmp_path)})
    assert r.returncode == 2
    assert "NEWSBRIEF_SHARED" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out.jsonl").exists()
