"""Issue 11, dates5: the date of an untimed act in the lead, and of a body sentence
that goes on from a day the sentence before names away from its main verb. An act
the lead tells in the past happened on the day the lead names, not on the
publication day; in a story that names no day near its publication it has no day
the text gives. Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from fake_stages import build, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

from newsbrief.events import dating, governing, storytime

NAMES = ["Norway", "Sweden", "Finland"]

# "On Monday, Norway attacked Sweden. Norway accused Finland." (published Thursday
# 2024-12-05; both sentences are the lead)
MONDAY_THEN = [
    "On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
    "Sweden Sweden PROPN dobj 4 B-GPE", ". . PUNCT punct 4",
    "Norway Norway PROPN nsubj 8 B-GPE", "accused accuse VERB ROOT 8",
    "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 8",
]


def test_an_act_the_lead_tells_in_the_past_is_of_the_day_the_lead_names():
    doc = with_tags(build(MONDAY_THEN), {4: "VBD", 8: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")])
    assert dates_by_type(events)["ACCUSE"] == ("2024-12-02", "text")


def test_an_act_the_lead_tells_in_the_present_is_the_publication_days_news():
    doc = with_tags(build(MONDAY_THEN), {4: "VBD", 8: "VBZ"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")])
    assert dates_by_type(events)["ACCUSE"] == ("2024-12-05", "published")


def test_a_lead_in_a_story_that_names_no_near_day_has_no_day():
    doc = with_tags(build(MONDAY_THEN), {4: "VBD", 8: "VBD"})
    # The Monday two years back: an analysis of other times, no day's news.
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2022-12-05")])
    assert dates_by_type(events)["ACCUSE"] == (None, "none")
    # Told in the present, it is still the publication day's.
    doc = with_tags(build(MONDAY_THEN), {4: "VBD", 8: "VBZ"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2022-12-05")])
    assert dates_by_type(events)["ACCUSE"] == ("2024-12-05", "published")


# "Norway and Sweden met for hours on Monday. Norway attacked Finland." (body): the day
# hangs on the hours, not on the main verb, and still places the story.
MET_FOR_HOURS = [
    "Norway Norway PROPN nsubj 3 B-GPE", "and and CCONJ cc 0", "Sweden Sweden PROPN conj 0 B-GPE",
    "met meet VERB ROOT 3", "for for ADP prep 3", "hours hour NOUN pobj 4", "on on ADP prep 5",
    "Monday Monday PROPN pobj 6 B-DATE", ". . PUNCT punct 3",
    "Norway Norway PROPN nsubj 10 B-GPE", "attacked attack VERB ROOT 10",
    "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 10",
]


def test_a_body_sentence_goes_on_at_the_day_the_one_before_names(body):
    doc = with_tags(build(MET_FOR_HOURS), {3: "VBD", 10: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 7, 8, "2024-12-02")])
    assert dates_by_type(events)["ASSAULT"] == ("2024-12-02", "text")


def test_a_far_day_or_a_bound_in_the_sentence_before_does_not_date_it(body):
    doc = with_tags(build(MET_FOR_HOURS), {3: "VBD", 10: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 7, 8, "2021-03-01")])
    assert dates_by_type(events)["ASSAULT"] == (None, "none")
    rows = list(MET_FOR_HOURS)
    rows[6] = "since since ADP prep 5"  # "... for hours since Monday": a bound
    doc = with_tags(build(rows), {3: "VBD", 10: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 7, 8, "2024-12-02")])
    assert dates_by_type(events)["ASSAULT"] == (None, "none")


# "In February, Norway met Sweden. The following day, Norway accused Finland." (published
# in December): a day after a month the text names is in that month.
FEBRUARY_THEN = [
    "In in ADP prep 4", "February February PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "met meet VERB ROOT 4",
    "Sweden Sweden PROPN dobj 4 B-GPE", ". . PUNCT punct 4",
    "The the DET det 9", "following following ADJ amod 9", "day day NOUN npadvmod 12",
    ", , PUNCT punct 12", "Norway Norway PROPN nsubj 12 B-GPE", "accused accuse VERB ROOT 12",
    "Finland Finland PROPN dobj 12 B-GPE", ". . PUNCT punct 12",
]


def test_the_following_day_after_a_month_named_is_in_that_month(body):
    doc = with_tags(build(FEBRUARY_THEN), {4: "VBD", 12: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-02")])
    assert dates_by_type(events)["ACCUSE"] == ("2024-02", "text")
    # A week later is no longer sure to be in February.
    rows = list(FEBRUARY_THEN)
    rows[7:10] = ["A a DET det 8", "week week NOUN npadvmod 9", "later later ADV advmod 12"]
    doc = with_tags(build(rows), {4: "VBD", 12: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-02"),
                                                timex(doc, 7, 9, "P1W", "DURATION")])
    assert dates_by_type(events)["ACCUSE"] == (None, "none")


# "Norway's visit to Oslo this week was a success." (published Thursday 2024-12-05)
VISIT = ["Norway Norway PROPN poss 2 B-GPE", "'s 's PART case 0", "visit visit NOUN nsubj 7",
         "to to ADP prep 2", "Oslo Oslo PROPN pobj 3 B-GPE", "this this DET det 6",
         "week week NOUN npadvmod 7 B-DATE", "was be AUX ROOT 7", "a a DET det 9",
         "success success NOUN attr 7", ". . PUNCT punct 7"]


def test_a_bare_time_between_an_event_subject_and_its_verb_is_the_subjects():
    doc = with_tags(build(VISIT), {7: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 5, 7, "2024-W49")], {2: 0},
                                published="2024-12-05")
    assert (got[0].date, got[0].source) == ("2024-W49", "text")  # (an ISO week since dates14)
    assert governing._subject_time(doc[6], {2: 0}) == 0
    # "Norway's visit to there this week was ...": a word of the verb's ("there") comes
    # between the noun's words and the time, so the time is the verb's, not the noun's
    rows = list(VISIT)
    rows[4] = "there there ADV advmod 7"
    doc = with_tags(build(rows), {7: "VBD"})
    assert governing._subject_time(doc[6], {2: 0}) is None


# "Norway, which left the pact in 1999, attacked Sweden." (published 2024): the far time
# describes Norway in a relative clause; it does not set the sentence in 1999.
WHICH_LEFT = ["Norway Norway PROPN nsubj 9 B-GPE", ", , PUNCT punct 0", "which which PRON nsubj 3",
              "left leave VERB relcl 0", "the the DET det 5", "pact pact NOUN dobj 3",
              "in in ADP prep 3", "1999 1999 NUM pobj 6 B-DATE", ", , PUNCT punct 0",
              "attacked attack VERB ROOT 9", "Sweden Sweden PROPN dobj 9 B-GPE",
              ". . PUNCT punct 9"]


def test_a_far_time_in_a_relative_clause_does_not_make_the_sentence_background():
    doc = with_tags(build(WHICH_LEFT), {3: "VBD", 9: "VBD"})
    assert storytime.far_sentences(doc, [timex(doc, 7, 8, "1999")], "2024-12-05",
                                [0] * len(doc)) == set()
    # "In 1999, Norway attacked Sweden.": the sentence's own scene
    rows = ["In in ADP prep 4", "1999 1999 NUM pobj 0 B-DATE", ", , PUNCT punct 4",
            "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
            "Sweden Sweden PROPN dobj 4 B-GPE", ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD"})
    assert storytime.far_sentences(doc, [timex(doc, 1, 2, "1999")], "2024-12-05",
                                [0] * len(doc)) == {0}


# dates9: "Norway attacked Sweden, which accused Finland." (the lead, no time anywhere):
# an act a relative clause tells describes a thing or person, as in the body.
WHICH_ACCUSED = ["Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
                 "Sweden Sweden PROPN dobj 1 B-GPE", ", , PUNCT punct 2",
                 "which which PRON nsubj 5", "accused accuse VERB relcl 2",
                 "Finland Finland PROPN dobj 5 B-GPE", ". . PUNCT punct 1"]


def test_an_act_in_a_relative_clause_of_the_lead_has_no_day_of_the_leads():
    doc = with_tags(build(WHICH_ACCUSED), {1: "VBD", 5: "VBD"})
    story = storytime.StoryTime(doc, [], "2024-12-05", [0] * len(doc))
    fallback = dating.published_date("2024-12-05")
    assert story.untimed(doc[5], 0, fallback, False) == dating.UNDATED
    # told in the present ("which accuses Finland"), the day's news
    doc = with_tags(build(WHICH_ACCUSED), {1: "VBD", 5: "VBZ"})
    story = storytime.StoryTime(doc, [], "2024-12-05", [0] * len(doc))
    assert story.untimed(doc[5], 0, fallback, False) == fallback


# dates9: "For weeks, Norway attacked Sweden and threatened Finland." (the lead, published
# 2024-12-05): done over a stretch of weeks, on no one day the text gives.
FOR_WEEKS = ["For for ADP prep 4", "weeks week NOUN pobj 0 B-DATE", ", , PUNCT punct 4",
             "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
             "Sweden Sweden PROPN dobj 4 B-GPE", "and and CCONJ cc 4",
             "threatened threaten VERB conj 4", "Finland Finland PROPN dobj 7 B-GPE",
             ". . PUNCT punct 4"]


@pytest.mark.parametrize("value, undated", [("PXW", True), ("P3M", True), ("P2Y", True),
                                            ("PT2H", False), ("P2D", False)])
def test_an_act_told_over_a_stretch_of_weeks_or_more_has_no_one_day(value, undated):
    doc = with_tags(build(FOR_WEEKS), {4: "VBD", 7: "VBD"})
    story = storytime.StoryTime(doc, [timex(doc, 1, 2, value, "DURATION")], "2024-12-05",
                             [0] * len(doc))
    fallback = dating.published_date("2024-12-05")
    for verb in (4, 7):  # the stretch reaches the coordinated verb too
        got = story.untimed(doc[verb], 0, fallback, False)
        assert got == (dating.UNDATED if undated else fallback)
    # told in the present ("For weeks, Norway attacks Sweden"), the state of the day
    doc = with_tags(build(FOR_WEEKS), {4: "VBZ", 7: "VBZ"})
    story = storytime.StoryTime(doc, [timex(doc, 1, 2, value, "DURATION")], "2024-12-05",
                             [0] * len(doc))
    assert story.untimed(doc[4], 0, fallback, False) == fallback


# review10: "Norway jailed Sweden for five years." (the lead, published 2024-12-05): "for"
# and a duration after a verb that imposes a term give that term, not a stretch the act
# was done over; the act keeps the day it would have had. The same duration on another
# verb ("attacked ... for five years"), or put before the verb ("For five years, Norway
# jailed Sweden"), is still a stretch.
def _term(verb: str, lemma: str, fronted: bool):
    if fronted:
        rows = ["For for ADP prep 5", "five five NUM nummod 2 B-DATE",
                "years year NOUN pobj 0 I-DATE", ", , PUNCT punct 5", "Norway Norway PROPN nsubj 5 B-GPE",
                f"{verb} {lemma} VERB ROOT 5", "Sweden Sweden PROPN dobj 5 B-GPE",
                ". . PUNCT punct 5"]
        at, span = 5, (1, 3)
    else:
        rows = ["Norway Norway PROPN nsubj 1 B-GPE", f"{verb} {lemma} VERB ROOT 1",
                "Sweden Sweden PROPN dobj 1 B-GPE", "for for ADP prep 1",
                "five five NUM nummod 5 B-DATE", "years year NOUN pobj 3 I-DATE",
                ". . PUNCT punct 1"]
        at, span = 1, (4, 6)
    doc = with_tags(build(rows), {at: "VBD"})
    story = storytime.StoryTime(doc, [timex(doc, *span, "P5Y", "DURATION")], "2024-12-05",
                             [0] * len(doc))
    return story.untimed(doc[at], 0, dating.published_date("2024-12-05"), False)


@pytest.mark.parametrize("verb, lemma, fronted, undated", [
    ("jailed", "jail", False, False), ("suspended", "suspend", False, False),
    ("attacked", "attack", False, True), ("jailed", "jail", True, True)])
def test_a_term_a_verb_imposes_is_no_stretch_of_the_act(verb, lemma, fronted, undated):
    got = _term(verb, lemma, fronted)
    assert got == (dating.UNDATED if undated else dating.published_date("2024-12-05"))


# dates19: "Norway has attacked Sweden in recent weeks." (the lead, published 2024-12-05):
# the present perfect with a stretch of weeks or more tells of acts over that stretch, on
# no one day, not the publication day's news. Without a stretch it keeps that day.
IN_RECENT_WEEKS = ["Norway Norway PROPN nsubj 2 B-GPE", "has have AUX aux 2",
                   "attacked attack VERB ROOT 2", "Sweden Sweden PROPN dobj 2 B-GPE",
                   "in in ADP prep 2", "recent recent ADJ amod 6",
                   "weeks week NOUN pobj 4 B-DATE", ". . PUNCT punct 2"]


@pytest.mark.parametrize("value, undated", [("PXW", True), ("PXM", True), ("P2D", False)])
def test_an_act_in_the_present_perfect_over_a_stretch_has_no_one_day(value, undated):
    doc = with_tags(build(IN_RECENT_WEEKS), {1: "VBZ", 2: "VBN"})
    fallback = dating.published_date("2024-12-05")
    story = storytime.StoryTime(doc, [timex(doc, 5, 7, value, "DURATION")], "2024-12-05",
                             [0] * len(doc))
    assert story.untimed(doc[2], 0, fallback, False) == (dating.UNDATED if undated else fallback)
    # with no stretch, the lead's present perfect is the publication day's news
    story = storytime.StoryTime(doc, [], "2024-12-05", [0] * len(doc))
    assert story.untimed(doc[2], 0, fallback, False) == fallback
