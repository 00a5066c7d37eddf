"""Issue 11, datesb14: the time that governs an act told around another. A deadline
("by June 9", "no later than June 9") is not the day of the act that sets it. What
was going on, told in the past progressive under a verb of saying with its own time,
went on at that time, however long ago. An act told in a "where" clause of a dated
occasion took place then. An occasion with its time told before a compound noun
("during the May 2015 party meeting") sets the scene of the act. What an act came
after ("quit on Monday after claims that it attacked ...") is not of that act's day.
Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import governing

from fake_stages import build, by_type, coder_with, extract, named_states, timex, with_tags
NAMES = ["Norway", "Sweden", "Finland"]
PUB = "2024-12-05"  # a Thursday


# "Norway asked Sweden for the files by June 9 ."
BY_JUNE = [
    "Norway Norway PROPN nsubj 1 B-GPE", "asked ask VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", "for for ADP prep 1", "the the DET det 5",
    "files file NOUN pobj 3", "by by ADP prep 1", "June June PROPN pobj 6 B-DATE",
    "9 9 NUM nummod 7 I-DATE", ". . PUNCT punct 1",
]
# "Norway asked Sweden for the files no later than June 9 ."
NO_LATER = BY_JUNE[:6] + [
    "no no ADV neg 7", "later late ADV advmod 1", "than than ADP prep 7",
    "June June PROPN pobj 8 B-DATE", "9 9 NUM nummod 9 I-DATE", ". . PUNCT punct 1",
]


def test_a_deadline_does_not_date_the_act_that_sets_it():
    doc = with_tags(build(BY_JUNE), {1: "VBD"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 7, 9, "2024-06-09")], {1: 0})
    doc = with_tags(build(NO_LATER), {1: "VBD"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 9, 11, "2024-06-09")], {1: 0})
    # and it is not the sentence's own time either: the whole record is not of June 9
    ev = extract(doc, named_states(doc, NAMES), [timex(doc, 9, 11, "2024-06-09")],
                 coder=coder_with({"ask": ("REQUEST", "020", None)}), published=PUB)
    assert by_type(ev, "REQUEST")[0].date_text != "June 9"
    # "Norway must send the files by June 9": when an act ahead is planned
    rows = BY_JUNE[:1] + ["must must AUX aux 2", "send send VERB ROOT 2"] + [
        " ".join(r.split()[:4] + [str(int(r.split()[4]) + 1)] + r.split()[5:])
        for r in BY_JUNE[2:]]
    doc = with_tags(build(rows), {1: "MD", 2: "VB"})
    assert 0 in governing.attach_timexes(doc, [timex(doc, 8, 10, "2024-06-09")], {2: 0})
    # "By June 9, Norway had sent the files": done by then, a bound that opens the sentence
    rows = ["By by ADP prep 6", "June June PROPN pobj 0 B-DATE", "9 9 NUM nummod 1 I-DATE",
            ", , PUNCT punct 6", "Norway Norway PROPN nsubj 6 B-GPE", "had have AUX aux 6",
            "sent send VERB ROOT 6", "the the DET det 8", "files file NOUN dobj 6",
            ". . PUNCT punct 6"]
    doc = with_tags(build(rows), {5: "VBD", 6: "VBN"})
    assert 0 in governing.attach_timexes(doc, [timex(doc, 1, 3, "2024-06-09")], {6: 0})
    # a clock time is of the act's own day ("arrived by noon")
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "arrived arrive VERB ROOT 1",
            "just just ADV advmod 3", "by by ADP prep 1",
            "noon noon NOUN pobj 3 B-TIME", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 4, 5, "2024-06-09T12:00", "TIME")], {1: 0})
    assert got[0].date == "2024-06-09"


# "In May , Norway said Sweden was pressing Finland ."
IN_MAY_SAID = [
    "In in ADP prep 4", "May May PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "said say VERB ROOT 4",
    "Sweden Sweden PROPN nsubj 7 B-GPE", "was be AUX aux 7", "pressing press VERB ccomp 4",
    "Finland Finland PROPN dobj 7 B-GPE", ". . PUNCT punct 4",
]


def test_a_progressive_reported_under_a_dated_saying_goes_on_at_its_time():
    doc = with_tags(build(IN_MAY_SAID), {4: "VBD", 6: "VBD", 7: "VBG"})
    got = governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-05")], {7: 0},
                                published=PUB)
    assert (got[0].date, got[0].precision) == ("2024-05", "month")
    # a question ("asked whether Sweden was pressing ...") tells of nothing going on
    rows = IN_MAY_SAID[:4] + ["asked ask VERB ROOT 4", "whether whether SCONJ mark 8",
                              "Sweden Sweden PROPN nsubj 8 B-GPE", "was be AUX aux 8",
                              "pressing press VERB ccomp 4",
                              "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD", 7: "VBD", 8: "VBG"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-05")], {8: 0},
                                          published=PUB)
    # a plain past in that clause may be older than the saying: no time from here
    rows = IN_MAY_SAID[:5] + ["Sweden Sweden PROPN nsubj 6 B-GPE",
                              "pressed press VERB ccomp 4",
                              "Finland Finland PROPN dobj 6 B-GPE", ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD", 6: "VBD"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-05")], {6: 0},
                                          published=PUB)


# "Norway attended the May 3 hearing where Sweden accused Finland ."
WHERE_CLAUSE = [
    "Norway Norway PROPN nsubj 1 B-GPE", "attended attend VERB ROOT 1", "the the DET det 5",
    "May May PROPN nmod 5 B-DATE", "3 3 NUM nummod 3 I-DATE", "hearing hearing NOUN dobj 1",
    "where where ADV advmod 8", "Sweden Sweden PROPN nsubj 8 B-GPE",
    "accused accuse VERB relcl 5", "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 1",
]


def test_an_act_in_a_where_clause_of_a_dated_occasion_takes_its_time():
    doc = with_tags(build(WHERE_CLAUSE), {1: "VBD", 8: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 3, 5, "2024-05-03")], {8: 0})
    assert got[0].date == "2024-05-03"
    # "the hearing that Sweden accused" (an act done to the noun) is not so dated
    rows = [r.replace("where where ADV advmod", "that that PRON dobj") for r in WHERE_CLAUSE]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 3, 5, "2024-05-03")], {8: 0})


# "During the May 2015 party meeting , Norway accused Sweden ."
DURING = [
    "During during ADP prep 8", "the the DET det 5", "May May PROPN nmod 4 B-DATE",
    "2015 2015 NUM nummod 2 I-DATE", "party party NOUN compound 5", "meeting meeting NOUN pobj 0",
    ", , PUNCT punct 8", "Norway Norway PROPN nsubj 8 B-GPE", "accused accuse VERB ROOT 8",
    "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 8",
]


def test_a_time_before_a_compound_occasion_sets_the_scene_of_the_act():
    doc = with_tags(build(DURING), {8: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 2, 4, "2015-05")], {8: 0})
    assert (got[0].date, got[0].precision) == ("2015-05", "month")
    # and when the meeting is an event of its own, the time is both the meeting's and
    # the act's that took place at it
    got = governing.attach_timexes(doc, [timex(doc, 2, 4, "2015-05")], {5: 0, 8: 1})
    assert got[0].date == "2015-05" and got[1].date == "2015-05"
    # "Norway accused Sweden over the May 2015 party meeting": the meeting's time alone
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", "over over ADP prep 1", "the the DET det 8",
            "May May PROPN nmod 7 B-DATE", "2015 2015 NUM nummod 5 I-DATE",
            "party party NOUN compound 8", "meeting meeting NOUN pobj 3", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 5, 7, "2015-05")], {1: 0})


# "On Monday , Norway quit after accusations that it attacked Sweden ."
AFTER_ACCUSATIONS = [
    "On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "quit quit VERB ROOT 4", "after after ADP prep 4",
    "accusations accusation NOUN pobj 5", "that that SCONJ mark 9", "it it PRON nsubj 9",
    "attacked attack VERB acl 6", "Sweden Sweden PROPN dobj 9 B-GPE", ". . PUNCT punct 4",
]


def test_what_the_act_came_after_is_not_of_its_day():
    doc = with_tags(build(AFTER_ACCUSATIONS), {4: "VBD", 9: "VBD"})
    coder = coder_with({"quit": ("CONCEDE", "083", None)})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")],
                     coder=coder, published=PUB)
    assert by_type(events, "CONCEDE")[0].date == "2024-12-02"
    assert by_type(events, "ASSAULT")[0].date is None  # what the claims say was done
