"""dates2: a page whose title and credited photo caption (a picture's furniture line
with its credit) both have the lead's length filled the lead's two sentences, so the
story's first sentence, which names its day, was read as body and the body's words in
the past took no story day. The dating lead is now counted past such caption lines (the
events' lead is unchanged). A page's update stamp under the caption ("Updated at 3:29
p.m. ET"), read as the publication day, is no day the story names: it no longer hides
the lead's own day. Controls: the same page with no caption, and a caption under a lead
with no day (the body's words take no caption or stamp day).
Through the whole pipeline on made-up pages."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow

TITLE = "Former Party Strategists Form A Committee To Oppose The Governor's Second Term\n\n"
CAPTION = "Enlarge this image toggle caption Quill Obasi/AP Quill Obasi/AP\n\n"
STAMP = "Updated at 3:29 a.m. ET\n\n"
BODY = ("The committee plans to run television ads in three states this spring.\n\n"
        "The governor's spokesman dismissed the committee as a band of bitter consultants.")


def _lead(day: str) -> str:
    return ("A group of former party strategists" + day + " formed a committee to oppose "
            "the governor's bid for a second term.\n\n")


def test_the_lead_day_under_a_credited_caption_dates_the_body(pipe):
    text = TITLE + CAPTION + _lead(" on Tuesday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-05", (ev.date, ev.date_text)


def test_an_update_stamp_under_the_caption_does_not_hide_the_lead_day(pipe):
    text = TITLE + CAPTION + STAMP + _lead(" on Tuesday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-05", (ev.date, ev.date_text)


def test_control_no_caption_the_lead_day_dates_the_body(pipe):
    text = TITLE + _lead(" on Tuesday") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date == "2024-03-05", (ev.date, ev.date_text)


def test_control_a_caption_and_stamp_over_a_lead_with_no_day(pipe):
    text = TITLE + CAPTION + STAMP + _lead("") + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "dismissed")
    assert ev.date != "2024-03-05", (ev.date, ev.date_text)


PERFECT = ("The foreign ministry has accused the neighbouring government of shelling "
           "villages along the border.\n\n")


def test_a_perfect_taken_into_the_lead_past_a_caption_takes_no_publication_day(pipe):
    # the first sentence enters the dating lead only because the caption is skipped;
    # its act in the present perfect stays background, as it was read before
    text = TITLE + CAPTION + PERFECT + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "accused")
    assert ev.date is None, (ev.date, ev.date_source, ev.date_text)


def test_control_a_perfect_in_the_lead_of_an_uncaptioned_page_is_the_days_news(pipe):
    text = TITLE + PERFECT + BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "accused")
    assert ev.date == "2024-03-07", (ev.date, ev.date_source, ev.date_text)


# caplead55: the lead counted past a caption dates the lead's own acts and gives the story
# its day; the thread a body deed must share with the lead to be the day's news stays that
# of the lead as counted with the caption. The story's first sentence names the senators;
# the body's later sentence tells an old deed of theirs with no time.
THREAD_TITLE = "Old Rivals Join Forces Against The Governor Ahead Of The Autumn Vote\n\n"
THREAD_LEAD = ("Two retired senators formed a committee to oppose the governor's bid for "
               "a second term.\n\n")
THREAD_BODY = ("The committee held its first rally on Wednesday night in the capital.\n\n"
               "Its members plan to visit every county before the autumn vote.\n\n"
               "One of the senators voted for the war in the desert.\n\n")


def test_a_body_deed_tied_only_to_the_first_sentence_past_a_caption_stays_undated(pipe):
    text = THREAD_TITLE + CAPTION + THREAD_LEAD + THREAD_BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "voted")
    assert ev.date is None, (ev.date, ev.date_source, ev.date_text)


def test_the_first_sentence_past_a_caption_takes_no_bare_publication_day(pipe):
    # counted into the lead only past the caption, it keeps the body's reading when the
    # lead gives no day of its own
    text = THREAD_TITLE + CAPTION + THREAD_LEAD + THREAD_BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "oppose")
    assert ev.date != "2024-03-07", (ev.date, ev.date_source, ev.date_text)


def test_control_the_first_sentence_of_an_uncaptioned_page_takes_the_publication_day(pipe):
    text = THREAD_TITLE + THREAD_LEAD + THREAD_BODY
    ev = by_trigger(events_of(pipe, text, "2024-03-07"), "oppose")
    assert ev.date == "2024-03-07", (ev.date, ev.date_source, ev.date_text)
