"""A question put to a guest or to an official is no request between political actors
(nonev42, events.senses): the fronted or "when" participle of a verb of pressing with no
subject of its own ("Pressed on whether ..., the senator said"), which the parser reads as
an active verb whose doer is the main clause's subject (the one questioned became the
asker); a broadcast host who "pushed" a guest for an answer; and "asking about" a noun
whose own to-infinitive the parser hangs on the verb ("asking about his threats to shut it
down"). Controls keep a demand in the participle ("Pressed by the opposition to resign"),
requests with a to-infinitive of the verb's own, and a politician's push for a vote.
Every sentence is made up; the real parse is read (slow)."""

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
    ("The two judges gave the same answer when pressed on the issue at their hearings.",
     "pressed", "REQUEST"),
    # a host pushing a guest for an answer: an interview
    ('When Jane Roe, the host of "Weekend Politics," pushed the senator for a firmer '
     "answer, he said his panel was still gathering facts.", "pushed", "REQUEST"),
    # asking about a noun whose infinitive the parser hangs on the verb: a question
    ("Rather, Jane Doe was asking about his repeated threats to \u201cshut it down.\u201d",
     "asking", "REQUEST"),
    ("The senator was asking about the general's repeated threats to \u201cshut it down.\u201d",
     "asking", "REQUEST"),
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
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_still_this_event(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)
