"""datewk: a time told on the complement of a refusal in the past ("refused to sign
the bill on Monday") is the refusal's: the signing was not done, so the day is the one
the refusal was made on, the last such weekday before the publication day (the parser
hangs the time on the infinitive, and the tagger reads a weekday after a bare "to" as
ahead). Controls (pass before and after): a time told on the refusal itself, and a
signing done on the day. Through the whole pipeline on sentences made up for the test,
published on a Thursday."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday
TAIL = " Lawmakers in the state capital said they would try again next month."


@pytest.mark.parametrize("text, trigger", [
    ("The governor of Ohio refused to sign the budget bill on Monday, saying it cut "
     "school funds.", "refused"),
    ("The mayor of Lyon declined to meet the striking rail workers on Monday.", "declined"),
])
def test_a_time_on_the_undone_complement_dates_the_refusal(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text + TAIL, PUB), trigger)
    assert (ev.date, ev.date_source) == ("2024-12-02", "text"), (ev.date, ev.date_text)


def test_control_a_time_on_the_refusal_itself(pipe):
    text = "The governor of Ohio refused on Tuesday to sign the budget bill."
    ev = by_trigger(events_of(pipe, text + TAIL, PUB), "refused")
    assert ev.date == "2024-12-03", (ev.date, ev.date_text)


def test_control_a_done_act_keeps_its_day(pipe):
    text = "The governor of Ohio signed the budget bill on Monday."
    ev = by_trigger(events_of(pipe, text + TAIL, PUB), "signed")
    assert ev.date == "2024-12-02", (ev.date, ev.date_text)
