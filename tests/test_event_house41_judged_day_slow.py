"""house41 (stop 41, Part B), through spaCy's real parse and the whole pipeline on a
report made up for the test: the suspect "no time limit on `carry.judged_from`" probed
and left. A control, passing on both trees: the day carried is that of the act the
judging names, weeks back or not."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday


def test_control_the_act_judged_takes_its_day_weeks_back(pipe):
    # control (both trees): no time limit on `carry.judged_from` is needed; the day
    # carried is the day of the act the judging names
    text = ("Israeli jets bombed the port of Gaza on Oct. 3. On Thursday, Turkey "
            "condemned Israel for attacking the port.")
    ev = next(ev for ev in events_of(pipe, text, PUB)
              if ev.trigger and ev.trigger.text == "attacking")
    assert (ev.date, ev.date_source) == ("2024-10-03", "carried"), (ev.date, ev.date_text)
