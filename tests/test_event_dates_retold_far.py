"""dateund44: a sentence with no time of its own right after one set long before the
publication day goes on in that past, and its acts are left undated
(`storytime.StoryTime._untimed`); but a verb of the family of one the sentence before
tells at that time tells the same act again, with its details ("X was fined in March. A
judge fined X for ..."): it takes that time (`StoryTime._retold`). Not an act marked as
another ("also", "again"). Hand-built parses, sentences made up; published 2024-12-04."""

from __future__ import annotations

from newsbrief.events import storytime

from fake_stages import build_lines, extract, named_states, timex, with_tags
NAMES = ["Norway", "Sweden", "Finland"]


def _dates(monkeypatch, extra: list[str], tags: dict[int, str],
           verb: int = 15) -> dict[str, tuple]:
    # "Norway attacked Finland on Monday. / Sweden praised Finland in March. / Sweden"
    # and the `extra` words, the verb at `verb`
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 1)
    rows = [
        "Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
        "Finland Finland PROPN dobj 1 B-GPE", "on on ADP prep 1",
        "Monday Monday PROPN pobj 3 B-DATE", ". . PUNCT punct 1",
        "<NL> <NL> SPACE dep 1",
        "Sweden Sweden PROPN nsubj 8 B-GPE", "praised praise VERB ROOT 8",
        "Finland Finland PROPN dobj 8 B-GPE", "in in ADP prep 8",
        "March March PROPN pobj 10 B-DATE", ". . PUNCT punct 8",
        "<NL> <NL> SPACE dep 8",
        f"Sweden Sweden PROPN nsubj {verb} B-GPE", *extra, f". . PUNCT punct {verb}",
    ]
    doc = with_tags(build_lines(rows), {1: "VBD", 8: "VBD", **tags})
    events = extract(doc, named_states(doc, NAMES),
                     [timex(doc, 4, 5, "2024-12-02"), timex(doc, 11, 12, "2024-03")],
                     published="2024-12-04")
    return {e.evidence.text.split()[1]: (e.date, e.date_source) for e in events
            if e.evidence.start > doc[13].idx}


def test_a_verb_of_the_family_told_again_takes_the_far_time(monkeypatch):
    got = _dates(monkeypatch, ["praised praise VERB ROOT 15", "Finland Finland PROPN dobj 15 B-GPE"],
                 {15: "VBD"})
    assert got["praised"] == ("2024-03", "text")


def test_an_act_told_as_another_stays_undated(monkeypatch):
    # control (undated before the change too): "Sweden praised Finland again."
    got = _dates(monkeypatch, ["praised praise VERB ROOT 15", "Finland Finland PROPN dobj 15 B-GPE",
                               "again again ADV advmod 15"], {15: "VBD"})
    assert got["praised"][0] is None


def test_another_act_goes_on_in_the_past_undated(monkeypatch):
    # control (undated before the change too): "Sweden met Finland."
    got = _dates(monkeypatch, ["met meet VERB ROOT 15", "Finland Finland PROPN dobj 15 B-GPE"],
                 {15: "VBD"})
    assert got["met"][0] is None


def test_a_later_act_of_the_family_stays_undated(monkeypatch):
    # control (undated before the change too): "Sweden then praised Finland."
    got = _dates(monkeypatch, ["then then ADV advmod 16", "praised praise VERB ROOT 16",
                               "Finland Finland PROPN dobj 16 B-GPE"], {16: "VBD"}, verb=16)
    assert got["then"][0] is None
