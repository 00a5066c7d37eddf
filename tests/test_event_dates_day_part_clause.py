"""Issue 11, owntime55 and fixZ56: a part of a named day on an act ("Wednesday morning",
"Wednesday night") puts a clause of "before"/"after" with no time of its own on that
act's day when the clause tells what befell the act's own subject or what it did next
(a passive or intransitive verb of a pronoun for it, or of its word again); a bare
weekday does not, nor a clause with a time of its own, nor a transitive clause
("after Sweden accused him": another's act, often weeks older). Hand-built parses,
sentences made up; published Thursday 2024-12-05."""

from __future__ import annotations

import pytest

from fake_stages import build, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

NAMES = ["Norway", "Sweden", "Finland"]

# "Finland met Norway Wednesday morning, before it was accused by Sweden."
PASSIVE = [
    "Finland Finland PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Norway Norway PROPN dobj 1 B-GPE",
    "Wednesday Wednesday PROPN compound 4 B-DATE", "morning morning NOUN npadvmod 1 I-DATE",
    ", , PUNCT punct 1", "before before SCONJ mark 9", "it it PRON nsubjpass 9",
    "was be AUX auxpass 9", "accused accuse VERB advcl 1", "by by ADP agent 9",
    "Sweden Sweden PROPN pobj 10 B-GPE", ". . PUNCT punct 1",
]
PASSIVE_TAGS = {1: "VBD", 7: "PRP", 8: "VBD", 9: "VBN"}

# "Finland met Norway Wednesday morning, after Sweden accused him."
TRANSITIVE = PASSIVE[:6] + [
    "after after SCONJ mark 8", "Sweden Sweden PROPN nsubj 8 B-GPE", "accused accuse VERB advcl 1",
    "him he PRON dobj 8", ". . PUNCT punct 1",
]
TRANSITIVE_TAGS = {1: "VBD", 8: "VBD", 9: "PRP"}


def _dates(rows, tags, timexes):
    doc = with_tags(build(rows), tags)
    return dates_by_type(extract(doc, named_states(doc, NAMES), timexes(doc)))


def _wednesday(doc):
    return [timex(doc, 3, 5, "2024-12-04")]


@pytest.mark.parametrize("part, mark", [("morning", "before"), ("evening", "after")])
def test_a_part_of_a_named_day_puts_the_subjects_passive_act_on_that_day(body, part, mark):
    # "Finland met Norway Wednesday morning, before Finland was accused." (no doer told)
    rows = PASSIVE[:10] + [". . PUNCT punct 1"]
    rows[7] = "Finland Finland PROPN nsubjpass 9 B-GPE"
    rows[4] = f"{part} {part} NOUN npadvmod 1 I-DATE"
    rows[6] = f"{mark} {mark} SCONJ mark 9"
    got = _dates(rows, PASSIVE_TAGS, _wednesday)
    assert got["ACCUSE"] == ("2024-12-04", "text")


@pytest.mark.parametrize("mark", ["after", "before"])
def test_a_passive_clause_with_its_doer_told_stays_undated(body, mark):
    # "Finland met Norway Wednesday morning, before it was accused by Sweden": the doer
    # told under "by" makes it another's act, as in the active
    rows = list(PASSIVE)
    rows[6] = f"{mark} {mark} SCONJ mark 9"
    got = _dates(rows, PASSIVE_TAGS, _wednesday)
    assert got["ACCUSE"][0] is None


def test_a_pluperfect_clause_stays_undated(body):
    # "Finland met Norway Wednesday morning, after Finland had been accused.": told as
    # earlier
    rows = PASSIVE[:8] + ["had have AUX aux 10", "been be AUX auxpass 10",
                          "accused accuse VERB advcl 1", ". . PUNCT punct 1"]
    rows[6] = "after after SCONJ mark 10"
    rows[7] = "Finland Finland PROPN nsubjpass 10 B-GPE"
    got = _dates(rows, {1: "VBD", 8: "VBD", 9: "VBN", 10: "VBN"}, _wednesday)
    assert got["ACCUSE"][0] is None


