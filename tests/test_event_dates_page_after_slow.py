"""datewk: a page written two days or more after the day its lead tells of ("a diplomat
died Saturday" on a Tuesday page) does not give that day to words its body tells with
no time of their own (a minister praising the dead woman): they were said on some day
between, which the text does not give. Controls (pass before and after): the same
words on a page of the day after the lead's day keep that day (the day's reactions);
a body sentence that ties its act to the lead's act "the same day" keeps it too; and
so do the words of "he" going on in the remarks the lead dates.
Through the whole pipeline on pages made up for the test, laid out as a wiki page (a
line with the page's day, paragraphs apart)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

DEATH = ("The retired diplomat Anna Berg died Saturday at her home in Oslo, aged 81.  "
         "Berg was known for brokering a fishing accord in 1978.\n\n\n")
TRIBUTE = "The foreign minister of Norway praised Berg on Twitter, calling her a model for envoys."


def test_words_on_a_page_written_days_after_take_no_day(pipe):
    text = "Tuesday, March 5, 2024\n\n\n" + DEATH + TRIBUTE
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "praised")
    assert ev.date is None, (ev.date, ev.date_text)


def test_control_words_on_a_page_of_the_next_day_keep_the_day(pipe):
    text = "Sunday, March 3, 2024\n\n\n" + DEATH + TRIBUTE
    ev = by_trigger(events_of(pipe, text, "2024-03-03"), "praised")
    assert ev.date == "2024-03-02", (ev.date, ev.date_text)


def test_control_an_act_of_the_same_day_keeps_it(pipe):
    text = ("Tuesday, March 5, 2024\n\n\nVoters in Maine chose their party nominees on "
            "Saturday in a closely watched primary. Turnout was high across the state.\n\n\n"
            "Following the vote, two candidates ended their campaigns and criticized the "
            "party the same day.")
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "criticized")
    assert ev.date == "2024-03-02", (ev.date, ev.date_text)


def test_control_the_lead_speaker_going_on_keeps_the_day(pipe):
    # "he" goes on telling the person just named, in the remarks the lead dates
    text = ("LYON, France - The former mayor Paul Girard said Wednesday that the port was "
            "losing trade to its rivals.\n\n\"We have waited too long,\" Girard said in an "
            "interview.\n\nHe also criticized the regional council for its budget.")
    ev = by_trigger(events_of(pipe, text, "2024-03-09"), "criticized")
    assert ev.date == "2024-03-06", (ev.date, ev.date_text)
