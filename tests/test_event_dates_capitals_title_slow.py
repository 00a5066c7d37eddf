"""fixB41 (stop 42, review 42B item 3): a title or deck set in capitals is page
furniture for events (none is taken from it), but its day is the story's day, not a
picture's: dateday's aside (events.extract._layout, StoryTime(aside=...)) takes only
captions, credits, video blurbs and furniture patterns. A capitals title's day dates
the body's act told with no time of its own, as a mixed-case title's does (control).
Every page is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

BODY = ("Army artillery struck villages along the border, officials said. Two farmers "
        "were killed in the shelling.")
PUBLISHED = "2026-12-04"  # a Friday: "Tuesday" is 2026-12-01


def _struck(pipe, text: str):
    return by_trigger(events_of(pipe, text, PUBLISHED), "struck")


def test_a_capitals_title_day_dates_the_body(pipe):
    ev = _struck(pipe, "ARMY SHELLS BORDER TOWNS ON TUESDAY\n" + BODY)
    assert ev.date == "2026-12-01", (ev.date, ev.date_text)


def test_a_capitals_deck_day_dates_the_body(pipe):
    ev = _struck(pipe, "Border towns under fire\nARMY SHELLS BORDER TOWNS ON TUESDAY\n" + BODY)
    assert ev.date == "2026-12-01", (ev.date, ev.date_text)


def test_control_a_mixed_case_title_day_dates_the_body(pipe):
    ev = _struck(pipe, "Army shells border towns on Tuesday\n" + BODY)
    assert ev.date == "2026-12-01", (ev.date, ev.date_text)
