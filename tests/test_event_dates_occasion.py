"""Issue 11, dates21: the occasion a report was made at ("In March, the envoy said
during a visit to Oslo that ...") is done at the report's time; the report's time
still does not reach what the report tells. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
OCCASION = [
    "In in ADP prep 5", "March March PROPN pobj 0 B-DATE", ", , PUNCT punct 5",
    "the the DET det 4", "envoy envoy NOUN nsubj 5", "said say VERB ROOT 5",
    "during during ADP prep 5", "a a DET det 8", "visit visit NOUN pobj 6",
    "to to ADP prep 8", "Oslo Oslo PROPN pobj 9 B-GPE", "that that SCONJ mark 15",
    "the the DET det 13", "office office NOUN nsubj 15", "would would AUX aux 15",
    "shut shut VERB ccomp 5", ". . PUNCT punct 5",
]


def _dates(rows, preds):
    doc = with_tags(build(rows), {5: "VBD", 8: "NN", 15: "VB"})
    return governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-03")], preds)


def test_the_occasion_of_a_report_takes_its_time():
    got = _dates(OCCASION, {8: 0})
    assert got[0].date == "2024-03"


def test_without_the_rule_the_occasion_is_left_undated(monkeypatch):
    monkeypatch.setattr(governing, "_occasion_of", lambda tok, cur: False)
    assert 0 not in _dates(OCCASION, {8: 0})


def test_a_noun_the_report_tells_of_is_no_occasion():
    # "In March, the envoy said a visit to Oslo was over": the visit is what was said
    rows = [
        "In in ADP prep 5", "March March PROPN pobj 0 B-DATE", ", , PUNCT punct 5",
        "the the DET det 4", "envoy envoy NOUN nsubj 5", "said say VERB ROOT 5",
        "a a DET det 7", "visit visit NOUN nsubj 10", "to to ADP prep 7",
        "Oslo Oslo PROPN pobj 8 B-GPE", "was be AUX ccomp 5", "over over ADV advmod 10",
        ". . PUNCT punct 5",
    ]
    doc = with_tags(build(rows), {5: "VBD", 7: "NN", 10: "VBD"})
    assert not governing._occasion_of(doc[7], doc[10])
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-03")], {7: 0})


def test_a_noun_under_another_preposition_is_no_occasion():
    # "said of a visit": what was spoken about, not where
    rows = [r.replace("during during ADP", "of of ADP") for r in OCCASION]
    assert 0 not in _dates(rows, {8: 0})
