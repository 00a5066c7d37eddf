"""keytype38 (stop 38): key events with no record of their type, through spaCy's real
parse and the whole pipeline, on sentences made up for the test. A legislature
confirming a person by name or the one picked for an office approves them (SUPPORT
050); exchanging or trading views or ideas is a discussion (CONSULT 040); voting no is
voting against (REJECT 120). Each positive case fails before the change; the controls
(marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import coded as _coded

pytestmark = pytest.mark.slow


def _of_type(pipe, text, typ):
    return [c for c in _coded(pipe, text) if c[0] == typ]


# a legislature confirming a person or the one picked (events.senses._confirm)

@pytest.mark.parametrize("text, trigger, recipient", [
    ("The Senate on Monday confirmed Maria Lindqvist to lead the transport department.",
     "confirmed", "Maria Lindqvist"),
    ("Nine Democrats voted with the majority to confirm Maria Lindqvist.", "confirm",
     "Maria Lindqvist"),
    ("Late on Thursday the chamber confirmed the governor's choice to run the state police.",
     "confirmed", None),
    ("Maria Lindqvist was confirmed by the full chamber in a close vote.", "confirmed",
     "Maria Lindqvist"),
])
def test_a_legislature_confirming_a_person_or_a_pick_approves_them(pipe, text, trigger, recipient):
    found = [c for c in _of_type(pipe, text, "SUPPORT") if c[2] == trigger]
    assert found and found[0][1] == "050"
    if recipient is not None:
        assert recipient in found[0][4]


@pytest.mark.parametrize("text", [
    # controls (pass on main too): a fact confirmed, a person said of, a death, a saying
    "The ministry confirmed the death of Maria Lindqvist.",
    "A spokesman confirmed Maria Lindqvist had resigned from the board.",
    "Maria Lindqvist was confirmed dead by the hospital.",
    "Police confirmed Maria Lindqvist to be the driver.",
    "The agency confirmed Norway passed the limit last year.",
    "The office confirmed the report on Tuesday.",
])
def test_a_fact_confirmed_is_no_approval(pipe, text):
    assert not [c for c in _of_type(pipe, text, "SUPPORT") if c[2] and c[2].startswith("confirm")]


def test_the_nominee_and_the_as_rows_still_code(pipe):
    # controls (pass on main too): the lexicon's two-word rows
    assert _of_type(pipe, "The Senate confirmed the nominee on Monday.", "SUPPORT")
    assert _of_type(pipe, "The Senate confirmed Maria Lindqvist as ambassador to Chile.",
                    "SUPPORT")


# exchanging or trading views, ideas or opinions (lexicon)

@pytest.mark.parametrize("text, trigger", [
    ("The two foreign ministers exchanged views on the border dispute on Friday.", "exchanged"),
    ("The governor said two senators had been exchanging ideas with the mayor about the budget.",
     "exchanging"),
    ("The premiers traded ideas with the union leaders on pensions.", "traded"),
    ("The envoys exchanged opinions on the fishing quota.", "exchanged"),
])
def test_exchanging_views_or_ideas_is_a_discussion(pipe, text, trigger):
    found = [c for c in _of_type(pipe, text, "CONSULT") if c[2] == trigger]
    assert found and found[0][1] == "040"


@pytest.mark.parametrize("text", [
    # controls (pass on main too): fire exchanged, goods traded
    "The two armies exchanged fire across the river overnight.",
    "The firms traded shares with investors in Oslo.",
])
def test_fire_or_goods_exchanged_is_no_discussion(pipe, text):
    assert not _of_type(pipe, text, "CONSULT")


# voting no (lexicon)

def test_voting_no_is_voting_against(pipe):
    found = _of_type(pipe, "A dozen Republicans voted no on the spending plan on Thursday.",
                     "REJECT")
    assert found and found[0][1] == "120" and found[0][2] == "voted"


def test_a_vote_against_and_a_conditional_no(pipe):
    # controls (pass on main too): the row "vote against"; a "no" vote told as a condition
    assert _of_type(pipe, "A dozen Republicans voted against the spending plan.", "REJECT")
    assert not _of_type(pipe, "If two senators vote no, the plan would fail.", "REJECT")
