"""A stand on a proposition (events.senses._proposition_weighed, nonev41) narrowed
(fixN41, review 42A item 6): only a stand in words weighs a proposition, so a protest or
a march "against the idea that ..." is still a protest. Control: an unowned stand in
words stays dropped. Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


KEPT = [
    # an act done in the street, not a stand in words
    ("Hundreds of doctors protested on Tuesday against the notion that nurses could replace "
     "them.", "protested", "PROTEST"),
    ("Thousands of students marched through the capital on Friday against the idea that "
     "tuition should double.", "marched", "PROTEST"),
]


@pytest.mark.parametrize("text,word,typ", KEPT)
def test_protests_denials_and_answers_stay(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


DROPPED = [
    # unowned, about no one who takes the stand
    ("The senator rejected the idea that the economy was slowing.", "rejected"),
]


@pytest.mark.parametrize("text,word", DROPPED)
def test_a_stand_on_a_proposition_is_still_no_event(pipe, text, word):
    assert _typed(pipe, text, word) == []
