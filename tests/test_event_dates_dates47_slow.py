"""Issue 11, dates47: an act told in the present in what a dated verb of saying says.

"'We condemn this attack,' the mayor said on Sunday" and "said on Sunday that the
city is demanding ...": the condemning and the demanding are done as they are said,
on the day the sentence gives its verb of saying (`StoryTime._said_on_its_day`), not
on the publication day, days later, that the story's present stood in for. Only the
day that dates that verb of saying: a day of another clause ("the strike that began
on Monday", "Critics say ..., and their families marched on Thursday") gives the
saying none, and a saying far from the publication day
(`_reported_on`: a day or week near it) is left as before. The day is the one told on
the saying, not the sentence's first time, and none is given to words asked about,
denied, told as a habit, or said on a weekday after the page. Made-up reports through
the whole pipeline (the real parse); the controls pass on main too."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

# Two sentences before the one tested, so that it is read as the body, not the lead.
_STRIKE = ("Dock workers walked off the job across the port this week.\n\n"
           "The shipping board has asked both sides to return to talks.\n\n")
# Friday; the Sunday before is 2021-03-07
_PUBLISHED = "2021-03-12"


def _date(pipe, sentence, trigger):
    text = _STRIKE + sentence
    art = Article(id="dates47", origin="test", text=text, published=_PUBLISHED,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == trigger
             and ev.trigger.start >= len(_STRIKE)]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0].date, found[0].date_source


@pytest.mark.parametrize("sentence, trigger", [
    ('"We condemn this attack on the harbour police," the port director told reporters Sunday.',
     "condemn"),
    ('"We urge the minister to step in before the ships leave," the union chief said '
     "on Sunday.", "urge"),
    ("The port director said on Sunday that the board is demanding an apology from the "
     "union.", "demanding"),
    ('The union chief said Sunday: "We urge the minister to step in."', "urge"),
])
def test_a_present_act_takes_its_dated_sayings_day(pipe, sentence, trigger):
    # the publication day (2021-03-12) on main
    assert _date(pipe, sentence, trigger) == ("2021-03-07", "text")


def test_a_day_of_another_clause_gives_the_saying_none(pipe):
    # control, passes on main too: Monday dates the strike, not the saying
    sentence = '"We oppose the lockout that began on Monday," the union chief said.'
    assert _date(pipe, sentence, "oppose") == (_PUBLISHED, "published")


def test_a_day_of_a_joined_clause_gives_the_saying_none(pipe):
    # control, passes on main too: Thursday is told on the joined verb "marched", not
    # on "say", though the parse makes the sentence's main verb the saying
    sentence = ("Critics say the board is punishing the dock workers, and their families "
                "marched on Thursday.")
    assert _date(pipe, sentence, "punishing") == (_PUBLISHED, "published")


def test_a_saying_far_from_the_page_is_left_as_before(pipe):
    # control, passes on main too: a saying of years before dates no present act here
    sentence = '"We condemn this attack on the harbour police," the port director said in 2015.'
    assert _date(pipe, sentence, "condemn") == (None, "none")


def test_the_day_is_the_one_told_on_the_saying(pipe):
    # the sentence's first time (Monday) dates the joined clause; the saying is Wednesday.
    # Monday (2021-03-08) before the day was read off the saying itself
    sentence = ("Guards detained two dockers on Monday, and the shipping board said on "
                "Wednesday that the union is blocking the cranes.")
    assert _date(pipe, sentence, "blocking") == ("2021-03-10", "text")


@pytest.mark.parametrize("sentence, trigger", [
    # asked about, not claimed: no day of the question dates it
    ("A reporter asked the port director on Sunday whether the union is blocking the "
     "cranes.", "blocking"),
    # denied: not done on the day of the denial
    ("The ministry denied on Sunday that its soldiers are shelling the farms near the "
     "border.", "shelling"),
    # a habit told in the present: not the day's act
    ('"Our rivals threaten us every day," the union chief said on Tuesday.', "threaten"),
    # a weekday after the Friday page: no day of the story
    ('"We condemn this attack on the harbour police," the port director said Saturday.',
     "condemn"),
])
def test_a_saying_that_does_not_claim_the_act_that_day_gives_it_none(pipe, sentence, trigger):
    # the saying's day (2021-03-07, 2021-03-09, 2021-03-13) before these were ruled out
    assert _date(pipe, sentence, trigger) == (_PUBLISHED, "published")


def test_a_habit_word_in_a_nouns_clause_is_no_habit_of_the_act(pipe):
    # control: "often" tells of the quay, not of the blocking, which keeps the saying's day
    sentence = ("The port director said on Sunday that the union is blocking a quay that is "
                "often crowded with ferries.")
    assert _date(pipe, sentence, "blocking") == ("2021-03-07", "text")
