"""Two readings through the whole pipeline, on sentences made up for the test: an act
told from "since" a month is dated in the month before the page, not the one after it;
and a relative clause the parser hung on the time after a noun ("the raid on Monday,
which wounded ...") is the noun's, so its doer is never that time."""

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


@pytest.mark.parametrize("text, trigger", [
    ("The shelling on Monday, which wounded three Kenyan police officers, was condemned by Uganda.",
     "wounded"),
    ("The attack on Sunday, which killed two Malian guards, drew a rebuke from France.",
     "killed"),
])
def test_a_time_after_a_noun_is_no_doer(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert not any(a.text in ("Monday", "Sunday") for a in ev.actor), ev.actor


def test_control_a_named_doer_of_a_relative_clause_stays(pipe):
    text = "The Somali militia, which shelled the camp on Friday, was condemned by Kenya."
    ev = by_trigger(events_of(pipe, text, PUB), "shelled")
    assert [a.text for a in ev.actor] == ["The Somali militia"], ev.actor
