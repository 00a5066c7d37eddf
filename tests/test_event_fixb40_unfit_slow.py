"""fixB40 (review 41B items 3-4), through spaCy's real parse and the whole pipeline on
sentences made up for the test: "unfit to lead" a named place or body and "unfit to
be" a title are verdicts on a person (item 3: before, only the posts of unfit_posts
counted); a health word counts only as the object of a preposition on "unfit" or on
its task, so a political reason that mentions one keeps the verdict (item 4: before,
any health word in the clause cancelled it). Each positive case fails on d842152;
the controls (marked) pass on both trees."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _unfit(pipe, text):
    return [(cameo, actor) for t, cameo, trig, actor, _ in coded(pipe, text)
            if t == "ACCUSE" and trig == "unfit"]


@pytest.mark.parametrize("text", [
    "The opposition leader said Netanyahu was unfit to lead Israel.",
    "The senator said Hegseth was unfit to lead the Pentagon.",
    "Republicans said Garland was unfit to be attorney general.",
    "Democrats said Robert Kennedy was unfit to serve as health secretary because of his "
    "views on vaccines and disease.",
    "The senator said Trump was unfit to serve, citing his handling of the hospital crisis.",
])
def test_unfit_for_a_named_post_or_for_political_reasons_is_criticism(pipe, text):
    assert _unfit(pipe, text), coded(pipe, text)


@pytest.mark.parametrize("text", [
    # controls: a body's unfitness and a team led stay no verdict (pass on both trees)
    "Ray Mills said Tom Baird was unfit to lead the team after the injury.",
    "The army said the general was unfit to serve after the stroke.",
    "The coach said Tom Baird was unfit to lead the side on Sunday.",
])
def test_control_a_body_unfit_or_a_team_led_is_still_no_verdict(pipe, text):
    assert not _unfit(pipe, text), coded(pipe, text)
