"""Issue 11, datesT: a verb joined to another takes that verb's time only when it tells
no time of its own and can be of that time. A time told anywhere within the later
verb ("admitted to X in June", the parser hanging "in June" below X) is its own; a
verb in the present perfect takes no time told as past ("Last week Norway attacked
Sweden and has accused Finland": the present perfect cannot be of last week). Hand-built
parses, sentences made up; published Thursday 2024-12-05."""

from __future__ import annotations

from fake_stages import build, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type  # noqa: F401  (fixtures)

NAMES = ["Norway", "Sweden", "Finland"]

# "In May, Norway attacked Sweden and accused Finland of spying in June."
OWN_TIME_BELOW = [
    "In in ADP prep 4", "May May PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
    "Sweden Sweden PROPN dobj 4 B-GPE", "and and CCONJ cc 4", "accused accuse VERB conj 4",
    "Finland Finland PROPN dobj 7 B-GPE", "of of ADP prep 7", "spying spy VERB pcomp 9",
    "in in ADP prep 10", "June June PROPN pobj 11 B-DATE", ". . PUNCT punct 4",
]


def test_a_joined_verb_with_a_time_of_its_own_below_it_keeps_out_of_the_first_ones(body):
    doc = with_tags(build(OWN_TIME_BELOW), {4: "VBD", 7: "VBD", 10: "VBG"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 1, 2, "2024-05"), timex(doc, 12, 13, "2024-06")]))
    assert got["ASSAULT"] == ("2024-05", "text")
    assert got["ACCUSE"] == ("2024-06", "text")  # the time told within it dates it


def test_a_joined_verb_with_no_time_of_its_own_takes_the_first_ones(body):
    # "In May, Norway attacked Sweden and accused Finland of spying." (unchanged)
    rows = OWN_TIME_BELOW[:11] + [". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD", 7: "VBD", 10: "VBG"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 1, 2, "2024-05")]))
    assert got["ACCUSE"] == ("2024-05", "text")


# "Last week, Norway attacked Sweden and has accused Finland."
PERFECT_JOINED = [
    "Last last ADJ amod 1", "week week NOUN npadvmod 4 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
    "Sweden Sweden PROPN dobj 4 B-GPE", "and and CCONJ cc 4", "has have AUX aux 8",
    "accused accuse VERB conj 4", "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 4",
]


def test_a_joined_verb_in_the_present_perfect_takes_no_past_time(body):
    doc = with_tags(build(PERFECT_JOINED), {4: "VBD", 7: "VBZ", 8: "VBN"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 0, 2, "2024-W48")]))
    assert got["ASSAULT"] == ("2024-W48", "text")
    assert got["ACCUSE"][0] != "2024-W48"


def test_a_joined_verb_in_the_simple_past_still_takes_the_past_time(body):
    # "Last week, Norway attacked Sweden and accused Finland." (unchanged)
    rows = PERFECT_JOINED[:7] + ["accused accuse VERB conj 4", "Finland Finland PROPN dobj 7 B-GPE",
                                 ". . PUNCT punct 4"]
    doc = with_tags(build(rows), {4: "VBD", 7: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 0, 2, "2024-W48")]))
    assert got["ACCUSE"] == ("2024-W48", "text")


# "In May, Norway attacked Sweden and accused Finland of a theft carried out in 2019."
TIME_ON_A_NOUNS_PARTICIPLE = [
    "In in ADP prep 4", "May May PROPN pobj 0 B-DATE", ", , PUNCT punct 4",
    "Norway Norway PROPN nsubj 4 B-GPE", "attacked attack VERB ROOT 4",
    "Sweden Sweden PROPN dobj 4 B-GPE", "and and CCONJ cc 4", "accused accuse VERB conj 4",
    "Finland Finland PROPN dobj 7 B-GPE", "of of ADP prep 7", "a a DET det 11",
    "theft theft NOUN pobj 9", "carried carry VERB acl 11", "out out ADP prt 12",
    "in in ADP prep 12", "2019 2019 NUM pobj 14 B-DATE", ". . PUNCT punct 4",
]


def test_a_time_on_a_participle_of_a_noun_in_the_joined_verb_does_not_keep_it_apart(body):
    # 2019 is when the theft was carried out, not when Finland was accused: the
    # accusing still shares the attack's May
    doc = with_tags(build(TIME_ON_A_NOUNS_PARTICIPLE), {4: "VBD", 7: "VBD", 12: "VBN"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [
        timex(doc, 1, 2, "2024-05"), timex(doc, 15, 16, "2019")]))
    assert got["ASSAULT"] == ("2024-05", "text")
    assert got["ACCUSE"] == ("2024-05", "text")

