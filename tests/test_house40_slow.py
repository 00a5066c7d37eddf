"""house40 (stop 40): the dating of a standing charge reads the coder's own test of a
charge of duty (`senses.charge_of_duty`), not a looser copy of it. Through the whole
pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _last(events, word: str):
    """The last record whose trigger is `word` (the body's, when the lead has one too)."""
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[-1]


BODY = ("\n\nTwo of his aides told reporters that they had kept two sets of books for "
        "years.\n\nThe official is charged with fraud and bribery and faces ten years in "
        "prison.\n\nHis lawyer said he would fight the case.")


@pytest.mark.parametrize("lead", [
    # a task given in the lead is no charging: the body's standing charge stays undated
    "The mayor on Tuesday fired a deputy who had been charged with overseeing the harbor "
    "works.",
    # control (passes on main too): "in charge of", as fixR39 wrote it
    "The minister in charge of the ports resigned on Tuesday after a row over contracts.",
])
def test_a_lead_with_a_charge_of_duty_tells_no_charging(pipe, lead):
    ev = _last(events_of(pipe, lead + BODY, "2024-03-05"), "charged")
    assert ev.date is None, (ev.date, ev.date_source, ev.date_text)
