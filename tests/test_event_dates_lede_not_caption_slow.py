"""fixD41 (review 42A item 5): a short present-tense lede under the title ("Troops pull
back from the town on Wednesday after a raid.") passes the test for a photo caption with
no credit (furniture.caption_sentence: a VBZ/VBP act, a named day, few words). Such a
caption's day was set aside from the story's times (dateday), so the lede's day no
longer dated the body's untimed acts, which fell to the publication day. Only page
furniture (credited captions) and video blurbs are set aside now. Controls (pass
before and after): a credited caption's day still dates nothing of the story; the
lede's day under a title still dates the body when the lede is told in the past.
Also: a news video's blurb is page furniture (furn45: it retells the story's act,
which the judges count as no event), so it gives no event of its own, and its day
still dates nothing of the story (control).
Through the whole pipeline on made-up pages."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


def test_a_present_lede_day_dates_the_body(pipe):
    text = ("Militia leaves river port after siege\n"
            "Militia fighters pull out of Korvel on Wednesday after a three-day siege.\n"
            "The army said 14 fighters were killed and dozens were captured in the assault.")
    ev = by_trigger(events_of(pipe, text, "2026-12-04"), "killed")
    assert ev.date == "2026-12-02", (ev.date, ev.date_text)


def test_a_present_lede_day_dates_an_arrest(pipe):
    text = ("Bus drivers stop work\n"
            "City bus drivers walk off the job in Lindholm on Thursday.\n"
            "Police detained 15 drivers who blocked the depot gates, a spokeswoman said.")
    ev = by_trigger(events_of(pipe, text, "2026-12-04"), "detained")
    assert ev.date == "2026-12-03", (ev.date, ev.date_text)


def test_control_a_past_lede_day_dates_the_body(pipe):
    text = ("Bus drivers stop work\n"
            "City bus drivers walked off the job in Lindholm on Thursday.\n"
            "Police detained 15 drivers who blocked the depot gates, a spokeswoman said.")
    ev = by_trigger(events_of(pipe, text, "2026-12-04"), "detained")
    assert ev.date == "2026-12-03", (ev.date, ev.date_text)


def test_control_a_credited_caption_day_dates_nothing(pipe):
    text = ("Governor Ana Ruiz waves to supporters in Salem, Monday, Nov. 30, 2026. "
            "(AP Photo/John Doe)\n\n"
            "SALEM (AP) — A group of former party aides formed a committee to oppose the "
            "governor's bid for a second term.\n\n"
            "The governor's spokesman dismissed the committee as a band of bitter consultants.")
    ev = by_trigger(events_of(pipe, text, "2026-12-04"), "dismissed")
    assert ev.date != "2026-11-30", (ev.date, ev.date_text)


# A news video's blurb above the story: its day is the clip's, which dates nothing of
# the story (dateday); its act is the clip's caption, no event (furn45).
BLURB = ("CLOSE Police arrested a dozen protesters who blocked a highway near the capital. "
         "(Nov. 30) AP\n\n")
LEAD = ("SALEM (AP) — The state's nurses union filed a complaint against three hospitals "
        "over staffing levels.\n\n")
BODY = "The hospitals' association dismissed the complaint as a bargaining tactic."


def test_a_blurb_act_gives_no_event(pipe):
    events = events_of(pipe, BLURB + LEAD + BODY, "2026-12-02")
    assert not [e for e in events if e.trigger and e.trigger.text == "arrested"]
    assert by_trigger(events, "complaint")


def test_control_a_blurb_day_dates_nothing_of_the_story(pipe):
    ev = by_trigger(events_of(pipe, BLURB + LEAD + BODY, "2026-12-02"), "dismissed")
    assert ev.date != "2026-11-30", (ev.date, ev.date_text)
