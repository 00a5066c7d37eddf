"""Issue 11, dates34: an act told in a relative clause opened by "in / at / during
which" on a dated occasion ("a call Tuesday in which the governor urged ...") took
place at that occasion, as one in a "where" clause does. Hand-built parses,
sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
IN_WHICH = [
    "Norway Norway PROPN nsubj 1 B-GPE", "joined join VERB ROOT 1", "a a DET det 3",
    "call call NOUN dobj 1", "Tuesday Tuesday PROPN npadvmod 3 B-DATE", "in in ADP prep 8",
    "which which PRON pobj 5", "Sweden Sweden PROPN nsubj 8 B-GPE", "urged urge VERB relcl 3",
    "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 1",
]


def _date_of_urged(rows):
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    return governing.attach_timexes(doc, [timex(doc, 4, 5, "2024-12-03")], {8: 0}).get(0)


@pytest.mark.parametrize("prep", ["in", "at", "during"])
def test_an_act_in_an_in_which_clause_of_a_dated_occasion_takes_its_time(prep):
    rows = [r.replace("in in ADP", f"{prep} {prep} ADP") for r in IN_WHICH]
    got = _date_of_urged(rows)
    assert got is not None and got.date == "2024-12-03"


def test_another_preposition_before_which_gives_no_time():
    # "a law Tuesday under which Sweden urged Finland": what the law allows, later
    rows = [r.replace("in in ADP", "under under ADP") for r in IN_WHICH]
    assert _date_of_urged(rows) is None


def test_an_occasion_clause_told_in_the_present_gives_no_time():
    # "a call Tuesday in which Sweden urges Finland"
    rows = [r.replace("urged urge VERB relcl 3", "urges urge VERB relcl 3") for r in IN_WHICH]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBZ"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 4, 5, "2024-12-03")], {8: 0})
