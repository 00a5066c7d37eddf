"""Issue 11, datesB: an act told in a clause "N weeks / months / years after (before)"
another act of the sentence is in that week, month or year before (after) it, and a
bare "hours after" puts it on that act's day; the act it hangs on may take its day from
its subject ("Sunday's statement came a year after ..."). Hand-built parses, sentences
made up; published Thursday 2024-12-05."""

from __future__ import annotations

import pytest

from fake_stages import build, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

from newsbrief.events import storytime

NAMES = ["Norway", "Sweden", "Finland"]

# "Finland met Norway on Wednesday, a year after Norway accused Sweden."
A_YEAR_AFTER = [
    "Finland Finland PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Norway Norway PROPN dobj 1 B-GPE",
    "on on ADP prep 1", "Wednesday Wednesday PROPN pobj 3 B-DATE", ", , PUNCT punct 1",
    "a a DET det 7", "year year NOUN npadvmod 8", "after after SCONJ mark 10",
    "Norway Norway PROPN nsubj 10 B-GPE", "accused accuse VERB advcl 1",
    "Sweden Sweden PROPN dobj 10 B-GPE", ". . PUNCT punct 1",
]


def _accused(rows, day="2024-12-04", span="P1Y"):
    doc = with_tags(build(rows), {1: "VBD", 10: "VBD"})
    return dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, day), timex(doc, 6, 8, span, "DURATION")]))["ACCUSE"]


@pytest.mark.parametrize("mark, unit, span, expected", [
    ("after", "year", "P1Y", "2023"),
    ("before", "year", "P1Y", "2025"),
    ("after", "month", "P1M", "2024-11"),
    ("after", "week", "P1W", "2024-W48"),  # the week of 2024-11-27
])
def test_an_act_told_a_unit_after_another_is_in_that_unit_before_it(body, mark, unit, span,
                                                                   expected):
    rows = list(A_YEAR_AFTER)
    rows[7] = f"{unit} {unit} NOUN npadvmod 8"
    rows[8] = f"{mark} {mark} SCONJ mark 10"
    assert _accused(rows, span=span) == (expected, "text")


def test_a_counted_clause_counts_in_the_units_it_names(body):
    # "... three months after Norway accused Sweden."
    rows = list(A_YEAR_AFTER)
    rows[6] = "three three NUM nummod 7"
    rows[7] = "months month NOUN npadvmod 8"
    assert _accused(rows, span="P3M") == ("2024-09", "text")


def test_a_year_after_an_act_of_no_given_day_is_undated(body):
    # "Finland met Norway, a year after Norway accused Sweden." in a story naming no day
    rows = A_YEAR_AFTER[:3] + [
        ", , PUNCT punct 1", "a a DET det 5", "year year NOUN npadvmod 6",
        "after after SCONJ mark 8", "Norway Norway PROPN nsubj 8 B-GPE",
        "accused accuse VERB advcl 1", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 6, "P1Y", "DURATION")]))
    assert got["ACCUSE"][0] is None


# "Wednesday's visit came a year after Norway accused Sweden."
SUBJECT_DAY = [
    "Wednesday Wednesday PROPN poss 2 B-DATE", "'s 's PART case 0", "visit visit NOUN nsubj 3",
    "came come VERB ROOT 3", "a a DET det 5", "year year NOUN npadvmod 6",
    "after after SCONJ mark 8", "Norway Norway PROPN nsubj 8 B-GPE",
    "accused accuse VERB advcl 3", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 3",
]


def test_the_act_counted_from_takes_the_day_told_on_its_subject(body):
    doc = with_tags(build(SUBJECT_DAY), {3: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 0, 1, "2024-12-04"), timex(doc, 4, 6, "P1Y", "DURATION")]))
    assert got["ACCUSE"] == ("2023", "text")


# "Norway's visit Wednesday came hours after Norway accused Sweden."
HOURS_AFTER = [
    "Norway Norway PROPN poss 2 B-GPE", "'s 's PART case 0", "visit visit NOUN nsubj 4",
    "Wednesday Wednesday PROPN npadvmod 2 B-DATE", "came come VERB ROOT 4",
    "hours hour NOUN npadvmod 8", "after after SCONJ mark 8", "Norway Norway PROPN nsubj 8 B-GPE",
    "accused accuse VERB advcl 4", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 4",
]


def test_a_bare_hours_after_puts_the_act_on_the_day_it_counts_from(body):
    doc = with_tags(build(HOURS_AFTER), {4: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-04")]))
    assert got["ACCUSE"] == ("2024-12-04", "text")


# "The visit comes a year after Norway accused Sweden."
COMES = [
    "The the DET det 1", "visit visit NOUN nsubj 2", "comes come VERB ROOT 2",
    "a a DET det 4", "year year NOUN npadvmod 5", "after after SCONJ mark 7",
    "Norway Norway PROPN nsubj 7 B-GPE", "accused accuse VERB advcl 2",
    "Sweden Sweden PROPN dobj 7 B-GPE", ". . PUNCT punct 2",
]


def _counted_from_the_publication_day(monkeypatch, tag):
    # the act counted from has no time of its own: the rules give it the publication day
    real = storytime.StoryTime.untimed

    def untimed(self, tok, piece, fallback, far, **kw):
        return fallback if tok.lemma_ == "come" else real(self, tok, piece, fallback, far, **kw)

    monkeypatch.setattr(storytime.StoryTime, "untimed", untimed)
    doc = with_tags(build(COMES), {2: tag, 7: "VBD"})
    return dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 5, "P1Y", "DURATION")]))


