"""Issue 11, dates16b: an act a noun names as what a verb answers ("responded on Monday
to the charges", "criticized the refusal", "will heed the appeal") came before
the answer: the answer's time is not its time, nor is the time the story carries to
the answer; a time of its own still dates it. A possessive time on what an act is for
or, told in the present, about ("for this year's vote", "is examining last Friday's
blast") is that noun's, not the act's. Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, coder_with, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

NAMES = ["Norway", "Sweden", "Finland"]

# "Norway responded on Monday to the charges of Sweden ."
RESPONDED = [
    "Norway Norway PROPN nsubj 1 B-GPE", "responded respond VERB ROOT 1",
    "on on ADP prep 1", "Monday Monday PROPN pobj 2 B-DATE", "to to ADP prep 1",
    "the the DET det 6", "charges charge NOUN pobj 4", "of of ADP prep 6",
    "Sweden Sweden PROPN pobj 7 B-GPE", ". . PUNCT punct 1",
]


def test_the_act_a_dated_answer_answers_does_not_take_its_time():
    doc = with_tags(build(RESPONDED), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-02")], {1: 0, 6: 1})
    assert got[0].date == "2024-12-02"  # the response
    assert 1 not in got  # the charges: made before it
    # a verb that does not answer its object shares its time ("pressed on Monday for
    # the charges": pressed for them then)
    rows = list(RESPONDED)
    rows[1] = "pressed press VERB ROOT 1"
    rows[4] = "for for ADP prep 1"
    doc = with_tags(build(rows), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-02")], {1: 0, 6: 1})
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
    doc = with_tags(build(CRITICIZED), {1: "VBD", 7: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")], coder=coder)
    got = dates_by_type(events)
    assert got["ACCUSE"] == ("2024-12-02", "text")  # the criticism goes on that day
    assert got["REJECT"] == (None, "none")  # the refusal came before it


# "Norway is examining last Friday 's blast ." / "Norway backed Sweden for this
# year 's vote ." / "Norway voted against Monday 's motion ."
EXAMINING = [
    "Norway Norway PROPN nsubj 2 B-GPE", "is be AUX aux 2", "examining examine VERB ROOT 2",
    "last last ADJ amod 4 B-DATE", "Friday Friday PROPN poss 6 I-DATE", "'s 's PART case 4",
    "blast blast NOUN dobj 2", ". . PUNCT punct 2",
]
BACKED_FOR = [
    "Norway Norway PROPN nsubj 1 B-GPE", "backed back VERB ROOT 1", "Sweden Sweden PROPN dobj 1 B-GPE",
    "for for ADP prep 1", "this this DET det 5 B-DATE", "year year NOUN poss 7 I-DATE",
    "'s 's PART case 5", "vote vote NOUN pobj 3", ". . PUNCT punct 1",
]
VOTED_AGAINST = [
    "Norway Norway PROPN nsubj 1 B-GPE", "voted vote VERB ROOT 1", "against against ADP prep 1",
    "Monday Monday PROPN poss 5 B-DATE", "'s 's PART case 3", "motion motion NOUN pobj 2",
    ". . PUNCT punct 1",
]


def test_a_possessive_time_of_what_an_act_is_about_or_for_is_not_its_time():
    doc = with_tags(build(EXAMINING), {1: "VBZ", 2: "VBG"})
    got = governing.attach_timexes(doc, [timex(doc, 3, 5, "2024-11-29")], {2: 0})
    assert 0 not in got  # the blast's Friday: the inquiry goes on now
    doc = with_tags(build(BACKED_FOR), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 4, 6, "2024")], {1: 0})
    assert 0 not in got  # the year of the vote it was backed for
    # told in the simple past about the noun, the act is of that day
    doc = with_tags(build(VOTED_AGAINST), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-02")], {1: 0})
    assert got[0].date == "2024-12-02"
