"""fixF45 (review 46B, item 1): furn45 made a news video's "CLOSE" blurb page furniture,
and a lede whose first word is set in capitals ("CLOSE to 300 ...", "CLOSE aides of
...") was read as one: its events were dropped. A blurb's caption opens on a capital, a
figure or a quote mark, and a blurb is short (at most furniture.MAX_CHARS). Control
(before and after): a blurb is still furniture. Through the whole pipeline on made-up
pages."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _triggers(events) -> set[str]:
    return {e.trigger.text for e in events if e.trigger is not None}


def test_a_lede_opening_on_close_in_capitals_keeps_its_events(pipe):
    text = "CLOSE to 200 miners were arrested by police in Leeds on Saturday after a march."
    assert "arrested" in _triggers(events_of(pipe, text, "2026-12-05"))
    text = ("CLOSE aides of the mayor accused the council leader on Friday of wrecking the "
            "housing plan.")
    assert "accused" in _triggers(events_of(pipe, text, "2026-12-05"))


def test_a_long_paragraph_opening_on_close_is_story_text(pipe):
    text = ("CLOSE Aides to the governor said on Thursday that the governor fired the "
            "state's budget director on Wednesday after a row over the pension fund, and that "
            "she would name a successor within days. The director, who had served for nine "
            "years, refused to comment, and the union that represents state workers called "
            "the dismissal a warning to every official who disagrees with the governor in public. "
            "Lawmakers from both parties asked for a hearing on the matter next month.")
    assert len(text) > 400
    assert "fired" in _triggers(events_of(pipe, text, "2026-12-05"))


def test_control_a_blurb_is_still_furniture(pipe):
    text = ("CLOSE Mayor Lina Ortiz says the ferry line will reopen next month. (Dec. 3) AP\n\n"
            "The ferry line stayed closed on Friday.")
    assert "reopen" not in _triggers(events_of(pipe, text, "2026-12-05"))
