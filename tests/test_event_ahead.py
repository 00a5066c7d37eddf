"""nonev20: an act its own words date more than a week after the publication day lies
ahead of the story ("ahead of the June 12 summit" in a story of May 22): it keeps half
its confidence, as forecasts do. One to a few days after is the news of the week (a
wire's time zone, a meeting planned for Friday), and a date from anything but the text
is left alone."""

from __future__ import annotations

import pytest

from newsbrief.events.dating import EventDate
from newsbrief.events.extract import AHEAD_DAYS, _ahead


@pytest.mark.parametrize(("date", "published", "ahead"), [
    (EventDate("2018-06-12", "day", "June 12", "text"), "2018-05-22", True),
    (EventDate("2018-05-25", "day", "Friday", "text"), "2018-05-22", False),
    (EventDate("2018-05-21", "day", "Monday", "text"), "2018-05-22", False),
    (EventDate("2018-06-12", "day", None, "published"), "2018-05-22", False),
    (EventDate("2018-06", "month", "June", "text"), "2018-05-22", False),
    (EventDate("2018-06-12", "day", "June 12", "text"), None, False),
])
def test_an_act_dated_weeks_after_the_story_lies_ahead(date, published, ahead):
    assert _ahead(date, published) is ahead


def test_the_margin_is_a_week():
    assert AHEAD_DAYS == 7
    day = EventDate("2018-05-29", "day", "May 29", "text")
    assert _ahead(day, "2018-05-22") is False
    assert _ahead(EventDate("2018-05-30", "day", "May 30", "text"), "2018-05-22") is True


def _tok(pos: str):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=["act"], pos=[pos])[0]


def test_only_an_event_noun_or_an_act_told_in_the_future_lies_ahead():
    later = EventDate("2018-06-12", "day", "June 12", "text")
    assert _ahead(later, "2018-05-22", _tok("NOUN"), "asserted") is True
    assert _ahead(later, "2018-05-22", _tok("VERB"), "future") is True
    # "has announced a visit on June 12": the announcing took a later time; it was done
    assert _ahead(later, "2018-05-22", _tok("VERB"), "asserted") is False


def test_an_occasion_of_a_plan_reported_with_would_is_left_to_the_plan():
    import spacy
    from spacy.tokens import Doc
    words = ["They", "would", "talk", "at", "a", "meeting"]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["PRON", "AUX", "VERB", "ADP", "DET", "NOUN"],
              deps=["nsubj", "aux", "ROOT", "prep", "det", "pobj"], heads=[2, 2, 2, 2, 5, 3])
    later = EventDate("2018-06-12", "day", "June 12", "text")
    assert _ahead(later, "2018-05-22", doc[5], "asserted") is False
    will = Doc(spacy.blank("en").vocab, words=["They", "will", "talk", "at", "a", "meeting"],
               pos=["PRON", "AUX", "VERB", "ADP", "DET", "NOUN"],
               deps=["nsubj", "aux", "ROOT", "prep", "det", "pobj"], heads=[2, 2, 2, 2, 5, 3])
    assert _ahead(later, "2018-05-22", will[5], "asserted") is True
