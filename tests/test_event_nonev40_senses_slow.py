"""Judged non-events kept at the threshold in stop 40's fifteen judged files, each a
word sense that recurs (nonev40, events.senses): a "charged" that fills a thing with
feeling ("emotionally charged"), a "charged with" that gives a body a task of finding
out, and the sick or wounded who "arrive" (a medical transfer, no visit). Controls keep
the accusation and officials' arrivals. Every sentence is made up; the real parse is
read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NO_EVENT = [
    # charged with feeling: a mood, no accusation
    ("The committee hearing was again delayed and emotionally charged by the Madrid "
     "train bombings.", "charged"),
    ("The vote in parliament was emotionally charged by the Oslo attack and the trial of "
     "the gunman.", "charged"),
    ("The summit was highly charged by the Kerch Strait clash.", "charged"),
    # charged with a task of finding out: no accusation
    ("Congress has charged the agency with figuring out how planes and drones can share "
     "the air.", "charged"),
    ("The city council has charged the police board with investigating the shooting.",
     "charged"),
    ("The unit was charged by the ministry with looking into the leaks.", "charged"),
    # the sick and the wounded arriving: a medical transfer, no visit
    ("Three wounded soldiers arrived in Germany on Sunday, the army said.", "arrived"),
    ("The 12 injured soldiers who arrived at the base on Friday were treated for burns.",
     "arrived"),
    ("One of three medics infected by the fever arrived in Oslo on Sunday.", "arrived"),
]


@pytest.mark.parametrize("text, word", NO_EVENT)
def test_no_event_in_this_sense(pipe, text, word):
    assert _typed(pipe, text, word) == []


# Controls: the event sense of the same words stays (these pass on main too).
KEPT = [
    ("Prosecutors charged the aide with lying to investigators on Monday.", "charged",
     "ACCUSE"),
    ("The foreign minister arrived in Beijing on Monday for talks.", "arrived", "CONSULT"),
    ("Investigators arrived in Cairo on Friday to join the inquiry.", "arrived", "CONSULT"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_event_kept(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)
