"""Issue 11, wknd15: a page that opens on a line writing its own day (a Wikinews day line,
"Wednesday, May 15, 2019") is of that day. A bare weekday that the tagger reads as six
days back ("On Thursday" on a Wednesday page) stays that day: `story_weekdays` reads it
as the day after publication only for pages that carry the first day of a story updated
later. Sentences made up."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsbrief.events import dating
from newsbrief.events.extract import _day_line
from newsbrief.records import Timex

PUB = "2024-12-04"  # a Wednesday


def _tx(text, value, typ="DATE"):
    return Timex(0, len(text), text, typ, value)


def _doc(text):
    words, spaces = [], []
    for part in text.split(" "):
        words.append(part)
        spaces.append(True)
    spaces[-1] = False
    return Doc(Vocab(), words=words, spaces=spaces)


def test_a_page_that_writes_its_day_keeps_the_weekday_before_it():
    thursday = _tx("Thursday", "2024-11-28")
    got, until = dating.story_weekdays([thursday], PUB, page_day=True)
    assert got == [thursday] and until == PUB
    # without the day line, the weekday still reads as the day after publication
    got, until = dating.story_weekdays([thursday], PUB)
    assert [t.value for t in got] == ["2024-12-05"] and until == "2024-12-05"


def test_a_sunday_page_that_writes_its_day_still_reads_last_week_as_its_own():
    got, _ = dating.story_weekdays([_tx("last week", "2024-W48")], "2024-12-08", page_day=True)
    assert [t.value for t in got] == ["2024-W49"]


def test_the_day_line_must_write_the_publication_day():
    text = "Wednesday, December 4, 2024\n\nOn Thursday, the council closed the bridge to lorries."
    assert _day_line(_doc(text), PUB) == (0, len("Wednesday, December 4, 2024"))
    # another day, no day line, a day named later in the story, no publication day
    assert _day_line(_doc("Tuesday, December 3, 2024\n\nThe council closed the bridge."), PUB) is None
    assert _day_line(_doc("On Thursday, the council closed the bridge to lorries."), PUB) is None
    assert _day_line(_doc("The council closed the bridge.\n\nIt met on December 4, 2024 "
                          "to vote."), PUB) is None
    assert _day_line(_doc(text), None) is None
    # a dateline that runs into the lead is the filing's, left as it was
    assert _day_line(_doc("LYON, Dec. 4, 2024 (AP) - The council closed the bridge."), PUB) is None
