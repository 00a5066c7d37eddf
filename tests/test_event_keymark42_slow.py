"""keymark42 (stop 42): an article's main act anchored by being told now, through
spaCy's real parse and the whole pipeline, on reports made up for the test. A body act
in words told in the news present by a named or definite doer ("the ministry denies
...") is the story's news, and so is a speaker's own act in words in a quotation
('"I call on the board to resign," the governor said'), which may now be marked key.
The positive cases fail before the change; the controls (marked) pass on both.

fixK42 (review B item 5): the lead's third sentence is long enough (eight words or more,
storytime.LEAD_WORDS) for the body sentence to be outside the lead the pipeline uses, and
the tests read `anchored` with that lead (`extract.main_act_lead`) and the output's `key`."""

from __future__ import annotations

import pytest

from newsbrief.events import mainact
from newsbrief.events.extract import main_act_lead
from newsbrief.records import Article

pytestmark = pytest.mark.slow

# A lead of three sentences of eight words or more, so that the act read is told in the
# body of the pipeline's own lead.
LEAD = ("Floods closed the main coastal road in western Norway on Monday. Rescue teams worked "
        "through the night near the harbour. Several villages in the valley lost power for "
        "many hours.\n\n")


def _read(pipe, text):
    """The records of `text` read as a report, and the pipeline's own lead end."""
    art = Article(id="made-up", origin="test", text=text, published="2024-12-05",
                  published_source="given")
    doc = pipe.nlp(text)
    return pipe.analyse_doc(doc, art).events, main_act_lead(doc)


def _with(events, word):
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found


@pytest.mark.parametrize("body, word", [
    ("The Norwegian army denies the reports of looting by its soldiers.", "denies"),
    ("Norwegian Prime Minister Anna Lind faults the road agency for the late warnings.", "faults"),
])
def test_a_body_act_in_words_told_now_is_anchored(pipe, body, word):
    events, lead = _read(pipe, LEAD + body)
    ev = _with(events, word)[0]
    assert ev.evidence.sentence > lead and ev.date_source not in mainact.TEXT_DATED
    assert mainact.anchored(ev, lead) and ev.key


@pytest.mark.parametrize("body, word, key", [
    # none anchored: an act in words told in the past with no time of its own, and
    # people of a kind in the present (a stance, not the day's act). The past is marked
    # key all the same, since its main verb tells it as done (`mainact.main_verb_done`,
    # tests/test_event_keymark49_slow.py); the other two are controls that hold whether
    # or not that rule exists
    ("The Norwegian army denied the reports of looting by its soldiers.", "denied", True),
    ("Norwegian critics fault the road agency for the late warnings.", "fault", False),
    # and a clause describing a noun: a standing charge, not the day's act
    ("Rescue work slowed over the reports of looting, which the Norwegian army denies.",
     "denies", False),
])
def test_a_body_act_in_the_past_of_people_of_a_kind_or_described_is_not_anchored(pipe, body, word,
                                                                                 key):
    events, lead = _read(pipe, LEAD + body)
    found = _with(events, word)
    assert all(ev.evidence.sentence > lead for ev in found), found
    assert not any(mainact.anchored(ev, lead) for ev in found), found
    assert any(ev.key for ev in found) == key, found


@pytest.mark.parametrize("quote, word", [
    ('"I call on the road agency to publish its warnings," Norwegian Prime Minister '
     'Anna Lind said.', "call"),
    ('"We condemn the looting in the strongest terms," the Norwegian defence ministry '
     'said.', "condemn"),
])
def test_a_speakers_own_act_in_a_quotation_is_eligible_and_told_now(pipe, quote, word):
    events, lead = _read(pipe, LEAD + quote)
    ev = _with(events, word)[0]
    assert mainact.quoted(ev) and ev.evidence.sentence > lead, ev.actor
    assert mainact.eligible(ev, 0.0) and mainact.anchored(ev, lead) and ev.key, ev.actor


@pytest.mark.parametrize("quote, word", [
    # controls (pass on main too): a quoted report of others' act, and an act the
    # speaker says they will do
    ('"The Swedish army condemned the looting in the strongest terms," Norwegian Prime '
     'Minister Anna Lind said.', "condemned"),
    ('"We will condemn any looting in the strongest terms," the Norwegian defence ministry '
     'said.', "condemn"),
])
def test_a_quoted_report_or_a_quoted_promise_is_not_the_speakers_act(pipe, quote, word):
    events, lead = _read(pipe, LEAD + quote)
    found = _with(events, word)
    assert not any(mainact.eligible(ev, 0.0) or ev.key for ev in found), found
