"""Shared test helpers.

Data that belongs to others lives in ../shared and is read by path. Outside CI a
missing file skips the test with a message naming it; under CI=true it fails.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))


def shared_path(relative: str) -> Path:
    """Path of a file in ../shared; skip (or fail under CI=true) when missing."""
    path = SHARED / relative
    if not path.exists():
        message = f"missing shared data file {path} (set NEWSBRIEF_SHARED to the shared folder)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def nlp():
    """The pinned spaCy pipeline, loaded once for all slow tests."""
    from newsbrief.nlp import load_nlp
    from newsbrief.settings import load_settings

    return load_nlp(load_settings().model)


@pytest.fixture(scope="session")
def pipe():
    """The whole default pipeline (settings as packaged), loaded once for the slow
    tests that run made-up reports through it."""
    from newsbrief.pipeline import Pipeline
    from newsbrief.settings import load_settings

    return Pipeline(load_settings())


@pytest.fixture(scope="session")
def standing_of(pipe):
    """The standing (asserted, negated, future, ...) the real parse gives the first
    token spelt `word` in `text`."""
    from newsbrief.events.modality import standing

    def read(text: str, word: str) -> str:
        doc = pipe.nlp(text)
        return standing(next(t for t in doc if t.text == word)).modality

    return read


@pytest.fixture()
def settings(tmp_path):
    from newsbrief.settings import load_settings

    return load_settings(db=str(tmp_path / "test.db"))
