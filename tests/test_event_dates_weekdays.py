"""Issue 11, dates10: a bare weekday that the tagger reads as six days before the
publication day (the weekday right after it) is read by event dating as the day after
publication: news pages carry the first day of a story that was updated later. Words
that fix the week ("last", "this", "next") and weekdays further back are left alone,
and the story's last day moves to that next day. Timexes made up."""

from __future__ import annotations

from newsbrief.events import dating, storytime
from newsbrief.records import Timex

PUB = "2024-12-06"  # a Friday


def _tx(text, value, typ="DATE"):
    return Timex(0, len(text), text, typ, value)


def test_the_weekday_after_publication_is_the_next_day():
    got, until = dating.story_weekdays([_tx("Saturday", "2024-11-30")], PUB)
    assert [t.value for t in got] == ["2024-12-07"] and until == "2024-12-07"
    got, _ = dating.story_weekdays([_tx("early Saturday", "2024-11-30TMO", "TIME")], PUB)
    assert got[0].value == "2024-12-07TMO"


def test_weeks_the_text_fixes_and_other_days_are_left_alone():
    for tx in (_tx("last Saturday", "2024-11-30"), _tx("Sunday", "2024-12-01"),
               _tx("Thursday", "2024-12-05"), _tx("November 30", "2024-11-30")):
        got, until = dating.story_weekdays([tx], PUB)
        assert got == [tx] and until == PUB
    assert dating.story_weekdays([_tx("Saturday", "2024-11-30")], None)[1] is None


def test_last_week_on_a_sunday_page_is_the_week_ending_that_day():
    # (dates14) Sunday 2024-12-08 is in W49; the tagger reads "last week" as W48
    got, until = dating.story_weekdays([_tx("last week", "2024-W48")], "2024-12-08")
    assert [t.value for t in got] == ["2024-W49"] and until == "2024-12-08"
    # not on another day, nor "last weekend", nor another week
    for pub, tx in (("2024-12-07", _tx("last week", "2024-W48")),
                    ("2024-12-08", _tx("last weekend", "2024-W48-WE")),
                    ("2024-12-08", _tx("two weeks ago", "2024-W47"))):
        assert dating.story_weekdays([tx], pub)[0] == [tx]


def test_a_weekday_told_with_its_date_keeps_the_date():
    # (review11) the date the text writes out is the day, whatever the weekday
    for tx in (_tx("Saturday 30 November", "2024-11-30"), _tx("Saturday Nov. 30", "2024-11-30")):
        got, until = dating.story_weekdays([tx], PUB)
        assert got == [tx] and until == PUB


def test_the_next_day_counts_as_a_day_of_the_story():
    story = storytime.StoryTime(_doc(), [], PUB, [0], until="2024-12-07")
    assert story._near("2024-12-07") and not story._near("2024-12-08")
    assert not storytime.StoryTime(_doc(), [], PUB, [0])._near("2024-12-07")


def _doc():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=["Hello"])
