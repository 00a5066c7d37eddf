"""Two shapes that tell no act of the news:
- an adverb of a steady pattern before the verb ("consistently blocked", "continually
  pushed for") tells conduct over years, a habit (events.modality.habitual); the same
  verb told on its day stays, and so does a denial held over time;
- a poll's ratio of people as the doer ("six in 10 adults praised", "7 of 10 voters
  said ... had been excellent") is a share of a population, no one's act
  (events.extract); some members of a known body ("three of the four judges") stay;
- one person's "discussion" of a topic ("the senator's discussion of her record") is
  that speaker's words, as one person's "talk" is (events.senses.rhetoric); a
  discussion with someone stays.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("The former governor consistently blocked the efforts of the council to hold a vote "
     "on taxes.", "blocked"),
    ("The senator has continually pushed for a ban on the pesticide, his aides say.",
     "pushed"),
])
def test_a_steady_pattern_is_a_habit(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("The mayor blocked the council's vote on taxes on Tuesday, aides said.", "blocked",
     "REJECT"),
    ("The governor has consistently denied every claim the auditors made about her.",
     "denied", "REJECT"),
])
def test_an_act_on_its_day_and_a_standing_denial_stay(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    ('In a new survey released on Monday, nearly 7 of 10 registered voters said the '
     'governor\'s handling of the flood had been "excellent" or "good."', "excellent"),
    ("Nearly six in 10 adults praised the mayor's response to the storm, a survey found.",
     "praised"),
])
def test_a_polls_ratio_of_people_does_nothing(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("Three of the four judges rejected the appeal on Friday.", "rejected", "REJECT"),
    ("Seven of the ten ministers praised the mayor's response to the storm on Monday.",
     "praised", "SUPPORT"),
])
def test_members_of_a_known_body_stay(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


def test_one_persons_discussion_of_a_topic_is_words(pipe):
    text = ('"The senator\'s discussion of her record on farm subsidies was weak," said a '
            'professor of history at a state college.')
    assert types_of(pipe, text, "discussion") == []


def test_a_discussion_with_someone_stays(pipe):
    text = "The mayor's discussion with the union leaders lasted three hours on Monday."
    assert "CONSULT" in types_of(pipe, text, "discussion")
