"""Issue 11, dates14: an act told in a relative clause on a person ("the man who attacked
Sweden") says who the person is; it is not dated by the time the sentence tells of
("On Monday, Norway accused ..."), unless that time lies inside the clause itself.
Hand-built parses, sentences made up; published Thursday 2024-12-05."""

from __future__ import annotations

from fake_stages import build, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

from newsbrief.events import storytime

NAMES = ["Norway", "Sweden", "Finland"]

# "On Monday, Norway accused the man who attacked Sweden."
WHO = [
    "On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "accused accuse VERB ROOT 4",
    "the the DET det 6", "man man NOUN dobj 4", "who who PRON nsubj 8",
    "attacked attack VERB relcl 6", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 4",
]


def _run(rows, tags, monday=(1, 2)):
    doc = with_tags(build(rows), tags)
    return dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, *monday, "2024-12-02")]))


def test_an_act_of_a_person_described_is_not_the_sentences_day(body):
    got = _run(WHO, {4: "VBD", 8: "VBD"})
    assert got["ACCUSE"] == ("2024-12-02", "text")
    assert got["ASSAULT"] == (None, "none")


def test_without_the_rule_the_sentences_day_was_taken(body, monkeypatch):
    monkeypatch.setattr(storytime, "_person_described", lambda tok: None)
    got = _run(WHO, {4: "VBD", 8: "VBD"})
    assert got["ASSAULT"] == ("2024-12-02", "text")


def test_a_clause_on_a_thing_keeps_the_sentences_day(body):
    # "On Monday, Norway accused the unit that attacked Sweden.": no person described
    rows = list(WHO)
    rows[6] = "unit unit NOUN dobj 4"
    rows[7] = "that that PRON nsubj 8"
    got = _run(rows, {4: "VBD", 8: "VBD"})
    assert got["ASSAULT"] == ("2024-12-02", "text")


def test_a_time_told_inside_the_clause_is_its_own(body):
    # "Norway accused the man who attacked Sweden on Monday.": the clause's own day
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
        "the the DET det 3", "man man NOUN dobj 1", "who who PRON nsubj 5",
        "attacked attack VERB relcl 3", "Sweden Sweden PROPN dobj 5 B-GPE",
        "on on ADP prep 5", "Monday Monday PROPN pobj 7 B-DATE", ". . PUNCT punct 1",
    ]
    got = _run(rows, {1: "VBD", 5: "VBD"}, monday=(8, 9))
    assert got["ASSAULT"] == ("2024-12-02", "text")
