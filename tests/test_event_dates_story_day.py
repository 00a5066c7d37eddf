"""Issue 11, dates12: a sentence that opens with a participle told on a day is dated by
that day; a story whose one near day is the day before its publication tells that
day's news, so an act its lead tells in the past with no time of its own takes that
day, not the publication day. Hand-built parses, sentences made up; published
Thursday 2024-12-05."""

from __future__ import annotations

import pytest

from fake_stages import build, extract, named_states, shifted, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

from newsbrief.events import saying, storytime

NAMES = ["Norway", "Sweden", "Finland"]

# "Speaking in Oslo on Monday, Norway accused Sweden."
SPEAKING = [
    "Speaking speak VERB advcl 7", "in in ADP prep 0", "Oslo Oslo PROPN pobj 1 B-GPE",
    "on on ADP prep 0", "Monday Monday PROPN pobj 3 B-DATE", ", , PUNCT punct 7",
    "Norway Norway PROPN nsubj 7 B-GPE", "accused accuse VERB ROOT 7",
    "Sweden Sweden PROPN dobj 7 B-GPE", ". . PUNCT punct 7",
]


def test_an_opening_participle_told_on_a_day_dates_the_main_act(body):
    doc = with_tags(build(SPEAKING), {0: "VBG", 7: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")]))
    assert got["ACCUSE"] == ("2024-12-02", "text")


def test_a_perfect_participle_tells_an_earlier_act(body):
    # "Having spoken in Oslo on Monday, Norway accused Sweden.": the speaking came first
    rows = ["Having have AUX aux 1"] + [
        " ".join(p if k != 4 else str(int(p) + 1) for k, p in enumerate(r.split()))
        for r in SPEAKING]
    rows[1] = "spoken speak VERB advcl 8"
    doc = with_tags(build(rows), {0: "VBG", 1: "VBN", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-02")]))
    assert got["ACCUSE"] != ("2024-12-02", "text")


def test_a_time_on_a_noun_below_the_participle_is_the_nouns(body):
    # "Speaking of the Oslo talks on Monday, ..." with "on Monday" hung on the talks
    rows = list(SPEAKING)
    rows[1] = "of of ADP prep 0"
    rows[2] = "talks talk NOUN pobj 1"
    rows[3] = "on on ADP prep 2"
    doc = with_tags(build(rows), {0: "VBG", 7: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")]))
    assert got["ACCUSE"] != ("2024-12-02", "text")


# "Visiting Oslo on Monday, Norway met Sweden and accused Finland."
VISITING = [
    "Visiting visit VERB advcl 6", "Oslo Oslo PROPN dobj 0 B-GPE", "on on ADP prep 0",
    "Monday Monday PROPN pobj 2 B-DATE", ", , PUNCT punct 6",
    "Norway Norway PROPN nsubj 6 B-GPE", "met meet VERB ROOT 6",
    "Sweden Sweden PROPN dobj 6 B-GPE", "and and CCONJ cc 6", "accused accuse VERB conj 6",
    "Finland Finland PROPN dobj 9 B-GPE", ". . PUNCT punct 6",
]


def test_the_participles_day_reaches_the_acts_joined_to_the_main_one(body):
    doc = with_tags(build(VISITING), {0: "VBG", 6: "VBD", 9: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")]))
    assert got["ACCUSE"] == ("2024-12-02", "text")
    assert got["CONSULT"] == ("2024-12-02", "text")


# "Norway accused Sweden. Finland met Norway on Wednesday." (the first sentence is the
# lead; the story's only near day, in the body, is the day before publication)
LEAD_THEN_DAY = [
    "Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1",
    "Finland Finland PROPN nsubj 5 B-GPE", "met meet VERB ROOT 5",
    "Norway Norway PROPN dobj 5 B-GPE", "on on ADP prep 5",
    "Wednesday Wednesday PROPN pobj 7 B-DATE", ". . PUNCT punct 5",
]


@pytest.fixture
def one_sentence_lead(monkeypatch):
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 2)


@pytest.mark.parametrize("value, expected", [
    ("2024-12-04", ("2024-12-04", "text")),  # the day before publication: that day's news
    ("2024-12-03", ("2024-12-05", "published")),  # two days back: no rule, as before
])
def test_a_lead_act_takes_the_stories_one_day_when_it_is_the_day_before(
        one_sentence_lead, value, expected):
    doc = with_tags(build(LEAD_THEN_DAY), {1: "VBD", 5: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 8, 9, value)]))
    assert got["CONSULT"] == (value, "text")
    assert got["ACCUSE"] == expected


def test_a_story_that_also_names_its_publication_day_keeps_it(one_sentence_lead):
    # "... Finland met Norway on Wednesday. Denmark praised Finland on Thursday."
    rows = LEAD_THEN_DAY + [
        "Denmark Denmark PROPN nsubj 11 B-GPE", "praised praise VERB ROOT 11",
        "Finland Finland PROPN dobj 11 B-GPE", "on on ADP prep 11",
        "Thursday Thursday PROPN pobj 13 B-DATE", ". . PUNCT punct 11"]
    doc = with_tags(build(rows), {1: "VBD", 5: "VBD", 11: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 8, 9, "2024-12-04"),
                                                    timex(doc, 14, 15, "2024-12-05")]))
    assert got["ACCUSE"] == ("2024-12-05", "published")


# "Norway attacked Sweden in March." (published December 2024; the tagger read the
# yearless month forward, as the next March)
IN_MARCH = [
    "Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", "in in ADP prep 1", "March March PROPN pobj 3 B-DATE",
    ". . PUNCT punct 1",
]


def test_a_yearless_month_ahead_of_an_act_told_in_the_past_is_the_last_one(body):
    doc = with_tags(build(IN_MARCH), {1: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2025-03")]))
    assert got["ASSAULT"] == ("2024-03", "text")


def test_an_act_told_ahead_keeps_the_coming_month(body):
    # "Norway will attack Sweden in March."
    rows = IN_MARCH[:1] + ["will will AUX aux 2"] + [
        " ".join(p if k != 4 else str(int(p) + 1) for k, p in enumerate(r.split()))
        for r in IN_MARCH[1:]]
    rows[2] = "attack attack VERB ROOT 2"
    doc = with_tags(build(rows), {1: "MD", 2: "VB"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2025-03")]))
    assert got["ASSAULT"] == ("2025-03", "text")


def test_a_month_written_with_its_year_is_kept(body):
    # "Norway attacked Sweden in March 2025." (an error of the text is not ours to mend)
    rows = IN_MARCH[:5] + ["2025 2025 NUM nummod 4 I-DATE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 6, "2025-03")]))
    assert got["ASSAULT"] == ("2025-03", "text")


# dates13 (review findings): which words of a day, and which "March", a rule reads.

# "Norway accused Sweden. Finland met Norway late Wednesday and praised Denmark on
# Wednesday." (the one near day is told twice in one sentence)
TWICE = LEAD_THEN_DAY[:7] + [
    "late late ADV advmod 8 B-DATE", "Wednesday Wednesday PROPN npadvmod 5 I-DATE",
    "and and CCONJ cc 5", "praised praise VERB conj 5", "Denmark Denmark PROPN dobj 10 B-GPE",
    "on on ADP prep 10", "Wednesday Wednesday PROPN pobj 12 B-DATE", ". . PUNCT punct 5"]


def test_the_story_day_is_given_in_the_words_of_its_first_telling(one_sentence_lead):
    # (the words were once taken in alphabetical order: "Wednesday" before "late Wednesday")
    doc = with_tags(build(TWICE), {1: "VBD", 5: "VBD", 10: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 7, 9, "2024-12-04"),
                                                timex(doc, 13, 14, "2024-12-04")])
    accused = next(e for e in events if e.type == "ACCUSE")
    assert (accused.date, accused.date_source, accused.date_text) == \
        ("2024-12-04", "text", "late Wednesday")


def test_a_deadline_month_elsewhere_does_not_stop_the_act_of_its_own_month(body):
    # "Norway attacked Sweden in March. Finland warned Norway until March.": the second
    # March is a deadline; the first still dates a past attack (read forward: the last one)
    rows = IN_MARCH + shifted([
        "Finland Finland PROPN nsubj 1 B-GPE", "warned warn VERB ROOT 1",
        "Norway Norway PROPN dobj 1 B-GPE", "until until ADP prep 1",
        "March March PROPN pobj 3 B-DATE", ". . PUNCT punct 1"], len(IN_MARCH))
    doc = with_tags(build(rows), {1: "VBD", 7: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2025-03"),
                                                    timex(doc, 10, 11, "2025-03")]))
    assert got["ASSAULT"] == ("2024-03", "text")


def test_a_deadline_month_keeps_its_reading(body):
    # "Norway attacked Sweden until March.": a bound, not the time of the act
    rows = list(IN_MARCH)
    rows[3] = "until until ADP prep 1"
    doc = with_tags(build(rows), {1: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2025-03")]))
    assert got["ASSAULT"] != ("2024-03", "text")


# "Finland met Norway on Wednesday, a day after Norway accused Sweden."
A_DAY_AFTER = [
    "Finland Finland PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Norway Norway PROPN dobj 1 B-GPE",
    "on on ADP prep 1", "Wednesday Wednesday PROPN pobj 3 B-DATE", ", , PUNCT punct 1",
    "a a DET det 7", "day day NOUN npadvmod 8", "after after SCONJ mark 10",
    "Norway Norway PROPN nsubj 10 B-GPE", "accused accuse VERB advcl 1",
    "Sweden Sweden PROPN dobj 10 B-GPE", ". . PUNCT punct 1",
]


@pytest.mark.parametrize("mark, day, expected", [
    ("after", "2024-12-04", "2024-12-03"),  # accused a day before the meeting
    ("before", "2024-12-02", "2024-12-03"),  # accused a day after the meeting
])
def test_an_act_told_days_after_another_is_counted_from_it(body, mark, day, expected):
    rows = list(A_DAY_AFTER)
    rows[8] = f"{mark} {mark} SCONJ mark 10"
    doc = with_tags(build(rows), {1: "VBD", 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 4, 5, day), timex(doc, 6, 8, "P1D", "DURATION")]))
    assert got["CONSULT"] == (day, "text")
    assert got["ACCUSE"] == (expected, "text")


def test_a_clause_days_after_an_undated_act_is_undated(body):
    # "Finland met Norway, a day after Norway accused Sweden." in a story that names
    # no day: no day to count from
    rows = A_DAY_AFTER[:3] + [
        ", , PUNCT punct 1", "a a DET det 5", "day day NOUN npadvmod 6",
        "after after SCONJ mark 8", "Norway Norway PROPN nsubj 8 B-GPE",
        "accused accuse VERB advcl 1", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 6, "P1D", "DURATION")]))
    assert got["ACCUSE"][0] is None


# "Norway said on Wednesday that Sweden was attacking Finland."
WAS_ATTACKING = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "on on ADP prep 1",
    "Wednesday Wednesday PROPN pobj 2 B-DATE", "that that SCONJ mark 7",
    "Sweden Sweden PROPN nsubj 7 B-GPE", "was be AUX aux 7", "attacking attack VERB ccomp 1",
    "Finland Finland PROPN dobj 7 B-GPE", ". . PUNCT punct 1",
]


def test_what_was_going_on_as_it_was_reported_is_of_the_reports_day(body):
    doc = with_tags(build(WAS_ATTACKING), {1: "VBD", 6: "VBD", 7: "VBG"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-04")]))
    assert got["ASSAULT"] == ("2024-12-04", "text")


def test_what_was_going_on_at_a_report_long_past_is_of_its_time(body):
    # "Norway said on Wednesday that Sweden had been attacking Finland for weeks" is told
    # by the perfect rule; "... that Sweden was attacking ..." with the report's day two
    # months back went on at that report's time, not on the publication day (datesb14:
    # it was left undated, as no news of the day; the saying's own time tells when)
    doc = with_tags(build(WAS_ATTACKING), {1: "VBD", 6: "VBD", 7: "VBG"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-10-02")]))
    assert got["ASSAULT"] == ("2024-10-02", "text")


def test_a_day_taken_by_an_adverb_of_the_day_is_the_sentences(body):
    # "Earlier on Wednesday, Norway said that Sweden was attacking Finland."
    rows = ["Earlier earlier ADV advmod 5", "on on ADP prep 0",
            "Wednesday Wednesday PROPN pobj 1 B-DATE", ", , PUNCT punct 5",
            "Norway Norway PROPN nsubj 5 B-GPE", "said say VERB ROOT 5",
            "that that SCONJ mark 9", "Sweden Sweden PROPN nsubj 9 B-GPE",
            "was be AUX aux 9", "attacking attack VERB ccomp 5",
            "Finland Finland PROPN dobj 9 B-GPE", ". . PUNCT punct 5"]
    doc = with_tags(build(rows), {5: "VBD", 8: "VBD", 9: "VBG"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 2, 3, "2024-12-04")]))
    assert got["ASSAULT"] == ("2024-12-04", "text")


def test_what_was_going_on_as_reported_in_the_body_is_of_the_reports_day(one_sentence_lead):
    # "Norway met Sweden on Wednesday. Finland said that Denmark was attacking Estonia.":
    # the words said take the story's day, and so does what they tell was going on
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Sweden Sweden PROPN dobj 1 B-GPE",
        "on on ADP prep 1", "Wednesday Wednesday PROPN pobj 3 B-DATE", ". . PUNCT punct 1",
        "Finland Finland PROPN nsubj 7 B-GPE", "said say VERB ROOT 7", "that that SCONJ mark 11",
        "Denmark Denmark PROPN nsubj 11 B-GPE", "was be AUX aux 11", "attacking attack VERB ccomp 7",
        "Estonia Estonia PROPN dobj 11 B-GPE", ". . PUNCT punct 7"]
    doc = with_tags(build(rows), {1: "VBD", 7: "VBD", 10: "VBD", 11: "VBG"})
    states = named_states(doc, NAMES + ["Denmark", "Estonia"])
    got = dates_by_type(extract(doc, states, [timex(doc, 4, 5, "2024-12-04")]))
    assert got["ASSAULT"] == ("2024-12-04", "text")


@pytest.mark.parametrize("tags, expected", [
    ({1: "VBD", 6: "VBD", 7: "VBG"}, "said"),  # "said ... was attacking": the report
    ({1: "VBG", 6: "VBD", 7: "VBG"}, None),  # a participle describes ("a line telling ...")
    ({1: "VBD", 6: "VBD", 7: "VBD"}, None),  # not told in the progressive
])
def test_the_report_of_what_was_going_on(tags, expected):
    doc = with_tags(build(WAS_ATTACKING), tags)
    if tags[7] == "VBD":
        doc[6].dep_ = "dep"  # ("was attacked" with no progressive auxiliary)
    got = saying._report_of_progressive(doc[7])
    assert (got.text if got is not None else None) == expected


def test_a_question_of_what_was_going_on_is_no_report():
    # "Norway asked on Wednesday whether Sweden was attacking Finland."
    rows = list(WAS_ATTACKING)
    rows[1], rows[4] = "asked ask VERB ROOT 1", "whether whether SCONJ mark 7"
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD", 7: "VBG"})
    assert saying._report_of_progressive(doc[7]) is None
