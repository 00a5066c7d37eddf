"""datecarry: a deed told in the simple past right after a sentence that tells, in the
present perfect and the narrator's words, a state held up to now ("X has shaped the
debate for years. She helped block ...") is an instance of that
stretch, on no day the text gives: the day the lead names is not carried to it, even in
a wire text with no line breaks, whose one "paragraph" runs from the lead to the end.
Controls (pass before and after): the same deed after a sentence in the simple past
takes the lead's day as before; so it does after a perfect passive ("ten amendments
have been filed": what was done lately) and after a perfect in quotation marks; words
told so ("She criticized ...") keep the day. Through the whole pipeline on a report
made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

LEAD = ("WASHINGTON - Senator Ann Ruiz said on Tuesday that she opposed the budget "
        "plan unless her party restored funds for rural hospitals. Ruiz told reporters the "
        "cuts would hurt families in her state and across the region. ")
HELD = "Ruiz has shaped the national health debate for years. "
DEED = "She helped block her party's effort to repeal the health law."


def _event(pipe, text, word):
    art = Article(id="held-state", origin="test", text=text, published="1997-03-05",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_a_deed_after_a_held_state_is_undated(pipe):
    ev = _event(pipe, LEAD + HELD + DEED, "block")
    assert ev.date is None, (ev.date, ev.date_text)


def test_control_after_a_simple_past_takes_the_lead_day(pipe):
    ev = _event(pipe, LEAD + "Ruiz spoke after a closed meeting of the committee. " + DEED,
                "block")
    assert ev.date == "1997-03-04"  # the Tuesday


def test_control_after_a_perfect_passive_takes_the_lead_day(pipe):
    ev = _event(pipe, LEAD + "Ten amendments have been filed by her staff. " + DEED, "block")
    assert ev.date == "1997-03-04"


def test_control_after_a_quoted_perfect_takes_the_lead_day(pipe):
    ev = _event(pipe, LEAD + "\u201cWe have fought this for years,\u201d Ruiz said. " + DEED,
                "block")
    assert ev.date == "1997-03-04"


def test_control_words_after_a_held_state_keep_the_lead_day(pipe):
    ev = _event(pipe, LEAD + HELD + "She criticized her party's effort to repeal the health law.",
                "criticized")
    assert ev.date == "1997-03-04"
