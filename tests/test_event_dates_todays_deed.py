"""Issue 11, dates4: a deed told in the simple past in a story's body with no time of
its own is the day's news when the lead tells the day's news and the sentence goes
on with the lead's thread (it names what the lead names); background (a marker such
as "previously", a perfect beside it, another thread, a preview's lead) stays
undated. Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events import dating, governing, storytime

from fake_stages import build_lines, shifted, timex, with_tags
PUB = "2024-12-04"
MONDAY = "2024-12-02"

# "Norway attacked Finland on Monday."
LEAD = ["Norway Norway PROPN nsubj 1 B-GPE", "attacked attack VERB ROOT 1",
        "Finland Finland PROPN dobj 1 B-GPE", "on on ADP prep 1",
        "Monday Monday PROPN pobj 3 B-DATE", ". . PUNCT punct 1"]
# "Sweden sent troops to Finland."
BODY = ["Sweden Sweden PROPN nsubj 1 B-GPE", "sent send VERB ROOT 1",
        "troops troop NOUN dobj 1", "to to ADP prep 1",
        "Finland Finland PROPN pobj 3 B-GPE", ". . PUNCT punct 1"]


@pytest.fixture
def one_sentence_lead(monkeypatch):
    monkeypatch.setattr(storytime, "LEAD_SENTENCES", 1)
    monkeypatch.setattr(storytime, "LEAD_WORDS", 1)


# A paragraph between the lead and the body sentence ("Crowds gathered."), so that
# the body sentence does not go on from the lead's own time.
BETWEEN = ["<NL> <NL> SPACE dep 0", "Crowds crowd NOUN nsubj 2", "gathered gather VERB ROOT 2",
           ". . PUNCT punct 2", "<NL> <NL> SPACE dep 2"]


def _body_date(lead, body, verb: int, tags: dict[int, str], when: str = MONDAY,
               at: int = 4):
    """The date `untimed` gives the body's token `verb` (tags: indexes within the lead
    and the body, the body counted from 0)."""
    k = len(lead) + len(BETWEEN)
    rows = lead + shifted(BETWEEN, len(lead)) + shifted(body, k)
    tags = {(i if i < len(lead) else i - len(lead) + k): t for i, t in tags.items()}
    doc = with_tags(build_lines(rows), {**tags, len(lead) + 2: "VBD"})
    pieces = [0] * len(lead) + [1] * len(BETWEEN) + [2] * len(body)
    story = storytime.StoryTime(doc, [timex(doc, at, at + 1, when)], PUB, pieces)
    return story.untimed(doc[k + verb], 2, dating.published_date(PUB), False)


def test_a_deed_in_the_leads_thread_is_of_the_day_the_lead_tells(one_sentence_lead):
    got = _body_date(LEAD, BODY, 1, {1: "VBD", 7: "VBD"})
    assert (got.date, got.source) == (MONDAY, "text")
    # the lead's day is the publication day: that day
    got = _body_date(LEAD, BODY, 1, {1: "VBD", 7: "VBD"}, when=PUB)
    assert got.date == PUB


def test_a_deed_in_another_thread_stays_undated(one_sentence_lead):
    body = list(BODY)
    body[4] = "Denmark Denmark PROPN pobj 3 B-GPE"
    assert _body_date(LEAD, body, 1, {1: "VBD", 7: "VBD"}) == dating.UNDATED


# "previously" is also caught as habitual; "originally", "already" only as background.
@pytest.mark.parametrize("marker", ["previously", "originally", "already"])
def test_a_marker_of_background_keeps_it_undated(one_sentence_lead, marker):
    # "Sweden previously sent troops to Finland."
    body = ["Sweden Sweden PROPN nsubj 2 B-GPE", f"{marker} {marker} ADV advmod 2",
            "sent send VERB ROOT 2", "troops troop NOUN dobj 2", "to to ADP prep 2",
            "Finland Finland PROPN pobj 4 B-GPE", ". . PUNCT punct 2"]
    assert _body_date(LEAD, body, 2, {1: "VBD", 8: "VBD"}) == dating.UNDATED


def test_a_deed_beside_a_perfect_stays_undated(one_sentence_lead):
    # "Talks have stalled and Sweden sent troops to Finland."
    body = ["Talks talk NOUN nsubj 2", "have have AUX aux 2", "stalled stall VERB ROOT 2",
            "and and CCONJ cc 2", "Sweden Sweden PROPN nsubj 5 B-GPE",
            "sent send VERB conj 2", "troops troop NOUN dobj 5", "to to ADP prep 5",
            "Finland Finland PROPN pobj 7 B-GPE", ". . PUNCT punct 2"]
    assert _body_date(LEAD, body, 5, {1: "VBD", 8: "VBN", 11: "VBD"}) == dating.UNDATED


def test_a_previews_lead_tells_no_deed_of_the_day(one_sentence_lead):
    # "Norway will attack Finland on Monday." (what is to come)
    lead = ["Norway Norway PROPN nsubj 2 B-GPE", "will will AUX aux 2",
            "attack attack VERB ROOT 2", "Finland Finland PROPN dobj 2 B-GPE",
            "on on ADP prep 2", "Monday Monday PROPN pobj 4 B-DATE", ". . PUNCT punct 2"]
    assert _body_date(lead, BODY, 1, {1: "MD", 2: "VB", 8: "VBD"}, when=PUB, at=5) == \
        dating.UNDATED


# "Norway rejected the 1978 ruling." / "Norway rejected it in 1978." / "Norway spoke at
# the time of the 1978 ruling."
def test_a_time_before_a_noun_does_not_set_the_sentence_far():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "rejected reject VERB ROOT 1",
            "the the DET det 4", "1978 1978 NUM nummod 4 B-DATE", "ruling ruling NOUN dobj 1",
            ". . PUNCT punct 1"]
    doc = with_tags(build_lines(rows), {1: "VBD"})
    assert storytime.far_sentences(doc, [timex(doc, 3, 4, "1978")], PUB, [0] * len(doc)) == set()
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "rejected reject VERB ROOT 1",
            "it it PRON dobj 1", "in in ADP prep 1", "1978 1978 NUM pobj 3 B-DATE",
            ". . PUNCT punct 1"]
    doc = with_tags(build_lines(rows), {1: "VBD"})
    assert storytime.far_sentences(doc, [timex(doc, 4, 5, "1978")], PUB, [0] * len(doc)) == {0}
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "spoke speak VERB ROOT 1",
            "at at ADP prep 1", "the the DET det 4", "time time NOUN pobj 2", "of of ADP prep 4",
            "the the DET det 8", "1978 1978 NUM nummod 8 B-DATE", "ruling ruling NOUN pobj 5",
            ". . PUNCT punct 1"]
    doc = with_tags(build_lines(rows), {1: "VBD"})
    assert storytime.far_sentences(doc, [timex(doc, 7, 8, "1978")], PUB, [0] * len(doc)) == {0}


# "The raid on the depot in Oslo on Monday has alarmed Finland."
RAID = ["The the DET det 1", "raid raid NOUN nsubj 10", "on on ADP prep 1",
        "the the DET det 4", "depot depot NOUN pobj 2", "in in ADP prep 4",
        "Oslo Oslo PROPN pobj 5 B-GPE", "on on ADP prep 10", "Monday Monday PROPN pobj 7 B-DATE",
        "has have AUX aux 10", "alarmed alarm VERB ROOT 10", "Finland Finland PROPN dobj 10 B-GPE",
        ". . PUNCT punct 10"]


def test_a_time_between_an_event_subject_and_its_verb_is_the_subjects():
    doc = with_tags(build_lines(RAID), {10: "VBN"})
    got = governing.attach_timexes(doc, [timex(doc, 8, 9, MONDAY)], {1: 0}, published=PUB)
    assert got[0].date == MONDAY
    # "Norway on Monday alarmed Finland": no event noun before the time, nothing new
    rows = ["Norway Norway PROPN nsubj 3 B-GPE", "on on ADP prep 3",
            "Monday Monday PROPN pobj 1 B-DATE", "alarmed alarm VERB ROOT 3",
            "Finland Finland PROPN dobj 3 B-GPE", ". . PUNCT punct 3"]
    doc = with_tags(build_lines(rows), {3: "VBD"})
    assert governing.attach_timexes(doc, [timex(doc, 2, 3, MONDAY)], {}, published=PUB) == {}
    # words between the noun's phrase and the time ("The raid, officials said on Monday,
    # ..."): not the noun's
    assert governing._subject_time(doc[2], {0: 0}) is None
