"""Issue 11, dates18: a time told on "effective" ("effective June 1", "effective from
June 1") is when something takes effect: it dates the act that takes effect ("will step
down effective June 1"), never a verb of saying that announces it nor what that verb
announces ("announced his resignation effective June 1": the act told is the
announcing); and it is not moved to the year before (it is ahead by nature).
Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
ANNOUNCED = [
    "Norway Norway PROPN nsubj 1 B-GPE", "announced announce VERB ROOT 1",
    "new new ADJ amod 3", "sanctions sanction NOUN dobj 1", ", , PUNCT punct 1",
    "effective effective ADJ advcl 1", "June June PROPN npadvmod 5 B-DATE",
    "1 1 NUM nummod 6 I-DATE", ". . PUNCT punct 1",
]
# "Berg announced his resignation effective June 1."
RESIGNATION = [
    "Berg Berg PROPN nsubj 1 B-PERSON", "announced announce VERB ROOT 1",
    "his his PRON poss 3", "resignation resignation NOUN dobj 1",
    "effective effective ADJ amod 3", "June June PROPN npadvmod 4 B-DATE",
    "1 1 NUM nummod 5 I-DATE", ". . PUNCT punct 1",
]
# "Berg will step down effective June 1."
STEP_DOWN = [
    "Berg Berg PROPN nsubj 2 B-PERSON", "will will AUX aux 2", "step step VERB ROOT 2",
    "down down ADP prt 2", "effective effective ADJ oprd 2",
    "June June PROPN npadvmod 4 B-DATE", "1 1 NUM nummod 5 I-DATE", ". . PUNCT punct 2",
]


def _dates(rows, tags, preds, start, value="2024-06-01", published=None):
    doc = with_tags(build(rows), tags)
    return governing.attach_timexes(doc, [timex(doc, start, start + 2, value)], preds,
                                 published=published)


def test_the_announcing_is_not_dated_by_when_it_takes_effect():
    # neither the announcing nor the act it announces (the record of the announced act)
    got = _dates(ANNOUNCED, {1: "VBD", 3: "NNS"}, {1: 0, 3: 1}, 6)
    assert 0 not in got and 1 not in got
    assert 0 not in _dates(ANNOUNCED, {1: "VBD", 3: "NNS"}, {1: 0}, 6)


def test_without_the_rule_the_announcing_takes_the_day(monkeypatch):
    monkeypatch.setattr(governing, "_effective_head", lambda root: None)
    assert _dates(ANNOUNCED, {1: "VBD", 3: "NNS"}, {1: 0}, 6)[0].date == "2024-06-01"


def test_an_announced_noun_is_not_dated_by_when_it_takes_effect():
    got = _dates(RESIGNATION, {1: "VBD", 3: "NN"}, {1: 0, 3: 1}, 5,
                 value="2025-06-01", published="2024-12-05")
    assert 0 not in got and 1 not in got


def test_the_act_that_takes_effect_keeps_the_day_and_its_year():
    got = _dates(STEP_DOWN, {1: "MD", 2: "VB"}, {2: 0}, 5)
    assert got[0].date == "2024-06-01"
    # a June page read from December: a time on "effective" is ahead, not last June
    # ("Berg stepped down effective June 1" is not moved to the year before)
    rows = [r.replace("will will AUX aux 2", "then then ADV advmod 2") for r in STEP_DOWN]
    got = _dates(rows, {2: "VBD"}, {2: 0}, 5, value="2025-06-01", published="2024-12-05")
    assert got[0].date == "2025-06-01"
