"""dates23a: the day the lead names is the story's day even when the parse hangs it on
a verb other than the lead sentence's root ("Norway said on Monday Sweden attacked
Finland", the root taken to be "attacked"): words said in the body with no time of
their own were said that day, as when the day dates the root. A lead that names two
days gives no one day (`storytime.StoryTime._lead_named_day`). Hand-built parses,
sentences made up."""

from __future__ import annotations

from newsbrief.events import governing, storytime, undated

from fake_stages import build_lines, extract, named_states, timex, with_tags
from dating_helpers import dates_by_type
NAMES = ["Norway", "Sweden", "Finland"]

# "Norway said on Monday Sweden attacked Finland. / Norway accused Finland."
SAID_ON_MONDAY = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB parataxis 5",
    "on on ADP prep 1", "Monday Monday PROPN pobj 2 B-DATE",
    "Sweden Sweden PROPN nsubj 5 B-GPE", "attacked attack VERB ROOT 5",
    "Finland Finland PROPN dobj 5 B-GPE", ". . PUNCT punct 5",
    "<NL> <NL> SPACE dep 5",
    "Norway Norway PROPN nsubj 10 B-GPE", "accused accuse VERB ROOT 10",
    "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 10",
]

# "Norway said on Monday Sweden, which met Finland on Sunday, attacked Finland. /
# Norway accused Finland."
TWO_DAYS = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB parataxis 12",
    "on on ADP prep 1", "Monday Monday PROPN pobj 2 B-DATE",
    "Sweden Sweden PROPN nsubj 12 B-GPE", ", , PUNCT punct 4",
    "which which PRON nsubj 7", "met meet VERB relcl 4",
    "Finland Finland PROPN dobj 7 B-GPE", "on on ADP prep 7",
    "Sunday Sunday PROPN pobj 9 B-DATE", ", , PUNCT punct 4",
    "attacked attack VERB ROOT 12", "Finland Finland PROPN dobj 12 B-GPE",
    ". . PUNCT punct 12", "<NL> <NL> SPACE dep 12",
    "Norway Norway PROPN nsubj 17 B-GPE", "accused accuse VERB ROOT 17",
    "Finland Finland PROPN dobj 17 B-GPE", ". . PUNCT punct 17",
]


def _one_sentence_lead(monkeypatch):
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 1)


def test_words_in_the_body_take_the_day_the_lead_names_off_its_root(monkeypatch):
    _one_sentence_lead(monkeypatch)
    doc = with_tags(build_lines(SAID_ON_MONDAY), {1: "VBD", 5: "VBD", 10: "VBD"})
    assert "\n" in doc.text
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")],
                         published="2024-12-04"))
    assert got["ACCUSE"] == ("2024-12-02", "text")


def test_a_lead_that_names_two_days_gives_the_body_no_day_of_its_own(monkeypatch):
    _one_sentence_lead(monkeypatch)
    doc = with_tags(build_lines(TWO_DAYS), {1: "VBD", 7: "VBD", 12: "VBD", 17: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES),
                         [timex(doc, 3, 4, "2024-12-02"), timex(doc, 10, 11, "2024-12-01")],
                         published="2024-12-04"))
    assert got["ACCUSE"][0] not in ("2024-12-02", "2024-12-01")


# "Norway posted a video released on Monday. / Norway accused Finland."
VIDEO_ON_MONDAY = [
    "Norway Norway PROPN nsubj 1 B-GPE", "posted post VERB ROOT 1",
    "a a DET det 3", "video video NOUN dobj 1", "released release VERB acl 3",
    "on on ADP prep 4", "Monday Monday PROPN pobj 5 B-DATE", ". . PUNCT punct 1",
    "<NL> <NL> SPACE dep 1",
    "Norway Norway PROPN nsubj 10 B-GPE", "accused accuse VERB ROOT 10",
    "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 10",
]


def test_a_day_in_a_clause_describing_a_noun_is_not_the_story_day(monkeypatch):
    # the day a thing was made ("a video released on Monday") is that thing's, not
    # the day of the lead's news
    _one_sentence_lead(monkeypatch)
    doc = with_tags(build_lines(VIDEO_ON_MONDAY), {1: "VBD", 4: "VBN", 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 6, 7, "2024-12-02")],
                         published="2024-12-04"))
    assert got["ACCUSE"][0] != "2024-12-02"
    assert governing._in_noun_clause(doc[6]) and not governing._in_noun_clause(doc[10])


# fix24: the lead's one day must be one the narrator tells of the lead's own act.

# "Crowds returned to Oslo, days after Sweden attacked Finland on Saturday. /
# Norway accused Finland." (the day dates the earlier attack the crowds answer)
DAYS_AFTER_SATURDAY = [
    "Crowds crowd NOUN nsubj 1", "returned return VERB ROOT 1",
    "to to ADP prep 1", "Oslo Oslo PROPN pobj 2 B-GPE", ", , PUNCT punct 1",
    "days day NOUN npadvmod 6", "after after SCONJ mark 8",
    "Sweden Sweden PROPN nsubj 8 B-GPE", "attacked attack VERB advcl 1",
    "Finland Finland PROPN dobj 8 B-GPE", "on on ADP prep 8",
    "Saturday Saturday PROPN pobj 10 B-DATE", ". . PUNCT punct 1",
    "<NL> <NL> SPACE dep 1",
    "Norway Norway PROPN nsubj 15 B-GPE", "accused accuse VERB ROOT 15",
    "Finland Finland PROPN dobj 15 B-GPE", ". . PUNCT punct 15",
]

def test_the_day_of_an_earlier_act_under_after_is_not_the_story_day(monkeypatch):
    _one_sentence_lead(monkeypatch)
    doc = with_tags(build_lines(DAYS_AFTER_SATURDAY), {1: "VBD", 8: "VBD", 15: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 11, 12, "2024-11-30")],
                         published="2024-12-04"))
    assert got["ACCUSE"][0] != "2024-11-30"
    assert undated._under_prior(doc[11])


def test_a_lead_day_after_publication_is_not_the_story_day(monkeypatch):
    # a weekday the tagger reads forward (Thursday in a Wednesday's paper): the news
    # cannot have happened on a day still to come
    # ("Norway said on Thursday ...", published on Wednesday 2024-12-04: the tagger's
    # Thursday six days back is read forward to 2024-12-05 by `story_weekdays`)
    _one_sentence_lead(monkeypatch)
    rows = [r.replace("Monday Monday", "Thursday Thursday") for r in SAID_ON_MONDAY]
    doc = with_tags(build_lines(rows), {1: "VBD", 5: "VBD", 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-11-28")],
                         published="2024-12-04"))
    assert got["ACCUSE"][0] != "2024-12-05"


def test_a_day_told_on_a_verb_of_saying_still_dates_the_story(monkeypatch):
    # the shape the rule was made for, with the new conditions in place
    _one_sentence_lead(monkeypatch)
    doc = with_tags(build_lines(SAID_ON_MONDAY), {1: "VBD", 5: "VBD", 10: "VBD"})
    assert not undated._under_prior(doc[3])
