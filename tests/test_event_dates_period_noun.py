"""Issue 11, dates18: a time after "for" on a noun ("a budget for 2019", "its plan for
next year") tells the period the thing is for, not when the act that names the thing
was done; the same when the parser hangs "for" on the verb after its object
("approved a budget for 2019"). An event noun so dated takes the time itself. Hand-built
parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
ON_VERB = [
    "Norway Norway PROPN nsubj 1 B-GPE", "approved approve VERB ROOT 1",
    "a a DET det 3", "budget budget NOUN dobj 1", "for for ADP prep 1",
    "2019 2019 NUM pobj 4 B-DATE", ". . PUNCT punct 1",
]
# "Norway cut aid in its budget for 2019."  ("for" on the noun)
ON_NOUN = [
    "Norway Norway PROPN nsubj 1 B-GPE", "cut cut VERB ROOT 1", "aid aid NOUN dobj 1",
    "in in ADP prep 1", "its its PRON poss 5", "budget budget NOUN pobj 3",
    "for for ADP prep 5", "2019 2019 NUM pobj 6 B-DATE", ". . PUNCT punct 1",
]
# "Norway scheduled talks for Friday."  (an event noun: the talks are on Friday)
EVENT_NOUN = [
    "Norway Norway PROPN nsubj 1 B-GPE", "scheduled schedule VERB ROOT 1",
    "talks talk NOUN dobj 1", "for for ADP prep 1", "Friday Friday PROPN pobj 3 B-DATE",
    ". . PUNCT punct 1",
]
# "The vote was set for Friday."  (no object before "for": the verb's reading stays)
NO_OBJECT = [
    "The the DET det 1", "vote vote NOUN nsubjpass 3", "was be AUX auxpass 3",
    "set set VERB ROOT 3", "for for ADP prep 3", "Friday Friday PROPN pobj 4 B-DATE",
    ". . PUNCT punct 3",
]


def _dates(rows, verb, preds, tag, start, value):
    doc = with_tags(build(rows), {verb: tag})
    return governing.attach_timexes(doc, [timex(doc, start, start + 1, value)], preds)


def test_a_period_after_for_does_not_date_the_verb():
    assert 0 not in _dates(ON_VERB, 1, {1: 0}, "VBD", 5, "2019")
    assert 0 not in _dates(ON_NOUN, 1, {1: 0}, "VBD", 7, "2019")


def test_without_the_rule_the_verb_takes_the_period(monkeypatch):
    monkeypatch.setattr(governing, "_period_of_noun", lambda root, tx=None: None)
    assert _dates(ON_VERB, 1, {1: 0}, "VBD", 5, "2019")[0].date == "2019"
    assert _dates(ON_NOUN, 1, {1: 0}, "VBD", 7, "2019")[0].date == "2019"


def test_an_event_noun_takes_its_own_time_and_not_the_verb():
    got = _dates(EVENT_NOUN, 1, {1: 0, 2: 1}, "VBD", 4, "2024-12-06")
    assert got[1].date == "2024-12-06"
    assert 0 not in got


def test_for_on_a_verb_with_no_object_is_left_alone():
    doc = with_tags(build(NO_OBJECT), {3: "VBN"})
    assert governing._period_of_noun(doc[5]) is None
    assert governing._period_of_noun(with_tags(build(ON_VERB), {1: "VBD"})[5]).text == "budget"


# "Norway released a plan for Nordic-unity last month." (the parser takes "Nordic-unity
# last month" as what "for" takes: the time is not what "for" takes, the verb keeps it)
NAMED_PLAN = [
    "Norway Norway PROPN nsubj 1 B-GPE", "released release VERB ROOT 1",
    "a a DET det 3", "plan plan NOUN dobj 1", "for for ADP prep 3",
    "Nordic-unity Nordic-unity PROPN compound 7", "last last ADJ amod 7 B-DATE",
    "month month NOUN pobj 4 I-DATE", ". . PUNCT punct 1",
]


def test_a_time_that_for_does_not_take_first_is_no_period():
    doc = with_tags(build(NAMED_PLAN), {1: "VBD"})
    tx = timex(doc, 6, 8, "2024-11")
    assert governing._period_of_noun(doc[7], tx) is None
    assert governing.attach_timexes(doc, [tx], {1: 0})[0].date == "2024-11"
