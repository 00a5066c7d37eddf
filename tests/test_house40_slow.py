"""house40 (stop 40): the dating of a standing charge reads the coder's own test of a
charge of duty (`senses.charge_of_duty`), not a looser copy of it. Through the whole
pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


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
    ev = by_trigger(events_of(pipe, lead + BODY, "2024-03-05"), "charged", last=True)
    assert ev.date is None, (ev.date, ev.date_source, ev.date_text)


def _denials(pipe, text, word):
    return [(ev.type, ev.cameo) for ev in events_of(pipe, text, "2026-12-06")
            if ev.trigger is not None and ev.trigger.text == word
            and ev.type in ("REJECT", "ACCUSE")]


@pytest.mark.parametrize("text, word", [
    # falsity denied, guessed at or put on a condition is no denial: the verdicts' one
    # test (`_verdict_asserted`) reads it as it reads "corrupt"
    ("Mayor Dana Holt said the report on the harbor works was no lie.", "lie"),
    ("Mayor Dana Holt said the report on the harbor works could be false.", "false"),
    ("Mayor Dana Holt said the report on the harbor works would be false if the audit "
     "held.", "false"),
])
def test_falsity_not_asserted_denies_nothing(pipe, text, word):
    assert not _denials(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    # controls (pass on main too): falsity said as so, and truth denied
    ("Mayor Dana Holt said the report on the harbor works was false.", "false"),
    ("Mayor Dana Holt said the report on the harbor works was not true.", "true"),
    ("Mayor Dana Holt said the report on the harbor works was never true.", "true"),
])
def test_control_falsity_said_as_so_denies(pipe, text, word):
    assert _denials(pipe, text, word) == [("REJECT", "120")]
