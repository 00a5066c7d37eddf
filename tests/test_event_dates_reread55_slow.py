"""Reread Y of stop 54 on the new dating rules, through the whole pipeline on reports
made up for the test:
- a perfect in a clause that tells an act still to come ("once the troops have withdrawn
  next month, ... will sign") keeps its time ahead: `toldpast._done_act_ahead` reads
  only acts told as done;
- a story paragraph that opens "Revised ..." or "Updated ..." is no page update stamp
  (`dateline.update_stamps`): its day stays the story's;
controls: a done request keeps no "next week" of what it asks for; a short stamp line
under the title still gives the story no time."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = ("OSLO - Norway's fisheries minister said on Monday that talks with Sweden on "
        "the shared fishing grounds would resume next month. ")


def _dated(pipe, text, word, published=PUB):
    found = [ev for ev in events_of(pipe, text, published)
             if ev.trigger and ev.trigger.text == word]
    assert found, word
    return found[0]


@pytest.mark.parametrize("text, word, when", [
    ("After parliament has approved the budget next week, the minister will travel "
     "to Brussels.", "approved", "2019-W25"),
    ("Once the troops have withdrawn next month, the two sides will sign a truce.",
     "withdrawn", "2019-07"),
    ("When the army has withdrawn from the town next week, the rebels will hand over "
     "their weapons.", "withdrawn", "2019-W25"),
    ("Until the court has ruled next month, the ministry will not expel the diplomats.",
     "ruled", "2019-07"),
])
def test_a_perfect_of_an_act_to_come_keeps_its_time_ahead(pipe, text, word, when):
    ev = _dated(pipe, LEAD + text, word)
    assert (ev.date, ev.date_source) == (when, "text"), (ev.date, ev.date_text)


def test_a_done_request_still_takes_no_time_of_what_it_asks_for(pipe):
    ev = _dated(pipe, LEAD + "The senator asked the speaker next week to meet with "
                "lawmakers.", "asked")
    assert ev.date_text != "next week", (ev.date, ev.date_text)


TITLE = "Lawmakers Quarrel Over The Harbour Bill As The Session Nears Its Close\n\n"


@pytest.mark.parametrize("opening", ["Revised", "Updated"])
def test_a_story_paragraph_opening_like_a_stamp_keeps_its_day(pipe, opening):
    text = (TITLE + f"{opening} plans for the harbour were shown on Tuesday, and the "
            "governor faulted them at once.\n\nThe mayor praised the plans as bold."
            "\n\nDockworkers condemned the cost.")
    for word in ("faulted", "praised"):
        ev = _dated(pipe, text, word, "2024-03-07")
        assert (ev.date, ev.date_source) == ("2024-03-05", "text"), (word, ev.date)


def test_a_short_stamp_line_still_gives_no_time(pipe):
    text = (TITLE + "Updated at 6:40 p.m. ET\n\nThe provincial assembly approved a measure to widen "
            "the harbour late Wednesday night.\n\nThe governor faulted the measure.")
    ev = _dated(pipe, text, "approved", "2024-03-07")
    assert ev.date == "2024-03-06", (ev.date, ev.date_text)


@pytest.mark.parametrize("text", [
    "Troops pulled out of the village after the envoy demanded talks next week.",
    "The minister would quit, aides said, after lawmakers demanded a vote next week.",
])
def test_a_simple_past_in_such_a_clause_is_done_and_takes_no_time_ahead(pipe, text):
    ev = _dated(pipe, LEAD + text, "demanded")
    assert ev.date_text != "next week", (ev.date, ev.date_text)
