"""A claim rejected by pointing back to it ("rejected that posture", "disputed this
claim") names its teller, the subject of the nearest verb of telling in the sentences
before (or the maker of the claim that telling tells of), as the rejection's recipient;
through spaCy's real parse and the whole pipeline, on sentences made up for the test.

Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


def _recipients(pipe, text, trigger):
    return [r.text for r in by_trigger(events_of(pipe, text, "2026-12-06"), trigger).recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Union leaders said on Monday that the plant should stay open through the winter.\n\n"
     "The company owner rejected that view on Tuesday, saying costs were too high.",
     "rejected", "Union leaders"),
    # the telling two sentences back, a quote alone between
    ("Governor Alan Pike argued on Friday that the new tax would pay for the roads.\n\n"
     "“The roads cannot wait another year.”\n\n"
     "State senators dismissed such arguments at a hearing on Monday.",
     "dismissed", "Alan Pike"),
    # a telling of another's claim: whose claim it tells
    ("City officials said on Monday that the union had made new demands.\n\n"
     "The owner rejected those demands on Tuesday.", "rejected", "union"),
])
def test_the_teller_of_the_claim_pointed_back_to_is_the_recipient(pipe, text, trigger,
                                                                  recipient):
    got = _recipients(pipe, text, trigger)
    assert any(recipient in r for r in got), got


@pytest.mark.parametrize("text, trigger", [
    # (controls, pass on main too) the nearest teller a pronoun: no older teller taken
    ("Governor Alan Pike said the plant would close. She said the talks would go on.\n\n"
     "The mayor disputed this claim in a radio interview.", "disputed"),
    # a claim not pointed back to ("the proposal")
    ("Governor Alan Pike said the plant would close.\n\n"
     "The mayor rejected the proposal on Friday.", "rejected"),
    # the nearest telling is the rejecter's own
    ("The mayor said on Monday that the plant would close.\n\n"
     "The mayor later rejected that notion.", "rejected"),
])
def test_no_teller_is_taken_where_none_is_named_just_before(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []


def test_a_sentence_of_another_act_between_stops_the_search(pipe):
    # the proposals are the council's amendments, not the mayor's words before them
    text = ("The mayor said on Monday that the budget was tight. The council voted on "
            "Tuesday to add two amendments.\n\nThe governor rejected those proposals.")
    assert _recipients(pipe, text, "rejected") == []

