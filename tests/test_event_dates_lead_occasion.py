"""Issue 11, occasion: a body act told as done "the same day" as an act the lead dates
takes that act's day. "The raids fell on that same day, when X fired Y": the subject
noun names again the act the lead dates ("On Saturday, Norway raided ..."), so the act of
the clause is of that day, though no time is told in the sentences just before (the
entity recogniser marks "the same day" a date; the time tagger gives it no value).
Hand-built parses, sentences made up; published Thursday 2024-12-05."""

from __future__ import annotations

from fake_stages import build, extract, named_states, shifted, timex, with_tags
from dating_helpers import dates_by_type

NAMES = ["Norway", "Sweden", "Finland"]

# "On Saturday, Norway raided offices." then three sentences with no time
# ("Norway waited.", twice "Sweden waited.")
LEAD = [
    "On on ADP prep 4", "Saturday Saturday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "raided raid VERB ROOT 4",
    "offices office NOUN dobj 4", ". . PUNCT punct 4",
    "Norway Norway PROPN nsubj 8 B-GPE", "waited wait VERB ROOT 8", ". . PUNCT punct 8",
    "Sweden Sweden PROPN nsubj 11 B-GPE", "waited wait VERB ROOT 11", ". . PUNCT punct 11",
    "Sweden Sweden PROPN nsubj 14 B-GPE", "waited wait VERB ROOT 14", ". . PUNCT punct 14",
]
SATURDAY = "2024-11-30"

# "The raids fell on the same day Finland accused Sweden." (a made-up parse)
SAME_DAY = [
    "The the DET det 1", "raids raid NOUN nsubj 2", "fell fall VERB ROOT 2",
    "on on ADP prep 2", "the the DET det 6 B-DATE", "same same ADJ amod 6 I-DATE",
    "day day NOUN pobj 3 I-DATE", "when when ADV advmod 9", "Finland Finland PROPN nsubj 9 B-GPE",
    "accused accuse VERB relcl 6", "Sweden Sweden PROPN dobj 9 B-GPE", ". . PUNCT punct 2",
]


def _accused(body_rows, lead=LEAD, timexes=((1, 2, SATURDAY),)):
    rows = lead + shifted(body_rows, len(lead))
    verbs = {i: "VBD" for i, row in enumerate(rows) if row.split()[2] == "VERB"}
    doc = with_tags(build(rows), verbs)
    got = dates_by_type(extract(doc, named_states(doc, NAMES),
                                [timex(doc, i, j, day) for i, j, day in timexes]))
    return got["ACCUSE"]


def test_an_act_told_that_same_day_takes_the_day_of_the_leads_act():
    assert _accused(SAME_DAY) == (SATURDAY, "text")


def test_the_next_day_after_the_leads_act_is_the_day_after_it():
    # "The raids fell on the next day ...": the step counts from the lead's day
    rows = list(SAME_DAY)
    rows[5] = "next next ADJ amod 6 I-DATE"
    assert _accused(rows) == ("2024-12-01", "text")


def test_the_next_day_is_told_by_its_own_phrase_not_the_leads_day_name():
    # (fixJ) the lead's "Saturday" would name the wrong day for the day after it
    rows = list(SAME_DAY)
    rows[5] = "next next ADJ amod 6 I-DATE"
    full = LEAD + shifted(rows, len(LEAD))
    verbs = {i: "VBD" for i, row in enumerate(full) if row.split()[2] == "VERB"}
    doc = with_tags(build(full), verbs)
    got = [e for e in extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, SATURDAY)])
           if e.type == "ACCUSE"]
    assert [e.date_text for e in got] == ["the next day"]


def test_a_noun_of_another_act_takes_no_day_of_the_lead():
    # "The vote fell on that same day ...": no act of the lead is a vote
    rows = list(SAME_DAY)
    rows[1] = "vote vote NOUN nsubj 2"
    assert _accused(rows)[0] is None


def test_a_noun_told_as_another_occasion_takes_no_day_of_the_lead():
    # "The earlier raids fell on that same day ..."
    rows = ["The the DET det 2", "earlier earlier ADJ amod 2"] + shifted(SAME_DAY[1:], 1)
    assert _accused(rows)[0] is None


def test_a_bare_noun_takes_no_day_of_the_lead():
    # "Raids fell on that same day ...": any raids of the story, not the lead's
    assert _accused(shifted(SAME_DAY[1:], -1))[0] is None


def test_a_lead_naming_the_act_on_two_days_gives_it_none():
    # "On Saturday, Norway raided offices. On Sunday, Sweden raided offices."
    lead = LEAD[:7] + [
        "On on ADP prep 11", "Sunday Sunday PROPN pobj 7 B-DATE", ", , PUNCT punct 11",
        "Sweden Sweden PROPN nsubj 11 B-GPE", "raided raid VERB ROOT 11",
        "offices office NOUN dobj 11", ". . PUNCT punct 11",
    ] + shifted(LEAD[7:], 7)
    assert _accused(SAME_DAY, lead, ((1, 2, SATURDAY), (8, 9, "2024-12-01")))[0] is None
