"""dateund: an act told "at the time" (or "at that time") takes the time the sentence
just before it tells ("Norway proposed a patrol last year. Sweden rejected it at the
time."), as "that same day" does (a day long past as its month); and "that same month"
is read back to the month the text named last, as "the same month" was. Controls (pass
before and after): "at the time of" a named occasion, a quoted "at that time", and a
sentence with a time of its own are not read back; a sentence before with no time, or a
time two sentences back, gives none of its own; a quotation's second sentence reads back
its first. fixT41 (review 42B): nor is "at the time" inside a relative clause read back
for its sentence's main act. Through the whole pipeline on reports made up for the
test."""

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


# fixT41 (review 42B item 1): "at the time" inside a relative clause tells when
# that clause held ("a sailor who worked on the trawler at the time"), not when the
# sentence's main act happened; the main act keeps its own date and is not dropped as
# old news.

def test_relative_clause_at_the_time_leaves_a_far_time_alone(pipe):
    ev = _event(pipe, LEAD + "A Danish trawler sank in the grounds in March 2016. Police "
                "detained a sailor who worked on the trawler at the time, prosecutors said.",
                "detained")
    assert (ev.date, ev.date_precision) == (None, None), (ev.date, ev.date_text)


def test_relative_clause_at_the_time_leaves_a_near_day_alone(pipe):
    # read back, the arrest took the storm's day
    ev = _event(pipe, "A storm flooded the harbour district on Nov. 20.\nPolice arrested a "
                "man who ran the pumping station at the time, officials said.", "arrested",
                published="2026-12-04")
    assert (ev.date, ev.date_precision) == (None, None), (ev.date, ev.date_text)


def test_relative_clause_on_the_subject_leaves_the_act_alone(pipe):
    ev = _event(pipe, LEAD + "The minister ran for the premiership in 2015. Larsen, who "
                "was her deputy at the time, criticized the new quota plan.", "criticized")
    assert (ev.date, ev.date_precision) == ("2019-06-11", "day"), (ev.date, ev.date_text)


def test_control_at_the_time_before_a_saying_verb_is_read_back(pipe):
    # the act told first and its source after it ("..., the ministry said"): still the
    # sentence's act, read back as before
    ev = _event(pipe, LEAD + "The minister last year proposed a joint patrol of the "
                "grounds. Swedish officials rejected the proposal at the time, the "
                "ministry said.", "rejected")
    assert (ev.date, ev.date_precision) == ("2018", "year"), (ev.date, ev.date_text)



def test_control_as_reported_at_the_time_is_read_back(pipe):
    # "As X reported at the time, ...": the report tells the main clause's act, so the
    # act is of that time, as before
    ev = _event(pipe, LEAD + "The two states held quota talks in 2016. As the state "
                "broadcaster reported at the time, Swedish officials rejected the proposal "
                "as too costly.", "rejected")
    assert (ev.date, ev.date_precision) == ("2016", "year"), (ev.date, ev.date_text)
