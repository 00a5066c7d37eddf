"""Issue 11, wknd15: a day of the month written without its year and told with an act in
the simple past is moved to the year before when the tagger read it ahead of the
publication day (`governing._told_as_past`), but not when the text tells it as ahead
("effective next Wednesday, July 31") or names a weekday that the day falls on in the
tagger's year and not in the year before. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
SUNDAY = "2024-07-28"  # 2024-07-31 is a Wednesday, 2023-07-31 a Monday

# "Norway announced the closure on Wednesday , July 31 ."
ON_WEDNESDAY = [
    "Norway Norway PROPN nsubj 1 B-GPE", "announced announce VERB ROOT 1",
    "the the DET det 3", "closure closure NOUN dobj 1", "on on ADP prep 1",
    "Wednesday Wednesday PROPN pobj 4 B-DATE", ", , PUNCT punct 5 I-DATE",
    "July July PROPN appos 5 I-DATE", "31 31 NUM nummod 7 I-DATE", ". . PUNCT punct 1",
]
# "Norway announced the closure on July 31 ."
ON_JULY = ON_WEDNESDAY[:5] + [
    "July July PROPN pobj 4 B-DATE", "31 31 NUM nummod 5 I-DATE", ". . PUNCT punct 1"]
# "Norway announced the closure on next July 31 ." (the timex from "July"; dates18: not
# "for next July 31", a time after "for" on the verb after its object is the object's)
NEXT_JULY = ON_WEDNESDAY[:4] + [
    "on on ADP prep 1", "next next ADJ amod 6", "July July PROPN pobj 4 B-DATE",
    "31 31 NUM nummod 6 I-DATE", ". . PUNCT punct 1"]


def _date(rows, i, j, value="2024-07-31"):
    doc = with_tags(build(rows), {1: "VBD"})
    return governing.attach_timexes(doc, [timex(doc, i, j, value)], {1: 0}, None, SUNDAY)[0].date


def test_a_weekday_that_fits_the_day_keeps_its_year():
    # the weekday the writer gives fits 2024, not the year before
    assert _date(ON_WEDNESDAY, 5, 9) == "2024-07-31"


def test_a_day_told_as_next_keeps_its_year():
    assert _date(NEXT_JULY, 6, 8) == "2024-07-31"
    # with nothing telling it ahead, a simple past puts it in the year before
    assert _date(ON_JULY, 5, 7) == "2023-07-31"


# dates16b: "Norway had announced the closure on July 31 ." (a past perfect) and "Norway
# accepted a call from Sweden in August ." (a noun the time dates with a past verb), on a
# Sunday page of July 28: the July 31 and the August after it are the tagger's
# readings; the acts were done before the page was written.
HAD_ANNOUNCED = ["Norway Norway PROPN nsubj 2 B-GPE", "had have AUX aux 2"] + [
    " ".join(r.split()[:4] + [str(int(r.split()[4]) + 1)] + r.split()[5:])
    for r in ON_JULY[1:]]
ACCEPTED_CALL = [
    "Norway Norway PROPN nsubj 1 B-GPE", "accepted accept VERB ROOT 1", "a a DET det 3",
    "call call NOUN dobj 1", "from from ADP prep 3", "Sweden Sweden PROPN pobj 4 B-GPE",
    "in in ADP prep 1", "August August PROPN pobj 6 B-DATE", ". . PUNCT punct 1",
]


def test_a_day_ahead_told_in_the_past_perfect_is_moved_to_the_year_before():
    doc = with_tags(build(HAD_ANNOUNCED), {1: "VBD", 2: "VBN"})
    got = governing.attach_timexes(doc, [timex(doc, 6, 8, "2024-07-31")], {2: 0}, None, SUNDAY)
    assert got[0].date == "2023-07-31"


def test_a_noun_dated_with_a_past_verb_is_moved_to_the_year_before():
    doc = with_tags(build(ACCEPTED_CALL), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 7, 8, "2024-08")], {1: 0, 3: 1}, None, SUNDAY)
    assert (got[0].date, got[1].date) == ("2023-08", "2023-08")
    # a time told inside a clause below ("urged them to skip the fair in August") keeps
    # the tagger's reading: the skipping was asked for ahead
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "urged urge VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", "to to PART aux 4", "skip skip VERB xcomp 1",
            "the the DET det 6", "fair fair NOUN dobj 4", "in in ADP prep 4",
            "August August PROPN pobj 7 B-DATE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 4: "VB"})
    got = governing.attach_timexes(doc, [timex(doc, 8, 9, "2024-08")], {1: 0, 4: 1}, None, SUNDAY)
    assert got[1].date == "2024-08"
