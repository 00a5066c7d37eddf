"""Review 41A's items on nonev40's rules (fixN40), read on the real parse (slow): a
participle clause of its own after "steered clear of X" is an act done (item 1); a
request someone else owns, or one an offer "fell short of", was made (item 2); a sick or
injured office holder, or anyone arriving for talks or to meet someone, is on a visit
(item 3); a "charged with" whose gerund is told as an offence, or "looking" other than
into something, accuses. Controls keep what each rule was for. Every sentence is made
up (items 1 to 3 are the reviewer's own)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


# Each fails on nonev40's 35eb48a (the record is dropped) and passes after.
KEPT = [
    # item 1: a participle clause after a comma, with "steer" holding its own "of"
    ("The governor steered clear of the dispute on Tuesday, praising both parties for "
     "their restraint.", "praising", "SUPPORT"),
    ("The president steered clear of the scandal at the rally, attacking the media "
     "instead.", "attacking", "ACCUSE"),
    # item 2: a request owned by another, and "fell short of" a noun
    ("The aid package fell short of Ukraine's request for fighter jets.", "request",
     "REQUEST"),
    ("The offer fell short of the union's demands for a 10 percent raise.", "demands",
     "REQUEST"),
    # item 3: an office holder's injury, an arrival for talks or to meet
    ("The injured president arrived in Berlin on Tuesday for talks with Chancellor "
     "Merkel.", "arrived", "CONSULT"),
    ("The ailing king arrived in Washington to meet the president.", "arrived", "CONSULT"),
    ("The injured president arrived in Berlin on Tuesday.", "arrived", "CONSULT"),
    # charged with a gerund told as an offence, or "looking" through something
    ("Prosecutors charged the doctor on Monday with examining patients without a medical "
     "license.", "charged", "ACCUSE"),
    ("Police charged the guard with looking through the senator's mail.", "charged",
     "ACCUSE"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_event_kept(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


# Controls: what the rules were for still holds (these pass on 35eb48a too).
NO_EVENT = [
    ("The mayor steered clear of criticizing the governor on Friday.", "criticizing"),
    ("The former governor spoke in Dayton, yet she steered clear endorsing the mayor.",
     "endorsing"),
    ("The senator stopped short of endorsing the governor's bid on Friday.", "endorsing"),
    ("Wounded soldiers arrived in Germany on Sunday for treatment.", "arrived"),
    ("The council charged the panel with examining the budget.", "charged"),
]


@pytest.mark.parametrize("text, word", NO_EVENT)
def test_no_event(pipe, text, word):
    assert _typed(pipe, text, word) == []
