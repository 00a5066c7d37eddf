"""fixQ (stop 38's fix lane): rules of the stop's lanes that a blind review found wrong,
through spaCy's real parse and the whole pipeline, on sentences made up for the test
(the review's own or ours). Each case marked as a fix fails before its change; the
controls (marked) pass on both.

Item 4: only a legislature confirming a person approves a nominee (events.senses._confirm);
anyone else "confirming" a person tells a fact of them. Item 7: on a headline, a clause of
"after" under a modal waits for its act, as under "to" or "will"
(events.modality._headline_after). Item 5: a time ahead told on a refused act is that act's, not
the refusal's (events.toldpast._time_of_refusal). Item 6: a bare month moves the sentences
after it a year back only when the verb it is told on is past, not the sentence's main verb
(events.storytime.StoryTime)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


def _coded(pipe, text, published="2024-12-05"):
    return [(ev.type, ev.cameo, ev.trigger.text if ev.trigger else None,
             [a.text for a in ev.actor], [r.text for r in ev.recipient])
            for ev in events_of(pipe, text, published)]


def _confirmations(pipe, text):
    return [c for c in _coded(pipe, text)
            if c[0] == "SUPPORT" and c[2] and c[2].startswith("confirm")]


# item 4: events.senses._confirm

@pytest.mark.parametrize("text", [
    "The army on Monday confirmed Sergeant Tom Hart, 24, killed in the raid on the base.",
    "The ministry confirmed Tom Hart among the dead on Tuesday.",
    "Police confirmed Tom Hart, a local farmer, on Monday as among those who died.",
    "A hospital spokesman confirmed Tom Hart in critical condition on Friday.",
    "Investigators confirmed Tom Hart on Monday from dental records.",
    "The club confirmed Tom Hart on Monday after weeks of speculation.",
    "FIFA confirmed its choice for the World Cup final venue on Friday.",
])
def test_a_person_confirmed_by_no_legislature_is_no_approval(pipe, text):
    assert not _confirmations(pipe, text)


@pytest.mark.parametrize("text, trigger", [
    # controls (pass on main too): a legislature, a part of one, a vote to confirm
    ("The Senate Judiciary Committee confirmed Jane Doe on Tuesday.", "confirmed"),
    ("The Senate voted 52-48 to confirm Jane Doe on Tuesday.", "confirm"),
    ("Parliament confirmed Jane Doe as prime minister on Monday.", "confirmed"),
    ("Lawmakers confirmed Jane Doe to run the central bank on Monday.", "confirmed"),
])
def test_a_legislature_confirming_a_person_still_approves(pipe, text, trigger):
    found = [c for c in _confirmations(pipe, text) if c[2] == trigger]
    assert found and found[0][1] == "050" and "Jane Doe" in found[0][4]


# item 7: events.modality._headline_after

def _ahead(pipe, text, word):
    from newsbrief.events.modality import ahead_in_clause

    doc = pipe.nlp(text)
    return ahead_in_clause(next(t for t in doc if t.text == word))


BODY = "\nThe talks resumed in Cairo on Monday."


@pytest.mark.parametrize("text, word", [
    ("Israel must withdraw after Hamas releases hostages, Biden says", "releases"),
    ("Israel could free prisoners after Hamas releases hostages", "releases"),
    ("Israel may pull troops out of town after Hamas frees hostages", "frees"),
])
def test_a_headline_clause_of_after_under_a_modal_waits(pipe, text, word):
    assert _ahead(pipe, text + BODY, word) == "after"


@pytest.mark.parametrize("text, word, mark", [
    # controls (pass on main too): a headline's done news, and its "to" future
    ("Shares fall in Tokyo after central bank raises rates", "raises", None),
    ("Israel to free prisoners after Hamas releases hostages", "releases", "after"),
])
def test_a_headline_clause_of_after_otherwise(pipe, text, word, mark):
    assert _ahead(pipe, text + BODY, word) == mark


# item 5: events.toldpast._time_of_refusal

@pytest.mark.parametrize("text", [
    "Hungary refused to attend the summit next Monday, officials said.",
    "The rebels refused to attend talks in Geneva next week, a spokesman said.",
    "Russia refused to attend the peace talks on December 12, the ministry said.",
])
def test_a_time_ahead_on_the_refused_act_is_not_the_refusal(pipe, text):
    ev = by_trigger(events_of(pipe, text, "2024-12-05"), "refused")
    assert ev.date == "2024-12-05", (ev.date, ev.date_text)


def test_control_a_past_weekday_on_the_refused_act_dates_the_refusal(pipe):
    # control (passes on main too): what datewk's rule is for
    text = "The governor refused to sign the bill on Monday, his office said."
    ev = by_trigger(events_of(pipe, text, "2024-12-05"), "refused")
    assert ev.date == "2024-12-02", (ev.date, ev.date_text)


# item 6: storytime.StoryTime reads a bare month's year on the verb the time is told on

def test_a_target_month_does_not_move_the_next_sentence_a_year_back(pipe):
    text = ("The court scheduled the trial for February. Earlier in the day, police "
            "arrested two more suspects in the capital.")
    ev = by_trigger(events_of(pipe, text, "2024-12-05"), "arrested")
    assert ev.date != "2024-02", (ev.date, ev.date_text)


def test_control_a_past_month_reaches_the_next_sentence(pipe):
    # control (passes on main too): what datewk's rule is for
    text = ("In March, rebels seized the town. Earlier in the day, police arrested two more "
            "suspects in the capital.")
    ev = by_trigger(events_of(pipe, text, "2024-12-05"), "arrested")
    assert ev.date == "2024-03", (ev.date, ev.date_text)
