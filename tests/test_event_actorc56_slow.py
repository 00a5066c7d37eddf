"""actorc56 (stop 55): actor countries of groups with none of their own.

1. A group of one country "led by" someone takes the leader's country only where the
   text ties the leader to it: a nationality in their phrase or appositive, a
   knowledge-base role of that country, or a title of a state's own offices. A name
   that only the story's lead country places (an unknown person in a story mostly
   about the US) gives the group nothing; the group is then read as if no leader were
   named.
2. People named by the side they take ("critics", "opponents", "supporters",
   "conservatives") take the story's country when the story is clearly about one
   country, and stay without one when their "of" phrase names whose side they take,
   when a modifier makes them of many states or of another, or when the story is
   about several countries.

Sentences made up for the test; each fix case fails on 1e156ff2, the controls pass on
both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

# A lead that makes the United States the story's lead country only (too few
# mentions for a story clearly about one country).
US_LEAD = "U.S. aides in Washington promised a firm U.S. reply to the envoys. "
# A lead that makes a story clearly about one country.
US_STORY = ("The senator from Texas spoke in Washington. U.S. officials and American "
            "lawmakers in New York said the United States would act. ")
KENYA_STORY = ("Kenyan officials in Nairobi said Kenya would act. The Kenyan minister in "
               "Mombasa said Kenya agreed. ")
MIXED_STORY = ("Kenyan officials in Nairobi said Kenya would act. French officials in "
               "Paris said France agreed. ")


def _actor_countries(pipe, text, word):
    return [a.country for ev in events_of(pipe, text)
            if ev.trigger and ev.trigger.text == word for a in ev.actor]


@pytest.mark.parametrize("text, word", [
    (US_LEAD + "Critics led by Carlos Mendes condemned the vote on Monday.", "condemned"),
    (US_LEAD + "Opponents led by Ana Ruiz accused the governor of lying on Friday.",
     "accused"),
])
def test_a_leader_placed_only_by_the_story_gives_the_group_no_country(pipe, text, word):
    assert "USA" not in _actor_countries(pipe, text, word)


@pytest.mark.parametrize("text, word, country", [
    # a nationality in the leader's appositive
    ("Critics led by Maria Lopez, a Mexican activist, condemned the vote on Monday.",
     "condemned", "MEX"),
    # a role the knowledge base gives of that country
    ("Critics led by Emmanuel Macron condemned the vote on Monday.", "condemned", "FRA"),
])
def test_control_a_leader_the_text_or_an_office_places_still_gives_it(
        pipe, text, word, country):
    assert _actor_countries(pipe, text, word) == [country]


@pytest.mark.parametrize("text, word, country", [
    (US_STORY + "Critics accused the governor of lying on Monday.", "accused", "USA"),
    (US_STORY + "Supporters accused the mayor of betrayal on Friday.", "accused", "USA"),
    (US_STORY + "Conservatives accused the governor of lying on Monday.", "accused", "USA"),
    (KENYA_STORY + "Opponents accused the governor of lying on Monday.", "accused", "KEN"),
])
def test_an_opinion_group_takes_the_country_of_a_story_about_one(pipe, text, word, country):
    assert _actor_countries(pipe, text, word) == [country]


@pytest.mark.parametrize("text, word", [
    # the "of" phrase names whose side they take
    (US_STORY + "Supporters of Maduro accused the governor of lying on Monday.", "accused"),
    # a modifier makes them of many states
    (US_STORY + "Western critics accused the governor of lying on Monday.", "accused"),
    # a story about several countries
    (MIXED_STORY + "Critics accused the governor of lying on Monday.", "accused"),
])
def test_control_an_opinion_group_of_another_side_or_story_stays_unplaced(pipe, text, word):
    countries = _actor_countries(pipe, text, word)
    assert countries and all(c is None for c in countries)


def test_control_an_opinion_group_of_a_nationality_keeps_it(pipe):
    text = US_STORY + "Iranian critics accused the governor of lying on Monday."
    assert _actor_countries(pipe, text, "accused") == ["IRN"]


@pytest.mark.parametrize("text, word", [
    (US_STORY + "Supporters rallied in Caracas after the vote.", "rallied"),
    (US_STORY + "Critics protested in Nairobi on Monday.", "protested"),
])
def test_an_opinion_group_placed_abroad_by_its_clause_takes_no_story_country(pipe, text, word):
    """fixY56: as a group "led by" someone, a place of the clause in another country
    keeps the story's country from an opinion group."""
    assert "USA" not in _actor_countries(pipe, text, word)


def test_control_an_opinion_group_placed_at_home_keeps_the_story_country(pipe):
    text = US_STORY + "Critics protested in Chicago on Monday."
    assert _actor_countries(pipe, text, "protested") == ["USA"]


def test_control_an_opinion_group_speaking_of_another_country_keeps_the_story_country(pipe):
    text = US_STORY + "Critics accused the governor of hiding his ties with Russia on Monday."
    assert _actor_countries(pipe, text, "accused") == ["USA"]
