"""Issue 11, dates15: a dated verb of saying and the acts told in what it says.
A time told between the verb of saying and the subject of its bare content clause is
the saying's, wherever the parser hangs it ("said on Monday it attacked ..."). A past
act told in a clause within what is said (an adverbial clause, a clause on a noun, a
purpose, what a belief holds) happened before the saying, on a day the text does not
give; the deed the content clause itself tells keeps the saying's day.
Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events import governing, saying

from fake_stages import build, by_type, coder_with, extract, named_states, timex, with_tags
NAMES = ["Norway", "Sweden", "Finland"]
PUB = "2024-12-05"  # a Thursday; Monday is 2024-12-02

# "Norway said on Monday it attacked Sweden ." with "on Monday" hung on "attacked",
# as the parser does with a bare content clause
HUNG_ON_CONTENT = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "on on ADP prep 5",
    "Monday Monday PROPN pobj 2 B-DATE", "it it PRON nsubj 5", "attacked attack VERB ccomp 1",
    "Sweden Sweden PROPN dobj 5 B-GPE", ". . PUNCT punct 1",
]


def test_a_time_told_before_a_bare_content_clause_is_the_sayings():
    doc = with_tags(build(HUNG_ON_CONTENT), {1: "VBD", 5: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-02")], {1: 0, 5: 1})
    assert got[0].date == "2024-12-02"  # the saying
    assert 1 not in got  # the attack: not governed by the saying's time
    # after "that" the time is the content's ("said that on Monday it attacked ...")
    rows = HUNG_ON_CONTENT[:2] + ["that that SCONJ mark 6"] + [
        " ".join(r.split()[:4] + [str(int(r.split()[4]) + (r.split()[4] != "1"))] + r.split()[5:])
        for r in HUNG_ON_CONTENT[2:]]
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 4, 5, "2024-12-02")], {1: 0, 6: 1})
    assert got[1].date == "2024-12-02"


def test_the_deed_a_dated_saying_tells_keeps_its_day():
    # the deed the content clause tells is the news the saying gives: its day
    doc = with_tags(build(HUNG_ON_CONTENT), {1: "VBD", 5: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")],
                     coder=coder_with({"attack": ("ASSAULT", "190", None)}), published=PUB)
    assert (by_type(events, "ASSAULT")[0].date, by_type(events, "ASSAULT")[0].date_source) == \
        ("2024-12-02", "text")


# "Norway said on Monday that Sweden was wrong when it attacked Finland ."
WHEN_IT_ATTACKED = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "on on ADP prep 1",
    "Monday Monday PROPN pobj 2 B-DATE", "that that SCONJ mark 6",
    "Sweden Sweden PROPN nsubj 6 B-GPE", "was be AUX ccomp 1", "wrong wrong ADJ acomp 6",
    "when when SCONJ advmod 10", "it it PRON nsubj 10", "attacked attack VERB advcl 6",
    "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 1",
]


def test_a_past_act_in_a_clause_within_what_is_said_is_not_of_the_sayings_day():
    doc = with_tags(build(WHEN_IT_ATTACKED), {1: "VBD", 6: "VBD", 10: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")],
                     coder=coder_with({"attack": ("ASSAULT", "190", None)}), published=PUB)
    attack = by_type(events, "ASSAULT")[0]
    assert (attack.date, attack.date_source) == (None, "none")
    # "... while it attacked Finland": at the time of what is said, not before it
    rows = list(WHEN_IT_ATTACKED)
    rows[8] = "while while SCONJ mark 10"
    rows[6] = "fought fight VERB ccomp 1"
    rows[7] = "on on ADP prt 6"
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD", 10: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")],
                     coder=coder_with({"attack": ("ASSAULT", "190", None)}), published=PUB)
    assert by_type(events, "ASSAULT")[0].date == "2024-12-02"


# "Norway said on Monday that Sweden attacked Denmark . Finland said on Tuesday it
# attacked Estonia ." Two lead sentences, each a dated report: the second's deed is the
# second report's news, of its day, not of the day the first sentence names.
TWO_REPORTS = [
    "Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "on on ADP prep 1",
    "Monday Monday PROPN pobj 2 B-DATE", "that that SCONJ mark 6",
    "Sweden Sweden PROPN nsubj 6 B-GPE", "attacked attack VERB ccomp 1",
    "Denmark Denmark PROPN dobj 6 B-GPE", ". . PUNCT punct 1",
    "Finland Finland PROPN nsubj 10 B-GPE", "said say VERB ROOT 10", "on on ADP prep 10",
    "Tuesday Tuesday PROPN pobj 11 B-DATE", "it it PRON nsubj 14",
    "attacked attack VERB ccomp 10", "Estonia Estonia PROPN dobj 14 B-GPE",
    ". . PUNCT punct 10",
]


# the same with "that" (the parser hangs the time on the saying there too)
WITH_THAT = TWO_REPORTS[:13] + ["that that SCONJ mark 15"] + [
    " ".join(r.split()[:4] + [str(int(r.split()[4]) + (int(r.split()[4]) >= 13))] +
             r.split()[5:]) for r in TWO_REPORTS[13:]]


@pytest.mark.parametrize(("rows", "second"), [(TWO_REPORTS, 14), (WITH_THAT, 15)])
def test_a_lead_deed_a_dated_report_tells_keeps_the_reports_day(rows, second):
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD", 10: "VBD", second: "VBD"})
    events = extract(doc, named_states(doc, NAMES + ["Denmark", "Estonia"]),
                     [timex(doc, 3, 4, "2024-12-02"), timex(doc, 12, 13, "2024-12-03")],
                     coder=coder_with({"attack": ("ASSAULT", "190", None)}), published=PUB)
    got = {(e.actor[0].text, e.date) for e in by_type(events, "ASSAULT")}
    assert got == {("Sweden", "2024-12-02"), ("Finland", "2024-12-03")}


def test_a_time_before_the_bare_clause_of_a_verb_of_knowing_stays_the_clauses():
    # datesT: "Norway knows in May Sweden attacked Finland .": the knowing is now, the
    # time is the attack's; `_rehung` moves a time only to a verb of saying (tried on
    # every verb that takes a bare clause, it undated a judged-right act of this shape)
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "knows know VERB ROOT 1", "in in ADP prep 5",
        "May May PROPN pobj 2 B-DATE", "Sweden Sweden PROPN nsubj 5 B-GPE",
        "attacked attack VERB ccomp 1", "Finland Finland PROPN dobj 5 B-GPE", ". . PUNCT punct 1",
    ]
    doc = with_tags(build(rows), {1: "VBZ", 5: "VBD"})
    assert saying._rehung(doc[3]) is None
    got = governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-05")], {5: 1})
    assert got[1].date == "2024-05"
