"""Issue 11, dates3: how far a time expression reaches, and the day of an act told
in the tense of a report. A time told before a noun dates that noun alone (unless
the noun sets the scene); a time the parser hung on the line before dates its own
line; an act in the past perfect reported under a dated verb of speaking is news of
that day; "two days earlier" counts from the last day the text named; an act named
inside another noun does not take the verb's time; a participle describing a thing
is told in its clause's tense; an act named as the time after which another came is
not the publication day's. Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsbrief.events import dating, governing, storytime, tense

from fake_stages import build, by_type, coder_with, extract, named_states, timex, with_tags
from dating_helpers import body, lead_day  # noqa: F401  (fixtures)

NAMES = ["Norway", "Sweden", "Finland"]
WORDS = coder_with({"warn": ("THREATEN", "130", None), "policy": ("COOPERATE", "030", None)})
PUB = "2024-12-05"  # a Thursday


def _with_break(doc, k):
    """`doc` with its k-th word made a paragraph break."""
    words = [("\n\n" if i == k else t.text) for i, t in enumerate(doc)]
    spaces = [bool(t.whitespace_) and i not in (k, k - 1) for i, t in enumerate(doc)]
    return Doc(doc.vocab, words=words, spaces=spaces, lemmas=[t.lemma_ for t in doc],
               pos=[t.pos_ for t in doc], deps=[t.dep_ for t in doc],
               heads=[t.head.i for t in doc],
               ents=[(t.ent_iob_ + "-" + t.ent_type_) if t.ent_iob_ != "O" else "O"
                     for t in doc])


def _date(ev):
    return ev.date, ev.date_source


# "Norway accused Sweden over the 2022 attack on Finland."
OVER_THE_ATTACK = [
    "Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
    "Sweden Sweden PROPN dobj 1 B-GPE", "over over ADP prep 1", "the the DET det 6",
    "2022 2022 NUM nummod 6 B-DATE", "attack attack NOUN pobj 3", "on on ADP prep 6",
    "Finland Finland PROPN pobj 7 B-GPE", ". . PUNCT punct 1",
]


def test_a_year_told_before_a_noun_dates_that_noun_alone():
    doc = with_tags(build(OVER_THE_ATTACK), {1: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2022")])
    assert by_type(events, "ASSAULT")[0].date == "2022"
    assert by_type(events, "ACCUSE")[0].date != "2022"


# "Norway accused Sweden over the 2022 dispute.": the noun is no event; its year dates
# nothing around it (it is no longer taken for the accusation's).
def test_a_year_before_a_noun_that_is_no_event_dates_nothing():
    rows = OVER_THE_ATTACK[:6] + ["dispute dispute NOUN pobj 3", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2022")]), "ACCUSE")[0]
    assert ev.date_text != "2022" and ev.date != "2022"


# "Norway praised Sweden in the 2022 campaign.": a noun that sets the scene gives its time.
def test_a_year_before_a_noun_that_sets_the_scene_dates_the_act():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "praised praise VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", "in in ADP prep 1", "the the DET det 6",
            "2022 2022 NUM nummod 6 B-DATE", "campaign campaign NOUN pobj 3",
            ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2022")]), "SUPPORT")[0]
    assert (ev.date, ev.date_source) == ("2022", "text")


# "Reasons to vote" on a line of its own, then "Last week, Norway accused Sweden.", with
# the parser hanging "Last week" on "vote" across the line break.
def test_a_time_hung_on_the_line_before_dates_its_own_line(body):
    rows = ["Reasons reason NOUN ROOT 0", "to to PART aux 2", "vote vote VERB acl 0",
            "NL NL SPACE dep 2", "Last last ADJ amod 5", "week week NOUN npadvmod 2 B-DATE",
            ", , PUNCT punct 8", "Norway Norway PROPN nsubj 8 B-GPE",
            "accused accuse VERB ROOT 8", "Sweden Sweden PROPN dobj 8 B-GPE",
            ". . PUNCT punct 8"]
    doc = with_tags(_with_break(build(rows), 3), {8: "VBD"})
    assert "\n" in doc.text
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 6, "2024-W48")]),
                 "ACCUSE")[0]
    assert (ev.date_source, ev.date_text) == ("text", "Last week")


# "Norway said on Monday that it had attacked Sweden."
SAID_HAD = ["Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1", "on on ADP prep 1",
            "Monday Monday PROPN pobj 2 B-DATE", "that that SCONJ mark 7",
            "it it PRON nsubj 7", "had have AUX aux 7", "attacked attack VERB ccomp 1",
            "Sweden Sweden PROPN dobj 7 B-GPE", ". . PUNCT punct 1"]


def test_a_past_perfect_act_reported_on_a_near_day_is_news_of_that_day(body):
    doc = with_tags(build(SAID_HAD), {1: "VBD", 7: "VBN"})
    ev = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")])[0]
    assert (ev.date, ev.date_source, ev.date_text) == ("2024-12-02", "text", "Monday")


def test_a_past_perfect_act_reported_with_no_day_stays_background(body):
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "said say VERB ROOT 1",
            "that that SCONJ mark 5", "it it PRON nsubj 5", "had have AUX aux 5",
            "attacked attack VERB ccomp 1", "Sweden Sweden PROPN dobj 5 B-GPE",
            ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 5: "VBN"})
    assert _date(extract(doc, named_states(doc, NAMES), [])[0]) == (None, "none")


def test_a_past_perfect_act_reported_on_a_far_day_stays_background(body):
    doc = with_tags(build(SAID_HAD), {1: "VBD", 7: "VBN"})
    ev = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-03-04")])[0]
    assert _date(ev) == (None, "none")


# "At a meeting on Monday, Norway said it had attacked Sweden.": the occasion's time is
# the saying's.
def test_the_time_of_the_occasion_of_a_report_is_its_time(body):
    rows = ["At at ADP prep 8", "a a DET det 2", "meeting meeting NOUN pobj 0",
            "on on ADP prep 2", "Monday Monday PROPN pobj 3 B-DATE", ", , PUNCT punct 8",
            "Norway Norway PROPN nsubj 8 B-GPE", "officials official NOUN appos 6",
            "said say VERB ROOT 8", "it it PRON nsubj 11", "had have AUX aux 11",
            "attacked attack VERB ccomp 8", "Sweden Sweden PROPN dobj 11 B-GPE",
            ". . PUNCT punct 8"]
    doc = with_tags(build(rows), {8: "VBD", 11: "VBN"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 4, 5, "2024-12-02")]),
                 "ASSAULT")[0]
    assert (ev.date, ev.date_source) == ("2024-12-02", "text")


# "On Tuesday, Norway met Finland. Sweden was silent. Two days earlier, Norway accused
# Sweden."
def test_two_days_earlier_counts_from_the_last_day_named(body):
    rows = ["On on ADP prep 4", "Tuesday Tuesday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
            "Norway Norway PROPN nsubj 4 B-GPE", "met meet VERB ROOT 4",
            "Finland Finland PROPN dobj 4 B-GPE", ". . PUNCT punct 4",
            "Sweden Sweden PROPN nsubj 8 B-GPE", "was be AUX ROOT 8", "silent silent ADJ acomp 8",
            ". . PUNCT punct 8",
            "Two two NUM nummod 12", "days day NOUN npadvmod 13", "earlier early ADV advmod 16",
            ", , PUNCT punct 16", "Norway Norway PROPN nsubj 16 B-GPE",
            "accused accuse VERB ROOT 16", "Sweden Sweden PROPN dobj 16 B-GPE",
            ". . PUNCT punct 16"]
    doc = with_tags(build(rows), {4: "VBD", 8: "VBD", 16: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-03"),
                                                timex(doc, 11, 13, "P2D", "DURATION")])
    ev = by_type(events, "ACCUSE")[0]
    assert (ev.date, ev.date_source) == ("2024-12-01", "text")


# "On Monday, Norway praised its stand on the attack on Sweden.": the attack is named
# inside another noun; the praise is Monday's, the attack is not.
def test_an_act_named_inside_another_noun_does_not_take_the_verbs_time():
    rows = ["On on ADP prep 4", "Monday Monday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
            "Norway Norway PROPN nsubj 4 B-GPE", "praised praise VERB ROOT 4",
            "its its PRON poss 6", "stand stand NOUN dobj 4", "on on ADP prep 6",
            "the the DET det 9", "attack attack NOUN pobj 7", "on on ADP prep 9",
            "Sweden Sweden PROPN pobj 10 B-GPE", ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD"})
    events = extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-02")])
    assert by_type(events, "SUPPORT")[0].date == "2024-12-02"
    assert by_type(events, "ASSAULT")[0].date_text != "Monday"


# "Norway met Finland. Sweden has signed a pact, approved by Norway." (body): a participle
# describing a thing is told in its clause's tense (here the perfect: background).
def test_a_participle_describing_a_thing_takes_its_clauses_tense(body):
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1",
            "Finland Finland PROPN dobj 1 B-GPE", ". . PUNCT punct 1",
            "Sweden Sweden PROPN nsubj 6 B-GPE", "has have AUX aux 6",
            "signed sign VERB ROOT 6", "a a DET det 8", "pact pact NOUN dobj 6",
            ", , PUNCT punct 8", "approved approve VERB acl 8", "by by ADP agent 10",
            "Norway Norway PROPN pobj 11 B-GPE", ". . PUNCT punct 6"]
    doc = with_tags(build(rows), {1: "VBD", 6: "VBN", 10: "VBN"})
    assert tense.finite_verb(doc[10]).i == 6
    ev = by_type(extract(doc, named_states(doc, NAMES), []), "SUPPORT")[0]
    assert _date(ev) == (None, "none")


# "Norway accused Sweden after the attack on Finland." (body): the attack came before, on
# a day the text does not give; the words said are the day's.
def test_an_act_named_as_the_time_after_which_another_came_is_undated(body, lead_day):
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "accused accuse VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", "after after ADP prep 1",
            "the the DET det 5", "attack attack NOUN pobj 3", "on on ADP prep 5",
            "Finland Finland PROPN pobj 6 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    day = dating.published_date(PUB)
    story = storytime.StoryTime(doc, [], PUB, [0] * len(doc))
    story.news = True  # a story of the day (it names a near day elsewhere)
    assert story.untimed(doc[5], 0, day, False) == dating.UNDATED
    assert story.untimed(doc[1], 0, day, False) == day
    rows[3] = "during during ADP prep 1"
    doc = with_tags(build(rows), {1: "VBD"})
    story = storytime.StoryTime(doc, [], PUB, [0] * len(doc))
    story.news = True
    assert story.untimed(doc[5], 0, day, False) == day


# "Norway decided to attack Sweden for 2025.": what an act is for is not when it happened.
def test_a_time_an_act_is_for_does_not_date_what_it_controls():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "decided decide VERB ROOT 1",
            "to to PART aux 3", "attack attack VERB xcomp 1", "Sweden Sweden PROPN dobj 3 B-GPE",
            "for for ADP prep 1", "2025 2025 NUM pobj 5 B-DATE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 3: "VB"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 6, 7, "2025")]), "ASSAULT")[0]
    assert ev.date != "2025"
    rows[5] = "in in ADP prep 1"
    doc = with_tags(build(rows), {1: "VBD", 3: "VB"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 6, 7, "2024")]), "ASSAULT")[0]
    assert ev.date == "2024"


def test_a_present_perfect_act_reported_on_a_near_day_is_news_of_that_day(body):
    rows = list(SAID_HAD)
    rows[6] = "has have AUX aux 7"
    doc = with_tags(build(rows), {1: "VBD", 7: "VBN"})
    ev = extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-12-02")])[0]
    assert (ev.date, ev.date_source, ev.date_text) == ("2024-12-02", "text", "Monday")


# "On Tuesday, Norway released a plan that accused Sweden."
def test_what_a_document_says_is_said_when_it_is_issued(body):
    rows = ["On on ADP prep 4", "Tuesday Tuesday PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
            "Norway Norway PROPN nsubj 4 B-GPE", "released release VERB ROOT 4",
            "a a DET det 6", "plan plan NOUN dobj 4", "that that PRON nsubj 8",
            "accused accuse VERB relcl 6", "Sweden Sweden PROPN dobj 8 B-GPE",
            ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD", 8: "VBD"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-12-03")]),
                 "ACCUSE")[0]
    assert (ev.date, ev.date_source, ev.date_text) == ("2024-12-03", "text", "Tuesday")
    tx = [timex(doc, 1, 2, "2024-12-03")]
    assert governing.attach_timexes(doc, tx, {8: 0})[0].date == "2024-12-03"
    # a person is no document: "released a man who attacked Sweden" is not dated by the
    # time expression itself (what the relative clause tells may be older)
    rows[6], rows[8] = "man man NOUN dobj 4", "attacked attack VERB relcl 6"
    doc = with_tags(build(rows), {4: "VBD", 8: "VBD"})
    assert 0 not in governing.attach_timexes(doc, tx, {8: 0})


# "Norway rejected the March report that accused Sweden."
def test_a_time_told_before_a_document_dates_what_it_says():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "rejected reject VERB ROOT 1",
            "the the DET det 4", "March March PROPN compound 4 B-DATE", "report report NOUN dobj 1",
            "that that PRON nsubj 6", "accused accuse VERB relcl 4",
            "Sweden Sweden PROPN dobj 6 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 6: "VBD"})
    ev = by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 3, 4, "2024-03")]), "ACCUSE")[0]
    assert (ev.date, ev.date_source) == ("2024-03", "text")


# "Norway met Finland on Monday. Sweden accused Norway. 'It is a disgrace,' Sweden said
# Tuesday." (body): the accusation was said the day its quote is attributed to.
QUOTED = ["Norway Norway PROPN nsubj 1 B-GPE", "met meet VERB ROOT 1",
          "Finland Finland PROPN dobj 1 B-GPE", "on on ADP prep 1",
          "Monday Monday PROPN pobj 3 B-DATE", ". . PUNCT punct 1",
          "Sweden Sweden PROPN nsubj 7 B-GPE", "accused accuse VERB ROOT 7",
          "Norway Norway PROPN dobj 7 B-GPE", ". . PUNCT punct 7",
          '" " PUNCT punct 12', "It it PRON nsubj 12", "is be AUX ccomp 16",
          "wrong wrong ADJ acomp 12", '" " PUNCT punct 12', "Sweden Sweden PROPN nsubj 16 B-GPE",
          "said say VERB ROOT 16", "Tuesday Tuesday PROPN npadvmod 16 B-DATE",
          ". . PUNCT punct 16"]


def test_words_said_then_quoted_with_the_speakers_day_take_that_day(body):
    doc = with_tags(build(QUOTED), {1: "VBD", 7: "VBD", 16: "VBD"})
    tx = [timex(doc, 4, 5, "2024-12-02"), timex(doc, 17, 18, "2024-12-03")]
    ev = by_type(extract(doc, named_states(doc, NAMES), tx), "ACCUSE")[0]
    assert (ev.date, ev.date_source, ev.date_text) == ("2024-12-03", "text", "Tuesday")
    # another speaker's quote says nothing of when Sweden spoke
    rows = list(QUOTED)
    rows[15] = "Finland Finland PROPN nsubj 16 B-GPE"
    doc = with_tags(build(rows), {1: "VBD", 7: "VBD", 16: "VBD"})
    ev = by_type(extract(doc, named_states(doc, NAMES), tx), "ACCUSE")[0]
    assert ev.date_text != "Tuesday"


# "Norway rejected the March Oslo council report that accused Sweden."
def test_a_time_before_a_compound_name_of_a_document_dates_what_it_says():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "rejected reject VERB ROOT 1",
            "the the DET det 6", "March March PROPN compound 5 B-DATE",
            "Oslo Oslo PROPN compound 5", "council council NOUN compound 6",
            "report report NOUN dobj 1", "that that PRON nsubj 8", "accused accuse VERB relcl 6",
            "Sweden Sweden PROPN dobj 8 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    assert governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-03")], {8: 0})[0].date == "2024-03"


# "Norway praised the victory of Sweden in Sunday's vote, and attacked Finland."
def test_a_possessive_time_inside_another_nouns_phrase_dates_only_its_noun():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "praised praise VERB ROOT 1",
            "the the DET det 3", "victory victory NOUN dobj 1", "of of ADP prep 3",
            "Sweden Sweden PROPN pobj 4 B-GPE", "in in ADP prep 3", "Sunday Sunday PROPN poss 9 B-DATE",
            "'s 's PART case 7", "vote vote NOUN pobj 6", ", , PUNCT punct 1", "and and CCONJ cc 1",
            "attacked attack VERB conj 1", "Finland Finland PROPN dobj 12 B-GPE", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 12: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 7, 8, "2024-12-01")], {1: 0, 12: 1})
    assert 0 not in got and 1 not in got
    # "Norway voted against Sunday's bill": the vote's own object
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "voted vote VERB ROOT 1",
            "against against ADP prep 1", "Sunday Sunday PROPN poss 5 B-DATE", "'s 's PART case 3",
            "bill bill NOUN pobj 2", ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    assert governing.attach_timexes(doc, [timex(doc, 3, 4, "2024-12-01")], {1: 0})[0].date == \
        "2024-12-01"


# "Norway defended the actions after the 2001 attacks." (lead): the bound is the actions'.
def test_a_far_bound_on_a_noun_does_not_bound_the_verb():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "defended defend VERB ROOT 1",
            "the the DET det 3", "actions action NOUN dobj 1", "after after ADP prep 3",
            "the the DET det 7", "2001 2001 NUM nummod 7 B-DATE", "attacks attack NOUN pobj 4",
            ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    story = storytime.StoryTime(doc, [timex(doc, 6, 7, "2001")], PUB, [0] * len(doc))
    assert 1 not in story.far_bound
    rows[3:5] = ["Sweden Sweden PROPN dobj 1 B-GPE", "after after ADP prep 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    story = storytime.StoryTime(doc, [timex(doc, 6, 7, "2001")], PUB, [0] * len(doc))
    assert 1 in story.far_bound


# "On Monday Norway praised the recent visit to Finland.": an act a noun places before
# now ("recent", "previous", "last") does not take the time of the verb it hangs on.
def test_an_earlier_act_named_by_a_noun_does_not_take_the_verbs_time():
    rows = ["On on ADP prep 3", "Monday Monday PROPN pobj 0 B-DATE",
            "Norway Norway PROPN nsubj 3 B-GPE", "praised praise VERB ROOT 3",
            "the the DET det 6", "recent recent ADJ amod 6", "visit visit NOUN dobj 3",
            "to to ADP prep 6", "Finland Finland PROPN pobj 7 B-GPE", ". . PUNCT punct 3"]
    doc = with_tags(build(rows), {3: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-12-02")], {3: 0, 6: 1})
    assert got[0].date == "2024-12-02" and 1 not in got
    rows[5] = "official official ADJ amod 6"  # "the official visit": the day of the praise
    doc = with_tags(build(rows), {3: "VBD"})
    got = governing.attach_timexes(doc, [timex(doc, 1, 2, "2024-12-02")], {3: 0, 6: 1})
    assert got[1].date == "2024-12-02"


# "Norway praised Sweden, saying Monday that ...": the day told on a participle of saying
# that goes with the act is the act's; not so for a participle of result ("prompting").
def test_the_day_of_a_saying_that_goes_with_an_act_dates_the_act():
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "praised praise VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", ", , PUNCT punct 1",
            "saying say VERB advcl 1", "Monday Monday PROPN npadvmod 4 B-DATE",
            ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD", 4: "VBG"})
    got = governing.attach_timexes(doc, [timex(doc, 5, 6, "2024-12-02")], {1: 0})
    assert got[0].date == "2024-12-02"
    rows[4] = "prompting prompt VERB advcl 1"
    doc = with_tags(build(rows), {1: "VBD", 4: "VBG"})
    assert 0 not in governing.attach_timexes(doc, [timex(doc, 5, 6, "2024-12-02")], {1: 0})
