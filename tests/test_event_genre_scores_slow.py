"""A score on spaCy's real parse marks a sentence as sport (events.genre): the tokenizer
splits "3-0" into "3", "-", "0", and the score test reads the pair from those tokens; the
vow reader (events.senses) asks the same test, so a defeat in war is no game. Sentences
made up for the test; the targets fail before the score test read split pairs, the
controls pass on both."""

from __future__ import annotations

import pytest

from made_up import coded
from newsbrief.events.genre import Page, sports_play
from newsbrief.records import ActorRef

pytestmark = pytest.mark.slow

SIDES = (ActorRef(None, "one side", None, None), ActorRef(None, "the other", None, None))


def _play(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    return sports_play(tok, SIDES, tok.sent, Page())


@pytest.mark.parametrize("text, word", [
    ("The Harbor Hawks beat the Elmwood Owls 3-0 on Saturday.", "beat"),
    ("The Harbor Hawks beat the Elmwood Owls 3\u20130 on Saturday.", "beat"),
    # a run of pairs needs no result word
    ("Mara Voss took the opening set 7-6 (7-4) against Ines Kahl.", "took"),
])
def test_a_score_on_the_real_parse_marks_play(nlp, text, word):
    assert _play(nlp, text, word)


@pytest.mark.parametrize("text, word", [
    ("The Senate voted 52-48 to beat the bill.", "beat"),  # a tally
    ("The Harbor Hawks beat the Elmwood Owls on Saturday.", "beat"),  # no mark at all
    # a pair that counts the noun after it is no score, whatever word is near
    ("Two clans fought over 6-7 wells of the valley on Friday.", "fought"),
])
def test_a_tally_or_no_score_is_no_play_mark(nlp, text, word):
    assert not _play(nlp, text, word)


def test_a_match_result_told_alone_is_no_assault(pipe):
    text = "The Harbor Hawks beat the Elmwood Owls 3-0 on Saturday."
    assert not [r for r in coded(pipe, text) if r[0] == "ASSAULT"], coded(pipe, text)


def test_revenge_vowed_after_a_defeat_in_war_is_a_threat(pipe):
    text = "The rebels vowed revenge on Sunday after the defeat of their fighters near the border."
    assert ("THREATEN", "130", "vowed", ["The rebels"], []) in coded(pipe, text)


def test_revenge_vowed_after_a_match_lost_by_a_score_is_no_threat(pipe):
    # control: a score beside the defeat makes it a game's
    text = "Liverpool vowed revenge on Saturday after a 3-0 defeat to Arsenal."
    assert not [r for r in coded(pipe, text) if r[0] == "THREATEN"], coded(pipe, text)


@pytest.mark.parametrize("text", [
    "The tribe's chiefs vowed revenge against the gang after 7-8 herders were shot at dawn.",
    "The insurgents vowed revenge over the killing of 12-15 of their men on Tuesday.",
])
def test_revenge_vowed_after_a_count_of_the_dead_is_a_threat(pipe, text):
    # a range of the dead ("7-8 herders") near "against" or "over" is no score
    assert [r for r in coded(pipe, text) if r[0] == "THREATEN"], coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Chelsea vowed revenge after losing the match to Everton on Sunday.",
    "The Elmwood Owls went down to the Harbor Hawks on Sunday. Their coach vowed revenge "
    "after the loss, saying they would take the return game in April.",
])
def test_revenge_vowed_for_a_lost_game_without_a_score_is_no_threat(pipe, text):
    # a word of a game makes the vow a team's in a report too short to read as sport
    assert not [r for r in coded(pipe, text) if r[0] == "THREATEN"], coded(pipe, text)
