"""docs/python.md is executed: its examples are doctests run from the repository's
root, so the documented API cannot drift from the code."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_python_docs_examples_run(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NEWSBRIEF_CONFIG", raising=False)
    monkeypatch.setenv("NEWSBRIEF_DB", str(tmp_path / "default.db"))
    result = doctest.testfile(str(ROOT / "docs" / "python.md"), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                              raise_on_error=False, verbose=False)
    assert result.attempted > 30
    assert result.failed == 0, f"{result.failed} example(s) in docs/python.md failed (see above)"
