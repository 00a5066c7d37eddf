"""Issue 11, dates17: a noun after "for" on a verb done to someone ("admonished
Norway for its blockade") names what the act answers, an act done before it; the
verb's time is not its time. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
REASON = [
    "On on ADP prep 3", "Monday Monday PROPN pobj 0 B-DATE",
    "Sweden Sweden PROPN nsubj 3 B-GPE", "admonished admonish VERB ROOT 3",
    "Norway Norway PROPN dobj 3 B-GPE", "for for ADP prep 3", "its its PRON poss 7",
    "blockade blockade NOUN pobj 5", ". . PUNCT punct 3",
]


def _dates(rows):
    doc = with_tags(build(rows), {3: "VBD", 7: "NN"})
    return governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-12-02")], {3: 0, 7: 1})


def test_a_noun_of_reason_does_not_take_the_verbs_time():
    got = _dates(REASON)
    assert got[0].date == "2024-12-02"
    assert 1 not in got


def test_without_the_rule_the_verbs_time_reaches_it(monkeypatch):
    monkeypatch.setattr(governing, "_reason_noun", lambda tok: False)
    assert _dates(REASON)[1].date == "2024-12-02"


def test_a_verb_of_purpose_is_no_reason():
    # "On Monday, Sweden invited Norway for a visit": the visit is what it is for
    rows = [r.replace("admonished admonish", "invited invite") for r in REASON]
    doc = with_tags(build(rows), {3: "VBD", 7: "NN"})
    assert not governing._reason_noun(doc[7])


def test_a_noun_of_purpose_is_no_reason():
    # "On Monday, Sweden gathered there for the talks": with no one acted on, "for"
    # tells a purpose, not a reason
    rows = [
        "On on ADP prep 3", "Monday Monday PROPN pobj 0 B-DATE",
        "Sweden Sweden PROPN nsubj 3 B-GPE", "gathered gather VERB ROOT 3",
        "there there ADV advmod 3", "for for ADP prep 3", "the the DET det 7",
        "talks talk NOUN pobj 5", ". . PUNCT punct 3",
    ]
    doc = with_tags(build(rows), {3: "VBD", 7: "NNS"})
    assert not governing._reason_noun(doc[7])
    assert governing._reason_noun(with_tags(build(REASON), {3: "VBD", 7: "NN"})[7])
