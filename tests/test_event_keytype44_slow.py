"""keytype44 (stop 44): key acts lost before they became records, through spaCy's real
parse and the whole pipeline, on sentences made up for the test.

- A courtesy said as a wish in the first person and the present ('"I want to thank our
  host," the mayor said'; "We would like to congratulate ...") is the thanking
  itself, not an act only wished: `modality.weighed` had dropped it.
- "X came under criticism (from Y)": X is the one criticised, as in "X faced
  criticism"; the noun had found no one it was aimed at, and with no doer named it made
  no record.

Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _records(pipe, text, word):
    return [ev for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


@pytest.mark.parametrize("text, word, actor, recipient", [
    ('"I want to thank Governor Pratt of Ohio for her help," President Marsh said on Monday.',
     "thank", "President Marsh", "Pratt"),
    ('"We would like to congratulate Prime Minister Okoro on his victory," the State '
     'Department spokesman said on Tuesday.', "congratulate", "spokesman", "Okoro"),
    ('"I want to apologize to the relatives of those hurt," the Japanese ambassador said.',
     "apologize", "ambassador", None),
])
def test_courtesy_said_as_a_wish_is_done(pipe, text, word, actor, recipient):
    found = _records(pipe, text, word)
    assert found, [(e.type, e.trigger and e.trigger.text) for e in events_of(pipe, text)]
    ev = found[0]
    assert ev.modality == "asserted" and ev.type == "SUPPORT", ev
    assert any(actor in a.text for a in ev.actor), ev.actor
    if recipient:
        assert any(recipient in r.text for r in ev.recipient), ev.recipient


@pytest.mark.parametrize("text, word", [
    # a wish told of someone else, or in the past, or denied: no act (controls)
    ("Senator Vance said she wanted to thank President Marsh for the bill.", "thank"),
    ("Senator Vance said she wants to thank President Marsh for the bill.", "thank"),
    ('"I don\'t want to thank Congress for this mess," President Marsh said.', "thank"),
    # a wish to do an act that is no courtesy stays a wish (control)
    ('"I want to meet President Ivanov soon," President Marsh said.', "meet"),
])
def test_other_wishes_stay_wishes(pipe, text, word):
    assert not [ev for ev in _records(pipe, text, word) if ev.modality == "asserted"]


@pytest.mark.parametrize("text, recipient", [
    ("The Interior Ministry came under criticism from farmers over its new water quotas.",
     "Interior Ministry"),
    ("The Justice Department came under sharp criticism from Senator Vance over the raids.",
     "Justice Department"),
])
def test_came_under_criticism_names_who_is_criticised(pipe, text, recipient):
    found = [ev for ev in _records(pipe, text, "criticism") if ev.type == "ACCUSE"]
    assert found and any(recipient in r.text for r in found[0].recipient), found
    assert not any(recipient in a.text for a in found[0].actor), found


def test_faced_criticism_as_before(pipe):
    # the verb of undergoing the rule follows (control, passes on both)
    text = "The governor faced criticism from Democrats over the budget cuts."
    found = [ev for ev in _records(pipe, text, "criticism") if ev.type == "ACCUSE"]
    assert found and any("governor" in r.text for r in found[0].recipient), found

