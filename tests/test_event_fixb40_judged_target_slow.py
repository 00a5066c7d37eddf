"""fixB40 (review 41B item 1), through the whole pipeline on reports made up for the
test, published on a Thursday: the act a verb of judging judges someone for takes the
day of an earlier telling by the same doer only when the two name the same thing hit
(a shared recipient, or the same head noun of the object); another act of the type by
the same doer stays undated (before, it took the other act's day). Control
(test_event_dates_judged_for_slow, passes on both): "fired on a fishing boat ...
condemned China for attacking the boat" keeps Monday."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday


@pytest.mark.parametrize("text, trigger", [
    ("Israeli jets struck a school in Gaza on Monday. On Thursday, Turkey condemned Israel "
     "for attacking aid convoys.", "attacking"),
    ("Militiamen shelled the border village on Monday. On Tuesday, the UN envoy condemned "
     "the militiamen for attacking civilians.", "attacking"),
    ("Belarusian police arrested 30 protesters in Minsk on Monday. On Wednesday, Amnesty "
     "International condemned Belarus for detaining journalists.", "detaining"),
])
def test_another_act_of_the_same_doer_gives_no_day(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)
