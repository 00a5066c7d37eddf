"""keymiss (stop 39): key events with no record of their type, through spaCy's real
parse and the whole pipeline, on sentences made up for the test. A call held with a
named other party ("had a call with X") is a conversation (CONSULT 041), as a phone
call is, where the bare noun "call" is a request; a call with the press, or a call
"for" something, is not. Each positive case fails before the change; the controls
(marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import coded as _coded

pytestmark = pytest.mark.slow


def _of_trigger(pipe, text, trigger):
    return [c for c in _coded(pipe, text) if c[2] == trigger]


# a call with a named other party (lexicon "call with", events.senses._call_noun)

@pytest.mark.parametrize("text, recipient", [
    ("The prime minister had a long call with the Danish king on Tuesday.", "the Danish king"),
    ("President Adler held a call with Chancellor Weber of Austria on Friday.",
     "Chancellor Weber"),
    ("A spokesman said the minister had a useful call with her Polish counterpart.",
     "her Polish counterpart"),
])
def test_a_call_with_a_named_party_is_a_conversation(pipe, text, recipient):
    found = _of_trigger(pipe, text, "call")
    assert found and found[0][0] == "CONSULT" and found[0][1] == "041", found
    assert recipient in found[0][4]


def test_a_call_with_the_press_is_no_conversation(pipe):
    # "a call with reporters" briefs them: no CONSULT (main read a request)
    assert not [c for c in _of_trigger(
        pipe, "The governor held a call with reporters after the vote.", "call")
        if c[0] in ("CONSULT", "REQUEST")]


@pytest.mark.parametrize("text, typ, code", [
    # controls (pass on main too): a call for an act is a request; the rows of
    # "phone call" and "conference call" code as before
    ("The bishop renewed his call for an inquiry on Sunday.", "REQUEST", "020"),
    ("The president held a phone call with the Danish king on Tuesday.", "CONSULT", "041"),
])
def test_other_calls_code_as_before(pipe, text, typ, code):
    found = _of_trigger(pipe, text, "call")
    assert found and (found[0][0], found[0][1]) == (typ, code), found


def test_a_joint_call_for_an_act_stays_a_request(pipe):
    # a call "with" a partner "for" an act: the request wins (control, passes on main)
    found = _of_trigger(
        pipe, "The minister issued a joint call with Norway for an end to the fighting.", "call")
    assert found and found[0][0] == "REQUEST", found


def test_a_call_with_a_named_party_for_a_while_is_a_conversation(pipe):
    # "for" a length of time asks for nothing
    found = _of_trigger(
        pipe, "The chancellor held a call with the Danish king for an hour on Monday.", "call")
    assert found and found[0][0] == "CONSULT", found


def test_a_call_received_from_someone_codes_as_before(pipe):
    # control (passes on main too): a call with no "with" is read by its verb
    found = _of_trigger(
        pipe, "The chancellor received a call from the Danish king on Monday.", "received")
    assert found and found[0][0] == "CONSULT", found


# fixK (stop 39): a call issued, renewed, repeated or made together ("joint") is an
# appeal (REQUEST 020), not a conversation (events.senses._call_appeals); the review's
# sentence and made-up variants.

@pytest.mark.parametrize("text", [
    "Germany issued a joint call with France on Tuesday to halt the fighting in Gaza.",
    "The two leaders repeated their joint call with Egypt to release the hostages.",
    "A joint call with Paris to free the hostages was issued on Monday.",
])
def test_a_call_made_together_for_an_act_is_a_request(pipe, text):
    found = _of_trigger(pipe, text, "call")
    assert found and (found[0][0], found[0][1]) == ("REQUEST", "020"), found


def test_a_call_held_with_someone_to_talk_stays_a_conversation(pipe):
    # control (CONSULT on main too): "held a call with X to discuss" is the talk itself
    found = _of_trigger(
        pipe, "The ministers held a call with their Dutch counterparts to discuss the crisis.",
        "call")
    assert found and (found[0][0], found[0][1]) == ("CONSULT", "041"), found


@pytest.mark.parametrize("text", [
    # controls (CONSULT on main too): an infinitive after the call may tell what the talk
    # was for; joining a call with leaders is joining a conference call
    "In a call with Macron to coordinate aid, the president offered more help.",
    "The president joined a call with European leaders on Ukraine.",
])
def test_a_call_to_talk_or_joined_is_no_request(pipe, text):
    assert not [c for c in _coded(pipe, text) if c[0] == "REQUEST" and c[2] == "call"]


def test_a_call_with_analysts_is_no_consultation(pipe):
    # a company's call with analysts (an earnings call) briefs an audience: no CONSULT
    assert not [c for c in _of_trigger(
        pipe, "The chief executive held a call with analysts on Thursday after the results.",
        "call") if c[0] in ("CONSULT", "REQUEST")]
