"""How a fronted "as" clause is read on a real parse (events.saying `credits_telling`):
a verb of agreeing or demanding with a phrase saying what it is about tells an act of
its own, not a credit to a telling. Every sentence is made up."""

from __future__ import annotations

import pytest

from newsbrief.events.saying import credits_telling

pytestmark = pytest.mark.slow


def _as_clause(nlp, text: str):
    (clause,) = [t for t in nlp(text) if t.dep_ == "advcl" and t.left_edge.lower_ == "as"]
    return clause


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
