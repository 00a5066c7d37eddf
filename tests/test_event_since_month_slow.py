"""Through the whole pipeline, on sentences made up for the test: an act told from
"since" a month is dated in that month before the page, not the one after it."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2026-06-10"


def test_an_act_since_a_month_after_the_page_month_is_last_year(pipe):
    text = "Since July, Danish customs officers have seized hundreds of parcels bound for Poland."
    ev = by_trigger(events_of(pipe, text, PUB), "seized")
    assert ev.date == "2025-07", (ev.date, ev.date_text)


def test_control_an_act_since_an_earlier_month(pipe):
    text = "Since March, the Chilean navy has detained four fishing boats off its coast."
    ev = by_trigger(events_of(pipe, text, PUB), "detained")
    assert ev.date == "2026-03", (ev.date, ev.date_text)
