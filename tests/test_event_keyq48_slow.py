"""Criticism and demands told in a speaker's own words, through spaCy's real parse and the
whole pipeline, on sentences made up for the test:
- verdicts that condemn whatever conduct they are put on ("inappropriate", "abhorrent",
  "shortsighted", "a stunt") are criticism (ACCUSE 111) as "irresponsible" already is;
- a naming verb's name parsed as an adjective after its object ("called the signing
  completely inappropriate") is still the name it puts on the object;
- the executive named by its common noun ("the administration", "the ministry") is a
  party a speaker can fault or ask, as "the government" already is.
Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _typed(pipe, text, typ, word):
    return [(actor, recipient) for t, _c, trig, actor, recipient in coded(pipe, text)
            if t == typ and trig == word]


@pytest.mark.parametrize("text, typ, word, target", [
    ("The council leader called the stadium vote completely inappropriate on Monday.",
     "ACCUSE", "inappropriate", None),
    ('Councillor Mara Finch called the mayor\'s parking scheme "shortsighted."',
     "ACCUSE", "shortsighted", "the mayor"),
    ('The union chief said the governor\'s pension decision was "abhorrent" on Tuesday.',
     "ACCUSE", "abhorrent", "the governor"),
    ('Farm groups called the minister\'s tractor parade "a shameless campaign stunt" on Friday.',
     "ACCUSE", "stunt", "the minister"),
    ('"The administration should lift the curfew at once," the bishop said on Sunday.',
     "REQUEST", "should", "The administration"),
    ("The opposition leader said the ministry was wrong to shut the clinics.",
     "ACCUSE", "wrong", "the ministry"),
])
def test_criticism_and_demands_in_own_words(pipe, text, typ, word, target):
    found = _typed(pipe, text, typ, word)
    assert found, coded(pipe, text)
    if target is not None:
        assert any(target in recipient for _actor, recipient in found), found


@pytest.mark.parametrize("text", [
    # controls, pass on main: a name of no verdict after the object, a warning about a
    # person, a description of a contest, and the executive named in a plan told
    "The council leader called the new footbridge wonderful on Monday.",
    "Police said the escaped prisoner was dangerous and should not be approached.",
    "The chairman called the leadership race divisive.",
    "Officials said the ministry would open a second office in the port in March.",
])
def test_no_verdict_no_criticism(pipe, text):
    assert not any(t == "ACCUSE" for t, *_ in coded(pipe, text)), coded(pipe, text)


def test_a_verdict_already_read_stays(pipe):
    # control: a listed verdict named the ordinary way, read on main too
    text = 'Councillor Mara Finch called the mayor\'s parking scheme "irresponsible."'
    assert any("the mayor" in r for _a, r in _typed(pipe, text, "ACCUSE", "irresponsible"))
