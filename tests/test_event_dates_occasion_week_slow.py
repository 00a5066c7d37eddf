"""dateocc: a week or month told right after an event noun under a preposition is the
noun's time when it cannot be the verb's ("the county was waiting for a reply Thursday
on its request earlier this week": the waiting has its own day, the week is the
request's; "commented Tuesday on the request last week"). The parser hangs the bare
week on the verb above, and the noun had taken the verb's day or the story's day.
Controls (pass before and after): the noun as the verb's object ("rejected the request
last week": the rejection's week), a bare day after the noun ("on its request
Thursday": as often the verb's), and a topic preposition below a verb with no day of
its own ("decided on the request last week": the decision's week). Through the whole pipeline
on reports made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-04-10"
LEAD = ("OSLO - Norway's defence minister said on Tuesday that the border talks with "
        "Sweden would resume next month. ")


def _events(pipe, text, word, published=PUB):
    art = Article(id="occasion-week", origin="test", text=LEAD + text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return [ev for ev in events if ev.trigger and ev.trigger.text == word]


def _event(pipe, text, word):
    found = _events(pipe, text, word)
    assert found, text
    return found[0]


def test_request_week_after_a_dated_wait_is_the_requests(pipe):
    ev = _event(pipe, "In Texas, the county was waiting for a reply Thursday on its request "
                "earlier this week for the state to close the lake.", "request")
    assert ev.date == "2019-W15", (ev.date, ev.date_text)


def test_request_week_after_a_dated_comment_is_the_requests(pipe):
    ev = _event(pipe, "The mayor commented Tuesday on the request last week.", "request")
    assert ev.date == "2019-W14", (ev.date, ev.date_text)


def test_control_object_keeps_the_verbs_week(pipe):
    ev = _event(pipe, "The governor rejected their request last week.", "rejected")
    assert ev.date == "2019-W14", (ev.date, ev.date_text)


def test_control_bare_day_after_the_noun_does_not_move(pipe):
    for ev in _events(pipe, "In Texas, the county was waiting for a reply on its request "
                      "Thursday for the state to close the lake.", "request"):
        assert ev.date_text != "earlier this week", (ev.date, ev.date_text)
        assert ev.date in (None, "2019-04-10", "2019-04-04", "2019-04-11"), ev.date


def test_control_topic_of_an_undated_verb_is_not_given_the_week(pipe):
    ev = _event(pipe, "The ministry decided on the county's request last week.", "request")
    assert ev.date_text != "last week", (ev.date, ev.date_text)
