"""How a fronted "as" clause is read on a real parse (events.governing `_fronted_as`,
events.saying `credits_telling`): a "be" with a complement tells a state at the clause's
time, not a likeness; a verb of agreeing or demanding with a phrase saying what it is
about tells an act of its own, not a credit to a telling. Every sentence is made up."""

from __future__ import annotations

import pytest

from newsbrief.events.governing import _fronted_as
from newsbrief.events.saying import credits_telling

pytestmark = pytest.mark.slow


def _as_clause(nlp, text: str):
    (clause,) = [t for t in nlp(text) if t.dep_ == "advcl" and t.left_edge.lower_ == "as"]
    return clause


@pytest.mark.parametrize("text", [
    "As the harbour was quiet on Sunday, the navy reopened the channel.",
    "As there were riots on Thursday, the mayor imposed a curfew.",
])
def test_a_state_told_with_be_is_a_time(nlp, text):
    assert _fronted_as(_as_clause(nlp, text))


@pytest.mark.parametrize("text", [
    "As it was in 2011, the count was slow.",
    "As was the case in 2011, the assembly rejected the budget.",
    "As they did on Sunday, the strikers marched to the mill.",
])
def test_control_a_likeness_is_no_time(nlp, text):
    assert not _fronted_as(_as_clause(nlp, text))


@pytest.mark.parametrize("text", [
    "As the two rebel groups agreed to a ceasefire on Sunday, the army pulled out of the valley.",
    "As the two unions agreed on a merger on Thursday, the board closed the pit.",
])
def test_an_agreement_about_something_is_no_credit(nlp, text):
    assert not credits_telling(_as_clause(nlp, text))


@pytest.mark.parametrize("text", [
    "As the rebel groups agreed in 2017, the army pulled out of the valley.",
    "As the miners demanded in a petition on Thursday, the board raised pay.",
    "As the auditors found in Turin in 2016, the firm hid its losses.",
])
def test_control_a_credit_with_a_time_place_or_medium_stays_a_credit(nlp, text):
    assert credits_telling(_as_clause(nlp, text))
