"""fixF45 (review 46B, items 2 and 3): furn45's one account of a related-links teaser
reached story text. A word with a figure of its own ("Covid19") was read as a card's
join, and a "READ MORE:" link line as its closing MORE, so the acts between were
dropped. Control (before and after): a card whose first headline opens on a year is
still a teaser. Through the whole pipeline on made-up pages."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _triggers(events) -> set[str]:
    return {e.trigger.text for e in events if e.trigger is not None}


def test_a_word_with_a_figure_starts_no_teaser(pipe):
    text = ("Thieves took 300 doses of Covid19 vaccine from a clinic in Hull last week, and "
            "police arrested three men on Thursday, officials said.\n"
            "READ MORE:\nClinics tighten their locks")
    assert "arrested" in _triggers(events_of(pipe, text, "2026-12-05"))


def test_a_read_more_line_closes_no_teaser(pipe):
    text = ("YouTube took down the channel on Friday, and prosecutors charged the gunman with "
            "murder, officials said.\nREAD MORE:\nThree shot at a mall")
    assert "charged" in _triggers(events_of(pipe, text, "2026-12-05"))


def test_control_a_card_opening_on_a_year_is_still_a_teaser(pipe):
    text = ("Senator Ana Soto Ana Maria Soto2020 hopefuls woo farm voters Port strike ends "
            "MORE (D-Ohio) said on Monday that she would back the spending plan with her vote.")
    assert "woo" not in _triggers(events_of(pipe, text, "2026-12-05"))
