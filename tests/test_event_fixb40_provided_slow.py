"""fixB40 (review 41B item 7), through spaCy's real parse and the whole pipeline on
sentences made up for the test: a verdict put on a "provided" condition judges no act
yet, in the three parses fixH40 missed: a bare "provided" on the copula with its clause
hung beside it (", provided it passed"), a "provided that" hung on the verb of saying,
and a "provided" that is the mark of a clause parsed as a conj. Each fails on d842152;
the controls (marked) pass on both trees."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _verdicts(pipe, text, word):
    return [c for t, c, trig, _, _ in coded(pipe, text)
            if t in ("ACCUSE", "REJECT") and trig == word]


@pytest.mark.parametrize("text, word", [
    ("The senator said the deal would be a mistake, provided it passed the Senate.",
     "mistake"),
    ("The minister said the claims would be false, provided that the court ruled against "
     "him.", "false"),
    ("The minister said the claims would be false, provided the court ruled against him.",
     "false"),
])
def test_a_verdict_on_a_provided_condition_is_no_act(pipe, text, word):
    assert not _verdicts(pipe, text, word), coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    # controls: a plain verdict, another clause joined by "and", "as provided by law"
    ("The senator said the deal was a mistake.", "mistake"),
    ("The minister said the claims were false, and the court ruled against him.", "false"),
    ("The minister said the claims were false, as provided by law.", "false"),
])
def test_control_a_verdict_with_no_condition_stands(pipe, text, word):
    assert _verdicts(pipe, text, word), coded(pipe, text)
