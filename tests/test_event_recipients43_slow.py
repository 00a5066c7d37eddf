"""recip43 (stop 43): recipients left empty, or wrong, where the text names the target,
through spaCy's real parse and the whole pipeline, on sentences made up for the test.

- an object pronoun whose verb's subject is someone's people ("the governor's allies
  warned him", "his former wife filed a complaint accusing him") stands for that someone;
- the subject of a clause that sets the scene and is no one ("as the day unfolded")
  does not stop an object pronoun from finding the person named before it.

(An abbreviated title split from its full stop, "Lt . Gov. X", is tested on a hand-built
parse in test_event_recipients43.py: the real parse of a short made-up sentence keeps
"Lt." inside the name.)

Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _recipients(pipe, text, trigger):
    found = [ev for ev in events_of(pipe, text, "2026-12-06")
             if ev.trigger and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events_of(pipe, text)]
    return [r.text for r in found[0].recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    # the owner of the subject: a role noun that resolves, a possessive of the same gender
    ("Governor Paul Mercer signed the budget on Monday. Senator Mary Ellison said the plan "
     "was flawed. Some of the governor's closest allies warned him against the tax.",
     "warned", "Paul Mercer"),
    ("Mr. Carl Dunmore was in trouble last month when his former wife, Jenny, filed a "
     "complaint accusing him of trespassing.", "accusing", "Carl Dunmore"),
    # (the parser splits "ex-wife" into three subjects side by side)
    ("Mr. Carl Dunmore was in trouble last month when his ex-wife, Jenny, filed a "
     "complaint accusing him of trespassing on her property.", "accusing", "Carl Dunmore"),
    # a subject that is no one, in a clause before, does not stop the pronoun
    ("As the long day has unfolded, dozens of Republican leaders are withdrawing their "
     "endorsements of John Harlow and calling on him to quit the race.", "calling",
     "John Harlow"),
])
def test_an_object_pronoun_finds_the_one_the_text_means(pipe, text, trigger, recipient):
    got = _recipients(pipe, text, trigger)
    assert any(recipient in r for r in got), got


def test_control_a_pronoun_for_the_doer_himself_stays_empty(pipe):
    # (passes on main too) the only man named is the doer
    got = _recipients(pipe, "Governor Paul Mercer spoke on Monday. Mercer later criticized "
                      "him sharply.", "criticized")
    assert got == [], got


def test_control_him_with_two_men_takes_the_other_one(pipe):
    # (passes on main too) the doer is bound; the other man named before is meant
    got = _recipients(pipe, "Mayor Tom Briggs met Senator Frank Hale on Monday. Briggs later "
                      "criticized him sharply.", "criticized")
    assert any("Frank Hale" in r for r in got), got


def test_control_an_owner_of_the_other_gender_is_not_the_pronoun(pipe):
    # (passes on main too) "her husband ... him": the owner is not whom "him" means, so
    # the rule of the subject's owner says nothing and the man named before is taken
    got = _recipients(pipe, "Mayor Tom Briggs met Senator Frank Hale on Monday. Her husband "
                      "later criticized him sharply.", "criticized")
    assert not any("husband" in r for r in got), got


def test_control_a_spelled_out_rank_is_still_a_soldier(pipe):
    # (passes on main too) a rank with no name after it is the one acted on
    got = _recipients(pipe, "Gunmen attacked a lieutenant near the base on Monday.",
                      "attacked")
    assert got == ["a lieutenant"], got
