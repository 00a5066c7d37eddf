"""A clock time with no day of its own, through the real pipeline: it takes the day
its range's other end gives (the day before for a range across midnight), the
month-day told after "on", or, as a page's "Updated at" stamp opening its line, the
publication day; never a date the story named paragraphs before it.

Every text here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsbrief.records import Article
from newsbrief.timexes import tag_timexes

pytestmark = pytest.mark.slow


def _analyse(pipe, text, published):
    article = Article(id="t", origin="t", text=text, published=published,
                      published_source="given")
    doc = pipe.nlp(article.text)
    return doc, pipe.analyse_doc(doc, article)


def _event(result, text, word):
    at = text.index(word)
    (found,) = [e for e in result.events if e.trigger and e.trigger.start <= at < e.trigger.end]
    return found


# Thursday 22 March 2001: the Tuesday before it is the 20th.
RANGE = ("The regional council met on March 2 to hear the budget.\n\n"
         "Gunmen attacked a police post near the border "
         "between 8:20 p.m. and 10:50 p.m. on Tuesday. "
         "Police arrested two suspects around that time.")


def test_a_clock_range_takes_the_day_of_its_second_end(pipe):
    doc, result = _analyse(pipe, RANGE, "2001-03-22")
    values = {t.text: t.value for t in tag_timexes(RANGE, "2001-03-22", doc=doc)}
    assert values["8:20 p.m."] == "2001-03-20T20:20"  # not 2 March, the last day named before
    assert _event(result, RANGE, "attacked").date == "2001-03-20"
    assert _event(result, RANGE, "arrested").date == "2001-03-20"


STAMP = ("Updated at 5:26 p.m. ET\n\nThe ministers met in Nairobi on March 2.\n\n"
         "Update at 1:12 p.m. ET. Police arrested three suspects in Nairobi.")


def test_an_update_stamp_is_of_the_publication_day(pipe):
    doc, result = _analyse(pipe, STAMP, "2001-03-22")
    values = [t.value for t in tag_timexes(STAMP, "2001-03-22", doc=doc) if t.type == "TIME"]
    assert values == ["2001-03-22T17:26", "2001-03-22T13:12"]
    assert _event(result, STAMP, "arrested").date == "2001-03-22"


ON_DAY = ("The warden spoke to reporters on Tuesday.\n\n"
          "Officers detained three men around 5:45 a.m. on Aug. 14, the warden said.")


def test_a_clock_time_on_a_month_day_takes_that_day(pipe):
    doc, _ = _analyse(pipe, ON_DAY, "2001-11-19")
    (clock,) = [t for t in tag_timexes(ON_DAY, "2001-11-19", doc=doc) if t.type == "TIME"]
    assert clock.value == "2001-08-14T05:45"  # not Tuesday 13 November


# Controls (pass before and after the change): a day in the clock's own phrase, and a
# bare clock time after a near day in the sentence before, keep their day.
def test_control_a_clock_time_with_its_own_weekday(pipe):
    text = "Gunmen attacked a police post near the border at 9 p.m. on Tuesday, officials said."
    _, result = _analyse(pipe, text, "2001-03-22")
    assert _event(result, text, "attacked").date == "2001-03-20"


def test_control_a_bare_clock_time_after_the_story_day(pipe):
    text = ("Rebels shelled the town on Tuesday.\n\n"
            "Troops arrested two rebel commanders at 9 p.m., witnesses said.")
    doc, _ = _analyse(pipe, text, "2001-03-22")
    (clock,) = [t for t in tag_timexes(text, "2001-03-22", doc=doc) if t.type == "TIME"]
    assert clock.value == "2001-03-20T21:00"


# Sunday 26 April 2020 is the Sunday before the page.
HABIT = "The pastor held crowded services on Sunday mornings despite the ban on gatherings."


def test_a_weekday_with_a_plural_part_of_day_is_a_habit(pipe):
    doc, _ = _analyse(pipe, HABIT, "2020-04-28")
    (habit,) = tag_timexes(HABIT, "2020-04-28", doc=doc)
    assert (habit.type, habit.value) == ("SET", "XXXX-WXX-7TMO")


def test_control_a_weekday_with_one_part_of_day_is_that_day(pipe):
    text = "The pastor held a crowded service on Sunday morning despite the ban on gatherings."
    doc, _ = _analyse(pipe, text, "2020-04-28")
    (day,) = tag_timexes(text, "2020-04-28", doc=doc)
    assert (day.type, day.value) == ("DATE", "2020-04-26")


# The digits of a count or of another zone's time are no clock hour.
def test_a_count_before_a_part_of_day_is_no_clock_time(pipe):
    text = "The petition grew from 1,200 names in the morning to 9,000 by nightfall."
    doc, _ = _analyse(pipe, text, "2013-06-26")
    assert [t for t in tag_timexes(text, "2013-06-26", doc=doc) if t.type == "TIME"] == []
    text = "The crowd at the rally swelled from 3,400 in the morning to 15,000 by evening."
    doc, _ = _analyse(pipe, text, "2013-06-26")
    assert [t for t in tag_timexes(text, "2013-06-26", doc=doc) if t.type == "TIME"] == []


# Thursday 7 August 2014: the Tuesday before it is the 5th.
def test_a_clock_time_with_its_zone_aside_takes_the_day_after_it(pipe):
    text = "The ceasefire between the rival clans came into force at 7 a.m. (0400 GMT) Tuesday."
    doc, _ = _analyse(pipe, text, "2014-08-07")
    times = [(t.text, t.value) for t in tag_timexes(text, "2014-08-07", doc=doc) if t.type == "TIME"]
    assert times == [("7 a.m.", "2014-08-05T07:00")]  # no "00 GMT" hour of its own


# fixT42: an update told in running prose is the story's, not a page stamp; only a line
# that opens with the stamp's words is (the STAMP test above is the control).
# Tuesday 12 March 2024: the Saturday before it is the 9th.
def test_an_update_in_prose_keeps_the_story_day(pipe):
    text = ("Rebels shelled the river town on Saturday.\n\n"
            "The army said in an update at 9 p.m. that its soldiers had killed 20 rebels.")
    doc, result = _analyse(pipe, text, "2024-03-12")
    (clock,) = [t for t in tag_timexes(text, "2024-03-12", doc=doc) if t.type == "TIME"]
    assert clock.value == "2024-03-09T21:00"
    assert _event(result, text, "killed").date == "2024-03-09"


def test_a_last_update_opening_a_sentence_keeps_the_story_day(pipe):
    text = ("Floods swept through the northern valley on Saturday.\n\n"
            "In its last update at 6 p.m., the health ministry put the death toll at 40.")
    doc, _ = _analyse(pipe, text, "2024-03-12")
    (clock,) = [t for t in tag_timexes(text, "2024-03-12", doc=doc) if t.type == "TIME"]
    assert clock.value == "2024-03-09T18:00"


def test_control_a_last_updated_stamp_line_is_of_the_publication_day(pipe):
    text = ("The ministers met in the capital on Saturday.\n\n"
            "(Last updated: 7:15 p.m. ET)")
    doc, _ = _analyse(pipe, text, "2024-03-12")
    (clock,) = [t for t in tag_timexes(text, "2024-03-12", doc=doc) if t.type == "TIME"]
    assert clock.value == "2024-03-12T19:15"


def test_control_a_page_that_names_itself_updated_is_a_stamp(pipe):
    text = ("The ministers met in the capital on Saturday.\n\n"
            "This article was edited and updated at 7:15 p.m. ET.")
    doc, _ = _analyse(pipe, text, "2024-03-12")
    (clock,) = [t for t in tag_timexes(text, "2024-03-12", doc=doc) if t.type == "TIME"]
    assert clock.value == "2024-03-12T19:15"


# house43 (reread item 7): prose that names the report and tells an update to come is
# the story's, not a stamp (the two controls above keep the page's own participle).
# fixU43 (review 44 A item 5): the sentence tells the ministry's day, so that the story
# day asserted is the text's and not a guess (with no day told, the ministry's update
# could as well be of the publication day).
def test_prose_naming_this_report_and_an_update_to_come_keeps_the_story_day(pipe):
    text = ("Floods swept through the northern valley on Saturday.\n\n"
            "In this report the health ministry said on Saturday it would update at 6 p.m. "
            "with a new toll.")
    doc, _ = _analyse(pipe, text, "2024-03-12")
    (clock,) = [t for t in tag_timexes(text, "2024-03-12", doc=doc) if t.type == "TIME"]
    assert clock.value == "2024-03-09T18:00"


# fixU43 (review 44 A item 5), a control that passes on main and here: a page that says
# it will itself be updated at a time speaks on the day it is published, so its update to
# come is of the publication day, as a stamp's is; the stamp reading is kept for it.
def test_control_a_page_that_will_be_updated_is_of_the_publication_day(pipe):
    text = ("Floods swept through the northern valley on Saturday.\n\n"
            "This report will be updated at 6 p.m. with a new toll.")
    doc, _ = _analyse(pipe, text, "2024-03-12")
    (clock,) = [t for t in tag_timexes(text, "2024-03-12", doc=doc) if t.type == "TIME"]
    assert clock.value == "2024-03-12T18:00"


# fixT42: a range that crosses midnight; its first end is of the night before the day
# told on its second end.
def test_a_range_across_midnight_starts_the_day_before(pipe):
    text = "Gunmen attacked a bar in the old port between 11 p.m. and 2 a.m. on Sunday, police said."
    doc, result = _analyse(pipe, text, "2024-03-12")
    values = {t.text: t.value for t in tag_timexes(text, "2024-03-12", doc=doc)}
    assert values["11 p.m."] == "2024-03-09T23:00"  # Saturday night, not Sunday's
    assert _event(result, text, "attacked").date == "2024-03-09"


def test_a_curfew_across_midnight_starts_the_evening_before(pipe):
    text = "A curfew will run from 10:30 p.m. until 4:45 a.m. Friday in the capital and its suburbs."
    doc, _ = _analyse(pipe, text, "2024-03-12")
    values = {t.text: t.value for t in tag_timexes(text, "2024-03-12", doc=doc)}
    assert values["10:30 p.m."] == "2024-03-14T22:30"


def test_control_a_range_within_one_day_and_one_from_midnight(pipe):
    text = ("Voters queued outside the schools from 8 a.m. to 2 p.m. Friday. "
            "The curfew then lasted from midnight until 4:45 a.m. Saturday.")
    doc, _ = _analyse(pipe, text, "2024-03-12")
    values = {t.text: t.value for t in tag_timexes(text, "2024-03-12", doc=doc)}
    assert values["8 a.m."] == "2024-03-08T08:00"
    assert values["midnight"] == "2024-03-09T24:00"
