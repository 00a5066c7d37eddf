"""dates24: a sentence whose main verb the text dates long before the publication day
tells the past; another act of it told in the past with no time of its own is not of
the story's day (`storytime.StoryTime._far_past`). Only a time long past: a sentence dated
far ahead ("... will leave in 2030") says nothing of when its past acts were done.
Hand-built parses, sentences made up; published 2024-12-04."""

from __future__ import annotations

import pytest

from newsbrief.events import storytime

from fake_stages import build_lines, extract, named_states, timex, with_tags
from dating_helpers import dates_by_type
NAMES = ["Norway", "Sweden", "Finland"]


def _lines(year_words: list[str], verb: int = 12) -> list[str]:
    # "Norway attacked Finland on Monday. / Sweden accused Finland and Norway met
    # Finland in <year>." (the far time dates an act of its own, so the sentence is not
    # one that only sets the scene: `storytime.far_sentences`)
    return [
        "Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
        "Finland Finland PROPN dobj 1 B-GPE", "on on ADP prep 1",
        "Monday Monday PROPN pobj 3 B-DATE", ". . PUNCT punct 1",
        "<NL> <NL> SPACE dep 1",
        "Sweden Sweden PROPN nsubj 8 B-GPE", "accused accuse VERB ROOT 8",
        "Finland Finland PROPN dobj 8 B-GPE", "and and CCONJ cc 8",
        f"Norway Norway PROPN nsubj {verb} B-GPE", *year_words,
        ". . PUNCT punct 8",
    ]


MET_IN_2020 = ["met meet VERB conj 8", "Finland Finland PROPN dobj 12 B-GPE", "in in ADP prep 12",
               "2020 2020 NUM pobj 14 B-DATE"]


def _run(monkeypatch, rule: bool):
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 1)
    if not rule:
        # the rule's one test, made to answer no: what the cascade does without it
        monkeypatch.setattr(storytime.StoryTime, "_far_past", lambda self, own: False)
    doc = with_tags(build_lines(_lines(MET_IN_2020)), {1: "VBD", 8: "VBD", 12: "VBD"})
    return dates_by_type(extract(doc, named_states(doc, NAMES),
                          [timex(doc, 4, 5, "2024-12-02"), timex(doc, 15, 16, "2020")],
                          published="2024-12-04"))


def test_without_the_rule_the_act_takes_the_story_day(monkeypatch):
    # the case the rule is for: the story's Monday given to an act of the past
    assert _run(monkeypatch, rule=False)["ACCUSE"] == ("2024-12-02", "text")


def test_an_act_beside_a_verb_dated_years_before_takes_no_story_day(monkeypatch):
    got = _run(monkeypatch, rule=True)["ACCUSE"]
    assert got[0] not in ("2024-12-02", "2024-12-04")


@pytest.mark.parametrize("value", ["2030"])
def test_a_time_far_ahead_leaves_the_story_day(monkeypatch, value):
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 1)
    rows = _lines(["will will AUX aux 13", "meet meet VERB conj 8",
                   "Finland Finland PROPN dobj 13 B-GPE", "in in ADP prep 13",
                   "2030 2030 NUM pobj 15 B-DATE"], verb=13)
    doc = with_tags(build_lines(rows), {1: "VBD", 8: "VBD", 12: "MD", 13: "VB"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES),
                         [timex(doc, 4, 5, "2024-12-02"), timex(doc, 16, 17, value)],
                         published="2024-12-04"))
    assert got["ACCUSE"] == ("2024-12-02", "text")
