"""Issue 11, dates17: "X announced Y on Friday, a day after Z called on him ...": the parser
hangs "a day" on the clause's verb with "after" as its subordinator, and the day on the
object of the act counted from; the clause's act is the day before that day. Through the
whole pipeline on a report made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

STORY = ("Senator Jon Hale announced his exit on Thursday, a day after most of "
         "his allies called on him to quit.")


def _called(pipe, text):
    art = Article(id="day-after", origin="test", text=text, published="1997-03-07",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == "called"]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_the_clause_act_is_the_day_before(pipe):
    ev = _called(pipe, STORY)
    assert (ev.date, ev.date_source) == ("1997-03-05", "text")  # the Wednesday


def test_two_days_after_counts_two(pipe):
    ev = _called(pipe, STORY.replace("a day after", "two days after"))
    assert ev.date == "1997-03-04"
