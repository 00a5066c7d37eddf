"""fixK43 (stop 44, review B items 1-3 on key43): the figures of speech key43 read as
criticism, through spaCy's real parse and the whole pipeline, on sentences made up
for the test. A person beaten ("bashed a guard and smashed windows", "bashed the
victim") or a way forced ("bashed their way in") is force, no criticism; aim taken
at plants or positions, or with "a wave of drones", is a strike; aim taken at a
condition ("at inflation") is a policy's goal, and a jab taken at a place is a shot.
Each case of the first test fails on main before the change; the controls of the
second pass on both (marked where they are new)."""

from __future__ import annotations

import pytest

from made_up import coded as _coded

pytestmark = pytest.mark.slow


def _accusations(pipe, text):
    return [c for c in _coded(pipe, text) if c[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    # item 1: blows, not words
    "Rioters bashed a police officer and smashed shop windows on Sunday.",
    "Protesters bashed a guard and kicked the door on Friday.",
    "The attackers bashed their way into the building on Sunday.",
    "The gang bashed the victim until he fell unconscious.",
    # item 2: a strike told with a weapon under "with", or at plants and positions
    "Moscow took aim at Ukrainian power plants with a wave of drones on Monday.",
    "Russia took aim at the harbour with a barrage of missiles overnight.",
    "Iran took aim at the American base in Iraq on Sunday.",
    # item 3: a policy's goal, and a jab taken at a place
    "The central bank took aim at inflation on Wednesday by raising interest rates.",
    "The governor took aim at crime in his budget speech.",
])
def test_force_and_goals_are_no_criticism(pipe, text):
    assert not _accusations(pipe, text)


@pytest.mark.parametrize("text, actor, recipient", [
    # controls: criticism of a party, a body or a plan stays (pass on main too)
    ("The former governor took aim at President Adler over his farm bill on Monday.",
     "governor", "President Adler"),
    ("The senator took aim at the media in her speech on Monday.", "senator", "media"),
    ("The opposition leader bashed Prime Minister Lindqvist over the port deal.",
     "opposition leader", "Prime Minister Lindqvist"),
    ("The senator bashed the protesters as thugs.", "senator", "protesters"),
    ("The senator took aim at the new tax plan on Tuesday.", "senator", None),
    ("The senator took a jab at the governor during the debate.", "senator", None),
    # new, fails on main: a union named for the police is no gunman (review B suspect)
    ("The police union took aim at the mayor on Tuesday over budget cuts.",
     "police union", "mayor"),
])
def test_criticism_of_a_party_or_plan_stays(pipe, text, actor, recipient):
    found = _accusations(pipe, text)
    assert found and found[0][1] == "111", found
    assert any(actor in a for a in found[0][3]), found
    if recipient:
        assert any(recipient in r for r in found[0][4]), found
