"""fixV (stop 39, review 40B items 1-6 and suspected 3): verdict39's reading of a
speaker's verdict as criticism (ACCUSE 111; events.coding._copula_act, _named_act)
narrowed, through spaCy's real parse and the whole pipeline, on sentences made up for
the test. A verdict granted a point ("even if ..."), told with a time ("once ...") or
said whatever holds ("whether or not ...") still stands; one denied by a word other
than "not", a comparison, a guess ("could be"), a verdict on a thing ("the injuries")
and one the speaker puts on themselves are no criticism. The controls (marked) pass on
main too: what the rule is for."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _accusations(pipe, text, word, published="2026-12-06"):
    return [(ev.cameo, [a.text for a in ev.actor], [r.text for r in ev.recipient])
            for ev in events_of(pipe, text, published)
            if ev.type == "ACCUSE" and ev.trigger is not None and ev.trigger.text == word]


@pytest.mark.parametrize("text, word, recipient", [
    # only "if"/"unless" put a verdict on a condition (item 1)
    ("Mayor Dana Holt said the decision was wrong, even if it was legal.", "wrong", None),
    ("Mayor Dana Holt said the senator was wrong once he broke his promise.", "wrong",
     "the senator"),
    ("Mayor Dana Holt said the senator was a liar, whether or not he had broken the law.",
     "liar", "the senator"),
])
def test_a_verdict_granted_a_point_or_a_time_stands(pipe, text, word, recipient):
    found = _accusations(pipe, text, word)
    assert found and found[0][0] == "111", found
    assert any("Dana Holt" in a for a in found[0][1]), found
    if recipient:
        assert any(recipient in r for r in found[0][2]), found


@pytest.mark.parametrize("text, word", [
    # denied by a word other than "not" (item 2)
    ("Mayor Dana Holt said the senator is no traitor.", "traitor"),
    ("Mayor Dana Holt said the senator was neither corrupt nor incompetent.", "corrupt"),
    ("Mayor Dana Holt said the senator was hardly a traitor.", "traitor"),
    # a comparison (item 3)
    ("Mayor Dana Holt said the new government was less corrupt than the last one.",
     "corrupt"),
    ("Mayor Dana Holt called the new government less corrupt than the last one.", "corrupt"),
    # a guess (item 4)
    ("Mayor Dana Holt said the senator could be corrupt.", "corrupt"),
    ("Mayor Dana Holt said the senator might be a liar.", "liar"),
    # a verdict on a thing, not on a person or conduct (item 5)
    ("The doctor described the injuries as appalling.", "appalling"),
    # the speaker's verdict on themselves (suspected 3)
    ("The former minister said she was incompetent in her first year.", "incompetent"),
])
def test_no_criticism_where_no_verdict_is_asserted_on_another(pipe, text, word):
    assert not _accusations(pipe, text, word)


@pytest.mark.parametrize("text, word, recipient", [
    # controls (pass on main too): the verdicts the rule is for
    ("Mayor Dana Holt said the senator was corrupt.", "corrupt", "the senator"),
    ("Mayor Dana Holt described the senator's conduct as appalling.", "appalling",
     "the senator"),
])
def test_a_verdict_on_a_person_or_conduct_is_still_criticism(pipe, text, word, recipient):
    found = _accusations(pipe, text, word)
    assert found and found[0][0] == "111", found
    assert any(recipient in r for r in found[0][2]), found


def test_a_verdict_on_a_condition_is_still_no_criticism(pipe):
    # control (passes on main too): "if" is a condition
    assert not _accusations(
        pipe, "Mayor Dana Holt said the senator would be corrupt unless he returned the gift.",
        "corrupt")
