"""Issue 11, dates16b: an act a noun names as what a verb answers ("responded on Monday
to the charges", "criticized the refusal", "will comply with the request") came before
the answer: the answer's time is not its time, nor is the time the story carries to
the answer; a time of its own still dates it. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import dating

from test_event_arguments_dates import _states, coder_with, extract, timex
from test_event_dates_body import _dates, _tag, body  # noqa: F401  (fixture)
from test_event_extract import build

NAMES = ["Norway", "Sweden", "Finland"]

# "Norway responded on Monday to the charges of Sweden ."
RESPONDED = [
    "Norway Norway PROPN nsubj 1 B-GPE", "responded respond VERB ROOT 1",
    "on on ADP prep 1", "Monday Monday PROPN pobj 2 B-DATE", "to to ADP prep 1",
    "the the DET det 6", "charges charge NOUN pobj 4", "of of ADP prep 6",
    "Sweden Sweden PROPN pobj 7 B-GPE", ". . PUNCT punct 1",
]


def test_the_act_a_dated_answer_answers_does_not_take_its_time():
    doc = _tag(build(RESPONDED), {1: "VBD"})
    got = dating.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-02")], {1: 0, 6: 1})
    assert got[0].date == "2024-12-02"  # the response
    assert 1 not in got  # the charges: made before it
    # a verb that does not answer its object shares its time ("pressed on Monday for
    # the charges": pressed for them then)
    rows = list(RESPONDED)
    rows[1] = "pressed press VERB ROOT 1"
    rows[4] = "for for ADP prep 1"
    doc = _tag(build(rows), {1: "VBD"})
    got = dating.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-02")], {1: 0, 6: 1})
    assert got[1].date == "2024-12-02"


# "Finland met Sweden on Monday . Norway criticized Sweden 's refusal ." (body: the
# day of the sentence before carries to an untimed past act, not to what it answers)
CRITICIZED = [
    "Finland Finland PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", "on on ADP prep 1", "Monday Monday PROPN pobj 3 B-DATE",
    ". . PUNCT punct 1",
    "Norway Norway PROPN nsubj 7 B-GPE", "criticized criticize VERB ROOT 7",
    "Sweden Sweden PROPN poss 10 B-GPE", "'s 's PART case 8", "refusal refusal NOUN dobj 7",
    ". . PUNCT punct 7",
]


def test_the_act_an_untimed_answer_answers_is_left_undated(body):
    coder = coder_with({"refusal": ("REJECT", "120", None), "criticize": ("ACCUSE", "111", None),
                        "meet": ("CONSULT", "040", None)})
    doc = _tag(build(CRITICIZED), {1: "VBD", 7: "VBD"})
    events = extract(doc, _states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")], coder=coder)
    got = _dates(events)
    assert got["ACCUSE"] == ("2024-12-02", "text")  # the criticism goes on that day
    assert got["REJECT"] == (None, "none")  # the refusal came before it
