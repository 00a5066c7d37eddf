"""house41 (stop 41, Part B), through spaCy's real parse and the whole pipeline on
sentences made up for the test: a verdict the speaker owns in the first person
("signing the treaty was my mistake") admits a fault of their own, as "I was wrong"
does: no criticism. A verdict with no owner ("was a mistake", the gerund on the copula
stop 40 left) stays criticism. The positive cases fail on main 644f635; the controls
pass on both trees."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _records(pipe, text, typ, cameo, word):
    return [(actor, recipient) for t, c, trig, actor, recipient in coded(pipe, text)
            if t == typ and c == cameo and trig == word]


@pytest.mark.parametrize("text", [
    '"Signing the treaty was my mistake," the minister said on Tuesday.',
    '"Closing the border was our mistake," the minister said on Tuesday.',
    '"The invasion was my mistake," the former minister said on Tuesday.',
])
def test_a_fault_the_speaker_owns_is_no_criticism(pipe, text):
    assert not _records(pipe, text, "ACCUSE", "111", "mistake"), coded(pipe, text)


@pytest.mark.parametrize("text", [
    # controls (both trees): a verdict with no owner, or the hearer's, still criticises
    '"Signing the treaty was a mistake," the minister said on Tuesday.',
    '"Signing the treaty was your mistake," the minister told the senator on Tuesday.',
    "The senator said on Tuesday that invading Iraq was a mistake.",
])
def test_control_a_fault_not_the_speakers_is_criticism(pipe, text):
    assert _records(pipe, text, "ACCUSE", "111", "mistake"), coded(pipe, text)
