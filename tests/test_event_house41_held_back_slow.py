"""house41 (stop 41, Part B), through spaCy's real parse and the whole pipeline on
reports made up for the test: `modality.held_back`'s noun path. An act noun whose
parties a "between" names is done by them ("steered clear of the talks between the
army and the rebels": the talks were held, without the subject); before, the record was
taken out as not done. The positive cases fail on main 644f635; the controls pass on
both trees."""

from __future__ import annotations

import pytest

from made_up import coded, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday


@pytest.mark.parametrize("text", [
    "The opposition party steered clear of the talks between the army and the "
    "insurgents on Tuesday.",
    "The senator shied away from the talks between the mayor and the unions on Monday.",
])
def test_an_act_between_others_held_back_from_is_still_done(pipe, text):
    assert any(ev.trigger and ev.trigger.text == "talks" and ev.type == "CONSULT"
               for ev in events_of(pipe, text, PUB)), coded(pipe, text)


@pytest.mark.parametrize("text", [
    # controls: the subject's own act held back from stays not done (both trees)
    "The ministry steered clear of talks with the rebels on Tuesday.",
    "The senator stopped short of endorsing the governor on Tuesday.",
])
def test_control_the_subjects_own_act_held_back_from_is_not_done(pipe, text):
    assert not any(ev.type in ("CONSULT", "SUPPORT") for ev in events_of(pipe, text, PUB)), \
        coded(pipe, text)


# fixH41 (stop 42, review item 8): "between" names others only when its parties are
# common nouns other than the subject's own word, with no pronoun or count pointing back
# to the subject; else the act is the subject's own, held back (these fail on main 1340a69).
@pytest.mark.parametrize("text, word", [
    ("Seoul and Tokyo stopped short of a military pact between the two countries.", "pact"),
    ("The White House steered clear of a meeting between Biden and the Saudi crown prince.",
     "meeting"),
])
def test_an_act_between_the_subjects_own_side_held_back_from_is_not_done(pipe, text, word):
    assert not any(ev.trigger and ev.trigger.text == word
                   for ev in events_of(pipe, text, PUB)), coded(pipe, text)
