"""A relative clause the parser hung on the weekday or month set after a noun ("the raid
on Monday, which wounded ...") is the noun's: its doer is never that time, but the
noun's own doer when the noun names one. Controls: a named doer of its own relative
clause, and a clause after a month the parser hangs on the noun, keep what they had.
Through the whole pipeline, on sentences made up for the test."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2026-06-10"


@pytest.mark.parametrize("text, trigger", [
    ("The shelling on Monday, which wounded three Kenyan police officers, was condemned by "
     "Uganda.", "wounded"),
    ("The attack on Sunday, which killed two Malian guards, drew a rebuke from France.",
     "killed"),
])
def test_a_day_after_a_noun_is_no_doer(pipe, text, trigger):
    # the noun names no doer of its own, so the clause's act has none
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert [a.text for a in ev.actor] == [], ev.actor


def test_the_nouns_own_doer_does_the_clauses_act(pipe):
    text = "Al-Shabaab's raid on Monday, which killed four Kenyan soldiers, was condemned by Uganda."
    ev = by_trigger(events_of(pipe, text, PUB), "killed")
    assert [a.text for a in ev.actor] == ["Al-Shabaab"], ev.actor


def test_control_a_named_doer_of_a_relative_clause_stays(pipe):
    text = "The Somali militia, which shelled the camp on Friday, was condemned by Kenya."
    ev = by_trigger(events_of(pipe, text, PUB), "shelled")
    assert [a.text for a in ev.actor] == ["The Somali militia"], ev.actor


def test_control_a_month_after_a_noun_with_its_doer_before_it(pipe):
    text = "The Russian strike in March, which destroyed a Syrian hospital, drew a rebuke from France."
    ev = by_trigger(events_of(pipe, text, PUB), "destroyed")
    assert [a.text for a in ev.actor] == ["Russian"], ev.actor
