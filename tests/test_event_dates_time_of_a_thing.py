"""Issue 11, datesB: a time told before a noun that names a time ("an Oct. 15
deadline") is that noun's value, not when the act giving it was done; a time told before
an occasion ("the 2014 war") that sets the scene of the topic of an inquiry or a report
("a report on abuses in the 2014 war", "its inquiry of meddling in the 2014 vote") is
the occasion's, not the act's. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing, storytime

from fake_stages import timex, with_tags
from fake_stages import build

# "Norway gave Sweden an Oct. 15 deadline ."
DEADLINE = [
    "Norway Norway PROPN nsubj 1 B-GPE", "gave give VERB ROOT 1", "Sweden Sweden PROPN dative 1 B-GPE",
    "an an DET det 6", "Oct. Oct. PROPN compound 6 B-DATE", "15 15 NUM nummod 4 I-DATE",
    "deadline deadline NOUN dobj 1", ". . PUNCT punct 1",
]


def _date_of_gave(rows):
    # the record's coded word is the noun ("deadline" as an ultimatum, "attack")
    doc = with_tags(build(rows), {1: "VBD"})
    return governing.attach_timexes(doc, [timex(doc, 4, 6, "2024-10-15")], {1: 0, 6: 0}).get(0)


def test_a_time_told_before_a_deadline_is_the_deadline_not_the_act():
    assert _date_of_gave(DEADLINE) is None


def test_a_time_told_before_an_act_noun_still_dates_it():
    # "Norway launched an Oct. 15 attack ."
    rows = [r.replace("deadline deadline", "attack attack").replace("gave give", "launched launch")
            for r in DEADLINE]
    got = _date_of_gave(rows)
    assert got is not None and got.date == "2024-10-15"


# "Norway demanded a report on abuses in the 2014 war ."
REPORT_ON = [
    "Norway Norway PROPN nsubj 1 B-GPE", "demanded demand VERB ROOT 1", "a a DET det 3",
    "report report NOUN dobj 1", "on on ADP prep 3", "abuses abuse NOUN pobj 4",
    "in in ADP prep 5", "the the DET det 9", "2014 2014 NUM nummod 9 B-DATE",
    "war war NOUN pobj 6", ". . PUNCT punct 1",
]


def _date_of(rows, predicates):
    doc = with_tags(build(rows), {1: "VBD"})
    return governing.attach_timexes(doc, [timex(doc, 8, 9, "2014")], predicates).get(0)


def test_the_occasion_of_a_reports_topic_does_not_date_the_demand():
    assert _date_of(REPORT_ON, {1: 0}) is None


def test_the_occasion_of_an_inquirys_of_topic_does_not_date_the_inquiry():
    # "Norway demanded an inquiry of abuses in the 2014 war": the inquiry (an event noun)
    rows = [r.replace("report report", "inquiry inquiry").replace("on on ADP", "of of ADP")
            for r in REPORT_ON]
    assert _date_of(rows, {1: 1, 3: 0}) is None


def test_the_occasion_of_whom_an_act_was_done_to_dates_the_act():
    # "Norway demanded the killing of soldiers in the 2014 war": the killing was in it
    rows = [r.replace("report report", "killing killing").replace("on on ADP", "of of ADP")
            for r in REPORT_ON]
    got = _date_of(rows, {1: 1, 3: 0})
    assert got is not None and got.date == "2014"


def test_an_occasion_on_the_act_itself_dates_it():
    # "Norway attacked Sweden in the 2014 war"
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
        "Sweden Sweden PROPN dobj 1 B-GPE", "in in ADP prep 1", "the the DET det 6",
        "2014 2014 NUM nummod 6 B-DATE", "war war NOUN pobj 3", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 5, 6, "2014")], {1: 0}).get(0)
    assert got is not None and got.date == "2014"


def test_the_occasion_of_a_topic_does_not_put_the_sentence_in_its_past():
    # "Norway accused Sweden over a report on abuses in the 2014 war.": a sentence of
    # the story's own time, not one set in 2014 (whose untimed acts are of that past)
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
        "Sweden Sweden PROPN dobj 1 B-GPE", "over over ADP prep 1", "a a DET det 5",
        "report report NOUN pobj 3", "on on ADP prep 5", "abuses abuse NOUN pobj 6",
        "in in ADP prep 7", "the the DET det 11", "2014 2014 NUM nummod 11 B-DATE",
        "war war NOUN pobj 8", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    pieces = [0] * len(doc)
    tx = [timex(doc, 10, 11, "2014")]
    assert storytime.far_sentences(doc, tx, "2024-12-05", pieces, (), {1: 0}) == set()
    # "Norway accused Sweden in the 2014 war.": set in 2014
    rows[3:9] = ["in in ADP prep 1"]
    rows = [" ".join(p if k != 4 or int(p) < 3 else str(int(p) - 5) for k, p in enumerate(r.split()))
            for r in rows]
    doc = with_tags(build(rows), {1: "VBD"})
    tx = [timex(doc, 5, 6, "2014")]
    assert storytime.far_sentences(doc, tx, "2024-12-05", [0] * len(doc), (), {1: 0}) == {0}
