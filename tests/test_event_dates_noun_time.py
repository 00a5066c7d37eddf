"""Issue 11, dates18: a time told before a noun after "before"/"since" belongs to that
noun, not to the verb ("had sought advice before Friday's announcement": done before
that day). Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
BEFORE = [
    "Norway Norway PROPN nsubj 1 B-GPE", "sought seek VERB ROOT 1",
    "advice advice NOUN dobj 1", "before before ADP prep 1",
    "Friday Friday PROPN poss 6 B-DATE", "'s 's PART case 4",
    "announcement announcement NOUN pobj 3", ". . PUNCT punct 1",
]
def _dates(rows, preds, start, value):
    doc = with_tags(build(rows), {1: "VBD"})
    return governing.attach_timexes(doc, [timex(doc, start, start + 1, value)], preds)


def test_a_noun_after_before_keeps_its_day():
    got = _dates(BEFORE, {1: 0, 6: 1}, 4, "2024-12-06")
    assert 0 not in got
    assert got[1].date == "2024-12-06"


def test_without_the_rule_the_verb_takes_them(monkeypatch):
    monkeypatch.setattr(governing, "_noun_owns_time", lambda root: None)
    assert _dates(BEFORE, {1: 0}, 4, "2024-12-06")[0].date == "2024-12-06"


def test_a_noun_after_before_with_no_record_of_its_own_still_keeps_the_day_off_the_verb():
    # (review18) with a record of the announcement the day went to it already before
    # the rule; the rule is what keeps the day off the verb when the noun has none
    assert 0 not in _dates(BEFORE, {1: 0}, 4, "2024-12-06")
