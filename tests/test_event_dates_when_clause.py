"""Issue 11, dates20a: the acts of a "when" clause told right after a time take that
time ("the quarrel began last March, when Norway recalled its envoy"), whatever the
parse hangs the clause on: the time noun (relcl), the verb before the time, or the
main verb after it (advcl). Hand-built parses (the shapes en_core_web_sm gives),
sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import timex
from fake_stages import build

# "Since the quarrel began last March, when Norway recalled its envoy, the two states
# have cut trade." The clause hangs on the main verb after the time ("cut").
MAIN_VERB_AFTER = [
    "Since since SCONJ mark 3", "the the DET det 2", "quarrel quarrel NOUN nsubj 3",
    "began begin VERB advcl 17", "last last ADJ amod 5", "March March PROPN npadvmod 3 B-DATE",
    ", , PUNCT punct 5", "when when SCONJ advmod 9", "Norway Norway PROPN nsubj 9 B-GPE",
    "recalled recall VERB advcl 17", "its its PRON poss 11", "envoy envoy NOUN dobj 9",
    ", , PUNCT punct 17", "the the DET det 15", "two two NUM nummod 15",
    "states state NOUN nsubj 17", "have have AUX aux 17", "cut cut VERB ROOT 17",
    "trade trade NOUN dobj 17", ". . PUNCT punct 17",
]

# "Talks stalled on Tuesday, when Norway rejected the offer and walked out." The clause
# hangs on the time noun; its second verb is joined to the first.
ON_THE_TIME = [
    "Talks talk NOUN ROOT 0", "stalled stall VERB acl 0", "on on ADP prep 1",
    "Tuesday Tuesday PROPN pobj 2 B-DATE", ", , PUNCT punct 3", "when when SCONJ advmod 7",
    "Norway Norway PROPN nsubj 7 B-GPE", "rejected reject VERB relcl 3", "the the DET det 9",
    "offer offer NOUN dobj 7", "and and CCONJ cc 7", "walked walk VERB conj 7",
    "out out ADV advmod 11", ". . PUNCT punct 0",
]

# "The dispute grew last month when Norway expelled two diplomats." The clause hangs on
# the verb before the time.
VERB_BEFORE = [
    "The the DET det 1", "dispute dispute NOUN nsubj 2", "grew grow VERB ROOT 2",
    "last last ADJ amod 4", "month month NOUN npadvmod 2 B-DATE", "when when SCONJ advmod 7",
    "Norway Norway PROPN nsubj 7 B-GPE", "expelled expel VERB advcl 2", "two two NUM nummod 9",
    "diplomats diplomat NOUN dobj 7", ". . PUNCT punct 2",
]

# "Norway asked on Monday when Sweden would pay." A question's "when": not a time told.
QUESTION = [
    "Norway Norway PROPN nsubj 1 B-GPE", "asked ask VERB ROOT 1", "on on ADP prep 1",
    "Monday Monday PROPN pobj 2 B-DATE", "when when SCONJ advmod 7",
    "Sweden Sweden PROPN nsubj 7 B-GPE", "would would AUX aux 7", "pay pay VERB ccomp 1",
    ". . PUNCT punct 1",
]


def _dates(rows, preds, start, end, value):
    doc = build(rows)
    return governing.attach_timexes(doc, [timex(doc, start, end, value)], preds)


def test_a_when_clause_on_the_main_verb_after_the_time_takes_the_time():
    got = _dates(MAIN_VERB_AFTER, {3: 0, 9: 1, 17: 2}, 4, 6, "2024-03")
    assert got[1].date == "2024-03"
    assert got[0].date == "2024-03"
    assert 2 not in got  # the main verb is not told at that time


def test_every_verb_of_a_when_clause_on_the_time_takes_it():
    got = _dates(ON_THE_TIME, {7: 0, 11: 1}, 3, 4, "2024-12-03")
    assert got[0].date == "2024-12-03"
    assert got[1].date == "2024-12-03"


def test_a_when_clause_on_the_verb_before_the_time_takes_it():
    got = _dates(VERB_BEFORE, {2: 0, 7: 1}, 3, 5, "2024-11")
    assert got[1].date == "2024-11"


def test_the_when_of_a_question_is_no_time_told():
    doc = build(QUESTION)
    tx = timex(doc, 3, 4, "2024-12-02")
    assert governing._when_clause_after(doc[3], tx) == []
    doc = build(ON_THE_TIME)
    assert [t.i for t in governing._when_clause_after(doc[3], timex(doc, 3, 4, "2024-12-03"))] \
        == [7, 11]


def test_without_the_rule_the_clause_after_the_time_stays_undated(monkeypatch):
    monkeypatch.setattr(governing, "_when_clause_after", lambda root, tx, lines=None: [])
    assert 1 not in _dates(MAIN_VERB_AFTER, {3: 0, 9: 1, 17: 2}, 4, 6, "2024-03")
    assert 1 not in _dates(ON_THE_TIME, {7: 0, 11: 1}, 3, 4, "2024-12-03")
