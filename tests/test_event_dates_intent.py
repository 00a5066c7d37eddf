"""Issue 11, dates18: an intent told in a content clause of a verb of saying with its
own time ("said that he would step down on June 1") is dated, as a record of the intent,
by the saying, not by the act intended (`saying.intent_saying`, used in
`events.extract` for "express intent" codes). Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing, mediums, saying
from newsbrief.events.dating import EventDate

from fake_stages import build, timex, with_tags
SAID = [
    "Berg Berg PROPN nsubj 1 B-PERSON", "said say VERB ROOT 1", "on on ADP prep 1",
    "Monday Monday PROPN pobj 2 B-DATE", "that that SCONJ mark 7", "he he PRON nsubj 7",
    "would would AUX aux 7", "step step VERB ccomp 1", "down down ADP prt 7",
    "on on ADP prep 7", "June June PROPN pobj 9 B-DATE", "1 1 NUM nummod 10 I-DATE",
    ". . PUNCT punct 1",
]


def _doc():
    return with_tags(build(SAID), {1: "VBD", 6: "MD", 7: "VB"})


def test_an_intent_with_its_own_time_is_dated_by_its_saying():
    doc = _doc()
    june = EventDate("2024-06-01", "day", "June 1", "text")
    say = saying.intent_saying(doc[7], june)
    assert say is not None and say.i == 1
    got = mediums.saying_time(say, [timex(doc, 3, 4, "2024-12-02"),
                                   timex(doc, 10, 12, "2024-06-01")])
    assert got.date == "2024-12-02"


def test_a_time_of_the_saying_is_no_time_of_the_clause():
    doc = _doc()
    monday = EventDate("2024-12-02", "day", "Monday", "text")
    assert saying.intent_saying(doc[7], monday) is None
    assert saying.intent_saying(doc[7], None) is None
