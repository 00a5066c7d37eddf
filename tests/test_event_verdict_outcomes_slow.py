"""proc39 (stop 39): a person verdict on the outcome of a process ("called the results
unfair") is the speaker's criticism of the process (ACCUSE 111), as a verdict on a conduct
noun is; fixV's object check had left such outcomes out with things ("the injuries").
Real parse, sentences made up for the test; the controls (marked) pass before too."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _accusations(pipe, text, word):
    return [(ev.cameo, [a.text for a in ev.actor])
            for ev in events_of(pipe, text, "2026-12-06")
            if ev.type == "ACCUSE" and ev.trigger is not None and ev.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    ("Governor Lena Marsh went on local radio on Sunday calling the primary results plainly unfair.",
     "unfair"),
    ("Senator Omar Reyes said on Monday that the recount was unfair to his voters.", "unfair"),
])
def test_a_verdict_on_a_process_outcome_is_criticism(pipe, text, word):
    found = _accusations(pipe, text, word)
    assert found and found[0][0] == "111", found


@pytest.mark.parametrize("text, word", [
    # control: a verdict on a thing is still no criticism (fixV)
    ("The surgeon described the burns as appalling.", "appalling"),
    # control: an older approval word on results reads nothing new
    ("The chief executive called the quarterly results excellent.", "excellent"),
])
def test_a_verdict_on_a_thing_is_still_nothing(pipe, text, word):
    assert not _accusations(pipe, text, word)
