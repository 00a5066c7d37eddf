"""What an asked act is for is not done either: after a verb whose object is the act
asked for ("urged calm", "advised restraint", "encouraged investment"), the
to-infinitive the parser hangs on the verb as a clause of its own is that act's
purpose, and it leaves with the asked-for records (events.modality.purpose_of_asked).
The asking keeps its record; a party asked ("urged the army to ...") is asked as
before; a thing called or done ("called a meeting to discuss ...", "fired tear gas to
disperse ...") keeps its purpose's record. Every sentence is made up; the real parse is
read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("The envoy advised restraint on Friday to protect the truce with the northern clans.",
     "protect"),
    ("The governor urged calm on Monday to avoid more clashes near the mine.", "clashes"),
    ("The senator counselled patience on Thursday to keep the talks with the rebels alive.",
     "talks"),
])
def test_what_an_asked_act_is_for_is_no_record(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    # the asking itself stays
    ("The governor urged calm on Monday to avoid more clashes near the mine.", "urged",
     "REQUEST"),
    # a thing called keeps its purpose
    ("The mayor called a meeting on Monday to discuss the strike at the port.", "discuss",
     "CONSULT"),
    # a thing done keeps its purpose
    ("Riot police fired tear gas on Sunday to disperse the crowd outside the court.",
     "disperse", "COERCE"),
])
def test_control_the_asking_and_a_done_act_purpose_stay(pipe, text, word, typ):
    assert types_of(pipe, text, word) == [typ]


@pytest.mark.parametrize("text, word, asking, purpose", [
    ("The envoy advised the council on Friday to delay the vote.", "delay", "advised", None),
    ("The envoy advised restraint on Friday to protect the truce.", "protect", None,
     "advised"),
    ("The mayor called a meeting on Monday to discuss the strike.", "discuss", None, None),
])
def test_asked_and_purpose_read_apart(pipe, text, word, asking, purpose):
    from newsbrief.events.modality import asked_for, purpose_of_asked
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == "advcl", [(t.text, t.dep_) for t in doc]
    assert (asked_for(tok), purpose_of_asked(tok)) == (asking, purpose)