def test_the_clause_may_follow_the_time_with_no_comma(body):
    # "Finland met Norway Wednesday night after Finland was accused": the subject's word
    # again, no comma
    rows = PASSIVE[:4] + ["night night NOUN npadvmod 1 I-DATE", "after after SCONJ mark 8",
                          "Finland Finland PROPN nsubjpass 8 B-GPE", "was be AUX auxpass 8",
                          "accused accuse VERB advcl 1", ". . PUNCT punct 1"]
    got = _dates(rows, {1: "VBD", 7: "VBD", 8: "VBN"}, _wednesday)
    assert got["ACCUSE"] == ("2024-12-04", "text")


@pytest.mark.parametrize("mark", ["after", "before"])
def test_a_transitive_clause_of_its_own_subject_stays_undated(body, mark):
    # "The court sentenced him Monday morning, after prosecutors accused him of fraud":
    # the day part says when the main act was, not how near the charge is
    rows = list(TRANSITIVE)
    rows[6] = f"{mark} {mark} SCONJ mark 8"
    got = _dates(rows, TRANSITIVE_TAGS, _wednesday)
    assert got["ACCUSE"][0] is None


def test_a_clause_that_acts_on_a_thing_stays_undated(body):
    # "The minister resigned Monday morning, before parliament condemned the deal"
    rows = PASSIVE[:6] + [
        "before before SCONJ mark 8", "Sweden Sweden PROPN nsubj 8 B-GPE",
        "praised praise VERB advcl 1", "the the DET det 10", "deal deal NOUN dobj 8",
        "with with ADP prep 10", "Norway Norway PROPN pobj 11 B-GPE", ". . PUNCT punct 1",
    ]
    got = _dates(rows, {1: "VBD", 8: "VBD"}, _wednesday)
    assert got["SUPPORT"][0] is None


def test_a_clause_of_another_subject_on_a_person_stays_undated(body):
    # "Protesters marched Friday night after police arrested their leader"
    rows = [
        "Finland Finland PROPN nsubj 1 B-GPE", "deployed deploy VERB ROOT 1",
        "Wednesday Wednesday PROPN compound 3 B-DATE", "night night NOUN npadvmod 1 I-DATE",
        "after after SCONJ mark 6", "Sweden Sweden PROPN nsubj 6 B-GPE",
        "attacked attack VERB advcl 1", "Norway Norway PROPN poss 9 B-GPE", "'s 's PART case 7",
        "leader leader NOUN dobj 6", ". . PUNCT punct 1",
    ]
    got = _dates(rows, {1: "VBD", 6: "VBD"}, lambda doc: [timex(doc, 2, 4, "2024-12-04")])
    assert got["MOBILIZE"] == ("2024-12-04", "text")
    assert got["ASSAULT"][0] is None


def test_a_bare_weekday_leaves_the_clause_act_undated(body):
    # "Finland met Norway Wednesday again, before it was accused by Sweden": no telling
    # how long before
    rows = list(PASSIVE)
    rows[3] = "Wednesday Wednesday PROPN npadvmod 1 B-DATE"
    rows[4] = "again again ADV advmod 1"
    got = _dates(rows, PASSIVE_TAGS, lambda doc: [timex(doc, 3, 4, "2024-12-04")])
    assert got["ACCUSE"][0] is None


def test_a_clause_with_a_time_of_its_own_keeps_it(body):
    # "Finland met Norway Wednesday morning, before it was accused by Sweden Tuesday."
    rows = PASSIVE[:12] + ["Tuesday Tuesday PROPN npadvmod 9 B-DATE", ". . PUNCT punct 1"]
    got = _dates(rows, PASSIVE_TAGS, lambda doc: [timex(doc, 3, 5, "2024-12-04"),
                                                  timex(doc, 12, 13, "2024-12-03")])
    assert got["ACCUSE"] == ("2024-12-03", "text")


def test_a_clause_in_the_present_is_not_moved(body):
    # "Finland met Norway Wednesday morning, before it is accused by Sweden": not a past act
    rows = list(PASSIVE)
    rows[8] = "is be AUX auxpass 9"
    got = _dates(rows, {**PASSIVE_TAGS, 8: "VBZ"}, _wednesday)
    assert got.get("ACCUSE", (None,))[0] is None
