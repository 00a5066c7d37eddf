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
    ("Mr. Carl Dunmore faced questions this spring after his former wife, Rosa, filed a "
     "formal complaint accusing him of stalking.", "accusing", "Carl Dunmore"),
    # (the parser splits "ex-wife" into three subjects side by side)
    ("Mr. Carl Dunmore faced questions this spring after his ex-wife, Rosa, filed a "
     "formal complaint accusing him of stalking near her home.", "accusing", "Carl Dunmore"),
    # a subject that is no one, in a clause before, does not stop the pronoun
    ("As the long day has unfolded, dozens of Republican leaders are withdrawing their "
     "endorsements of John Harlow and calling on him to leave the race.", "calling",
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
    # the rule of the subject's owner says nothing and a man named before is taken
    # (fixR43: asserted, so an empty recipient fails too)
    got = _recipients(pipe, "Mayor Tom Briggs met Senator Frank Hale on Monday. Her husband "
                      "later criticized him sharply.", "criticized")
    assert len(got) == 1 and ("Tom Briggs" in got[0] or "Frank Hale" in got[0]), got


# fixR43 (review 44 A, items 1 and 4): an owner that does not resolve, the content of
# what a person says, a named owner of the other gender, armed people of someone's.
# Each fails on main (30588e6) and passes after.
@pytest.mark.parametrize("text, trigger, recipient", [
    # an owner the text does not name: the ordinary search finds the one named before
    ("Police detained the journalist Omar Aziz. The governor's supporters had threatened "
     "him for weeks.", "threatened", "Omar Aziz"),
    ("Police detained the journalist Omar Aziz. Some of the governor's allies had "
     "threatened him.", "threatened", "Omar Aziz"),
    # inside what a person says, the speaker is the one meant
    ("Ahmed Khan said that a governor's senior adviser had threatened him.",
     "threatened", "Ahmed Khan"),
    # the owner is a man by the text's own word ("he", "Mr."): "her" is the woman
    ("Donald Trump told donors he expected a landslide. Hillary Clinton spoke on Monday. "
     "Trump's aides accused her of lying.", "accused", "Hillary Clinton"),
    ("Mr. Trump spoke on Monday. Hillary Clinton spoke on Tuesday. Trump's aides accused "
     "her of lying.", "accused", "Hillary Clinton"),
    # armed people of someone's act on someone else
    ("Rebel commander Ahmed Saleh fled the city on Monday. Assad's soldiers captured him.",
     "captured", "Ahmed Saleh"),
    ("Rebel commander Ahmed Saleh fled the city on Monday. Assad's forces captured him.",
     "captured", "Ahmed Saleh"),
])
def test_the_owner_rule_leaves_the_others_to_the_ordinary_search(pipe, text, trigger,
                                                                 recipient):
    got = _recipients(pipe, text, trigger)
    assert len(got) == 1 and recipient in got[0], got


@pytest.mark.parametrize("text, trigger, recipient", [
    # (controls, pass on main too) what the rule is for: a named owner with no sign of
    # the other gender, a role owner that resolves, a possessive of the same gender
    ("Barack Obama spoke in Ohio on Monday. Obama's Republican challenger accused him of "
     "lying.", "accused", "Barack Obama"),
    ("Governor Paul Mercer signed the budget on Monday. Senator Mary Ellison said the plan "
     "was flawed. Some of the governor's closest allies warned him against the tax.",
     "warned", "Paul Mercer"),
    ("Mr. Carl Dunmore faced questions this spring after his former wife, Rosa, filed a "
     "formal complaint accusing him of stalking.", "accusing", "Carl Dunmore"),
])
def test_control_the_owner_rule_still_takes_the_owner(pipe, text, trigger, recipient):
    got = _recipients(pipe, text, trigger)
    assert len(got) == 1 and recipient in got[0], got


def test_control_a_spelled_out_rank_is_still_a_soldier(pipe):
    # (passes on main too) a rank with no name after it is the one acted on
    got = _recipients(pipe, "Gunmen attacked a lieutenant near the base on Monday.",
                      "attacked")
    assert got == ["a lieutenant"], got


@pytest.mark.parametrize("text, trigger", [
    # fixR43 (review 44 A, item 7): in capitals the tokenizer parts both titles from their
    # stops and the actors stage takes them for organisations ("LT . GOV . X")
    ("Two women accused LT. GOV. Dana Fairley of assault.", "accused"),
    ("Police arrested LT. GOV. Dana Fairley on Monday.", "arrested"),
])
def test_titles_in_capitals_are_the_person_named_after_them(pipe, text, trigger):
    got = _recipients(pipe, text, trigger)
    assert got == ["Dana Fairley"], got
