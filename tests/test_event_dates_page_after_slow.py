"""datewk: a page written three days or more after the day its lead tells of ("a diplomat
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


# fixR (a blind review of the rule): the lead's speaker going on under a name or "it",
# a pronoun after a lead that tells no saying, acts tied to the lead's act by a phrase

SPEECH = ("LYON, France - The former mayor Paul Girard said Wednesday that the port was "
          "losing trade to its rivals.\n\n\"We have waited too long,\" Girard said in an "
          "interview.\n\n")


# "He" (a control, passes before datewk too) goes on telling the person just named, in
# the remarks the lead dates; so do the speaker's name and title.
@pytest.mark.parametrize("subject", ["He", "Girard", "The former mayor"])
def test_the_lead_speaker_going_on_keeps_the_day(pipe, subject):
    text = SPEECH + subject + " also criticized the regional council for its budget."
    ev = by_trigger(events_of(pipe, text, "2024-03-09"), "criticized")
    assert ev.date == "2024-03-06", (ev.date, ev.date_text)


def test_a_ministry_going_on_as_it_keeps_the_day(pipe):
    text = ("OSLO - Norway's foreign ministry said Wednesday that the talks on the border "
            "had stalled for a month.\n\n\"We see no progress,\" the ministry added in a "
            "statement.\n\nIt also accused Moscow of delaying the next round.")
    ev = by_trigger(events_of(pipe, text, "2024-03-09"), "accused")
    assert ev.date == "2024-03-06", (ev.date, ev.date_text)


@pytest.mark.parametrize("subject", ["He", "They"])
def test_a_pronoun_after_a_lead_of_no_saying_takes_no_day(pipe, subject):
    text = ("Tuesday, March 5, 2024\n\n\n" + DEATH + "The Swedish diplomat Lars Holm worked "
            "beside her for two decades.  " + subject + " praised Berg on Twitter, calling "
            "her a model for envoys.")
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "praised")
    assert ev.date is None, (ev.date, ev.date_text)


RATE = ("The central bank of Brazil raised its main interest rate by half a point on "
        "Friday, the third increase this year.\n\nInflation has stayed above the bank's "
        "target in each of the two years before.\n\n")


@pytest.mark.parametrize("sentence,trigger", [
    ("Shortly after the announcement, the finance minister welcomed the decision.", "welcomed"),
    ("After the decision, the finance minister criticized the bank.", "criticized"),
    ("Reacting to the move, the finance minister criticized the bank.", "criticized"),
    ("At a briefing after the rate decision, the bank's governor defended the increase.",
     "defended"),
])
def test_words_tied_to_the_leads_act_keep_its_day(pipe, sentence, trigger):
    ev = by_trigger(events_of(pipe, RATE + sentence, "2024-03-11"), trigger)
    assert ev.date == "2024-03-08", (ev.date, ev.date_text)


def test_control_untied_words_on_a_page_days_after_take_no_day(pipe):
    ev = by_trigger(events_of(pipe, RATE + "The finance minister criticized the bank.",
                              "2024-03-11"), "criticized")
    assert ev.date is None, (ev.date, ev.date_text)


def test_control_words_on_a_page_two_days_after_keep_the_day(pipe):
    # STORY_GAP_DAYS is three: a Friday's news on a Sunday page is still the day's
    text = "Monday, March 4, 2024\n\n\n" + DEATH + TRIBUTE
    ev = by_trigger(events_of(pipe, text, "2024-03-04"), "praised")
    assert ev.date == "2024-03-02", (ev.date, ev.date_text)


# house39 (the reviewer's item 6): the rule's "same day" clause (a body sentence whose
# "the same day" anchors to no time told just before it) had no test that could fail:
# the control above keeps its day by its tie to the vote as well, and sits in the lead.
# A body sentence with no tie and no speaker going on keeps the lead's day by the clause
# alone (passes on main; fails with the clause taken out of
# `StoryTime._written_days_after`).
def test_words_told_the_same_day_in_the_body_keep_it(pipe):
    text = ("Tuesday, March 5, 2024\n\n\n" + DEATH + "The foreign minister of Norway "
            "praised Berg the same day, calling her a model for envoys.")
    ev = by_trigger(events_of(pipe, text, "2024-03-05"), "praised")
    assert ev.date == "2024-03-02", (ev.date, ev.date_text)
