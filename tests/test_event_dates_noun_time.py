"""Issue 11, dates18: a time told before a noun belongs to that noun, not to the verb,
when the noun is the scene of another noun's act ("denied meddling in the 2016 vote")
or comes after "before"/"since" ("had sought advice before Friday's announcement": done
before that day); a noun that sets the verb's own scene still dates it ("criticized X in
a speech at the 2010 convention"). Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import dating

from test_event_arguments_dates import timex
from test_event_extract import build
from test_event_dates_body import _tag

# "Norway denied meddling in the 2016 election."
MEDDLING = [
    "Norway Norway PROPN nsubj 1 B-GPE", "denied deny VERB ROOT 1",
    "meddling meddling NOUN dobj 1", "in in ADP prep 2", "the the DET det 6",
    "2016 2016 NUM nummod 6 B-DATE", "election election NOUN pobj 3", ". . PUNCT punct 1",
]
# "Norway sought advice before Friday's announcement."
BEFORE = [
    "Norway Norway PROPN nsubj 1 B-GPE", "sought seek VERB ROOT 1",
    "advice advice NOUN dobj 1", "before before ADP prep 1",
    "Friday Friday PROPN poss 6 B-DATE", "'s 's PART case 4",
    "announcement announcement NOUN pobj 3", ". . PUNCT punct 1",
]
# "Norway criticized Sweden in a speech at the 2016 convention."
SCENE = [
    "Norway Norway PROPN nsubj 1 B-GPE", "criticized criticize VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", "in in ADP prep 1", "a a DET det 5",
    "speech speech NOUN pobj 3", "at at ADP prep 5", "the the DET det 9",
    "2016 2016 NUM nummod 9 B-DATE", "convention convention NOUN pobj 6",
    ". . PUNCT punct 1",
]


def _dates(rows, preds, start, value):
    doc = _tag(build(rows), {1: "VBD"})
    return dating.attach_timexes(doc, [timex(doc, start, start + 1, value)], preds)


def test_the_scene_of_a_noun_inside_the_object_does_not_date_the_verb():
    assert 0 not in _dates(MEDDLING, {1: 0}, 5, "2016")
    # the noun's own record takes it
    assert _dates(MEDDLING, {1: 0, 2: 1}, 5, "2016")[1].date == "2016"


def test_a_noun_after_before_keeps_its_day():
    got = _dates(BEFORE, {1: 0, 6: 1}, 4, "2024-12-06")
    assert 0 not in got
    assert got[1].date == "2024-12-06"


def test_without_the_rule_the_verb_takes_them(monkeypatch):
    monkeypatch.setattr(dating, "_noun_owns_time", lambda root: None)
    assert _dates(MEDDLING, {1: 0}, 5, "2016")[0].date == "2016"
    assert _dates(BEFORE, {1: 0}, 4, "2024-12-06")[0].date == "2024-12-06"


def test_a_scene_inside_the_verbs_scene_still_dates_the_verb():
    assert _dates(SCENE, {1: 0}, 8, "2016")[0].date == "2016"
