"""A related-story link set in parentheses inside a story line ("... he said. (RELATED:
Council Sues Mayor Over Budget Cuts) She left ...") is page furniture by span
(newsbrief.teasers `link_spans`): another story's headline, whose act is that story's.
The link word is in capitals, as link lines set it; the writer's own aside in lower
case ("(read: the council)") is story text, and so is a parenthesis with no link word.
Every line is made up; the slow test reads the real parse."""

from __future__ import annotations

import pytest

from newsbrief.teasers import link_spans

LINE = ("The mayor spoke about the budget for an hour. (RELATED: Council Sues Mayor Over "
        "Budget Cuts) She then left the hall.")


@pytest.mark.parametrize("text, inside", [
    (LINE, "(RELATED: Council Sues Mayor Over Budget Cuts)"),
    ("He said so on Friday. (WATCH: Governor Vetoes School Bill) The vote is next week.",
     "(WATCH: Governor Vetoes School Bill)"),
    # one level of parentheses inside the headline
    ("He said so. (RELATED: Lee (D-Ohio) Blasts Tax Plan) The vote is next week.",
     "(RELATED: Lee (D-Ohio) Blasts Tax Plan)"),
])
def test_link_in_parentheses_is_a_span(text, inside):
    start = text.index(inside)
    assert link_spans(text) == [(start, start + len(inside))]


@pytest.mark.parametrize("text", [
    "The agency (read: the minister) blocked the permit on Monday.",
    "The council (related: the city's board) sued the mayor on Monday.",
    "The council (which sued the mayor on Monday) met again.",
    "RELATED: Council Sues Mayor",  # a link line: furniture_lines' own rule
])
def test_story_parentheses_are_no_span(text):
    assert link_spans(text) == []


# A link whose headline the parser reads as a sentence, and the same words as the
# story's own sentence.
LINKED = ("The mayor spoke about the budget for an hour. (RELATED: Police arrested two "
          "aides of the mayor on Friday) She then left the hall.")
TOLD = ("The mayor spoke about the budget for an hour. Police arrested two aides of the "
        "mayor on Friday. She then left the hall.")


@pytest.mark.slow
def test_no_record_from_a_link_in_a_line(pipe):
    from made_up import types_of
    assert types_of(pipe, LINKED, "arrested") == []


@pytest.mark.slow
def test_the_same_words_as_story_text_keep_their_record(pipe):
    from made_up import types_of
    assert types_of(pipe, TOLD, "arrested") == ["COERCE"]


# The link's own day, and the same line without it: the story's acts are dated alike.
DAY_IN_LINK = ("The mayor accused the council of fraud. (RELATED: Police arrest two aides in "
               "Dayton on Friday) The council denied it on Monday.")
NO_DAY = ("The mayor accused the council of fraud. (RELATED: Police arrest two aides in "
          "Dayton) The council denied it on Monday.")


@pytest.mark.slow
def test_a_links_time_dates_none_of_the_storys_acts(pipe):
    from made_up import by_trigger, events_of
    dated = [by_trigger(events_of(pipe, text, "2026-06-10"), "accused").date
             for text in (DAY_IN_LINK, NO_DAY)]
    assert dated[0] == dated[1], dated


@pytest.mark.slow
def test_control_the_storys_own_time_still_dates_its_act(pipe):
    from made_up import by_trigger, events_of
    text = ("The mayor accused the council of fraud on Friday. (RELATED: Police arrest two "
            "aides in Dayton) The council denied it on Monday.")
    ev = by_trigger(events_of(pipe, text, "2026-06-10"), "accused")
    assert ev.date_text == "Friday", ev
