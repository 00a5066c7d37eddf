"""dateday: a photo caption above a story ("The senator speaks ..., Monday, March 4,
2024. (AP Photo/...)") names its picture's day, often days before the page or of
another occasion. Counted as the lead's first sentence, its day became the story's day
and dated the body's words told with no time of their own. Its day dates nothing of the
story now (the body's words take the publication day, as in a story whose lead names
no day). Controls (pass before
and after): a lead day under the caption, or with no caption, still dates the body's
words, a caption's day that the lead also names stays the story's day, and a caption
between the lead and a body sentence does not give that sentence its day.
Through the whole pipeline on made-up pages."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

CAPTION = ("Senator Mark Ellis speaks with reporters at the Capitol in Washington, Monday, "
           "March 4, 2024. (AP Photo/Jane Roe)\n\n")
BODY = "The governor's spokesman dismissed the committee as a band of bitter consultants."


def _lead(day: str) -> str:
    return ("WASHINGTON (AP) — A group of former party strategists" + day + " formed a "
            "committee to oppose the governor's bid for a second term.\n\nThe committee "
            "plans to run television ads in three states this spring.\n\n")


def test_a_caption_day_does_not_date_the_body(pipe):
    text = CAPTION + _lead("") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date != "2024-03-04" and ev.date_text is None, (ev.date, ev.date_text)


def test_control_the_lead_day_under_a_caption_dates_the_body(pipe):
    text = CAPTION + _lead(" on Tuesday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-05", (ev.date, ev.date_text)


def test_control_no_caption_the_lead_day_dates_the_body(pipe):
    text = _lead(" on Tuesday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-05", (ev.date, ev.date_text)


def test_control_a_caption_of_the_lead_day(pipe):
    text = CAPTION + _lead(" on Monday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-04", (ev.date, ev.date_text)


def test_control_a_caption_in_the_body_does_not_date_the_next_sentence(pipe):
    text = _lead(" on Wednesday") + CAPTION + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date != "2024-03-04", (ev.date, ev.date_text)


# A news video's blurb above the story ("CLOSE" and the clip's caption, its day in
# brackets): the clip's day, not the story's.
BLURB = ("CLOSE Senator Mark Ellis says the committee will not change his vote on the "
         "budget. (March 4) AP\n\n")


def test_a_video_blurb_day_does_not_date_the_body(pipe):
    text = BLURB + _lead("") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date != "2024-03-04" and ev.date_text is None, (ev.date, ev.date_text)


def test_control_the_lead_day_under_a_video_blurb_dates_the_body(pipe):
    text = BLURB + _lead(" on Tuesday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-05", (ev.date, ev.date_text)
