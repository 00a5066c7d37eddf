"""house37: the dating rules split by idea into six modules that import only those
above them, and `Statement.problems` split into small named checks run in order."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from newsbrief.events import dating
from newsbrief.knowledge.statements import Statement

EVENTS = Path(dating.__file__).parent
# Top to bottom: each module may import only those before it (events.dating's docstring).
DATING = ("dating", "tense", "saying", "governing", "undated", "storytime")


def _sibling_imports(module: str) -> set[str]:
    tree = ast.parse((EVENTS / f"{module}.py").read_text("utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_each_dating_module_imports_only_those_above_it():
    for k, module in enumerate(DATING):
        below = set(DATING[k:])
        assert not _sibling_imports(module) & below, module


def test_the_dating_overview_names_every_dating_module():
    for module in DATING[1:]:
        assert f"`events.{module}`" in dating.__doc__


def test_problems_runs_small_named_checks_in_order():
    assert len(Statement._CHECKS) >= 20
    for check in Statement._CHECKS:
        lines = inspect.getsource(check).splitlines()
        assert len(lines) <= 40, check.__name__
    assert inspect.getsource(Statement.problems).count("\n") <= 12
