"""Issue 11, dates2: the date of an act no time expression governs, in a story's
body. A deed told in the past with no time is background (undated); words said
are the day's reactions (the publication day); a nonfinite act takes the tense of
the verb it completes; "later in the day" and "hours later" are the day of the
sentence before; an act a control verb governs shares its time even below a
reporting or deciding verb. Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events import dating, saying, storytime, undated

from fake_stages import (build, build_lines, by_type, coder_with, extract, named_states, shifted,
                         timex, with_tags)
from dating_helpers import body, dates_by_type, lead_day, news  # noqa: F401  (fixtures)

WORDS = coder_with({"warn": ("THREATEN", "130", None), "talk": ("CONSULT", "040", None)})
NAMES = ["Norway", "Sweden", "Finland"]


# "On Monday, Norway attacked Finland."
MONDAY = ["On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
          "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
          "Finland Finland PROPN dobj 4 B-GPE", ". . PUNCT punct 4"]
# "Norway attacked Sweden. On Monday, Norway accused Finland."
ATTACK_THEN_MONDAY = [
    "Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1",
    "On on ADP prep 8", "Monday Monday PROPN pobj 4 B-DATE", ", , PUNCT punct 8",
    "Norway Norway PROPN nsubj 8 B-GPE", "accused accuse VERB ROOT 8",
    "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 8",
]


def test_a_deed_told_in_the_body_with_no_time_is_undated(body):
    doc = with_tags(build(ATTACK_THEN_MONDAY), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-02")]))
    assert got["ASSAULT"] == (None, "none")
    assert got["ACCUSE"] == ("2024-12-02", "text")


def test_a_deed_told_in_the_present_keeps_the_publication_day(body):
    doc = with_tags(build(ATTACK_THEN_MONDAY), {1: "VBZ", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-02")]))
    assert got["ASSAULT"] == ("2024-12-05", "published")


# "Norway accused Sweden. On Thursday, Norway attacked Finland." (published Thursday)
def test_words_told_in_the_body_with_no_time_keep_the_publication_day(body, lead_day):
    rows = list(ATTACK_THEN_MONDAY)
    rows[1], rows[8] = "accused accuse VERB ROOT 1", "attacked attack VERB ROOT 8"
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-05")]))
    assert got["ACCUSE"] == ("2024-12-05", "published")
    # A story that names other days (Monday) but never its own does not place the
    # words on the publication day.
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-02")]))
    assert got["ACCUSE"] == (None, "none")


# "In March, Norway decided to attack Sweden."
def test_an_act_a_deciding_verb_controls_shares_its_time():
    doc = with_tags(build(["In in ADP prep 4", "March March PROPN pobj 0 B-DATE",
                      ", , PUNCT punct 4", "Norway Norway PROPN nsubj 4 B-GPE",
                      "decided decide VERB ROOT 4", "to to PART aux 6",
                      "attack attack VERB xcomp 4", "Sweden Sweden PROPN dobj 6 B-GPE",
                      ". . PUNCT punct 4"]), {4: "VBD", 6: "VB"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-03")]),
                 "ASSAULT")[0]
    assert (ev.date, ev.date_source, ev.date_text) == ("2024-03", "text", "March")


# "On Monday, Norway attacked Finland. Later in the day, Sweden was accused."
LATER_IN_THE_DAY = MONDAY + [
    "Later later ADV advmod 14", "in in ADP prep 7", "the the DET det 10",
    "day day NOUN pobj 8", ", , PUNCT punct 14", "Sweden Sweden PROPN nsubjpass 14 B-GPE",
    "was be AUX auxpass 14", "accused accuse VERB ROOT 14", ". . PUNCT punct 14",
]


def test_later_in_the_day_is_the_day_of_the_sentence_before(body):
    doc = with_tags(build(LATER_IN_THE_DAY), {4: "VBD", 14: "VBN"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")]))
    assert got["ACCUSE"] == ("2024-12-02", "text")


# "On Monday, Norway attacked Finland. Hours later, Sweden was accused."
def test_hours_later_is_the_same_day(body):
    doc = with_tags(build(MONDAY + [
        "Hours hour NOUN npadvmod 8", "later later ADV advmod 12", ", , PUNCT punct 12",
        "Sweden Sweden PROPN nsubjpass 12 B-GPE", "was be AUX auxpass 12",
        "accused accuse VERB ROOT 12", ". . PUNCT punct 12"]), {4: "VBD", 12: "VBN"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02"),
                                                    timex(doc, 7, 8, "PTXH", "DURATION")]))
    assert got["ACCUSE"] == ("2024-12-02", "text")


# "On Monday, Norway attacked Sweden. Norway then agreed to meet Finland."
def test_an_infinitive_takes_the_tense_of_its_verb_and_goes_on_from_the_day_before(body):
    doc = with_tags(build(MONDAY + [
        "Norway Norway PROPN nsubj 9 B-GPE", "then then ADV advmod 9",
        "agreed agree VERB ROOT 9", "to to PART aux 11", "meet meet VERB xcomp 9",
        "Finland Finland PROPN dobj 11 B-GPE", ". . PUNCT punct 9"]),
        {4: "VBD", 9: "VBD", 11: "VB"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")]))
    assert got["CONSULT"] == ("2024-12-02", "text")


# "Norway has accused Sweden of sabotaging the talks. On Monday, Norway attacked Finland."
def test_an_act_below_a_verb_in_the_perfect_is_background(body):
    doc = with_tags(build([
        "Norway Norway PROPN nsubj 2 B-GPE", "has have AUX aux 2",
        "accused accuse VERB ROOT 2", "Sweden Sweden PROPN dobj 2 B-GPE",
        "of of ADP prep 2", "sabotaging sabotage VERB pcomp 4", "the the DET det 7",
        "talks talk NOUN dobj 5", ". . PUNCT punct 2"] + shifted(MONDAY, 9)),
        {2: "VBN", 5: "VBG", 13: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 10, 11, "2024-12-02")], coder=WORDS)
    assert dates_by_type(events)["CONSULT"] == (None, "none")


# "Norway said on Monday that it warned Sweden."
def test_words_reported_in_a_sentence_dated_near_take_its_day(body):
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "on on ADP prep 1",
            "Monday Monday PROPN pobj 2 B-DATE", "that that SCONJ mark 6",
            "it it PRON nsubj 6", "warned warn VERB ccomp 1",
            "Sweden Sweden PROPN dobj 6 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD"})
    ev = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")], coder=WORDS)[0]
    assert (ev.date, ev.date_source, ev.date_text) == ("2024-12-02", "text", "Monday")
    # a deed so reported: the sentence's time too, not the publication day
    rows[6] = "attacked attack VERB ccomp 1"
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD"})
    ev = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")])[0]
    assert (ev.date, ev.date_source) == ("2024-12-02", "text")


# "Norway met Sweden. Finland condemned Sweden, which Norway accused." (body)
def test_words_in_a_relative_clause_are_undated(body):
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", ". . PUNCT punct 1",
            "Finland Finland PROPN nsubj 5 B-GPE", "condemned condemn VERB ROOT 5",
            "Sweden Sweden PROPN dobj 5 B-GPE", ", , PUNCT punct 6",
            "which which PRON dobj 10", "Norway Norway PROPN nsubj 10 B-GPE",
            "accused accuse VERB relcl 6", ". . PUNCT punct 5"]
    doc = with_tags(build(rows), {1: "VBD", 5: "VBD", 10: "VBD"})
    story = storytime.StoryTime(doc, [], "2024-12-05", [0] * 4 + [1] * 8)
    day = dating.published_date("2024-12-05")
    assert story.untimed(doc[10], 1, day, False) == dating.UNDATED
    assert undated._relative_clause(doc[10]) and not undated._relative_clause(doc[5])


# "Norway praised Sweden during a recent visit.": the visit and the praising done at it.
def test_an_act_a_noun_places_before_now_is_undated(news):
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "praised praise VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", "during during ADP prep 1", "a a DET det 6",
            "recent recent ADJ amod 6", "visit visit NOUN pobj 3", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    story = storytime.StoryTime(doc, [], "2024-12-05", [0] * len(doc))
    day = dating.published_date("2024-12-05")
    assert story.untimed(doc[6], 0, day, False) == dating.UNDATED
    # dateun43: the praising, done during that recent visit, is on no day the text gives
    # either (it kept the publication day before; undated._earlier_occasion)
    assert story.untimed(doc[1], 0, day, False) == dating.UNDATED
    rows[5] = "official official ADJ amod 6"
    doc = with_tags(build(rows), {1: "VBD"})
    story = storytime.StoryTime(doc, [], "2024-12-05", [0] * len(doc))
    assert story.untimed(doc[6], 0, day, False) == day
    assert story.untimed(doc[1], 0, day, False) == day


# "Norway charged that Sweden lied.": a verb not in the list of words, with a content
# clause; "Norway charged troops in Sweden.": a deed.
def test_a_verb_with_a_content_clause_is_words():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "charged charge VERB ROOT 1",
            "that that SCONJ mark 4", "Sweden Sweden PROPN nsubj 4 B-GPE",
            "lied lie VERB ccomp 1", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 4: "VBD"})
    assert saying._in_words(doc[1])
    rows[2:5] = ["troops troop NOUN dobj 1", "in in ADP prep 1", "Sweden Sweden PROPN pobj 3"]
    doc = with_tags(build(rows), {1: "VBD"})
    assert not saying._in_words(doc[1])


# "On Monday, Norway attacked Finland. / Sweden was shocked. / Norway accused Finland."
# published on Wednesday: words said in the body with no time of their own are of the
# day the lead tells of.
def test_words_in_the_body_are_of_the_day_the_lead_tells(monkeypatch):
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 1)
    rows = MONDAY + ["<NL> <NL> SPACE dep 6",
                     "Sweden Sweden PROPN nsubjpass 10 B-GPE", "was be AUX auxpass 10",
                     "shocked shock VERB ROOT 10", ". . PUNCT punct 10",
                     "<NL> <NL> SPACE dep 10",
                     "Norway Norway PROPN nsubj 14 B-GPE", "accused accuse VERB ROOT 14",
                     "Finland Finland PROPN dobj 14 B-GPE", ". . PUNCT punct 14"]
    doc = with_tags(build_lines(rows), {4: "VBD", 10: "VBN", 14: "VBD"})
    assert "\n" in doc.text
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")],
                         published="2024-12-04"))
    assert got["ACCUSE"] == ("2024-12-02", "text")
    # the lead's day a month before: no day's news, the words keep no day from it
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-11-04")],
                         published="2024-12-04"))
    assert got["ACCUSE"] != ("2024-11-04", "text")


# dates9: "Norway accused Sweden. On Thursday, Norway attacked Finland." (published
# Thursday; both sentences body): the words keep the publication day only when the
# story has named a day near it by then; before it names one, it does not place them.
def test_words_before_the_story_names_a_near_day_are_undated(body):
    rows = list(ATTACK_THEN_MONDAY)
    rows[1], rows[8] = "accused accuse VERB ROOT 1", "attacked attack VERB ROOT 8"
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-05")]))
    assert got["ACCUSE"] == (None, "none")
    assert got["ASSAULT"] == ("2024-12-05", "text")
    # the other way round ("On Thursday, Norway attacked Finland. Norway accused
    # Sweden."), the words go on in the day's news
    rows = ["On on ADP prep 4", "Thursday Thursday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
            "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
            "Finland Finland PROPN dobj 4 B-GPE", ". . PUNCT punct 4", "<NL> <NL> SPACE dep 4",
            "Norway Norway PROPN nsubj 9 B-GPE", "accused accuse VERB ROOT 9",
            "Sweden Sweden PROPN dobj 9 B-GPE", ". . PUNCT punct 9"]
    doc = with_tags(build(rows), {4: "VBD", 9: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-05")]))
    assert got["ACCUSE"][0] == "2024-12-05"
    # told in the present ("Norway accuses Sweden"), the state of things that day
    doc = with_tags(build(rows), {1: "VBZ", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-05")]))
    assert got["ACCUSE"] == ("2024-12-05", "published")
