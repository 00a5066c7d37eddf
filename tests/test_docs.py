"""Docs that cannot drift: every command, setting and record field is documented."""

import dataclasses
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
