"""How a fronted "as" clause is read on a real parse (events.governing `_fronted_as`,
events.saying `credits_telling`): a "be" with a complement tells a state at the clause's
time, not a likeness; a verb of agreeing with a phrase saying what it is about tells an
act of its own, not a credit to a telling, while another credit verb's phrase tells the
one spoken to or the medium and the clause stays a credit. Every sentence is made up."""

from __future__ import annotations

import pytest

from newsbrief.events.whenclauses import _fronted_as
from newsbrief.events.saying import credits_telling

from made_up import coded

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


# After a credit verb other than one of agreeing, "to", "on" or "for" tells the one spoken
# to, the medium or the manner, not what the clause is about: the clause stays a credit.
@pytest.mark.parametrize("text", [
    "As the governor pledged to her voters in 2020, the troops left the harbour.",
    "As the minister vowed on television in 2017, the guards released the six sailors.",
    "As the tribunal ordered on review in 2021, the warden freed the three activists.",
    "As the strikers demanded for their families in April, the owners raised wages.",
])
def test_a_credit_to_someone_or_on_a_medium_stays_a_credit(nlp, text):
    assert credits_telling(_as_clause(nlp, text))


# The same end to end: the main act is not given the credit's past year (and so not
# dropped as old background); the arrest answers the pledge, later.
@pytest.mark.parametrize("text, word, typ", [
    ("As the governor pledged to her voters in 2020, the police detained the smugglers.",
     "detained", "COERCE"),
    ("As the minister vowed on television in 2017, the rebels freed the two hostages.",
     "freed", "RETREAT"),
])
def test_act_after_a_credit_to_someone_keeps_its_record(pipe, text, word, typ):
    assert typ in [t for t, _, trig, _, _ in coded(pipe, text) if trig == word]


def test_control_an_act_told_in_a_past_year_is_dropped(pipe):
    """The drop the credit must not reach: an act told in a past year is old background."""
    for text, word in [("In 2020, the police detained the smugglers.", "detained"),
                       ("In 2017, the rebels freed the two hostages.", "freed")]:
        assert [t for t, _, trig, _, _ in coded(pipe, text) if trig == word] == []