def test_what_comes_now_counts_a_year_back_from_the_publication_day(body, monkeypatch):
    assert _counted_from_the_publication_day(monkeypatch, "VBZ")["ACCUSE"] == ("2023", "text")


def test_what_came_on_no_given_day_counts_nothing_back(body, monkeypatch):
    # "The visit came a year after ...": the visit may be of any day before publication
    assert _counted_from_the_publication_day(monkeypatch, "VBD")["ACCUSE"][0] is None


def test_a_count_told_as_more_or_less_counts_nothing_back(body):
    # "Finland met Norway on Wednesday, more than a year after Norway accused Sweden.":
    # the year is a guess
    rows = A_YEAR_AFTER[:6] + [
        "more more ADJ amod 9", "than than ADP quantmod 6", "a a DET det 9",
        "year year NOUN npadvmod 10", "after after SCONJ mark 12",
        "Norway Norway PROPN nsubj 12 B-GPE", "accused accuse VERB advcl 1",
        "Sweden Sweden PROPN dobj 12 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 12: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-04"), timex(doc, 6, 10, "P1Y", "DURATION")]))
    assert got["ACCUSE"][0] is None
    rows[6:8] = ["just just ADV advmod 9", "over over ADP quantmod 9"]  # "just over": still a guess
    doc = with_tags(build(rows), {1: "VBD", 12: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-04"), timex(doc, 6, 10, "P1Y", "DURATION")]))
    assert got["ACCUSE"][0] is None


def test_a_hedge_just_before_the_taggers_span_counts_nothing_back(body):
    # fixA: "Finland met Norway on Wednesday, roughly a year after Norway accused
    # Sweden.", the tagger's span being only "a year": the hedge still makes it a guess
    rows = A_YEAR_AFTER[:6] + [
        "roughly roughly ADV advmod 8", "a a DET det 8", "year year NOUN npadvmod 9",
        "after after SCONJ mark 11", "Norway Norway PROPN nsubj 11 B-GPE",
        "accused accuse VERB advcl 1", "Sweden Sweden PROPN dobj 11 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 11: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-04"), timex(doc, 7, 9, "P1Y", "DURATION")]))
    assert got["ACCUSE"][0] is None


def test_a_count_and_a_half_counts_nothing_back(body):
    # fixA: Finland met Norway on Wednesday, the count of years before "after" being
    # "two and a half" (Norway accused Sweden): no whole count of years
    rows = A_YEAR_AFTER[:6] + [
        "two two NUM nummod 10", "and and CCONJ cc 6", "a a DET det 9",
        "half half NOUN conj 6", "years year NOUN npadvmod 11",
        "after after SCONJ mark 13", "Norway Norway PROPN nsubj 13 B-GPE",
        "accused accuse VERB advcl 1", "Sweden Sweden PROPN dobj 13 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 13: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-04"), timex(doc, 6, 11, "P2Y", "DURATION")]))
    assert got["ACCUSE"][0] is None


