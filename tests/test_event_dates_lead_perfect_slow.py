"""datecarry: a lead that tells a deed in the present perfect as what a dated report
says ("Guards have seized a vessel, officials said on Monday") puts the report on that
day, not the deed; the body retelling the deed in the simple past ("The ship was
seized at a port") is not moved onto the report's day. Control (passes before
and after): a lead that tells the deed in the simple past within the dated report keeps
the body's retelling on that day. Through the whole pipeline on a report made up for
the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

BODY = (" Customs officers then searched its holds and its crew quarters for hours. "
        "The ship, the Aurora, was seized at a port near the coast, the official told "
        "reporters.")


def _seized(pipe, text):
    art = Article(id="lead-perfect", origin="test", text=text, published="1997-03-04",
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == "seized"
             and ev.evidence.start > len(text) - len(BODY)]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_the_body_retelling_of_a_reported_perfect_is_undated(pipe):
    lead = ("Coast guards in Norway have seized a cargo vessel suspected of carrying rifles "
            "into the country, a customs official said on Monday.")
    ev = _seized(pipe, lead + BODY)
    assert ev.date is None, (ev.date, ev.date_text)


def test_control_a_simple_past_in_the_report_keeps_the_day(pipe):
    lead = ("A customs official said on Monday that coast guards in Norway seized a cargo "
            "vessel suspected of carrying rifles into the country.")
    ev = _seized(pipe, lead + BODY)
    assert ev.date == "1997-03-03", (ev.date, ev.date_text)
