"""Narrowings of five rules, each on a shape of language a rule took too widely, through
the whole pipeline (or the function's real parse) on sentences made up for the test:
"that night after the vote" is the vote's day, not the day after; "accused" with its own
subject is an accusation even when "of ..." hangs on the time; a crowd going on the
attack in a sentence of force keeps the attack; only an adjective of legal class
classifies the act named before a measure; a protest "march" is no month; who governs
("the regime") is a party that can be asked; "his union" is no speaker's own. Each
positive fails on the rules unnarrowed; each control passes on both."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2026-06-10"  # a Wednesday


def _triggers(events):
    return [(ev.type, ev.trigger.text if ev.trigger else None) for ev in events]


@pytest.mark.parametrize("text, word, day", [
    ("The council voted on Monday to close the old harbour. Mayor Lena Fisk quit that night "
     "after the vote.", "quit", "2026-06-08"),
    ("Soldiers detained the governor of Vela on Monday. That evening after the detention, "
     "students set fire to a bus.", "set", "2026-06-08"),
])
def test_that_part_of_a_day_after_an_act_is_the_day_told_before(pipe, text, word, day):
    ev = by_trigger(events_of(pipe, text, PUB), word)
    assert ev.date == day, (ev.date, ev.date_text)


def test_control_the_morning_after_an_act_steps_a_day(pipe):
    ev = by_trigger(events_of(pipe, "Troops raided the rebel depot near Vela on Friday. The "
                              "morning after the raid, rebels ambushed a convoy.", PUB),
                    "ambushed")
    assert ev.date == "2026-06-06", (ev.date, ev.date_text)


def test_an_accusation_whose_of_hangs_on_the_time(pipe):
    ev = by_trigger(events_of(pipe, "Investigators accused banker Paul Ortega on Tuesday of "
                              "bribery.", PUB), "accused")
    assert (ev.type, [a.text for a in ev.actor]) == ("ACCUSE", ["Investigators"])


def test_control_accused_as_a_label_before_a_name(pipe):
    events = events_of(pipe, "A radio host and accused swindler Mark Dunn spoke at the rally.",
                       PUB)
    assert not any(ev.type == "ACCUSE" for ev in events), _triggers(events)


@pytest.mark.parametrize("text", [
    "Protesters went on the attack on Sunday, hurling bricks and bottles at police in Marro.",
    "Angry villagers went on the attack in Marro on Sunday and burned the police post.",
])
def test_a_crowd_on_the_attack_with_force_keeps_the_attack(pipe, text):
    events = events_of(pipe, text, PUB)
    assert any(ev.trigger is not None and ev.trigger.text == "attack" for ev in events), \
        _triggers(events)


@pytest.mark.parametrize("text", [
    "Senator Clara Voss went on the attack over the governor's tax plan.",
    "The senator went on the attack over the assault weapons ban.",
])
def test_control_a_politician_on_the_attack_is_no_force(pipe, text):
    events = events_of(pipe, text, PUB)
    assert not any(ev.trigger is not None and ev.trigger.text == "attack" for ev in events), \
        _triggers(events)


@pytest.mark.parametrize("adjective", ["unacceptable", "irresponsible"])
def test_a_condemning_adjective_of_no_legal_class_judges_the_measure(pipe, adjective):
    text = f"Senator Omar Reyes called the plan an {adjective} immigration measure."
    ev = by_trigger(events_of(pipe, text, PUB), adjective)
    assert (ev.type, [a.text for a in ev.actor]) == ("ACCUSE", ["Senator Omar Reyes"])


@pytest.mark.parametrize("text", [
    "Senator Omar Reyes called the plan an illegal immigration measure.",
    "Senator Omar Reyes called the plan a reckless driving law.",
])
def test_control_a_legal_class_names_the_act(pipe, text):
    events = events_of(pipe, text, PUB)
    assert not any(ev.type == "ACCUSE" for ev in events), _triggers(events)


def _antecedent(nlp, text):
    from newsbrief.events.arguments import relative_antecedent

    doc = nlp(text)
    rel = next(t for t in doc if t.lower_ in ("which", "that") and t.head.dep_ == "relcl")
    return relative_antecedent(rel, rel.head).text


def test_a_protest_march_is_no_month(nlp):
    text = "The scuffles during the march, which closed the coastal highway near Vela, upset the farmers."
    assert _antecedent(nlp, text) == "march"


def test_control_a_month_after_a_noun(nlp):
    text = "The scuffles on Friday, which closed the coastal highway, upset the farmers."
    assert _antecedent(nlp, text) == "scuffles"


def _asked(nlp, text, word):
    from newsbrief.events.modality import asked_for

    doc = nlp(text)
    return asked_for(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("party", ["regime", "government", "junta"])
def test_who_governs_is_asked(nlp, party):
    assert _asked(nlp, f"The envoy urged the {party} on Thursday to free the jailed reporters.",
                  "free") == "urged"


def test_control_an_act_urged_leaves_its_purpose_unasked(nlp):
    assert _asked(nlp, "The envoy urged restraint on Thursday to protect the truce.",
                  "protect") is None


def test_a_speakers_union_is_another_party(pipe):
    ev = by_trigger(events_of(pipe, "Mayor Tom Hale said on Monday his union must return to "
                              "the bargaining table.", PUB), "must")
    assert (ev.type, [r.text for r in ev.recipient]) == ("REQUEST", ["his union"])


def test_control_a_speakers_department_is_his_own(pipe):
    events = events_of(pipe, "Mayor Tom Hale said on Monday his department must return the "
                       "unused funds.", PUB)
    assert not any(ev.type == "REQUEST" for ev in events), _triggers(events)
