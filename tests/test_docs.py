"""Docs that cannot drift: every command, setting and record field is documented."""

import dataclasses
import re
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

from newsbrief import records

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"])
    assert result.returncode == 0, "docs/cli.md is stale: run python scripts/gen_cli_docs.py"


def test_every_setting_is_documented():
    text = (ROOT / "docs" / "settings.md").read_text()
    defaults = tomllib.loads(resources.files("newsbrief").joinpath("defaults.toml").read_text())
    for section, values in defaults.items():
        for key in values:
            assert f"| `{key}` | `[{section}]`" in text, f"setting {section}.{key} undocumented"


def test_every_record_field_is_documented():
    text = (ROOT / "docs" / "records.md").read_text()
    for cls in (records.Article, records.Entity, records.Mention, records.Timex, records.Event,
                records.ActorRef, records.Quantity, records.Evidence, records.Location,
                records.Predicate, records.Telling):
        section = text.split(f"## {cls.__name__}\n", 1)
        assert len(section) == 2, f"docs/records.md has no section for {cls.__name__}"
        body = section[1].split("\n## ", 1)[0]
        for field in dataclasses.fields(cls):
            assert f"`{field.name}`" in body, f"{cls.__name__}.{field.name} undocumented"


def _layer_contract() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers")
    return [{p.strip() for p in re.split(r"[|:]", layer)} for layer in contract["layers"]]


def test_the_architecture_table_is_the_layer_contract():
    """docs/architecture.md's table of parts names, row by row, the parts of the
    import-linter layers that tests/test_architecture.py enforces."""
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    rows = {int(m.group(1)): set(re.findall(r"`(\w+)`", m.group(2)))
            for m in re.finditer(r"^\| (\d+) \| ([^|]+) \|", text, re.M)}
    layers = _layer_contract()
    assert sorted(rows) == list(range(1, len(layers) + 1))
    for number, parts in enumerate(layers, 1):
        assert rows[number] == parts, f"layer {number}: docs {sorted(rows[number])}, " \
                                      f"pyproject {sorted(parts)}"


def _resolves(dotted: str) -> bool:
    """Whether `part.module.name` is a module of newsbrief, or a name one of them holds."""
    import importlib

    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        try:
            found = importlib.import_module("newsbrief." + ".".join(parts[:k]))
        except ImportError:
            continue
        for name in parts[k:]:
            if not hasattr(found, name):
                return False
            found = getattr(found, name)
        return True
    return False


def test_every_module_and_function_the_architecture_names_exists():
    """docs/architecture.md walks an article through named modules and functions
    (`merging.state.wanted_keys`, `cli/_ingest.py`): a rename or a split that leaves the
    walk naming what is gone fails here, not in a reader's hands (house37)."""
    import pkgutil

    import newsbrief

    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    parts = {m.name for m in pkgutil.iter_modules(newsbrief.__path__)}
    dotted = {n for n in re.findall(r"`([a-z_]+(?:\.[A-Za-z_]\w*)+)`", text)
              if n.split(".")[0] in parts and not n.endswith(".py")}
    paths = set(re.findall(r"`((?:tests/)?\w+/[\w/]*\.py)`", text))
    assert "merging.state.wanted_keys" in dotted and "cli/_ingest.py" in paths  # the scan finds them
    assert not {n for n in dotted if not _resolves(n)}, "architecture.md names what is gone"
    gone = {p for p in paths if not ((ROOT / p).exists() if p.startswith("tests/")
                                     else (ROOT / "src/newsbrief" / p).exists())}
    assert not gone, f"architecture.md names files that are gone: {sorted(gone)}"


def test_a_name_the_architecture_could_not_find_is_told():
    assert _resolves("knowledge.naming.Names") and _resolves("events.mainact")
    assert not _resolves("knowledge.statements.Namer")  # a misspelt or removed name
    assert not _resolves("knowledge.no_such_module") and not _resolves("events.no_such_rule")


def test_every_data_file_the_docs_name_exists():
    package = ROOT / "src" / "newsbrief"
    named = set()
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        named |= set(re.findall(r"(?:src/newsbrief/)?(?:\w+/)?data/[\w.-]+\.(?:toml|tsv|txt|json|gz)",
                                doc.read_text("utf-8")))
    assert "events/data/lexicon.tsv" in named  # the scan finds them
    for path in named:
        rel = path.removeprefix("src/newsbrief/")
        assert (package / rel).exists() or list(package.glob(f"*/{rel}")), \
            f"the docs name {path}, which the package does not hold"


def test_the_records_docs_datelines_are_the_ones_read():
    """The examples of `published_source` `inferred` in docs/records.md date an article
    (newsbrief.dateline.dated_dateline)."""
    from newsbrief.dateline import dated_dateline

    text = (ROOT / "docs" / "records.md").read_text("utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `published_source`"))
    examples = re.findall(r'"([A-Z]{3,}[^"]*\d{4}[^"]*)"', row.split("a dateline with its year")[1])
    assert len(examples) >= 2, row
    for example in examples:
        line = dated_dateline(f"A headline\n{example}\nThe council met on Monday.")
        assert line is not None and line.day[:4] in example, example
