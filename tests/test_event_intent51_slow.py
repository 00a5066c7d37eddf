"""An act that someone is planning, hoping or seeking to do is not done, however the
parser hangs the infinitive after the -ing word of intent (modality.intent_before): it
often takes "planning" after a noun for part of the noun phrase, or reads the clause as
the subject's own. The act of the sentence beside it keeps its standing.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow



@pytest.mark.parametrize("text, word", [
    ("Officials from the agency planning to meet the governor on Friday declined to comment.",
     "meet"),
    ("Senate aides hoping to revive the bill met with the chairman on Wednesday.", "revive"),
    ("The mayor, who had been hoping to win, lost on Tuesday.", "win"),
])
def test_an_infinitive_after_a_word_of_intent_is_planned(standing_of, text, word):
    assert standing_of(text, word) == "future"


@pytest.mark.parametrize("text, word, want", [
    # controls: the intent was already read where the parser hangs it on the -ing word
    ("The mayor is planning to meet the union leaders next week.", "meet", "future"),
    ("Troops seeking to retake the town shelled it on Monday.", "retake", "future"),
    # the sentence's own act stays done
    ("The mayor, who had been hoping to win, lost on Tuesday.", "lost", "asserted"),
    ("Troops seeking to retake the town shelled it on Monday.", "shelled", "asserted"),
    ("Senate aides hoping to revive the bill met with the chairman on Wednesday.", "met",
     "asserted"),
    ("Rebel leaders plotting to seize the airport were arrested on Sunday.", "arrested",
     "asserted"),
    ("The ministry, aiming to calm the markets, cut its rates on Thursday.", "cut", "asserted"),
    # an attempt may be made: "trying" is not a word of intent here
    ("The governor is trying to reach the senator.", "reach", "asserted"),
])
def test_the_act_beside_the_intent_keeps_its_standing(standing_of, text, word, want):
    assert standing_of(text, word) == want
