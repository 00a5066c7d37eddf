"""An ask answered by signing what was asked for (storytime_lists.toml `ask_grants`,
read by `StoryTime._answered_by`): "requested a declaration, which the president
signed Sunday" tells the ask before Sunday, so the day of the speaker's next quote
(Monday) is no day of it. Without "sign" in the list the request takes Monday. The
whole pipeline on a report made up for the test, published on a Monday."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-09"  # a Monday
LEAD = ("Floodwater swept through the river town of Millbrook on Friday night, closing "
        "bridges and cutting power. Crews pumped water through the night. Shops stayed "
        "shut.\n\nThe governor declared an emergency in the county on Friday. ")
QUOTE = '\n\n"We will get the town back on its feet," the governor said Monday.'


def test_an_ask_signed_by_the_one_asked_takes_no_day_of_the_later_quote(pipe):
    text = LEAD + ("The governor also requested a federal disaster declaration, which "
                   "the president signed Sunday.") + QUOTE
    events = events_of(pipe, text, PUB)
    assert by_trigger(events, "signed").date == "2024-12-08"
    ev = by_trigger(events, "requested")
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


def test_control_an_ask_with_no_answer_in_its_sentence_takes_the_quote_s_day(pipe):
    text = LEAD + "The governor also requested a federal disaster declaration." + QUOTE
    ev = by_trigger(events_of(pipe, text, PUB), "requested")
    assert ev.date == "2024-12-09", (ev.date, ev.date_text)
