"""A claim rejected with its maker named beside it by "by" or "from" ("rejected the
proposal by Senator X", "disputed the charges from the union") names that maker as the
rejection's recipient, also where the parse hangs the "by" on the verb; through spaCy's
real parse and the whole pipeline, on sentences made up for the test.

Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


def _recipients(pipe, text, trigger):
    return [r.text for r in by_trigger(events_of(pipe, text, "2026-12-06"), trigger).recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("By a vote of 60 to 38, senators rejected the proposal by Senator Ada Moss to cut "
     "the farm budget.", "rejected", "Ada Moss"),
    ("The agency disputed the account by Senator Paul Reyes of the budget talks.",
     "disputed", "Paul Reyes"),
    ("The chief of police denied the accusation by local residents, calling it false.",
     "denied", "local residents"),
])
def test_the_maker_named_beside_the_rejected_claim_is_the_recipient(pipe, text, trigger,
                                                                   recipient):
    got = _recipients(pipe, text, trigger)
    assert any(recipient in r for r in got), got


@pytest.mark.parametrize("text, trigger", [
    # (controls, pass on main too) a "by" that names no party
    ("The senators rejected the proposal by a wide margin on Tuesday.", "rejected"),
    # a "by" before the verb, of the vote, not of the claim
    ("By a vote of 60 to 38, the senators rejected the proposal.", "rejected"),
])
def test_no_maker_where_the_by_names_none(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []
