"""Stop 53's recip54: a verb of sending or withdrawing in a clause under the act moves its
object, so the object is no recipient ("agreed to send 400 soldiers": the soldiers are
what is sent). Whom they are sent to, under the clause verb's preposition, is.

Sentences are made up for the test. Each case fails on 7c31651e; the controls (marked)
pass on both."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


def _recipients(pipe, text, trigger):
    return [r.text for r in by_trigger(events_of(pipe, text, "2026-12-07"), trigger).recipient]


@pytest.mark.parametrize("text, trigger", [
    ("The Dutch cabinet agreed to send 250 soldiers.", "agreed"),
    ("Germany agreed to deploy 90 troops.", "agreed"),
])
def test_what_a_clause_sends_is_no_recipient(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []


@pytest.mark.parametrize("text, trigger, country_word", [
    ("The Dutch cabinet agreed to send 250 soldiers to Lithuania.", "agreed", "Lithuania"),
    ("Canada agreed to deploy 120 troops to Latvia.", "agreed", "Latvia"),
    # withdrawing: what is left, not what is pulled out
    ("Turkey threatened to withdraw its soldiers from Cyprus.", "threatened", "Cyprus"),
])
def test_whom_a_clause_sends_to_is_the_recipient(pipe, text, trigger, country_word):
    assert _recipients(pipe, text, trigger) == [country_word]


@pytest.mark.parametrize("text, trigger, want", [
    # (controls) a clause verb that acts on its object keeps it
    ("The Dutch cabinet agreed to meet the Lithuanian delegation.", "agreed", "the Lithuanian delegation"),
    ("The Dutch cabinet agreed to expel the Russian diplomats.", "agreed", "the Russian diplomats"),
    # a verb of giving whose thing is under "with" gives to its object
    ("Mexico offered to supply the Guatemalan police with trucks.", "offered", "the Guatemalan police"),
    # a "to" the parser gives as the clause verb's dative names whom it is lent to
    ("The ministry offered to lend two analysts to the FBI.", "offered", "the FBI"),
])
def test_a_clause_acting_on_its_object_keeps_it(pipe, text, trigger, want):
    assert want in _recipients(pipe, text, trigger)
