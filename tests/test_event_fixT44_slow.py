"""fixT44 (stop 44): review B's items 1-5 on keytype44's two rules, through spaCy's real
parse and the whole pipeline, on sentences made up for the test (some the reviewer's).

- A first-person wish to "extend" or "express" something is a courtesy done only when
  the thing is a courtesy (condolences, gratitude): "extend the sanctions" stays a wish.
- A courtesy wished under a condition or for a time ahead ("if they free them, we would
  like to thank ..."; "... when I visit next week") is told, not done.
- "came under" names who is criticised only with "under" as the verb's first
  complement ("came home under an agreement" does not), not for a noun of attack
  ("came under attack over the cuts" is mostly verbal), and through a relative clause
  ("X, which has come under criticism, ...") the noun the clause tells of.

Each positive case fails on main c7da616; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _asserted(pipe, text, word):
    return [ev for ev in events_of(pipe, text)
            if ev.trigger and ev.trigger.text == word and ev.modality == "asserted"]


@pytest.mark.parametrize("text, word", [
    # item 1: no courtesy as the object
    ('"We want to extend the sanctions on Venezuela for another year," the bloc\'s trade '
     'chief said.', "sanctions"),
    ('"I want to extend the truce," President Marsh said.', "truce"),
    ('"We want to extend our negotiations with Peru," the Chilean foreign minister said.',
     "negotiations"),
    # item 2: under a condition, or ahead
    ('"If they release the sailors, we would like to thank Sultan Harun personally," the '
     'minister said.', "thank"),
    ('"We want to apologize only if the audit shows we were wrong," the bank said.',
     "apologize"),
    ('"I want to thank the nurses in person when I visit the hospital next week," '
     'President Marsh said.', "thank"),
    ('"We would like to congratulate Prime Minister Okoro during his visit to Ottawa next '
     'month," the spokesman said.', "congratulate"),
])
def test_wish_not_a_courtesy_done(pipe, text, word):
    found = _asserted(pipe, text, word)
    assert not found, [(e.type, e.trigger.text, e.modality) for e in found]


@pytest.mark.parametrize("text, word", [
    # a courtesy object still makes the courtesy done (control: passes on both)
    ('"We want to extend our deepest condolences to the families," the Chilean foreign '
     'minister said.', "condolences"),
    ('"I want to thank Governor Pratt of Ohio for her help," President Marsh said.', "thank"),
])
def test_courtesy_wish_still_done(pipe, text, word):
    assert _asserted(pipe, text, word)


@pytest.mark.parametrize("text, word, subject", [
    # item 3: a noun of attack with no doer
    ("The mayor came under attack over the parking fees.", "attack", "mayor"),
    # item 4: "under" not the first complement of "come"
    ("Thousands of migrants came home under an agreement between Chad and Sudan.",
     "agreement", "migrants"),
])
def test_came_under_not_the_recipient(pipe, text, word, subject):
    for ev in events_of(pipe, text):
        assert not (ev.trigger and ev.trigger.text == word and
                    any(subject in r.text for r in ev.recipient)), ev


@pytest.mark.parametrize("text, recipient", [
    # item 5: the relative clause tells of its head noun
    ("The Labor Ministry, which has come under criticism over closing the rural offices, "
     "declined to comment.", "Labor Ministry"),
])
def test_came_under_in_a_relative_clause(pipe, text, recipient):
    found = [ev for ev in events_of(pipe, text)
             if ev.trigger and ev.trigger.text == "criticism" and ev.type == "ACCUSE"]
    assert found and any(recipient in r.text for r in found[0].recipient), found


def test_came_under_criticism_as_before(pipe):
    # control (passes on both): the shape the rule was for
    text = "The Interior Ministry came under sharp criticism from farmers over the quotas."
    found = [ev for ev in events_of(pipe, text)
             if ev.trigger and ev.trigger.text == "criticism" and ev.type == "ACCUSE"]
    assert found and any("Interior Ministry" in r.text for r in found[0].recipient), found
