"""A stand on a proposition (events.senses._proposition_weighed, nonev41) narrowed
(fixN41, review 42A items 6 and 7): only a stand in words weighs a proposition, so a
protest or a march "against the idea that ..." is still a protest; a body that rejects
"the notion that soldiers had fired ..." denies what its own people did (kept, like a
pronoun's denial); a proposition owned by a party named before the noun ("the Western
view that ...", "the Kremlin view that ...") is that party's, like a possessive, so
rejecting it answers that party (kept). Controls: a forecast about members ("that troops
would quit ...") and an unowned proposition stay dropped. Every sentence is made up; the
real parse is read (slow)."""

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
    # a body's denial of its own members' deed, named with a noun
    ("The army rejected the notion that soldiers had shot at the marchers.", "rejected",
     "REJECT"),
    ("The police chief dismissed the idea that officers had beaten the suspect.",
     "dismissed", "REJECT"),
    # a proposition owned by a party named before the noun
    ("Moscow rejected the Western view that the vote had been rigged.", "rejected",
     "REJECT"),
    ("Beijing dismissed the Kremlin view that the talks had failed.", "dismissed", "REJECT"),
]


@pytest.mark.parametrize("text,word,typ", KEPT)
def test_protests_denials_and_answers_stay(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


DROPPED = [
    # a forecast about members is no denial of a deed
    ("The premier pushed back on the theory that troops would leave the valley by spring.",
     "pushed"),
    # unowned, about no one who takes the stand
    ("The senator rejected the idea that the economy was slowing.", "rejected"),
    # a lowercase adjective names no owner
    ("The governor dismissed the popular notion that the levy was unfair.", "dismissed"),
]


@pytest.mark.parametrize("text,word", DROPPED)
def test_a_stand_on_a_proposition_is_still_no_event(pipe, text, word):
    assert _typed(pipe, text, word) == []
