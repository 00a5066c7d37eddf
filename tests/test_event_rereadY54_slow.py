"""Over-reaches a reviewer (stop 53, reread Y) confirmed in this stop's narrowed rules:
- a time long past after a verb that does the act at that time, or that tells its first
  telling ("first criticized the governor's decision in 2019", "questioned Smith's
  nomination in 2019"), is the verb's own time (events.nountimes._possessed_act_far_time):
  the act stays history, no undated record;
- "the reporting of an air strike" is a claim of the strike, as "the report of" is
  (arguments_lists.toml `claimed_act_nouns`);
- an attack noun whose nearest modifier is a campaign's means stays figurative when a
  name further out says whose campaign it is ("a Twitter propaganda offensive"); a common
  noun nearest the attack noun names the thing hit (events.senses._figurative_attack);
- a multinational force "led by" a general of one country is not that country's act.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of, types_of

pytestmark = pytest.mark.slow

LEAD = "Officials met in the capital on Monday. "


@pytest.mark.parametrize("text, word", [
    ("She first criticized the governor's decision in 2019, and she has repeated it since.",
     "criticized"),
    ("The Senate questioned Smith's nomination in 2019.", "questioned"),
])
def test_a_far_time_of_the_verbs_own_act_leaves_no_undated_record(pipe, text, word):
    for ev in events_of(pipe, LEAD + text, published="2026-12-07"):
        if ev.trigger is not None and ev.trigger.text == word:
            assert ev.date is not None, (ev.type, ev.date_source)


def _strike(pipe, noun):
    text = f"Officials could not verify the {noun} of an air strike on the hospital on Monday."
    return by_trigger(events_of(pipe, text, published="2026-12-07"), "strike").confidence


def test_the_reporting_of_an_act_is_a_claim_like_the_report_of_it(pipe):
    assert _strike(pipe, "reporting") == pytest.approx(_strike(pipe, "report"), abs=0.02)


@pytest.mark.parametrize("text, word", [
    ("The White House launched a Twitter propaganda offensive against the senator on "
     "Monday.", "offensive"),
    ("Democrats began a Senate budget attack on the president's plan on Monday.", "attack"),
])
def test_a_named_campaign_by_other_means_is_no_force(pipe, text, word):
    assert "ASSAULT" not in types_of(pipe, text, word)


def test_control_a_common_noun_nearest_the_attack_names_what_was_hit(pipe):
    text = "Insurgents launched a diplomatic compound attack in Kabul on Monday."
    assert "ASSAULT" in types_of(pipe, text, "attack")


def test_a_multinational_force_led_by_a_general_is_not_his_country(pipe):
    text = ("An international force led by Turkish General Hulusi Akar attacked the rebels "
            "on Monday.")
    ev = by_trigger(events_of(pipe, text, published="2026-12-07"), "attacked")
    assert all(ref.country != "TUR" for ref in ev.actor)
