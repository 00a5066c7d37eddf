"""dateplace: a time told before an attack's noun ("the March 2 attack on the base") is
the attack's, and so the time of the harm the attack did when the sentence counts it
with the attack as subject ("... killed four soldiers"): the killing was done at the
attack. Before, the time reached only the noun, and the verb of harm was left undated
though the text places it. Controls (pass before and after): a time told after the
noun; what the attack led to later ("led the governor to accuse") and a toll told in
the present perfect take no time from it. Through the
whole pipeline on sentences made up for the test."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2013-05-08"


@pytest.mark.parametrize("text, trigger", [
    ("The March 2 attack on the army base killed four soldiers.", "killed"),
    ("The March 2 attack on the army base wounded twelve soldiers.", "wounded"),
])
def test_a_time_before_the_attack_dates_its_toll(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert (ev.date, ev.date_source) == ("2013-03-02", "text"), (ev.date, ev.date_text)


def test_control_a_time_after_the_noun(pipe):
    text = "The attack on the army base on March 2 killed four soldiers."
    ev = by_trigger(events_of(pipe, text, PUB), "killed")
    assert ev.date == "2013-03-02", (ev.date, ev.date_text)


def test_control_what_the_attack_led_to(pipe):
    text = "The March 2 attack on the army base led the governor to accuse the rebels " \
           "of terrorism."
    ev = by_trigger(events_of(pipe, text, PUB), "accuse")
    assert ev.date != "2013-03-02", (ev.date, ev.date_text)


def test_control_a_toll_told_up_to_now(pipe):
    # the present perfect counts the toll up to now: no one day
    text = "The March 2 attack on the army base has killed four soldiers."
    ev = by_trigger(events_of(pipe, text, PUB), "killed")
    assert ev.date != "2013-03-02", (ev.date, ev.date_text)


def test_a_year_before_a_person_is_no_time_of_the_toll(pipe):
    # fixD (review 40A, item 1): the noun the year stands before is a person, no act; the
    # killing keeps the day its own sentence gives (before: the year, and dropped as old)
    text = "A 2003 Iraq war veteran killed two police officers in Dallas on Friday."
    evs = events_of(pipe, text, "2024-05-10")
    ev = by_trigger(evs, "killed")
    assert (ev.date, ev.date_source) == ("2024-05-10", "text"), (ev.date, ev.date_text)


def test_the_verbs_own_time_wins_over_the_attacks(pipe):
    # fixD (review 40A, item 2): a time told on the verb of harm itself is its time; the
    # one before the attack's noun only when the verb has none (read digits first, the
    # noun's "March 2" came before the verb's "Sunday")
    text = "The March 2 bombing killed another police officer on Sunday, officials said."
    ev = by_trigger(events_of(pipe, text, "2013-03-12"), "killed")
    assert (ev.date, ev.date_source) == ("2013-03-10", "text"), (ev.date, ev.date_text)


def test_a_year_before_a_war_leaves_its_toll_undated(pipe):
    # fixD (review 40A, suspected): a war of a year long before the report is background;
    # its toll is kept undated as before dateplace (a war is no act the text's records
    # hold, so its year is no time of the toll), not dated that year and dropped as old
    text = "The 1999 war killed about 3,000 villagers and 200 soldiers."
    ev = by_trigger(events_of(pipe, text, "2024-05-10"), "killed")
    assert ev.date is None, (ev.date, ev.date_text)
