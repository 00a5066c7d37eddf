"""dates18c: an adverb of another time on a verb of reporting ("initially reported")
places the report, not the act the report names as a noun (`undated._reported_thing`):
dates16's adverb rule (`undated._earlier_adverb`) no longer leaves that act undated, so it
keeps the day the text carries to it. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import undated

from fake_stages import with_tags
from fake_stages import build

# "A local paper initially reported the phone call."
REPORTED = [
    "A a DET det 2", "local local ADJ amod 2", "paper paper NOUN nsubj 4",
    "initially initially ADV advmod 4", "reported report VERB ROOT 4", "the the DET det 7",
    "phone phone NOUN compound 7", "call call NOUN dobj 4", ". . PUNCT punct 4",
]
# "A local paper previously reported on the raid."
REPORTED_ON = [
    "A a DET det 2", "local local ADJ amod 2", "paper paper NOUN nsubj 4",
    "previously previously ADV advmod 4", "reported report VERB ROOT 4", "on on ADP prep 4",
    "the the DET det 7", "raid raid NOUN pobj 5", ". . PUNCT punct 4",
]
# "The rebels initially launched the attack." (no verb of reporting)
LAUNCHED = [
    "The the DET det 1", "rebels rebel NOUN nsubj 3", "initially initially ADV advmod 3",
    "launched launch VERB ROOT 3", "the the DET det 5", "attack attack NOUN dobj 3",
    ". . PUNCT punct 3",
]


def _doc(rows):
    doc = build(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    return with_tags(doc, {verb.i: "VBD"}), verb


def test_the_act_a_report_names_is_not_undated_by_the_reports_adverb():
    for rows, noun in ((REPORTED, "call"), (REPORTED_ON, "raid")):
        doc, verb = _doc(rows)
        act = next(t for t in doc if t.text == noun)
        assert undated._reported_thing(act)
        assert not undated._earlier_adverb(act), noun
        # the report itself is still placed at another time by its adverb
        assert undated._earlier_adverb(verb)


def test_without_the_rule_the_reported_act_is_undated(monkeypatch):
    monkeypatch.setattr(undated, "_reported_thing", lambda tok: False)
    doc, _ = _doc(REPORTED)
    assert undated._earlier_adverb(next(t for t in doc if t.text == "call"))


def test_an_act_named_under_a_verb_of_doing_keeps_the_adverb_rule():
    doc, _ = _doc(LAUNCHED)
    attack = next(t for t in doc if t.text == "attack")
    assert not undated._reported_thing(attack)
    assert undated._earlier_adverb(attack)
