"""hearing54 (stop 53): a group told as "led by" or "headed by" someone ("opponents led
by Senator X", "protesters led by an Indian opposition leader") has no country of its
own; it takes the country of the one leading it, as a group whose members are named
("including") does. A leader with no country ("a local teacher") gives none, and a
group's own "who led" clause is no leader. Sentences made up for the test; each positive
case fails on 7c31651e, the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _actor_countries(pipe, text, word):
    return [a.country for ev in events_of(pipe, text)
            if ev.trigger and ev.trigger.text == word for a in ev.actor]


@pytest.mark.parametrize("text, word, country", [
    ("Protesters led by Indian opposition leader Rahul Gandhi marched to parliament.",
     "marched", "IND"),
    ("A coalition headed by Chancellor Olaf Scholz condemned the attack.", "condemned",
     "DEU"),
])
def test_a_group_led_by_someone_takes_the_leaders_country(pipe, text, word, country):
    assert _actor_countries(pipe, text, word) == [country]


@pytest.mark.parametrize("text, word", [
    ("Protesters led by a local teacher marched to parliament.", "marched"),
    ("Protesters marched to parliament.", "marched"),
])
def test_control_no_leader_with_a_country_gives_none(pipe, text, word):
    assert _actor_countries(pipe, text, word) == [None]
