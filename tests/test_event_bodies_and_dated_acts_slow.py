"""Where the shapes of one person's words, a steady habit, a rejected claim's teller
and a poll's ratio stop:
- a body's "discussion" of a topic is a meeting it held, and a partner hung on the
  topic ("discussion on energy with the premier") is a partner all the same
  (events.senses.rhetoric);
- an adverb of a steady pattern on an act told with its own day ("continually fired
  rockets on Wednesday") tells that day's act (events.modality.habitual);
- "X did Y, an aide said" reports X's act: a later "rejected those proposals" rejects
  X's, not the aide's (events.arguments);
- a ratio of some body's members ("eight of 10 directors quit") is their act, not a
  poll's reading (events.extract).

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded, types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The OPEC cartel's discussion of output cuts ended without an agreement on Thursday.",
    "Siemens's discussion of the takeover with Alstom broke down on Friday.",
    "Merkel's discussion on energy with the Polish premier lasted an hour on Monday.",
])
def test_a_bodys_or_partnered_discussion_is_a_meeting(pipe, text):
    assert "CONSULT" in types_of(pipe, text, "discussion")


def test_one_persons_discussion_stays_words(pipe):
    text = "The governor's discussion of the pension plan was confusing, a columnist wrote."
    assert types_of(pipe, text, "discussion") == []


def test_a_steady_adverb_on_a_dated_act_keeps_the_act(pipe):
    text = "Militants continually fired rockets at the town on Wednesday, the army said."
    assert types_of(pipe, text, "fired")


def test_a_steady_adverb_with_no_day_stays_a_habit(pipe):
    text = "The chairman consistently opposed the efforts of the board to sell the farm."
    assert types_of(pipe, text, "opposed") == []


def _rejected_to(pipe, text):
    return [rec for typ, _, trig, _, rec in coded(pipe, text, "2024-12-05")
            if typ == "REJECT" and trig == "rejected"]


def test_an_act_told_on_an_aides_word_is_not_the_aides_claim(pipe):
    text = ("The council voted on Monday to attach two conditions to the permit, an aide "
            "said. The mayor rejected those proposals on Tuesday.")
    found = _rejected_to(pipe, text)
    assert found and all("an aide" not in rec for rec in found)


def test_a_told_claim_keeps_its_teller(pipe):
    text = ("The governor said the bridge would be finished by spring. Engineers rejected "
            "that claim on Friday.")
    assert ["The governor"] in _rejected_to(pipe, text)


@pytest.mark.parametrize("text, word, teller", [
    ("The bridge will open in May, the mayor said. Residents rejected that claim on Sunday.",
     "rejected", "the mayor"),
    ("Exports rose faster than forecast, the minister said. Traders rejected that claim "
     "on Monday.", "rejected", "the minister"),
])
def test_a_state_or_forecast_told_before_its_teller_is_the_tellers_claim(
        pipe, text, word, teller):
    found = [rec for typ, _, trig, _, rec in coded(pipe, text, "2024-12-05") if trig == word]
    assert found and all(rec == [teller] for rec in found)


def test_a_poll_ratio_under_in_is_no_ones_act_whoever_is_counted(pipe):
    text = "Six in 10 doctors backed the plan, a survey found."
    assert types_of(pipe, text, "backed") == []


@pytest.mark.parametrize("text, word", [
    ("Eight of 10 ministers resigned on Thursday after the merger.", "resigned"),
])
def test_a_ratio_of_a_bodys_members_is_their_act(pipe, text, word):
    assert types_of(pipe, text, word)


def test_a_polls_ratio_of_residents_still_does_nothing(pipe):
    text = "Roughly six in 10 residents praised the new tram line, a survey found."
    assert types_of(pipe, text, "praised") == []
