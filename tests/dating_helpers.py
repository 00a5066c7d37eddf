"""The dating tests' shared fixtures and reading: short made-up texts read as a story's
body, as a day's news or after a named day (each fixture sets what a real story would
show elsewhere), and the records' dates by type. Imported by the dating tests, which
took them from test_event_dates_body.py before (house37)."""

from __future__ import annotations

import pytest

from newsbrief.events import storytime


@pytest.fixture
def body(monkeypatch):
    """Every sentence of these short texts is body, not lead."""
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 0)


@pytest.fixture
def news(monkeypatch):
    """These short texts tell the news of a day near their publication (a real story
    names that day somewhere; one that names none tells of other times)."""
    monkeypatch.setattr(storytime.StoryTime, "_news", lambda self, doc, timexes: True)


@pytest.fixture
def lead_day(monkeypatch):
    """These short texts have named a day near their publication before (a real story
    names it early on), so what the body tells with no time of its own can be that
    day's news."""
    monkeypatch.setattr(storytime.StoryTime, "_day_named_by", lambda self, piece: True)


def dates_by_type(events):
    """{type: (date, date_source)} of the records."""
    return {e.type: (e.date, e.date_source) for e in events}
