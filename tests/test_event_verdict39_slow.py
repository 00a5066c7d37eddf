"""verdict39 (stop 39): a verdict on a person's conduct said by a named speaker is
criticism (ACCUSE 111), through spaCy's real parse and the whole pipeline, on
sentences made up for the test. "X said the senator was corrupt", "X called the
mayor a fraud": the speaker condemns the one judged, as "was wrong" or "was
unconstitutional" already did (events.coding._copula_act, _named_act; the words are
the list `disapproval` of word_classes.toml). The positive cases fail before the
change; the controls (marked) must not fire: a verdict on a thing, one put on a
condition, one the speaker denies, a question, and the reporter's own words."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _accusations(pipe, text, word, published="2026-12-06"):
    return [(ev.cameo, [a.text for a in ev.actor], [r.text for r in ev.recipient])
            for ev in events_of(pipe, text, published)
            if ev.type == "ACCUSE" and ev.trigger is not None and ev.trigger.text == word]


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("Mayor Dana Holt said on Monday that the senator was corrupt.", "corrupt",
     "Dana Holt", "the senator"),
    ("The union leader said Governor Amy Lund was racist and should step aside.", "racist",
     "The union leader", "Amy Lund"),
    ("Senator Ray Mills told reporters that Tom Baird was incompetent.", "incompetent",
     "Ray Mills", "Tom Baird"),
])
def test_a_verdict_on_a_person_said_is_criticism(pipe, text, word, actor, recipient):
    found = _accusations(pipe, text, word)
    assert found and found[0][0] == "111", found
    assert any(actor in a for a in found[0][1]), found
    assert any(recipient in r for r in found[0][2]), found


def test_a_person_said_to_be_a_liar_is_criticised(pipe):
    found = _accusations(pipe, "Senator Ray Mills said on Friday that Tom Baird was a liar.",
                         "liar")
    assert found and found[0][0] == "111", found
    assert any("Tom Baird" in r for r in found[0][2]), found


def test_an_act_said_to_be_unfair_is_criticised(pipe):
    # an act or conduct noun as the subject, as "the decision was wrong" already was
    found = _accusations(pipe, "Senator Ray Mills said the decision was unfair to farmers.",
                         "unfair")
    assert found and any("Ray Mills" in a for a in found[0][1]), found


def test_a_person_called_a_fraud_is_criticised(pipe):
    # a control (passes on main too: "fraud" was already a blaming name, blame_nouns)
    found = _accusations(pipe, "The mayor called the governor a fraud on Monday.", "fraud")
    assert found and found[0][0] == "111", found
    assert any("mayor" in a for a in found[0][1]), found


@pytest.mark.parametrize("text, word", [
    # controls: none is a speaker's verdict on a party's conduct
    ("Mayor Dana Holt said the storm was a disaster.", "disaster"),  # a thing (passes on main)
    ("Mayor Dana Holt said the senator would be corrupt if he took the money.", "corrupt"),
    ("Mayor Dana Holt said the senator was not corrupt.", "corrupt"),  # denied
    ("Mayor Dana Holt did not say the senator was corrupt.", "corrupt"),
    ("Mayor Dana Holt asked whether the senator was corrupt.", "corrupt"),  # a question
    ("The senator was corrupt for years, the records show.", "corrupt"),  # no speaker
    ("Mayor Dana Holt said corrupt officials would face trial.", "corrupt"),  # a modifier
])
def test_no_verdict_is_read_where_none_is_said(pipe, text, word):
    assert not _accusations(pipe, text, word)


def test_a_verdict_on_a_condition_is_no_criticism(pipe):
    # an older verdict word on a condition: main read it as criticism
    assert not _accusations(
        pipe, "Mayor Dana Holt said the senator would be wrong if he voted for it.", "wrong")
