"""fixB40 (review 41B item 2), through the whole pipeline on reports made up for the
test, published on a Thursday: the verbs of praise spare only a gerund of hosting or
convening; "praised the troops for capturing the town" praises an act done before,
which takes no day of the praise (before, it took the praise's Monday). Controls
(test_event_dates_judged_for_slow, pass on both): "praised Norway for hosting the peace
talks" keeps the day of the praise."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

PUB = "2024-12-05"  # a Thursday


@pytest.mark.parametrize("text, trigger", [
    ("On Monday, the president praised the Navy SEALs for killing the militant leader in "
     "Yemen.", "killing"),
    ("The president praised the army on Monday for capturing the town of Marinka.",
     "capturing"),
])
def test_the_act_praised_takes_no_day_of_the_praise(pipe, text, trigger):
    ev = by_trigger(events_of(pipe, text, PUB), trigger)
    assert ev.date != "2024-12-02", (ev.date, ev.date_text)
