"""keytype45 (stop 45): a vow of a hostile act is a threat, through spaCy's real parse
and the whole pipeline, on sentences made up for the test. "vowed to strike the
camps", "pledged to punish those responsible", "vowed to retaliate", "vowed revenge"
promise force, coercion or sanctions to the one they are aimed at: CAMEO 13 (138 for
force), not the pledge of cooperation CAMEO 030 codes. A vow of a cooperative or
political act ("vowed to block the nomination", "promised to support the bill"), a vow
not to do the hostile act, and a cut told with no one to cut from ("promised to cut
taxes") stay as they were. Each positive case fails before the change; the controls
(marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _of(pipe, text, word):
    return [(t, c) for t, c, trig, _actor, _recipient in coded(pipe, text) if trig == word]


@pytest.mark.parametrize("text, word, cameo", [
    ("The rebel commander vowed on Friday to attack the garrison at dawn.", "vowed", "138"),
    ("The prime minister vowed to punish whoever planted the bomb.", "vowed", "130"),
    ("The defence minister vowed on Sunday to retaliate against the raiders.", "vowed",
     "130"),
    ("The militia vowed revenge on Saturday after the ambush.", "vowed", "130"),
    ("The chancellor pledged on Monday to sanction the Belarus junta.", "pledged", "130"),
])
def test_a_vow_of_a_hostile_act_is_a_threat(pipe, text, word, cameo):
    found = _of(pipe, text, word)
    assert ("THREATEN", cameo) in found, coded(pipe, text)
    assert not any(t == "AGREE" for t, _c in found), found


@pytest.mark.parametrize("text, word", [
    # controls, pass on main: a vow of a political or cooperative act is a pledge
    ("The senator vowed on Tuesday to block the nomination.", "vowed"),
    ("The governor promised on Wednesday to support the farm bill.", "promised"),
    # a vow not to strike is restraint promised, no threat
    ("The rebel commander vowed on Friday not to attack the garrison.", "vowed"),
])
def test_a_vow_of_restraint_or_of_politics_is_no_threat(pipe, text, word):
    found = _of(pipe, text, word)
    assert found and all(t == "AGREE" for t, _c in found), coded(pipe, text)


def test_a_cut_with_no_one_to_cut_from_is_no_threat(pipe):
    """Control, passes on main: "cut" reads its object ("cut aid to X"); taxes cut is a
    plan of one's own, and the vow's reading stays as main had it (no threat by the
    vow)."""
    found = _of(pipe, "The governor promised on Tuesday to cut taxes.", "promised")
    assert not any(t == "THREATEN" for t, _c in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("The senator said on Tuesday that it is time for Mayor Lindqvist to resign.",
     "senator", "Lindqvist"),
    ('"It is time for Senator Okafor to back the dairy compact," the governor said on Friday.',
     "governor", "Okafor"),
])
def test_it_is_time_for_a_party_to_act_is_an_appeal(pipe, text, actor, recipient):
    """ "said it is time for X to Y" asks Y of X, as "said X should Y" does."""
    found = [(a, r) for t, _c, trig, a, r in coded(pipe, text) if t == "REQUEST" and trig == "time"]
    assert found, coded(pipe, text)
    assert any(actor in a for a in found[0][0]) and any(recipient in r for r in found[0][1]), found


@pytest.mark.parametrize("text", [
    # one's own side, a denied time, a judgement of timing: no appeal
    # coded acts (fixT45, review A item 13: an act the coder does not code could not fail;
    # "time for the police to arrest the smugglers" is a REQUEST)
    "The governor said on Tuesday it is now time for us to arrest the smugglers.",
    "The governor said on Tuesday it is time for our police to arrest the smugglers.",
    "The governor said on Tuesday it is not time for Mayor Lindqvist to resign.",
    "The mayor said on Tuesday that it was a good time for Lindqvist to meet the board.",
])
def test_time_for_oneself_or_no_time_is_no_appeal(pipe, text):
    """Controls, pass on main."""
    assert not any(t == "REQUEST" for t, *_rest in coded(pipe, text)), coded(pipe, text)


def test_a_vowed_fight_is_no_threat_beside_a_word_of_force(pipe):
    """Control, passes on main: a vowed fight stays a pledge even where a word of force
    ("weapon") lets the sense readers keep the fight as force (a THREATEN 138 on the
    branch's first draft, before `sense_vowed_fights`)."""
    text = "The teachers union vowed to fight the layoffs with every weapon it has."
    found = _of(pipe, text, "vowed")
    assert found and all(t == "AGREE" for t, _c in found), coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    # a text killed or cancelled is a rejection, a site of one's own shut a concession
    ("Republicans vowed on Tuesday to kill the health law.", "vowed"),
    ("The leader pledged on Friday to shut down his missile test site.", "pledged"),
])
def test_a_law_killed_or_ones_own_site_shut_is_no_threat(pipe, text, word):
    """Controls, pass on main."""
    assert not any(t == "THREATEN" for t, _c in _of(pipe, text, word)), coded(pipe, text)
