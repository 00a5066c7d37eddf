"""The layers of docs/architecture.md, enforced: import-linter's contracts in
pyproject.toml run over the package, and a planted violation makes them fail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsbrief"

_RUN = ("import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))")


def lint(src: Path, config: Path) -> subprocess.CompletedProcess:
    """Run the contracts of `config` over the package found under `src`, in a
    fresh interpreter (so `src` is the package analysed, not the one imported here)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    return subprocess.run([sys.executable, "-c", _RUN, str(config)], cwd=src, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_package_keeps_its_layers():
    result = lint(ROOT / "src", ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _copy(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "newsbrief", ignore=shutil.ignore_patterns(
        "__pycache__", "data", "static", "templates", "*.gz", "*.tsv"))
    return src


def test_the_store_importing_knowledge_breaks_the_contracts(tmp_path):
    src = _copy(tmp_path)
    sqlite = src / "newsbrief" / "store" / "sqlite.py"
    sqlite.write_text(sqlite.read_text("utf-8") + "\nfrom ..knowledge import queries  # noqa\n",
                      "utf-8")
    result = lint(src, ROOT / "pyproject.toml")
    assert result.returncode != 0
    assert "The store never imports knowledge" in result.stdout and "BROKEN" in result.stdout
    assert "newsbrief.store.sqlite -> newsbrief.knowledge.queries" in result.stdout


def test_a_stage_importing_the_store_breaks_the_contracts(tmp_path):
    src = _copy(tmp_path)
    dating = src / "newsbrief" / "events" / "dating.py"
    dating.write_text(dating.read_text("utf-8") + "\nfrom ..store import Store  # noqa\n",
                      "utf-8")
    result = lint(src, ROOT / "pyproject.toml")
    assert result.returncode != 0
    assert "Pipeline stages never import the store" in result.stdout
    assert "newsbrief.events.dating -> newsbrief.store" in result.stdout
