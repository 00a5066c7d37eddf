"""dateplace: an act told in an "N days after" clause is that many days before the act
the clause hangs on, also when the parser hangs the span of days on the verb above the
clause ("The decision came a day after X accused ...") or on a noun in that verb's
phrase ("talked in a video call a day after the assembly approved ...") instead of
on the clause's own verb. Before, no count was read there and the clause's act was left
undated, though the text places it. "A few days" after a day is no count of one day
(the article is "few"'s). Controls (pass before and after): the span hung on the
clause's verb, a main act with its own day, and an "after" clause with no count. Through
the whole pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, published, trigger, day", [
    # the span on a noun of the main verb's phrase; the main act takes the lead's Friday
    ("The mayors of Lyon and Nice warned on Friday that residents would pay more under "
     "the budget plan. Both mayors talked in a video call a day after the regional "
     "assembly approved a bill that advanced the plan.",
     "2017-10-27", "approved", "2017-10-26"),
    # the span on "came", whose subject is the lead's act of Wednesday
    ("The ministry announced on Wednesday that both appointments were withdrawn. The "
     "decision came a day after Senator Smith accused the candidates of lying.",
     "2017-12-13", "accused", "2017-12-12"),
])
def test_a_span_hung_above_the_clause_still_counts(pipe, text, published, trigger, day):
    found = [ev for ev in events_of(pipe, text, published)
             if ev.trigger and ev.trigger.text == trigger]
    assert found, trigger
    ev = max(found, key=lambda e: e.trigger.start)  # the clause's act, told last
    assert (ev.date, ev.date_source) == (day, "text"), (ev.date, ev.date_text)


def test_control_the_span_on_the_clause_verb(pipe):
    text = "The governor resigned on Thursday. His exit came two days after the party " \
           "accused him of fraud."
    ev = by_trigger(events_of(pipe, text, "2017-10-27"), "accused")
    assert ev.date == "2017-10-24", (ev.date, ev.date_text)


def test_control_the_main_act_with_its_own_day(pipe):
    text = "The governor resigned on Thursday, a day after his party accused him of fraud."
    evs = events_of(pipe, text, "2017-10-27")
    assert by_trigger(evs, "resigned").date == "2017-10-26"
    assert by_trigger(evs, "accused").date == "2017-10-25"


def test_control_an_after_clause_with_no_count(pipe):
    text = "The governor resigned on Thursday. His exit came after the party accused him " \
           "of fraud."
    ev = by_trigger(events_of(pipe, text, "2017-10-27"), "accused")
    # no span of days: the accusation came some time before the exit, on no day the
    # text gives (fixD: the control asserted only that it was not one wrong day)
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


def test_a_few_days_is_no_count(pipe):
    # "a few days": the article belongs to "few", not to a day; the clause's act is some
    # days before, on no day the text gives (it was read as "a day" before)
    text = "The governor resigned on Thursday, a few days after the party accused him " \
           "of fraud."
    ev = by_trigger(events_of(pipe, text, "2020-03-20"), "accused")
    assert ev.date is None, (ev.date, ev.date_text)


@pytest.mark.parametrize("text, published, trigger, day", [
    # fixD: "a further two days", "an extra three days": the number counts, not the article
    ("The governor resigned on Thursday, a further two days after the party accused him "
     "of fraud.", "2017-10-27", "accused", "2017-10-24"),
    ("The governor resigned on Thursday, an extra three days after the party accused him "
     "of fraud.", "2017-10-27", "accused", "2017-10-23"),
])
def test_an_article_before_a_word_and_a_number(pipe, text, published, trigger, day):
    ev = by_trigger(events_of(pipe, text, published), trigger)
    assert (ev.date, ev.date_source) == (day, "text"), (ev.date, ev.date_text)
