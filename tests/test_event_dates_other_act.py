"""Issue 11, dates6: a verb's time is not given to a different act its clauses tell:
a gerund after "for" on a verb ("mocked X for attacking Y") tells the reason, an act
done before. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, timex, with_tags
REASON = [
    "On on ADP prep 3", "Monday Monday PROPN pobj 0 B-DATE",
    "Norway Norway PROPN nsubj 3 B-GPE", "criticized criticize VERB ROOT 3",
    "Sweden Sweden PROPN dobj 3 B-GPE", "for for ADP prep 3", "attacking attack VERB pcomp 5",
    "Finland Finland PROPN dobj 6 B-GPE", ". . PUNCT punct 3",
]


def test_a_gerund_of_reason_does_not_take_the_verbs_time():
    doc = with_tags(build(REASON), {3: "VBD", 6: "VBG"})
    got = governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-12-02")], {3: 0, 6: 1})
    assert got[0].date == "2024-12-02"
    assert 1 not in got
    # "... criticized Sweden in attacking Finland": not a reason; the time reaches it
    doc = with_tags(build([r.replace("for for", "in in") for r in REASON]), {3: "VBD", 6: "VBG"})
    got = governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-12-02")], {3: 0, 6: 1})
    assert got[1].date == "2024-12-02"
