"""Settings: packaged defaults, overlaid by a user TOML file and by flags.

Validated once here, then passed around as one frozen object (trafilatura's
options object), so no stage reads the environment or config files itself.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

KNOWN_STAGES = ("entities", "timexes", "events")


@dataclass(frozen=True)
class Settings:
    db: str
    max_bytes: int
    fetch_timeout: float
    user_agent: str
    follow_feed_links: bool
    allow_private_addresses: bool
    model: str
    batch_size: int
    n_process: int
    actors: str
    verbs: str
    stages: tuple[str, ...]
    threshold: float = 0.0  # [events]: default queries leave out events below this
    floor: float = 0.0  # [events]: candidates below this confidence are not written

    def replace(self, **changes: Any) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        return validate(dataclasses.replace(self, **changes))


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"setting '{section}' must be inside a [section]",
                              fix="see docs/settings.md for the layout")
        for key, value in values.items():
            flat[key] = value
    return flat


def load_settings(config_file: str | os.PathLike | None = None, **overrides: Any) -> Settings:
    text = resources.files("newsbrief").joinpath("defaults.toml").read_text("utf-8")
    values = _flatten(tomllib.loads(text))
    config_file = config_file or os.environ.get("NEWSBRIEF_CONFIG")
    if config_file:
        path = Path(config_file)
        try:
            user = _flatten(tomllib.loads(path.read_text("utf-8")))
        except FileNotFoundError:
            raise ConfigError("config file not found", where=str(path),
                              fix="check the path given by --config or NEWSBRIEF_CONFIG") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"invalid TOML: {err}", where=str(path),
                              fix="fix the syntax; see docs/settings.md") from None
        unknown = set(user) - set(values)
        if unknown:
            raise ConfigError(f"unknown setting(s) {sorted(unknown)}", where=str(path),
                              fix="see docs/settings.md for the valid names")
        values.update(user)
    if os.environ.get("NEWSBRIEF_DB"):
        values["db"] = os.environ["NEWSBRIEF_DB"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    values["stages"] = tuple(values["stages"])
    return validate(Settings(**values))


def validate(s: Settings) -> Settings:
    if s.max_bytes <= 0:
        raise ConfigError("max_bytes must be positive", fix="set a size in bytes, e.g. 20000000")
    if s.batch_size <= 0 or s.n_process <= 0:
        raise ConfigError("batch_size and n_process must be positive")
    if not 0.0 <= float(s.threshold) <= 1.0:
        raise ConfigError(f"threshold {s.threshold} is not between 0 and 1",
                          fix="set [events] threshold to a confidence, e.g. 0.5 (0 keeps all)")
    if not 0.0 <= float(s.floor) <= 1.0:
        raise ConfigError(f"floor {s.floor} is not between 0 and 1",
                          fix="set [events] floor to a confidence, e.g. 0.02 (0 writes all)")
    bad = [st for st in s.stages if st not in KNOWN_STAGES]
    if bad:
        raise ConfigError(f"unknown pipeline stage(s) {bad}", fix=f"use some of {list(KNOWN_STAGES)}")
    return dataclasses.replace(s, db=str(Path(s.db).expanduser()))
