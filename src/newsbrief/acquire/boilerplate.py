"""Drop boilerplate paragraphs (sign-up pitches, share prompts) from page text.

The patterns are data (data/boilerplate.txt, documented there). A paragraph
is dropped only when it is short and matches; article prose is longer and
rarely matches, so the measured cost on the shared HTML set is nil (see
EVALUATION.md, "HTML extraction").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

MAX_CHARS = 250


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    text = resources.files("newsbrief.acquire").joinpath("data/boilerplate.txt").read_text("utf-8")
    lines = [ln.strip() for ln in text.splitlines()]
    parts = [ln for ln in lines if ln and not ln.startswith("#")]
    # one alternation compiled once: a single scan per paragraph
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


def is_boilerplate(paragraph: str) -> bool:
    return len(paragraph) <= MAX_CHARS and _pattern().search(paragraph) is not None


def drop_boilerplate(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if not is_boilerplate(p)]
