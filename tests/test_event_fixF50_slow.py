"""Three readings through spaCy's real parse and the whole pipeline, on reports made up
for the test: a habit is read on the words hung on the verb, not anywhere in its
sentence (`Predicate.habit`, read by `mainact.main_verb_done`); the past perfect is
carried through "and" to a verb with no auxiliary or subject of its own
(`Predicate.background`); two doers who give or deliver a talk address an audience, not
each other (events.senses). The lead's three sentences of eight words or more name no
doer with a country, so the body's act is the article's top-ranked record and lies
outside the lead. The positive cases fail before these readings; the controls (marked)
pass on both."""

from __future__ import annotations

import pytest

from newsbrief.events.extract import main_act_lead
from newsbrief.events.predicate import predicate_of
from newsbrief.records import Article

pytestmark = pytest.mark.slow

LEAD = ("Heavy rain flooded the valley road below the old dam for three days. Volunteers "
        "filled sandbags along the river through the whole of the next evening. Two buses "
        "waited at the depot until the water went down again.\n\n")


def _read(pipe, text):
    """The records of `text` read as a report, and the pipeline's own lead end."""
    art = Article(id="made-up", origin="test", text=text, published="2024-12-05",
                  published_source="given")
    doc = pipe.nlp(text)
    return pipe.analyse_doc(doc, art).events, main_act_lead(doc)


def _body(pipe, body, word):
    events, lead = _read(pipe, LEAD + body)
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    assert all(ev.evidence.sentence > lead for ev in found), found
    return found[0]


@pytest.mark.parametrize("body, word", [
    # a frequency word in the object, in a name, in a clause on a noun, in a clause of
    # its own: no habit of the blaming
    ("The Finnish energy minister blamed the grid operator for every outage in the north.",
     "blamed"),
    ("The Finnish energy minister faulted the grid operator in a radio interview with the "
     "Lakeland Daily.", "faulted"),
    ("The Finnish energy minister blamed the grid operator, which never replaced the old "
     "cables.", "blamed"),
    ("The Finnish energy minister faulted the grid operator, as he has done every winter "
     "since the blackout.", "faulted"),
    # control: no frequency word at all
    ("The Finnish energy minister blamed the grid operator for the long outage.", "blamed"),
])
def test_a_frequency_word_off_the_verb_leaves_the_act_key(pipe, body, word):
    ev = _body(pipe, body, word)
    assert ev.key, ev


@pytest.mark.parametrize("body, word", [
    # a recurring time that is the verb's own bare noun phrase, before or after it
    ("Each winter the Finnish energy minister blamed the grid operator for the outages.",
     "blamed"),
    # controls: an "every" phrase of the verb's own, read through "and" too
    ("The Finnish energy minister blamed the grid operator for the outages every winter.",
     "blamed"),
    ("Every winter the Finnish energy minister toured the plant and blamed the grid "
     "operator for the outages.", "blamed"),
])
def test_a_habit_told_on_the_verb_is_no_key_act(pipe, body, word):
    ev = _body(pipe, body, word)
    assert not ev.key, ev


@pytest.mark.parametrize("text, word, habit", [
    ("The minister usually blamed the operator for the outages.", "blamed", True),
    ("The minister blamed the operator for the outages in every winter of the decade.",
     "blamed", True),
    ("The minister blamed the operator for every outage of the decade.", "blamed", False),
])
def test_the_habit_is_read_on_the_verbs_own_words(pipe, text, word, habit):
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == word)
    spans = [(doc[e.start].idx, doc[e.end - 1].idx + len(doc[e.end - 1].text))
             for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert predicate_of(tok, timex_spans=spans).habit is habit


def test_the_past_perfect_reaches_a_verb_joined_by_and(pipe):
    ev = _body(pipe, "Long before the outage, the Finnish energy minister had toured the "
                     "plant and blamed the grid operator for the old cables.", "blamed")
    assert ev.predicate.background and not ev.key, ev


def test_a_day_on_the_first_verb_is_no_day_of_the_joined_ones_own(pipe):
    ev = _body(pipe, "The Finnish energy minister had toured the plant on Sunday and blamed "
                     "the grid operator for the old cables.", "blamed")
    assert ev.predicate.background, ev


@pytest.mark.parametrize("body", [
    # the simple past in both verbs; a second clause with its own subject
    "The Finnish energy minister toured the plant and blamed the grid operator for the old "
    "cables.",
    "The Finnish energy minister had toured the plant, and the Estonian minister blamed the "
    "grid operator for the old cables.",
    # a joined verb with a day of its own is told at that day
    "The Finnish energy minister had toured the plant and on Monday blamed the grid operator "
    "for the old cables.",
])
def test_the_simple_past_after_and_stays_key(pipe, body):
    ev = _body(pipe, body, "blamed")
    assert not ev.predicate.background and ev.key, ev


def _types(pipe, text, word):
    events, _ = _read(pipe, text)
    return [ev.type for ev in events if ev.trigger and ev.trigger.text == word]


def test_two_speakers_delivering_a_talk_do_not_consult(pipe):
    text = ("Senator Ruiz and Senator Park delivered a talk on the budget at the state "
            "university on Monday.")
    assert "CONSULT" not in _types(pipe, text, "talk")


def test_a_talk_held_with_a_partner_stays_a_consultation(pipe):
    # control
    text = "Governor Ruiz held a talk with Mayor Park at the airport on Monday."
    assert _types(pipe, text, "talk") == ["CONSULT"]
