"""What was going on as it was reported (events.saying `_report_of_progressive`),
through the whole pipeline on a report made up for the test: "X said troops were
shelling the town", with no day in its sentence, takes the story's day that the text
gives, and only through that rule; on a page published the day after the lead's Tuesday
and on one published three days after it (fixR: the report the rule asks its day of is
no body's words told days after, `StoryTime._written_days_after`)."""

from __future__ import annotations

import pytest

from newsbrief.events import occasions, storytime
from newsbrief.records import Article

pytestmark = pytest.mark.slow

STORY = ("Rebels attacked the town of Ardo in northern Korvania on Tuesday.\n"
         "The army said it had lost two posts.\n"
         "A rebel commander said government troops were shelling the town.\n"
         "The commander said the rebels were holding the bridge.")



def _shelling(pipe, published="1997-03-05"):
    art = Article(id="progressive", origin="test", text=STORY, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == "shelling"]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_a_reported_progressive_takes_the_storys_day(pipe):
    ev = _shelling(pipe)
    assert (ev.date, ev.date_source) == ("1997-03-04", "text")  # the Tuesday before


def test_on_a_page_three_days_after_it_takes_the_storys_day_too(pipe):
    ev = _shelling(pipe, "1997-03-07")
    assert (ev.date, ev.date_source) == ("1997-03-04", "text")


def test_without_the_rule_it_stays_undated(pipe, monkeypatch):
    for module in (occasions, storytime):  # the two modules that ask it
        monkeypatch.setattr(module, "_report_of_progressive", lambda tok, gerund=False: None)
    assert _shelling(pipe).date is None
