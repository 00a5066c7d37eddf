"""Issue 11, dateun43: times the sentence gives that the coder did not attach to the act.
A cleft sentence's time in focus ("It was in March that X accused Y"); the time a
relative clause gives the medium an act was done in ("In a podcast that was posted this
week, X condemned Y"); an occasion told as earlier with no day ("At a recent lunch
with an aide, X accused Y": undated, not the story's day); what was going on when a
gerund of saying told it ("came under fire after saying in May that his office was
investigating her"). Through the whole pipeline on reports made up for the test;
controls pass on main too (said below)."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

LEAD = "Senator Jon Hale spoke to reporters on Thursday about the city budget. "


def _act(pipe, text, trigger):
    art = Article(id="focus-medium", origin="test", text=LEAD + text, published="2019-05-10",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_cleft_month_in_focus(pipe):
    ev = _act(pipe, "It was in March that the governor accused the mayor of lying about the budget.",
              "accused")
    assert (ev.date, ev.date_source) == ("2019-03", "text")


def test_cleft_last_month_in_focus(pipe):
    ev = _act(pipe, "It was only last month that the governor accused the mayor of lying about "
              "the budget.", "accused")
    assert (ev.date, ev.date_source) == ("2019-04", "text")


def test_control_extraposed_adjective_is_no_cleft(pipe):
    # passes on main too: "It was clear last week that ..." says when it was clear; the
    # pluperfect accusing is older than that and has no day (fixU43: the value asserted)
    ev = _act(pipe, "It was clear last week that the governor had accused the mayor.", "accused")
    assert ev.date is None


def test_medium_time_from_its_relative_clause(pipe):
    ev = _act(pipe, "In a podcast that was posted this week, the governor condemned the "
              "protesters who blocked the highway.", "condemned")
    assert (ev.date, ev.date_source) == ("2019-W19", "text")


def test_control_relative_clause_of_an_addressee_is_not_the_medium_time(pipe):
    # passes on main too: the judge's sentencing was last year, the letter's accusing is not;
    # it keeps the day the lead carries (fixU43: the value asserted)
    ev = _act(pipe, "In a letter to the judge who jailed him last year, the activist accused "
              "the police of lying.", "accused")
    assert (ev.date, ev.date_source) == ("2019-05-09", "text")


def test_recent_occasion_is_undated(pipe):
    ev = _act(pipe, "At a recent lunch with an aide, the chairman accused the mayor of "
              "lying.", "accused")
    assert ev.date is None


def test_control_occasion_with_its_day_keeps_it(pipe):
    # passes on main too
    ev = _act(pipe, "At a lunch with an aide on Wednesday, the chairman accused the "
              "mayor of lying.", "accused")
    assert ev.date == "2019-05-08"


def test_progressive_told_by_a_gerund_takes_its_time(pipe):
    ev = _act(pipe, "The minister came under fire after saying early last month that his "
              "office was investigating the senator.", "investigating")
    assert (ev.date, ev.date_source) == ("2019-04", "text")


def test_control_plain_past_told_by_a_gerund_keeps_its_rules(pipe):
    # passes on main too: a plain past in the clause may be older than the telling; the
    # pluperfect has no day (fixU43: the value asserted)
    ev = _act(pipe, "The minister came under fire after saying early last month that his "
              "office had investigated the senator.", "investigated")
    assert ev.date is None


# fixU43 (review 44 A, item 2): the time of a relative clause on a place or a topic under
# the medium's preposition is that place's or topic's, not the medium's. These fail on
# dateun43 (the week or the Sunday) and pass on main and here: the act keeps the day the
# lead carries.
@pytest.mark.parametrize("text, trigger", [
    ("In a speech in a town that was shelled last week, the president condemned the rebels.",
     "condemned"),
    ("In a speech in Kyiv that was shelled last week, the president condemned the rebels.",
     "condemned"),
    ("In an interview on the bombing that killed 12 people on Sunday, the minister accused "
     "the rebels of planning more attacks.", "accused"),
    ("In a statement on the raid that took place last week, the army accused the rebels of "
     "hiding weapons.", "accused"),
])
def test_relative_clause_of_a_place_or_topic_is_not_the_medium_time(pipe, text, trigger):
    ev = _act(pipe, text, trigger)
    assert (ev.date, ev.date_source) == ("2019-05-09", "text")


# Controls (fixU43): the clause on a publisher's name still dates the medium (the
# gazetteer's outlet, or a name it does not know).
@pytest.mark.parametrize("paper", ["the Gazette", "The Washington Post"])
def test_control_relative_clause_of_a_publisher_is_the_medium_time(pipe, paper):
    ev = _act(pipe, f"In a column in {paper} that ran this week, the senator accused the "
              "mayor of lying.", "accused")
    assert (ev.date, ev.date_source) == ("2019-W19", "text")


# fixU43 (review 44 A, item 3): a stretch of time told as recent is no occasion; the act
# is dated as "In the past few days ..." is (fails on dateun43: undated; passes on main).
@pytest.mark.parametrize("span", ["In recent days", "In the past few days"])
def test_a_recent_stretch_of_time_is_no_earlier_occasion(pipe, span):
    ev = _act(pipe, f"{span}, police arrested dozens of protesters in the capital.", "arrested")
    assert (ev.date, ev.date_source) == ("2019-05-09", "text")


def test_control_a_recent_hearing_is_still_an_earlier_occasion(pipe):
    # the rule's own shape (fixU43 control; passes on dateun43 too, fails on main)
    ev = _act(pipe, "At a recent hearing, the chairman accused the mayor of lying.", "accused")
    assert ev.date is None
