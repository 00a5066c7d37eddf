"""The press's questions and interviews are no act between political actors (nonev42,
events.senses). A question put: the fronted or "when" participle of a verb of pressing
with no subject of its own ("Pressed on whether ..., the senator said"), which the parser
reads as an active verb whose doer is the main clause's subject (the one questioned became
the asker); a broadcast host who "pushed" a guest for an answer; "asking about" a noun
whose own to-infinitive the parser hangs on the verb ("asking about his threats to shut it
down"). An interview given: speaking to a news outlet or one of its people, or a studio
appearance ("joined on <outlet> by"). Controls keep a demand in the participle ("Pressed by
the opposition to resign"), requests with a to-infinitive of the verb's own, a
politician's push for a vote, and talks with a governor, a king or at a meeting. Every
sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NOT_THIS = [
    # the participle of a question put, with no subject of its own: no request
    ("Pressed on whether the general would face a trial, the senator said the talk was early.",
     "Pressed", "REQUEST"),
    ("When pressed on Wednesday about the budget gap, the governor said the state would borrow.",
     "pressed", "REQUEST"),
    ("Pressed about his ties to the lobbyist, the mayor said he had done nothing wrong.",
     "Pressed", "REQUEST"),
    ("The two judges gave the same answer when pressed on that question during their hearings.",
     "pressed", "REQUEST"),
    # a host pushing a guest for an answer: an interview
    ('When Jane Roe, the host of "Weekend Politics," pushed the senator for a firmer '
     "answer, he said his panel was still gathering facts.", "pushed", "REQUEST"),
    # asking about a noun whose infinitive the parser hangs on the verb: a question
    ("Rather, Jane Doe was asking about his repeated threats to \u201cshut it down.\u201d",
     "asking", "REQUEST"),
    ("The senator was asking about the general's repeated threats to \u201cshut it down.\u201d",
     "asking", "REQUEST"),
    # an interview given or a studio appearance: no consultation
    ("The senator spoke with CNN's Jane Roe on Sunday about the budget.", "spoke", "CONSULT"),
    ("Speaking to NBC after the vote, the governor said the state would sue.",
     "Speaking", "CONSULT"),
    ("The senator was joined on MSNBC by the governor, a member of the panel.",
     "joined", "CONSULT"),
]


@pytest.mark.parametrize("text, word, typ", NOT_THIS)
def test_not_this_event(pipe, text, word, typ):
    assert typ not in _typed(pipe, text, word)


# Controls: requests of the same verbs that stay (they pass on main too).
KEPT = [
    ("Pressed by the opposition to resign, the minister quit on Friday.", "Pressed", "REQUEST"),
    ("The senator pressed the agency on Monday to release the files.", "pressed", "REQUEST"),
    ("The governor pushed the legislature for a vote on the budget on Monday.",
     "pushed", "REQUEST"),
    ("The mayor asked the council to vote about the plan to close the school.",
     "asked", "REQUEST"),
    ("The senator spoke with the governor on Sunday about the budget.", "spoke", "CONSULT"),
    ("The president spoke to the Saudi king by phone on Monday.", "spoke", "CONSULT"),
    ("The governor joined the senator on Monday in a meeting with farmers.",
     "joined", "CONSULT"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_still_this_event(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


# fixN42 (review A items 4 and 5): a summit's or a country's host pushing for a thing
# wanted makes a request; a broadcaster met as an institution, or one of its officers, is
# a consultation (these fail on main f73da03).
FIXED = [
    ("The host, Peru, pushed for a joint statement calling for a truce.", "pushed", "REQUEST"),
    ("The summit's host pushed the delegations for a deal on river water on Saturday.",
     "pushed", "REQUEST"),
    ("The culture minister spoke with the BBC on Monday about the future of the licence fee.",
     "spoke", "CONSULT"),
    ("The foreign minister spoke with Al Jazeera's director general in Doha on Monday about "
     "the release of two jailed reporters.", "spoke", "CONSULT"),
]


@pytest.mark.parametrize("text, word, typ", FIXED)
def test_fixN42_kept(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


# Controls for the rules kept (pass on both): a fronted participle with a bare outlet
# and a bare name owned by an outlet stay interviews; a request whose infinitive stands
# after an about phrase with words between is still a request (the about guard runs and
# lets it through).
def test_fixN42_interviews_still_out(pipe):
    assert "CONSULT" not in _typed(
        pipe, "Speaking with the BBC after the vote, the senator said the party would win.",
        "Speaking")
    assert "CONSULT" not in _typed(
        pipe, "The senator spoke with NBC's Jane Roe before the vote.", "spoke")


def test_about_guard_lets_later_infinitive_through(pipe):
    text = "The mayor asked the council about the plan again on Monday to delay the vote."
    assert "REQUEST" in _typed(pipe, text, "asked")
