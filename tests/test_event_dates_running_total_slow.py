"""dateweek: acts counted in the perfect from a start ("have launched 40 raids since
March 3", "police have detained dozens of fishermen since Saturday", "the envoys have
met five times since March 3") are a running total over the stretch from that start to
the telling, and take no day: not the start's time, nor another clause's day, nor the
story's day. Controls (pass before and after): a state held since a start ("has
detained a fisherman since 2016": no count, the start is when it began), a known group
("has criticized the two envoys since Monday": no count of acts), a count on a day
with no "since" ("launched 40 raids on Monday"), and the month a count runs from ("20
raids since early February": a coarse time holding the first acts, kept as the gold
dates keep it). Through the whole pipeline on reports made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-04-10"
LEAD = ("OSLO - Norway's defence minister said on Tuesday that the border talks with "
        "Sweden would resume next month. ")


def _event(pipe, text, word, published=PUB):
    art = Article(id="running-total", origin="test", text=text, published=published,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


def test_counted_raids_since_a_day_take_no_day(pipe):
    ev = _event(pipe, LEAD + "The campaign is already under way in the north, where rebel "
                "units have launched 40 raids since March 3.", "raids")
    assert ev.date is None, (ev.date, ev.date_text)


def test_counted_victims_since_a_day_take_no_day(pipe):
    ev = _event(pipe, LEAD + "More than 300 protesters have been arrested since Friday, "
                "according to the interior ministry.", "arrested")
    assert ev.date is None, (ev.date, ev.date_text)


def test_meetings_counted_since_a_day_take_no_day(pipe):
    ev = _event(pipe, LEAD + "The two envoys have met five times since March 3.", "met")
    assert ev.date is None, (ev.date, ev.date_text)


def test_a_count_noun_since_a_day_takes_no_day(pipe):
    ev = _event(pipe, LEAD + "Police have detained dozens of fishermen since Saturday.",
                "detained")
    assert ev.date is None, (ev.date, ev.date_text)


def test_past_perfect_count_takes_no_day_of_another_clause(pipe):
    ev = _event(pipe, LEAD + "Before the first strikes in the south on Monday night, the "
                "army had carried out 90 raids against the rebels since Feb. 2.", "raids")
    assert ev.date is None, (ev.date, ev.date_text)


def test_control_a_state_held_since_a_year_keeps_it(pipe):
    ev = _event(pipe, LEAD + "Sweden has detained a Norwegian fisherman since 2016 on "
                "charges of spying.", "detained")
    assert ev.date == "2016", (ev.date, ev.date_text)


def test_control_a_count_on_a_day_keeps_it(pipe):
    ev = _event(pipe, LEAD + "Rebel units launched 40 raids on the northern towns on "
                "Monday.", "raids")
    assert ev.date == "2019-04-08", (ev.date, ev.date_text)


def test_control_the_month_a_count_runs_from_stays(pipe):
    ev = _event(pipe, LEAD + "Rebel units have staged 20 raids on border posts since early "
                "February.", "raids")
    assert ev.date == "2019-02", (ev.date, ev.date_text)


def test_control_a_known_group_is_no_count(pipe):
    ev = _event(pipe, LEAD + "The minister has criticized the two envoys since Monday for "
                "their silence.", "criticized")
    assert ev.date == "2019-04-08", (ev.date, ev.date_text)