@pytest.mark.parametrize("count, span, expected", [
    ("72", "PT72H", "2024-12-01"),  # three whole days: three days before Wednesday
    ("24", "PT24H", "2024-12-03"),  # a whole day: the day before
    ("12", "PT12H", "2024-12-04"),  # under a day: Wednesday itself, as a bare "hours"
    ("36", "PT36H", None),  # a day and a half: the day before or the one before that
])
def test_a_count_of_hours_after_moves_the_act_by_its_whole_days(body, count, span, expected):
    # datesT: "Finland met Norway on Wednesday, 72 hours after Norway accused Sweden."
    # was dated Wednesday itself, as if the hours were all within that day
    rows = A_YEAR_AFTER[:6] + [
        f"{count} {count} NUM nummod 7", "hours hour NOUN npadvmod 8"] + A_YEAR_AFTER[8:]
    doc = with_tags(build(rows), {1: "VBD", 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-04"), timex(doc, 6, 8, span, "DURATION")]))
    assert got["ACCUSE"][0] == expected


def test_a_count_of_hours_later_moves_the_sentence_by_its_whole_days(body):
    # datesT: "Norway accused Sweden on Monday. 48 hours later, Finland met Norway."
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
        "Sweden Sweden PROPN dobj 1 B-GPE", "on on ADP prep 1", "Monday Monday PROPN pobj 3 B-DATE",
        ". . PUNCT punct 1",
        "48 48 NUM nummod 7", "hours hour NOUN npadvmod 8", "later later ADV advmod 11",
        ", , PUNCT punct 11", "Finland Finland PROPN nsubj 11 B-GPE", "met meet VERB ROOT 11",
        "Norway Norway PROPN dobj 11 B-GPE", ". . PUNCT punct 11",
    ]
    doc = with_tags(build(rows), {1: "VBD", 11: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-02"), timex(doc, 6, 8, "PT48H", "DURATION")]))
    assert got["CONSULT"] == ("2024-12-04", "text")


def test_clock_durations_are_read_in_hours():
    from newsbrief.timevalue import duration_hours

    assert duration_hours("PT72H") == 72 and duration_hours("PT90M") == 1.5
    assert duration_hours("PTXH") is None and duration_hours("P3D") is None
    assert duration_hours(None) is None and duration_hours("2024-12-04") is None


# "Norway met Sweden on Monday. Two days after meeting Sweden, Norway accused Finland."
AFTER_MEETING = [
    "Norway Norway PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Sweden Sweden PROPN dobj 1 B-GPE",
    "on on ADP prep 1", "Monday Monday PROPN pobj 3 B-DATE", ". . PUNCT punct 1",
    "Two two NUM nummod 7", "days day NOUN npadvmod 8", "after after ADP prep 13",
    "meeting meet VERB pcomp 8", "Sweden Sweden PROPN dobj 9 B-GPE", ", , PUNCT punct 13",
    "Norway Norway PROPN nsubj 13 B-GPE", "accused accuse VERB ROOT 13",
    "Finland Finland PROPN dobj 13 B-GPE", ". . PUNCT punct 13",
]


def test_the_gerund_a_counted_span_counts_from_keeps_the_day_it_counts_from(body):
    # datesT: the meeting "two days after" which Norway accused Finland is Monday's,
    # not the Wednesday the span reaches (the accusing's)
    doc = with_tags(build(AFTER_MEETING), {1: "VBD", 9: "VBG", 13: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, "2024-12-02"), timex(doc, 6, 8, "P2D", "DURATION")])
    dates = {(e.type, e.trigger.start if e.trigger else None): e.date for e in events}
    meeting = doc[9].idx
    assert dates[("CONSULT", meeting)] == "2024-12-02"
    assert dates_by_type(events)["ACCUSE"] == ("2024-12-04", "text")


# datesU: "Finland met Norway on Wednesday shortly after Norway accused Sweden."
SHORTLY_AFTER = A_YEAR_AFTER[:5] + [
    "shortly shortly ADV advmod 8", "after after SCONJ mark 8", "Norway Norway PROPN nsubj 8 B-GPE",
    "accused accuse VERB advcl 1", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 1",
]


@pytest.mark.parametrize("adverb, mark", [
    ("shortly", "after"), ("just", "after"), ("right", "after"), ("immediately", "after"),
    ("shortly", "before"),
])
def test_an_adverb_of_a_short_while_puts_the_clause_act_on_the_day_it_hangs_on(
        body, adverb, mark):
    rows = list(SHORTLY_AFTER)
    rows[5] = f"{adverb} {adverb} ADV advmod 8"
    rows[6] = f"{mark} {mark} SCONJ mark 8"
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-04")]))
    assert got["ACCUSE"] == ("2024-12-04", "text")


def test_soon_after_puts_the_clause_act_on_no_day(body):
    # "soon after" spans weeks as often as hours: what came before is of no given day
    rows = list(SHORTLY_AFTER)
    rows[5] = "soon soon ADV advmod 8"
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-04")]))
    assert got["ACCUSE"][0] is None


def test_moments_after_puts_the_clause_act_on_the_day_it_hangs_on(body):
    # "Finland met Norway on Wednesday, moments after Norway accused Sweden."
    rows = list(SHORTLY_AFTER)
    rows[5] = "moments moment NOUN npadvmod 8"
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-04")]))
    assert got["ACCUSE"] == ("2024-12-04", "text")


def test_a_short_while_after_an_act_of_no_given_day_is_undated(body, monkeypatch):
    # "The visit comes shortly after Norway accused Sweden.": the rules give "comes" the
    # publication day, which "shortly after" does not bring near enough to the accusation
    real = storytime.StoryTime.untimed

    def untimed(self, tok, piece, fallback, far, **kw):
        return fallback if tok.lemma_ == "come" else real(self, tok, piece, fallback, far, **kw)

    monkeypatch.setattr(storytime.StoryTime, "untimed", untimed)
    rows = COMES[:3] + ["shortly shortly ADV advmod 6", "after after SCONJ mark 6",
                       "Norway Norway PROPN nsubj 6 B-GPE", "accused accuse VERB advcl 2",
                       "Sweden Sweden PROPN dobj 6 B-GPE", ". . PUNCT punct 2"]
    doc = with_tags(build(rows), {2: "VBZ", 6: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), []))
    assert got["ACCUSE"][0] is None
