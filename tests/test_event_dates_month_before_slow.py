"""datewk: a sentence's bare month that its verb tells as past ("seized the town in
March" on a December page) is the month of that year for every act it reaches, so
"Earlier in the day" in the next sentence takes the same March as the seizure, not the
tagger's next one (the month's year was read two ways: once for the act, once for the
sentence). Controls (pass before and after): the seizure's own month, and a month
before the publication month, which the tagger already reads in that year. Through the
whole pipeline on sentences made up for the test."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"
LATER = " Earlier in the day, the army shelled their camp outside the city."


def test_earlier_in_the_day_takes_the_month_of_the_year_told(pipe):
    text = "Rebels seized the town of Kidal in March." + LATER
    ev = by_trigger(events_of(pipe, text, PUB), "shelled")
    assert ev.date == "2024-03", (ev.date, ev.date_text)


def test_control_the_act_told_with_the_month(pipe):
    text = "Rebels seized the town of Kidal in March." + LATER
    ev = by_trigger(events_of(pipe, text, PUB), "seized")
    assert ev.date == "2024-03", (ev.date, ev.date_text)


def test_control_a_month_before_the_publication_month(pipe):
    text = "Rebels seized the town of Kidal in October." + LATER
    ev = by_trigger(events_of(pipe, text, PUB), "shelled")
    assert ev.date == "2024-10", (ev.date, ev.date_text)
