"""otherday55: a request told as done is not dated by the time of what it asks for
("asked him to meet lawmakers next week"); controls: the act still to come keeps that
time, an act told with a time before publication keeps it. Through the whole pipeline
on reports made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = ("OSLO - Norway's fisheries minister said on Monday that talks with Sweden on "
        "the shared fishing grounds would resume next month. ")


def _event(pipe, text, word):
    art = Article(id="done-act-ahead", origin="test", text=LEAD + text, published=PUB,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


@pytest.mark.parametrize("text", [
    "The senator praised the speaker's remarks and asked him to sit down with her caucus "
    "next week for talks on a plan.",
    "The senator asked the speaker next week to meet with lawmakers.",
])
def test_a_request_is_not_dated_by_the_time_of_what_it_asks_for(pipe, text):
    ev = _event(pipe, text, "asked")
    assert ev.date_text != "next week", (ev.date, ev.date_text)


@pytest.mark.parametrize("text, word, day", [
    ("The governor will meet the strikers next week.", "meet", "2019-W25"),
    ("The minister met the strikers last week and asked them to return to work.", "asked",
     "2019-W23"),
])
def test_a_time_of_the_act_itself_stays(pipe, text, word, day):
    ev = _event(pipe, text, word)
    assert ev.date == day, (ev.date, ev.date_text)
