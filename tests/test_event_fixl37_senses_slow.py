"""fixL (stop 37), the review of keymiss's "push back" and "direct/instruct" senses,
on the real parse (en_core_web_sm) of sentences made up for the test: pushing back
in a fight (armed men or police, or against them or an attack) is no refusal,
wherever the parser hangs "against"; an order's to-clause follows the one ordered."""

from __future__ import annotations

import pytest

from newsbrief.events.coding import code_predicate

pytestmark = pytest.mark.slow


def _types(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    got = code_predicate(doc, tok)
    return got.type if got else None


@pytest.mark.parametrize("text", [
    "Ukrainian troops pushed back against Russian advances near the river.",
    "Government forces pushed back on several fronts overnight.",
    "Riot police pushed back against the crowd.",
    "Israeli soldiers pushed back against Hamas fighters near the port.",
], ids=["advances", "fronts", "police", "fighters"])
def test_pushing_back_in_a_fight_is_no_refusal(nlp, text):
    assert _types(nlp, text, "pushed") != "REJECT"


def test_pushing_back_against_fighters_under_back_is_no_refusal(nlp):
    # the parser hangs "against" on "back" here, not on "pushed"
    text = "Afghan villagers pushed back against Taliban fighters in Kandahar City."
    doc = nlp(text)
    assert next(t for t in doc if t.lower_ == "against").head.lower_ == "back"
    assert _types(nlp, text, "pushed") != "REJECT"


def test_pushing_back_against_a_plan_is_still_a_refusal(nlp):
    assert _types(nlp, "The union pushed back against the plan.", "pushed") == "REJECT"


def test_instructing_students_for_years_orders_nothing(nlp):
    text = "He instructed pupils in German for many years to pay his rent."
    assert _types(nlp, text, "instructed") != "REQUEST"


def test_instructing_an_army_to_act_is_still_an_order(nlp):
    text = "The premier instructed the navy to escort the ships."
    assert _types(nlp, text, "instructed") == "REQUEST"
