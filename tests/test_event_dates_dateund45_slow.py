"""Issue 11, dateund45: days the text gives an act that the dating missed.

A past clause that names a time's day ("on Sunday, the day a gunman killed ...") or
follows, with "when", the phrase of a noun the time is told before ("the July 25 call,
when the president asked ...") tells what was done at that time
(`governing._day_clause_after`, `governing._clause_of_dated_noun`); a lead act with no
time of its own that the next sentence tells again with its day ("has ruled ... In a
ruling late Tuesday, ...") is of that day (`StoryTime._retold_next`). Made-up reports
through the whole pipeline (the real parse); the controls pass on main too (said below)."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow


def _date(pipe, text, trigger, published):
    art = Article(id="dateund45", origin="test", text=text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0].date, found[0].date_source


@pytest.mark.parametrize("text, trigger, published, want", [
    # a weekday the tagger reads ahead off the present main verb: the one before the page
    ("The senator's lead narrowed in a new poll. Her lead is smaller now than on Sunday, "
     "the day a gunman killed 20 people at a school in Texas.",
     "killed", "2016-06-17", "2016-06-12"),
    ("Turnout fell on Tuesday, the day the governor signed the bill.",
     "signed", "2016-06-17", "2016-06-14"),
    ("The dispute dates to the March 3 meeting, when the minister accused his deputy of lying.",
     "accused", "2016-06-17", "2016-03-03"),
    ("Critics attacked the president over the July 25 call with the premier, when he asked "
     "the premier to investigate a rival.", "asked", "2019-11-15", "2019-07-25"),
])
def test_a_clause_naming_a_time_takes_it(pipe, text, trigger, published, want):
    assert _date(pipe, text, trigger, published) == (want, "text")


@pytest.mark.parametrize("text, trigger, published, wrong", [
    # controls, pass on main too: "the day after" is another day; a clause told ahead
    ("Turnout fell on Tuesday, the day after the governor signed the bill.",
     "signed", "2016-06-17", "2016-06-14"),
    ("The dispute dates to the March 3 meeting, when the minister will accuse his deputy "
     "of lying.", "accuse", "2016-06-17", "2016-03-03"),
])
def test_a_clause_of_another_time_does_not(pipe, text, trigger, published, wrong):
    assert _date(pipe, text, trigger, published)[0] != wrong


def test_the_lead_act_told_again_with_its_day_takes_it(pipe):
    text = ("A state court has ruled that the port authority must pay for the flood "
            "repairs.\n\nIn a ruling late Tuesday, Judge Smith found the authority liable for "
            "the damage.")
    assert _date(pipe, text, "ruled", "2019-11-07") == ("2019-11-05", "text")


@pytest.mark.parametrize("text, trigger", [
    # controls, pass on main too: another ruling; another doer's suit on that day
    ("A state court has ruled that the port authority must pay for the flood repairs.\n\n"
     "In another ruling late Tuesday, Judge Smith found the authority liable for the "
     "damage.", "ruled"),
    ("The city has sued the company over the spill.\n\nThe mayor sued the firm's owner on "
     "Monday.", "sued"),
])
def test_another_act_told_next_does_not_date_the_lead(pipe, text, trigger):
    assert _date(pipe, text, trigger, "2019-11-07") == ("2019-11-07", "published")
