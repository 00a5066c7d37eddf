"""dateund: an act told "at the time" (or "at that time") takes the time the sentence
just before it tells ("Norway proposed a patrol last year. Sweden rejected it at the
time."), as "that same day" does (a day long past as its month); and "that same month"
is read back to the month the text named last, as "the same month" was. Controls (pass
before and after): "at the time of" a named occasion, a quoted "at that time", and a
sentence with a time of its own are not read back; a sentence before with no time, or a
time two sentences back, gives none of its own; a quotation's second sentence reads back
its first. Through the whole pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = ("OSLO - Norway's fisheries minister said on Tuesday that talks with Sweden on "
        "the shared fishing grounds would resume next month. ")


def _event(pipe, text, word, published=PUB):
    art = Article(id="at-the-time", origin="test", text=text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_at_the_time_after_a_year_told_before(pipe):
    ev = _event(pipe, LEAD + "The minister last year proposed a joint patrol of the "
                "grounds. Swedish officials rejected the proposal at the time, saying the "
                "plan was too costly.", "rejected")
    assert ev.date == "2018", (ev.date, ev.date_text)


def test_fronted_at_the_time_after_a_month_told_before(pipe):
    ev = _event(pipe, LEAD + "The two states signed a quota accord in March. At the time, "
                "Denmark criticized the accord as unfair to its fleet.", "criticized")
    assert ev.date == "2019-03", (ev.date, ev.date_text)


def test_that_same_month_is_the_month_named_last(pipe):
    ev = _event(pipe, LEAD + "The previous minister resigned in May 2017 over a quota "
                "dispute. His deputy was named to replace him. Sweden criticized the choice "
                "that same month.", "criticized")
    assert ev.date == "2017-05", (ev.date, ev.date_text)


def test_on_the_subject_and_a_far_day_as_its_month(pipe):
    # the phrase hung on the subject before its verb; a day long past gives its month
    ev = _event(pipe, LEAD + "The minister proposed a joint patrol of the grounds on 4 March "
                "2016. Swedish officials at the time rejected the proposal as too costly.",
                "rejected")
    assert (ev.date, ev.date_precision) == ("2016-03", "month"), (ev.date, ev.date_text)


def test_control_at_the_time_of_an_occasion_is_not_read_back(pipe):
    ev = _event(pipe, LEAD + "The minister last year proposed a joint patrol of the "
                "grounds. Swedish officials rejected the proposal at the time of the summit, "
                "saying the plan was too costly.", "rejected")
    assert (ev.date, ev.date_precision) == (None, None), (ev.date, ev.date_text)


def test_control_a_quoted_at_that_time_is_not_read_back(pipe):
    ev = _event(pipe, LEAD + "The minister last year proposed a joint patrol of the "
                "grounds. \u201cWe rejected the proposal at that time because it cost too "
                "much,\u201d a Swedish official said.", "rejected")
    assert (ev.date, ev.date_precision) == (None, None), (ev.date, ev.date_text)


def test_control_a_time_of_its_own_wins(pipe):
    ev = _event(pipe, LEAD + "The minister last year proposed a joint patrol of the "
                "grounds. Swedish officials rejected the proposal on Monday, saying the plan "
                "was too costly.", "rejected")
    assert ev.date == "2019-06-10", (ev.date, ev.date_text)


def test_control_no_time_before_gives_none(pipe):
    ev = _event(pipe, LEAD + "The minister proposed a joint patrol of the grounds. Swedish "
                "officials rejected the proposal at the time, saying the plan was too "
                "costly.", "rejected")
    # the lead's day, as any untimed act of the story takes it (nothing read back)
    assert (ev.date, ev.date_precision) == ("2019-06-11", "day"), (ev.date, ev.date_text)


def test_control_a_time_further_back_is_not_read_back(pipe):
    ev = _event(pipe, LEAD + "The minister proposed a joint patrol of the grounds in 2017. "
                "She raised the plan again with Swedish envoys. Swedish officials rejected "
                "the proposal at the time, saying the plan was too costly.", "rejected")
    assert (ev.date, ev.date_precision) == (None, None), (ev.date, ev.date_text)


def test_control_a_quotation_reads_back_its_own_sentence_before(pipe):
    # the quotation opened a sentence before: its "at that time" is the speaker's own
    # last time, so reading it back is right (review 42B's suspect on _quoted)
    ev = _event(pipe, "Talks on the border resumed on Thursday.\n\u201cThe minister floated "
                "a joint patrol of the border last year. We rejected it at that time because "
                "it cost too much,\u201d a Swedish official said.", "rejected",
                published="2026-12-04")
    assert (ev.date, ev.date_precision) == ("2025", "year"), (ev.date, ev.date_text)
