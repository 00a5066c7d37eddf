"""Judged non-events kept at the threshold in stop 40's blind test 1206721, each an
everyday English shape (fix721, events.senses): a question put by an interviewer after a
fronted purpose clause ("To close the interview, she asked him about ..."), "talk" as the
modifier of a broadcast genre ("Sunday talk shows"), a retort "shot back that ..." in a
sentence that tells a shooting, joining others "in calling for" something (the gerund's
act, no meeting), and "called on" a person with nothing asked (given the floor). Controls
keep the requests, the shooting back at gunmen and the gerund's own act. Every sentence is
made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NOT_THIS = [
    # a question after a fronted purpose clause: no request
    ("To end the interview, Jones asked Smith about finding his footing as governor.",
     "asked", "REQUEST"),
    # "talk" naming a broadcast genre: no talks held
    ("The governor said on two weekend talk shows that her state would sue.", "talk", "CONSULT"),
    # a retort in words, in a sentence that tells a shooting: no assault
    ("After the mayor said the shooting shocked him, the activist shot back that he had "
     "let guns into the schools.", "shot", "ASSAULT"),
    # joining others in a gerund's act: no meeting
    ("Two Republican senators joined the Democratic leaders in calling for an independent "
     "inquiry.", "joined", "CONSULT"),
    ("Lee and Kim joined Senators Smith and Jones in calling on Tuesday for a new inquiry.",
     "joined", "CONSULT"),
    # called on a person, nothing asked: given the floor
    ("He called on campaign manager Jane Doe, who read out the vote totals, and named his "
     "pick for the cabinet.", "called", "REQUEST"),
]


@pytest.mark.parametrize("text, word, typ", NOT_THIS)
def test_not_this_event(pipe, text, word, typ):
    assert typ not in _typed(pipe, text, word)


# Controls with no event of this type already on main (they pass on both): near
# neighbours of the shapes that the rules must keep leaving alone.
ALSO_NOT = [
    ("To wrap up the hour, the anchor asked the senator about running in 2028.",
     "asked", "REQUEST"),
    ("Two senators said on talk radio that the bill was dead.", "talk", "CONSULT"),
]


@pytest.mark.parametrize("text, word, typ", ALSO_NOT)
def test_still_not_this_event(pipe, text, word, typ):
    assert typ not in _typed(pipe, text, word)


# Controls: the event sense of the same words stays (these pass on main too).
KEPT = [
    ("The mayor asked the council to delay the vote.", "asked", "REQUEST"),
    ("To win the vote, the mayor asked the council to delay the hearing.", "asked",
     "REQUEST"),
    ("The senator asked the agency for the records on Monday.", "asked", "REQUEST"),
    ("Troops shot back at the gunmen on Tuesday.", "shot", "ASSAULT"),
    ("Two Republican senators joined the Democratic leaders in calling for an independent "
     "inquiry.", "calling", "REQUEST"),
    ("The premier called on parliament to adopt the budget.", "called", "REQUEST"),
    ("The bishops called on the government for an end to the raids.", "called", "REQUEST"),
    ("He called on Congress Tuesday to act on guns.", "called", "REQUEST"),
    ('The union called on members: "Stay off the job."', "called", "REQUEST"),
    ("The two leaders held talks on the show's final day.", "talks", "CONSULT"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_event_kept(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)
