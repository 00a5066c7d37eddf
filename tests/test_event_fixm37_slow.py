"""fixM (stop 37), through the whole pipeline on reports made up for the test (the
parser's own tags and links):

- "X had done A when Y did B on Monday": A came before Monday, so Monday is not A's day.
- "Earlier in the day" after a story that named only a month long ago: not the
  publication day.
- A passive "met" with a by-agent stays a meeting, a "with" phrase on it or not.
- A present passive in a clause of time under a past verb was done, not still to come."""

from __future__ import annotations

import pytest

from made_up import by_trigger as _by_trigger
from made_up import events_of as _events

pytestmark = pytest.mark.slow


def test_a_past_perfect_act_does_not_take_the_when_clause_day(pipe):
    events = _events(pipe, "Spain had already recalled its envoy when Morocco expelled "
                           "Spanish diplomats on Monday.")
    assert _by_trigger(events, "expelled").date == "2024-12-02"
    assert _by_trigger(events, "recalled").date != "2024-12-02"


def test_earlier_in_the_day_after_only_a_month_named_is_not_the_publication_day(pipe):
    events = _events(pipe, "Rebel fighters seized the northern town of Kessa in March 2019. "
                           "The town lies near a river. Its mayor fled abroad. Shops stayed "
                           "shut for weeks. Earlier in the day, the rebels attacked a police "
                           "post near the bridge.")
    ev = _by_trigger(events, "attacked")
    assert ev.date != "2024-12-05"
    assert ev.date_source != "published"


def test_a_passive_met_with_an_agent_and_a_with_phrase_is_a_meeting(pipe):
    events = _events(pipe, "The visiting premier was met at the airport by the French "
                           "foreign minister with a bouquet of roses.")
    assert _by_trigger(events, "met").type == "CONSULT"


def test_a_present_passive_under_a_past_verb_is_not_halved(pipe):
    text = "Students clashed with police after a union leader is arrested in the capital."
    told_past = text.replace(" is arrested", " was arrested")
    present = _by_trigger(_events(pipe, text), "arrested")
    past = _by_trigger(_events(pipe, told_past), "arrested")
    # the writer's present for a done act: about the past passive's score, not half of it
    assert present.confidence > 0.8 * past.confidence
