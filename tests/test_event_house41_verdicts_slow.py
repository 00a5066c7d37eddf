"""house41 (stop 41, Part B), through spaCy's real parse and the whole pipeline on
sentences made up for the test: two verdicts the coder read wrongly.

- "local" and "hometown" name who honours a hero, not the field of the deeds
  (`praise_kinds`): "called the senator a local hero" praises, as "national" does
  since fixB40.
- A verdict the speaker owns in the first person ("signing the treaty was my mistake")
  admits a fault of their own, as "I was wrong" does: no criticism. Not "our mistake",
  which as often names the nation or party (fixH41). A verdict with no
  owner ("was a mistake", the gerund on the copula stop 40 left) stays criticism.

The positive cases fail on main 644f635; the controls (marked) pass on both trees."""

from __future__ import annotations

import pytest

from made_up import coded, coded_as

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The governor called the senator a local hero on Tuesday.",
    "The governor called the senator a hometown hero on Tuesday.",
    "The governor said on Tuesday that the senator was a local hero.",
])
def test_a_local_hero_is_praise(pipe, text):
    assert coded_as(pipe, text, "SUPPORT", "051", "hero"), coded(pipe, text)


def test_control_a_war_hero_is_still_a_record(pipe):
    # control (both trees): a kind of deeds tells a record, no praise
    text = "The governor said on Tuesday that the senator was a war hero."
    assert not coded_as(pipe, text, "SUPPORT", "051", "hero"), coded(pipe, text)


@pytest.mark.parametrize("text, criticised", [
    ('"Signing the treaty was my mistake," the minister said on Tuesday.', False),
    ('"The invasion was my mistake," the former minister said on Tuesday.', False),
    # fixH41: "our" is the nation or party as often as the speaker: still criticism
    # (these two fail on main 1340a69)
    ('"Closing the border was our mistake," the minister said on Tuesday.', True),
    ('"Invading Iraq was our biggest mistake," the senator said.', True),
    # controls (both trees): a verdict with no owner, or the hearer's, still criticises
    ('"Signing the treaty was a mistake," the minister said on Tuesday.', True),
    ('"Signing the treaty was your mistake," the minister told the senator on Tuesday.',
     True),
    ("The senator said on Tuesday that occupying the island was a mistake.", True),
])
def test_a_fault_is_criticism_unless_the_speaker_owns_it(pipe, text, criticised):
    assert bool(coded_as(pipe, text, "ACCUSE", "111", "mistake")) == criticised, \
        coded(pipe, text)
