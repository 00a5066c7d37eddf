"""A score on spaCy's real parse is a sports cue (actors.sports.is_sports_text): the
tokenizer splits "3-1" into "3", "-", "1", and the cue reads the pair from those tokens
with the same reader as events.genre. Texts made up for the test; the target fails
before the cue read split pairs; the two tally controls with enough cues pass only with
the tally guard of `result_pairs`; the others pass on both."""

from __future__ import annotations

import pytest

from newsbrief.actors.sports import is_sports_text, number_pairs

pytestmark = pytest.mark.slow

REPORT = ("The Harbor Hawks beat the Elmwood Owls {} on Saturday. Tariq Lund scored "
          "twice in the second half, and the visitors' coach blamed tired legs.")


@pytest.mark.parametrize("score", ["3-1", "3\u20131"])
def test_a_match_report_whose_strong_cue_is_its_score_is_a_sports_text(nlp, score):
    assert is_sports_text(nlp(REPORT.format(score)))


def test_the_same_report_without_a_score_is_no_sports_text(nlp):
    assert not is_sports_text(nlp(REPORT.format("easily")))


@pytest.mark.parametrize("text", [
    # a vote tally with one result word around it
    "The Senate voted 52-48 on Tuesday to confirm the nominee, and her party said it had won.",
    # a tally or a court's split with "won", "team" and "beat" around it: enough cues
    # with a score, so only the tally guard keeps these political
    "The Senate voted 51-49 late on Wednesday to confirm the judge. Her party won after a "
    "team of aides beat back a final bid to delay the vote.",
    "The appeals court split 2-1 on Friday and let the state keep its new map. The "
    "governor's team won the case after lawyers beat back each claim of the challengers.",
    # figures of four digits make no pair
    "The budget for 2019-20 was passed after the council won a delay.",
])
def test_a_tally_or_a_span_of_years_is_no_sports_text(nlp, text):
    assert not is_sports_text(nlp(text))


@pytest.mark.parametrize("text, pairs", [
    # a chain of three or four figures is a record or a list, not a pair
    ("The club finished the year 3-1-0 at home.", []),
    ("Pick the numbers 1-2-3-4 on the form.", []),
    # control: a pair on its own
    ("The visitors won 3-1 on the night.", [(3, 1)]),
])
def test_a_chain_of_figures_makes_no_pair(nlp, text, pairs):
    assert [(a, b) for _first, _end, a, b in number_pairs(nlp(text))] == pairs
