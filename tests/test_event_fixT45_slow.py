"""fixT45 (stop 46): keytype45's vow-as-threat and "time for X to Y" rules narrowed
(review A items 8-12), through spaCy's real parse and the whole pipeline, on sentences
made up for the test. Each positive row fails on main 75babeaa; the controls (marked)
pass on both."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _of(pipe, text, word):
    return [(t, c, r) for t, c, trig, _actor, r in coded(pipe, text) if trig == word]


def test_a_vow_to_step_up_its_attacks_is_a_threat(pipe):
    """Item 8: "its attacks" is an event noun, no thing of one's own."""
    text = "The militia vowed on Saturday to step up its attacks on government forces."
    found = _of(pipe, text, "vowed")
    assert any(t == "THREATEN" for t, _c, _r in found), coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    # item 9: a crackdown on a practice aims at no one: a policy pledge
    ("The mayor vowed on Monday to crack down on illegal dumping.", "vowed"),
    # item 10: revenge after a game's defeat is sport
    ("Liverpool vowed revenge on Saturday after a 3-0 defeat to Arsenal.", "vowed"),
])
def test_a_vow_aimed_at_no_party_is_no_threat(pipe, text, word):
    assert not any(t == "THREATEN" for t, _c, _r in _of(pipe, text, word)), coded(pipe, text)


@pytest.mark.parametrize("text", [
    # item 11: the speaker's own step, or the speaker's own state's policy
    "The embattled minister said on Monday it was now time for him to resign.",
    # (fixR45: a speaker of the state named; an unplaced "prime minister" is left as asking)
    "The British prime minister said on Monday it was time for Britain to impose sanctions "
    "on Russia.",
    # item 12: a passive act asks someone else, not the patient
    "The senator said on Monday it was time for the country's president to be impeached.",
])
def test_time_for_oneself_or_a_passive_act_is_no_appeal(pipe, text):
    assert not any(t == "REQUEST" for t, *_rest in coded(pipe, text)), coded(pipe, text)


def test_time_for_a_named_other_to_act_is_still_an_appeal(pipe):
    """Control, passes on both: the rule's own case."""
    text = "The senator said on Monday it was time for Mayor Lindqvist to resign."
    assert any(t == "REQUEST" for t, *_rest in coded(pipe, text)), coded(pipe, text)


def test_time_for_the_police_to_arrest_is_an_appeal(pipe):
    """Control, passes on both: the coded act keytype45's own-side rows use, asked of
    another, is an appeal (so those rows test the own-side guard)."""
    text = "The governor said on Tuesday it is time for the police to arrest the smugglers."
    assert any(t == "REQUEST" for t, *_rest in coded(pipe, text)), coded(pipe, text)


def test_a_vow_to_strike_an_armed_group_is_still_a_threat(pipe):
    """Control, passes on both: a vow of force aimed at a party."""
    text = "The army vowed on Sunday to attack the rebels in the hills."
    assert any(t == "THREATEN" for t, _c, _r in _of(pipe, text, "vowed")), coded(pipe, text)
