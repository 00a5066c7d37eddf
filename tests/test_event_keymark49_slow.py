"""An article's main act told in the body with no time of its own, marked key when the
main verb of its clause tells it as done (`mainact.main_verb_done`: active, past, no
modal, not a clause describing a noun, not background, not a habit), through spaCy's real parse and the whole pipeline, on
reports made up for the test. The lead's three sentences of eight words or more name no
doer with a country, so the body's act is the article's top-ranked record and lies
outside the lead the pipeline uses (`extract.main_act_lead`). The positive cases fail
before `main_verb_done`; the controls (marked) pass on both. Background and habits, and
the main verb's act behind a clause describing a noun, fail before those readings."""

from __future__ import annotations

import pytest

from newsbrief.events import mainact
from newsbrief.events.extract import main_act_lead
from newsbrief.records import Article

pytestmark = pytest.mark.slow

LEAD = ("Heavy snow closed the mountain railway above the fjord for a week. Crews cleared "
        "the tracks through most of the following night. Two ferries stayed in port until "
        "the wind dropped again.\n\n")


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
    ("The Norwegian transport minister blamed the rail company for the slow repairs.",
     "blamed"),
    ("Norway's largest rail union has rejected the company's new winter timetable.",
     "rejected"),
])
def test_a_body_act_told_as_done_by_its_main_verb_is_key(pipe, body, word):
    events, lead = _read(pipe, LEAD + body)
    ev = _with(events, word)[0]
    assert ev.evidence.sentence > lead and not mainact.anchored(ev, lead), ev
    assert ev.key, ev


@pytest.mark.parametrize("body, word", [
    # controls: a passive, a participle and a clause describing a noun tell no act of
    # the day by their own main verb
    ("The rail company was blamed by the Norwegian transport minister for the slow "
     "repairs.", "blamed"),
    ("The Norwegian transport minister spoke to reporters, blaming the rail company for "
     "the slow repairs.", "blaming"),
    ("Crews worked beside the Norwegian transport minister, who blamed the rail company "
     "for the slow repairs.", "blamed"),
])
def test_a_passive_a_participle_or_a_described_noun_is_not_told_done(pipe, body, word):
    events, lead = _read(pipe, LEAD + body)
    found = _with(events, word)
    assert all(ev.evidence.sentence > lead for ev in found), found
    assert not any(ev.key for ev in found), found


@pytest.mark.parametrize("body, word", [
    # the past perfect: background, and a condition told by inversion
    ("Long before the storm, the Swedish fisheries minister had faulted the trawler owners "
     "for their old boats.", "faulted"),
    ("Had the Danish navy fired on the trawler, the talks would have ended.", "fired"),
    # a clause hung on another verb sets the scene for that verb's act
    ("When the Danish navy fired on the trawler, the crew jumped into the sea.", "fired"),
    ("After the Swedish fisheries minister faulted the trawler owners, the crews went home.",
     "faulted"),
    # a habit
    ("Every autumn the Swedish fisheries minister criticised the trawler owners for their "
     "catches.", "criticised"),
])
def test_background_or_a_habit_is_not_told_done(pipe, body, word):
    events, lead = _read(pipe, LEAD + body)
    found = _with(events, word)
    assert all(ev.evidence.sentence > lead and not mainact.anchored(ev, lead)
               for ev in found), found
    assert not any(ev.key for ev in found), found


@pytest.mark.parametrize("body, word", [
    # controls: a report of the act told as done ("..., a spokesman said") and an act
    # told after a clause of time stay key
    ("The Danish navy fired on the trawler, a navy spokesman said.", "fired"),
    ("When the storm passed, the Swedish fisheries minister faulted the trawler owners "
     "for their old boats.", "faulted"),
    # and a clause after the verb it hangs on, which tells an act of its own
    ("The crews went home after the Swedish fisheries minister faulted the trawler owners.",
     "faulted"),
])
def test_a_reported_act_or_an_act_after_a_clause_of_time_stays_key(pipe, body, word):
    events, lead = _read(pipe, LEAD + body)
    ev = _with(events, word)[0]
    assert ev.evidence.sentence > lead and not mainact.anchored(ev, lead), ev
    assert ev.key, ev


def test_a_clause_describing_a_noun_does_not_keep_the_mark_from_the_main_verb(pipe):
    body = ("The Swedish fisheries minister, who faulted the trawler owners for their old "
            "boats, met the Danish harbour master.")
    events, lead = _read(pipe, LEAD + body)
    described = _with(events, "faulted")
    assert not any(ev.key for ev in described), described
    main = _with(events, "met")[0]
    assert main.evidence.sentence > lead and main.key, main


def test_a_clause_describing_a_noun_that_the_text_dates_keeps_its_mark(pipe):
    # control: the day the clause gives anchors its act as the story's news
    body = ("Crews worked beside the Swedish fisheries minister, who faulted the trawler "
            "owners on Tuesday.")
    events, lead = _read(pipe, LEAD + body)
    ev = _with(events, "faulted")[0]
    assert ev.predicate.clause == "relcl" and mainact.anchored(ev, lead), ev
    assert ev.key, ev
