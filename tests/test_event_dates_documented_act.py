"""dates20b: an act told in the past as what a written record says ("Norway said in a
complaint that Sweden attacked Finland", "The letter shows that ...", "according to the
indictment, ...") was done before the record was written: undated unless a time is its
own, not the day the text gives the record (`undated._documented_act`, lists
`record_documents` and `record_verbs`). What is said in a speech or a statement of the
day keeps that day. Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events import undated

from fake_stages import build, coder_with, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type, lead_day, news  # noqa: F401  (fixtures)

WORDS = coder_with({"attack": ("ASSAULT", "190", None)})
NAMES = ["Norway", "Sweden", "Finland"]


def _story(noun: str, verb: str = "said say", prep: str = "in"):
    """"On Thursday, Norway <verb> <prep> a <noun> that Sweden attacked Finland." """
    return [
        "On on ADP prep 4", "Thursday Thursday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
        "Norway Norway PROPN nsubj 4 B-GPE", f"{verb} VERB ROOT 4", f"{prep} {prep} ADP prep 4",
        "a a DET det 7", f"{noun} {noun} NOUN pobj 5", "that that SCONJ mark 10",
        "Sweden Sweden PROPN nsubj 10 B-GPE", "attacked attack VERB ccomp 4",
        "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 4",
    ]


def _attack(rows):
    doc = with_tags(build(rows), {4: "VBD", 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-05")],
                         coder=WORDS))
    return got["ASSAULT"]


@pytest.mark.parametrize("noun", ["complaint", "indictment", "letter"])
def test_what_a_written_record_says_was_done_is_undated(body, news, lead_day, noun):
    assert _attack(_story(noun)) == (None, "none")


@pytest.mark.parametrize("noun", ["speech", "interview"])
def test_what_a_speech_of_the_day_says_was_done_keeps_its_day(body, news, lead_day, noun):
    assert _attack(_story(noun)) == ("2024-12-05", "text")


def test_a_record_that_tells_by_its_own_verb():
    # "The complaint charges that Sweden attacked Finland"; "Norway charges that ..." not
    rows = ["The the DET det 1", "complaint complaint NOUN nsubj 2", "charges charge VERB ROOT 2",
            "that that SCONJ mark 5", "Sweden Sweden PROPN nsubj 5 B-GPE",
            "attacked attack VERB ccomp 2", "Finland Finland PROPN dobj 5 B-GPE",
            ". . PUNCT punct 2"]
    doc = with_tags(build(rows), {2: "VBZ", 5: "VBD"})
    assert undated._documented_act(doc[5])
    rows[1] = "Norway Norway PROPN nsubj 2 B-GPE"
    doc = with_tags(build(rows), {2: "VBZ", 5: "VBD"})
    assert not undated._documented_act(doc[5])


def test_according_to_a_record():
    # "According to the indictment, Sweden attacked Finland"
    rows = ["According accord VERB prep 5", "to to ADP prep 0", "the the DET det 3",
            "indictment indictment NOUN pobj 1", "Sweden Sweden PROPN nsubj 5 B-GPE",
            "attacked attack VERB ROOT 5", "Finland Finland PROPN dobj 5 B-GPE",
            ". . PUNCT punct 5"]
    doc = with_tags(build(rows), {5: "VBD"})
    assert undated._documented_act(doc[5])
    rows[3] = "speech speech NOUN pobj 1"
    doc = with_tags(build(rows), {5: "VBD"})
    assert not undated._documented_act(doc[5])
