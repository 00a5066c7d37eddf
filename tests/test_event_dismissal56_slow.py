"""Dismissals read as shootings or as rejections (falsepos56):

- "fire" whose objects are all people, with no target after the verb ("at", "on",
  "into") and no weapon as object, is a dismissal (COERCE 172, as "fired its chief
  executive" already was) even when the doer or the ones fired are an armed body or its
  members ("the police department fired three officers", "the army fired two
  generals"): only a force word elsewhere in the sentence tells a shooting
  (events.senses._fire). Soldiers firing on protesters, tear gas fired at a crowd,
  gunmen firing at officers, rockets fired into a country stay force;
- "dismiss" whose objects all hold a post ("dismissed the defence minister", "two
  officers were dismissed") removes them from it (COERCE 172), not a claim rejected
  (events.senses._dismiss); critics, a report, and anyone dismissed "as" something
  stay a rejection;
- a passive "fire" with no subject of its own ("ran the harbour board before being fired in a
  budget row") fires the subject of the clause it hangs on: a person there is dismissed
  (events.senses._fired_understood); people "fired on" or "fired upon" (a stranded
  preposition) are shot at.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded, types_of

pytestmark = pytest.mark.slow


def _codes(pipe, text, word):
    return [(t, c) for t, c, trig, _, _ in coded(pipe, text) if trig == word]


@pytest.mark.parametrize("text", [
    "The police department fired three officers on Tuesday.",
    "The army fired three generals over the failed offensive.",
    "The city fired two police officers after the video surfaced.",
    "The state police fired four officers last week.",
])
def test_people_fired_by_an_armed_body_are_dismissed(pipe, text):
    assert _codes(pipe, text, "fired") == [("COERCE", "172")]


@pytest.mark.parametrize("text", [
    "Soldiers fired on protesters near the square.",
    "Police fired tear gas at the crowd.",
    "Gunmen fired at officers outside the station.",
    "Militants fired two rockets into Israel.",
    "Police fired rubber bullets at demonstrators.",
    "Troops fired three officers after rebels shelled the base.",
])
def test_shooting_stays_force(pipe, text):
    assert types_of(pipe, text, "fired") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The prime minister dismissed Defence Minister Ann Berg on Friday.",
    "The president dismissed the defence minister on Friday.",
    "Two police officers were dismissed on Monday.",
    "The mayor dismissed two police officers.",
])
def test_holder_of_a_post_dismissed_is_removed(pipe, text):
    assert _codes(pipe, text, "dismissed") == [("COERCE", "172")]


@pytest.mark.parametrize("text", [
    "The president dismissed his critics on Friday.",
    "The governor dismissed the senator as a liar.",
    "The minister dismissed the report as biased.",
    "The judge dismissed the case.",
])
def test_claims_and_critics_dismissed_stay_rejected(pipe, text):
    assert types_of(pipe, text, "dismissed") == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Lee ran the harbour board for a year before being fired in a budget row.",
    "Ann Berg left the agency in 2019 after being fired over the audit.",
])
def test_person_being_fired_is_dismissed(pipe, text):
    assert _codes(pipe, text, "fired") == [("COERCE", "172")]


@pytest.mark.parametrize("text", [
    "Protesters were fired on near the square.",
    "The police were fired upon by gunmen.",
    "The guard was shot after being fired at by the gunman.",
])
def test_people_fired_on_are_shot_at(pipe, text):
    assert types_of(pipe, text, "fired") == ["ASSAULT"]


def test_thing_being_fired_is_no_dismissal(pipe):
    text = "The rocket hit a school in Sderot after being fired from Gaza by militants."
    assert "COERCE" not in types_of(pipe, text, "fired")


@pytest.mark.parametrize("text", [
    "The Kremlin dismissed President Zelensky, saying he was not serious about peace.",
    "The opposition leader dismissed the government on Tuesday, saying it had lost touch.",
    "The candidate dismissed the former secretary of state, calling her a failure.",
    "The rival party dismissed the finance minister.",
])
def test_remark_or_powerless_doer_stays_rejected(pipe, text):
    """fixY56: a "saying"/"calling" clause tells a remark about the post-holder, and a doer
    with no power over the post (the opposition, a candidate) removes no one."""
    assert types_of(pipe, text, "dismissed") == ["REJECT"]
