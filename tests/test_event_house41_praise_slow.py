"""house41 (stop 41, Part B), through spaCy's real parse and the whole pipeline on
sentences made up for the test: "local" and "hometown" name who honours a hero, not the
field of the deeds (`praise_kinds`): "called the senator a local hero" praises, as
"national" does since fixB40. The positive cases fail on main 644f635; the control
passes on both trees."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _records(pipe, text, typ, cameo, word):
    return [(actor, recipient) for t, c, trig, actor, recipient in coded(pipe, text)
            if t == typ and c == cameo and trig == word]


@pytest.mark.parametrize("text", [
    "The governor called the senator a local hero on Tuesday.",
    "The governor called the senator a hometown hero on Tuesday.",
    "The governor said on Tuesday that the senator was a local hero.",
])
def test_a_local_hero_is_praise(pipe, text):
    assert _records(pipe, text, "SUPPORT", "051", "hero"), coded(pipe, text)


def test_control_a_war_hero_is_still_a_record(pipe):
    # control (both trees): a kind of deeds tells a record, no praise
    text = "The governor said on Tuesday that the senator was a war hero."
    assert not _records(pipe, text, "SUPPORT", "051", "hero"), coded(pipe, text)
