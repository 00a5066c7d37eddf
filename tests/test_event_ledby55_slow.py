"""actorc55 (stop 54): a group of one country told as "led by" or "headed by" someone
("opponents led by Senator X", "a delegation headed by the foreign minister") has no
country of its own; it takes the country of the one leading it, as a group whose members
are named ("including") does. Only group nouns that are of one country whoever leads
them take it: a force, peacekeepers, observers, inspectors or a coalition led by a
general or a state of one country are not of that state (hearing54's rule gave them its
country and was reverted), nor a group a modifier makes of many ("foreign critics").
A leader with no country gives none. Sentences made up for the test; each positive case
fails on 16e372a7, the controls pass on both."""

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
    ("Opponents led by Republican Sen. Rand Paul criticized the spending plan on "
     "Tuesday.", "criticized", "USA"),
    ("A delegation led by Turkish Foreign Minister Mevlut Cavusoglu met Iranian "
     "officials on Monday.", "met", "TUR"),
    ("Critics led by French President Emmanuel Macron condemned the vote on Monday.",
     "condemned", "FRA"),
])
def test_a_one_country_group_led_by_someone_takes_the_leaders_country(
        pipe, text, word, country):
    assert _actor_countries(pipe, text, word) == [country]


@pytest.mark.parametrize("text, word", [
    # a group of many states, or of a state other than its general's
    ("An international force led by Turkish General Hulusi Akar attacked the rebels "
     "on Monday.", "attacked"),
    ("Peacekeepers led by Ghanaian General Henry Anyidoho clashed with militiamen on "
     "Monday.", "clashed"),
    ("Foreign lawmakers led by French President Emmanuel Macron criticized the vote on "
     "Monday.", "criticized"),
    # a leader with no country
    ("Protesters led by a local teacher marched to parliament.", "marched"),
])
def test_control_a_group_of_many_or_a_leader_of_none_gives_no_country(pipe, text, word):
    countries = _actor_countries(pipe, text, word)
    # (a record is made, so the guard is what keeps its country out)
    assert countries and all(c is None for c in countries)
