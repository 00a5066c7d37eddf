"""Cooperation and conflict: PLOVER/CAMEO quad classes and Goldstein-style weights.

The mapping is data (knowledge/data/scoring.toml, documented there and in
docs/merging.md): a CAMEO code's 2-digit root decides when the event has one,
else its PLOVER type.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import NamedTuple


class Score(NamedTuple):
    quad: int | None  # 1 verbal cooperation .. 4 material conflict
    goldstein: float | None


@lru_cache(maxsize=1)
def _table() -> dict:
    text = resources.files("newsbrief.knowledge").joinpath("data/scoring.toml").read_text("utf-8")
    return tomllib.loads(text)


def score(event_type: str | None, cameo: str | None = None) -> Score:
    table = _table()
    if cameo and len(cameo) >= 2 and cameo[:2] in table["cameo_roots"]:
        row = table["cameo_roots"][cameo[:2]]
        # A 3-digit code whose weight differs from its root's refines the weight;
        # the quad class is always the root's.
        weight = table.get("cameo_codes", {}).get(cameo[:3], row["goldstein"])
        return Score(row["quad"], weight)
    row = table["types"].get(event_type or "")
    return Score(row["quad"], row["goldstein"]) if row else Score(None, None)


def quad_name(quad: int | None) -> str | None:
    return _table()["quad_names"].get(str(quad)) if quad else None


def known_types() -> list[str]:
    return sorted(_table()["types"])


def is_cooperation(quad: int | None) -> bool:
    return quad in (1, 2)
