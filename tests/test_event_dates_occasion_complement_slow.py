"""A time told in an occasion that the parser hangs on an act's infinitive ("urged the
ministry to publish the letters during a press conference on June 3, 2016") is the
act's: the urging, the threat was told at that press conference or meeting, and what the
infinitive names is only asked for or threatened. The first two fail on a dater that
reads the time as the infinitive's alone. Controls keep their dates: a time after the
publication day, an occasion already known ("during the summit"), a preposition that is
no setting ("before the talks"). Through the whole pipeline on reports made up for the
test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = "OSLO - Norway's fishing union is angry about the new cod quota, its leaders say.\n\n"


def _event(pipe, text, word):
    art = Article(id="occasion-complement", origin="test", text=LEAD + text, published=PUB,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


@pytest.mark.parametrize("text, word, day", [
    ("The union's leader urged the ministry to publish the quota letters during a June 3, "
     "2016, press conference in Bergen.", "urged", "2016-06-03"),
    ("A report says the minister threatened to sue the union's lawyers during a tense "
     "meeting in March 2018.", "threatened", "2018-03"),
])
def test_the_occasion_on_the_infinitive_dates_the_act(pipe, text, word, day):
    ev = _event(pipe, text, word)
    assert ev.date == day, (ev.date, ev.date_text)


@pytest.mark.parametrize("text, word", [
    ("The minister urged the union to end its blockade during a fishing summit on June 20.",
     "urged"),
    ("At a rally in Bergen, the union's leader asked the fishermen to keep their boats in "
     "the harbor during the summit in May 2018.", "asked"),
    ("The minister urged the union to end its blockade before the talks in July.", "urged"),
])
def test_control_a_later_or_known_occasion_stays_the_infinitives(pipe, text, word):
    ev = _event(pipe, text, word)
    assert ev.date is None, (ev.date, ev.date_text)
