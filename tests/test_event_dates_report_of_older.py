"""Issue 11, dates14: a lead that reports on its day a deed the text dates more than a
week earlier ("Norway attacked Finland a month ago, Sweden said on Monday") tells of
that older deed: what the body tells with no time of its own is not of the report's
day. Hand-built parses, sentences made up; published Wednesday 2024-12-18."""

from __future__ import annotations

from test_event_arguments_dates import _states, extract, timex
from test_event_dates_body import _build_lines, _dates, _tag

from newsbrief.events import dating

NAMES = ["Norway", "Sweden", "Finland"]

# "Norway attacked Finland a month ago, Sweden said on Monday. / Sweden was shocked. /
# Norway accused Finland."
ROWS = [
    "Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ccomp 8",
    "Finland Finland PROPN dobj 1 B-GPE", "a a DET det 4", "month month NOUN npadvmod 5",
    "ago ago ADV advmod 1", ", , PUNCT punct 8", "Sweden Sweden PROPN nsubj 8 B-GPE",
    "said say VERB ROOT 8", "on on ADP prep 8", "Monday Monday PROPN pobj 9 B-DATE",
    ". . PUNCT punct 8", "<NL> <NL> SPACE dep 8",
    "Sweden Sweden PROPN nsubjpass 15 B-GPE", "was be AUX auxpass 15",
    "shocked shock VERB ROOT 15", ". . PUNCT punct 15", "<NL> <NL> SPACE dep 15",
    "Norway Norway PROPN nsubj 19 B-GPE", "accused accuse VERB ROOT 19",
    "Finland Finland PROPN dobj 19 B-GPE", ". . PUNCT punct 19",
]


def _run(monkeypatch, month_value="2024-11", tags=None):
    monkeypatch.setattr(dating, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(dating, "LEAD_WORDS", 1)
    doc = _tag(_build_lines(ROWS), tags or {1: "VBD", 8: "VBD", 15: "VBN", 19: "VBD"})
    return _dates(extract(doc, _states(doc, NAMES),
                          [timex(doc, 3, 6, month_value), timex(doc, 10, 11, "2024-12-16")],
                          published="2024-12-18"))


def test_the_body_of_a_report_of_an_older_deed_is_not_of_the_reports_day(monkeypatch):
    assert _run(monkeypatch)["ACCUSE"] == (None, "none")


def test_without_the_rule_the_reports_day_was_taken(monkeypatch):
    monkeypatch.setattr(dating.StoryTime, "_lead_tells_earlier", lambda self, doc, tx: False)
    assert _run(monkeypatch)["ACCUSE"] == ("2024-12-16", "text")


def test_a_deed_of_the_reports_week_keeps_the_reports_day(monkeypatch):
    # "... attacked Finland on Sunday, Sweden said on Monday": news of that week
    assert _run(monkeypatch, month_value="2024-12-15")["ACCUSE"] == ("2024-12-16", "text")


def test_an_older_deed_told_in_the_perfect_is_background_only(monkeypatch):
    # "Norway had attacked Finland a month ago, ...": the perfect tells background, and
    # the body goes on with the report's day
    rows_tags = {1: "VBN", 8: "VBD", 15: "VBN", 19: "VBD"}
    monkeypatch.setattr(dating, "told_tense", lambda tok: None if tok.i == 1 else "past")
    assert _run(monkeypatch, tags=rows_tags)["ACCUSE"] == ("2024-12-16", "text")
