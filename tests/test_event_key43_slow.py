"""key43 (stop 43): key events with no record of their type, through spaCy's real parse
and the whole pipeline, on sentences made up for the test. Criticism told by a figure
of speech, "took aim at" a party or a plan, "took a swipe (a dig, a jab) at" one,
"bashed" or "mocked" one, is disapproval (ACCUSE 111), as "lashed out at" is; aim
taken by soldiers or police, a jab taken at no one, a door bashed down and a person
bashed with a tool are no criticism, nor is "X bashing" as the name of a habit. Each
positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import coded as _coded

pytestmark = pytest.mark.slow


def _accusations(pipe, text):
    return [c for c in _coded(pipe, text) if c[0] == "ACCUSE"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The former governor took aim at President Adler over his farm bill on Monday.",
     "governor", "President Adler"),
    ("Senator Ruiz also took aim at her two main opponents at a diner in Dubuque.",
     "Senator Ruiz", "opponents"),
    ("Mayor Okafor kept bashing the transit board's new fare plan at the hearing.",
     "Mayor Okafor", None),
    ("The opposition leader bashed Prime Minister Lindqvist over the port deal.",
     "opposition leader", "Prime Minister Lindqvist"),
    ("The former governor took a swipe at President Adler over his farm bill.",
     "governor", "President Adler"),
    ("Senator Ruiz took several digs at her rivals during the speech.",
     "Senator Ruiz", "rivals"),
    # mocking is ridicule, which the lexicon already reads as disapproval
    ("The senator mocked Governor Pruitt's rail plan on Tuesday.", "senator", "Pruitt"),
])
def test_criticism_told_by_a_figure_is_disapproval(pipe, text, actor, recipient):
    found = _accusations(pipe, text)
    assert found and found[0][1] == "111", found
    if actor:
        assert any(actor in a for a in found[0][3]), found
    if recipient:
        assert any(recipient in r for r in found[0][4]), found


@pytest.mark.parametrize("text", [
    # aim levelled with a gun, a door bashed in: no criticism (controls, pass on main)
    "Two soldiers took aim at the fighters on the far ridge.",
    "Police officers took aim at the car as it sped toward the gate.",
    "Officers bashed down the door of the flat before dawn.",
    # bashing by force: with a tool, a tool used to bash someone
    "The robber bashed the clerk with a bottle.",
    "Police said the two men used a pipe to bash the driver.",
    # a habit of criticism named by its target: no act, no doer
    "For a decade, Brussels bashing has rallied the party's base.",
    # a jab with no one it is taken at: a shot in the arm
    "The nurse said she took the jab last spring.",
])
def test_aim_with_a_gun_and_a_door_bashed_are_no_criticism(pipe, text):
    assert not _accusations(pipe, text)
