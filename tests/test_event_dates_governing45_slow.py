"""dategov45: a time the sentence gives to one act, given by `governing` to another it
names. The asking an act was done "at" ("released the files on Tuesday at the paper's
request"), an act named after "about" on a verb of saying or asking ("Asked on Tuesday
about a request for more police, ..."), and what a document says when the verb whose
object it is acts on a document issued before ("On Tuesday the appeals court upheld a
judge's ruling, which barred ...") were done before, on a day the text does not give:
they are left undated. Controls (pass before and after): the act done keeps its day; a
report the verb issues keeps its day for what it says; a time of the noun's own still
dates it. Through the whole pipeline on reports made up for the test, published on a
Thursday."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday
# A lead of one sentence, so the sentence under test is told in the body.
LEAD = "The mayor of Lyon resigned on Wednesday after a long dispute with the council.\n\n"


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "On Tuesday, the regional governor released his travel records at the "
     "newspaper's request.", "request"),
    (LEAD + "The council released the documents on Tuesday at the request of the "
     "prosecutor.", "request"),
    (LEAD + "Asked in a radio interview on Tuesday about a request from the governor for "
     "more police, the minister said no decision had yet been made.", "request"),
    (LEAD + "On Tuesday, the appeals court upheld a ruling by a district judge that barred "
     "the ministry from closing the clinic.", "barred"),
])
def test_an_act_named_beside_a_dated_act_takes_none_of_its_day(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


def test_control_the_act_done_at_the_request_keeps_its_day(pipe):
    text = LEAD + "On Tuesday, the minister visited the port at the invitation of the union."
    ev = by_trigger(events_of(pipe, text, PUB), "visited")
    assert ev.date == "2024-12-03", (ev.date, ev.date_text)


def test_control_what_an_issued_report_says_keeps_its_day(pipe):
    text = "On Friday the mayor released a report that accused the police of abuses."
    ev = by_trigger(events_of(pipe, text, PUB), "accused")
    assert ev.date == "2024-12-06", (ev.date, ev.date_text)


def test_control_a_request_with_a_time_of_its_own_keeps_it(pipe):
    text = LEAD + ("Asked on Tuesday about the governor's Monday request for more police, "
                   "the minister said no decision had yet been made.")
    ev = by_trigger(events_of(pipe, text, PUB), "request")
    assert ev.date == "2024-12-02", (ev.date, ev.date_text)


def test_control_a_month_told_still_dates_the_asking(pipe):
    # the asking came before the act, within the month the sentence tells
    text = LEAD + ("The ministry said police arrested the suspect in March at the request of "
                   "the German government.")
    ev = by_trigger(events_of(pipe, text, PUB), "request")
    assert ev.date == "2024-03", (ev.date, ev.date_text)


# fixG45 (review C of stop 45): the over-reach of the rules above.
@pytest.mark.parametrize("text, trigger", [
    # item 1: the statement, note, letter the verb is made with or in is its own words
    (LEAD + "On Tuesday the ministry reacted with a statement that accused Kyiv of "
     "provocation.", "accused"),
    (LEAD + "The union appealed on Tuesday in a letter that urged the minister to "
     "intervene.", "urged"),
    # item 2: the latest report, released that day, says it that day
    (LEAD + "On Tuesday the agency released its most recent report, which accused the "
     "army of torture.", "accused"),
    (LEAD + "On Tuesday the commission released its last report, which accused the army "
     "of torture.", "accused"),
])
def test_fixG45_a_document_issued_with_the_dated_act_keeps_its_day(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert ev.date == "2024-12-03", (ev.date, ev.date_text)


def test_fixG45_the_topic_of_words_in_a_month_takes_that_month_not_the_day(pipe):
    # item 3: the month the sentence tells, never the publication day
    text = LEAD + "Last month the minister told reporters about the arrest of two journalists."
    ev = by_trigger(events_of(pipe, text, PUB), "arrest")
    assert ev.date != PUB, (ev.date, ev.date_text)
    assert ev.date in ("2024-11", None), (ev.date, ev.date_text)


def test_fixG45_control_a_ruling_upheld_stays_undated(pipe):
    # what the document rule was for: a verb acting on a document issued before
    text = LEAD + ("On Tuesday the appeals court upheld a lower court ruling that ordered the "
                   "release of the activists.")
    ev = by_trigger(events_of(pipe, text, PUB), "release")
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


def test_fixG45_a_week_told_still_dates_the_asking(pipe):
    # suspect of review C: the week the sentence tells is as safe as its month
    text = LEAD + ("Police detained the suspect this week at the request of the Spanish "
                   "authorities, a spokesman said.")
    ev = by_trigger(events_of(pipe, text, PUB), "request")
    assert ev.date == "2024-W49", (ev.date, ev.date_text)
