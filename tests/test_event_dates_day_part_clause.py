"""Issue 11, owntime55: a part of a named day on an act ("Wednesday morning", "Wednesday
night") puts a clause of "before"/"after" with no time of its own within hours of that
act, as "shortly after" does, so the clause's act takes the day; a bare weekday does not,
nor a clause with a time of its own. Hand-built parses, sentences made up; published
Thursday 2024-12-05."""

from __future__ import annotations

import pytest

from fake_stages import build, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

NAMES = ["Norway", "Sweden", "Finland"]

# "Finland met Norway Wednesday morning, before Norway accused Sweden."
DAY_PART = [
    "Finland Finland PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1", "Norway Norway PROPN dobj 1 B-GPE",
    "Wednesday Wednesday PROPN compound 4 B-DATE", "morning morning NOUN npadvmod 1 I-DATE",
    ", , PUNCT punct 1", "before before SCONJ mark 8", "Norway Norway PROPN nsubj 8 B-GPE",
    "accused accuse VERB advcl 1", "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 1",
]


def _accused(rows, timexes):
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    return dates_by_type(extract(doc, named_states(doc, NAMES), timexes(doc)))


# "Finland met Norway Wednesday night after Norway accused Sweden." (no comma)
NO_COMMA = DAY_PART[:4] + [
    "night night NOUN npadvmod 1 I-DATE", "after after SCONJ mark 7",
    "Norway Norway PROPN nsubj 7 B-GPE", "accused accuse VERB advcl 1",
    "Sweden Sweden PROPN dobj 7 B-GPE", ". . PUNCT punct 1",
]


@pytest.mark.parametrize("part, mark", [("morning", "before"), ("evening", "after")])
def test_a_part_of_a_named_day_puts_the_clause_act_on_that_day(body, part, mark):
    rows = list(DAY_PART)
    rows[4] = f"{part} {part} NOUN npadvmod 1 I-DATE"
    rows[6] = f"{mark} {mark} SCONJ mark 8"
    got = _accused(rows, lambda doc: [timex(doc, 3, 5, "2024-12-04")])
    assert got["ACCUSE"] == ("2024-12-04", "text")


def test_the_clause_may_follow_the_time_with_no_comma(body):
    doc = with_tags(build(NO_COMMA), {1: "VBD", 7: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 5, "2024-12-04")]))
    assert got["ACCUSE"] == ("2024-12-04", "text")


def test_a_bare_weekday_leaves_the_clause_act_undated(body):
    # "Finland met Norway Wednesday, before Norway accused Sweden": no telling how long before
    rows = list(DAY_PART)
    rows[3] = "Wednesday Wednesday PROPN npadvmod 1 B-DATE"
    rows[4] = "again again ADV advmod 1"
    got = _accused(rows, lambda doc: [timex(doc, 3, 4, "2024-12-04")])
    assert got["ACCUSE"][0] is None


def test_a_clause_with_a_time_of_its_own_keeps_it(body):
    # "Finland met Norway Wednesday morning, before Norway accused Sweden Tuesday."
    rows = DAY_PART[:10] + ["Tuesday Tuesday PROPN npadvmod 8 B-DATE", ". . PUNCT punct 1"]
    got = _accused(rows, lambda doc: [timex(doc, 3, 5, "2024-12-04"), timex(doc, 10, 11, "2024-12-03")])
    assert got["ACCUSE"] == ("2024-12-03", "text")


def test_a_clause_in_the_present_is_not_moved(body):
    # "Finland met Norway Wednesday morning, before Norway accuses Sweden": not a past act
    doc = with_tags(build(DAY_PART), {1: "VBD", 8: "VBZ"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 5, "2024-12-04")]))
    assert got.get("ACCUSE", (None,))[0] is None
