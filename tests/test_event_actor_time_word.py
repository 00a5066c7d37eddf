"""fixI: a weekday the parser glued onto the front of a name ("at the palace Tuesday
Merkel said": "Tuesday" a compound of "Merkel") is no part of the actor's phrase; a
name that starts with such a word after a title stays whole. Hand-built parses,
sentences made up."""

from __future__ import annotations

from newsbrief.events.actorrefs import np_text

from fake_stages import build

# "Speaking at the palace Tuesday Merkel criticized Norway ."
GLUED = [
    "Speaking speak VERB advcl 6", "at at ADP prep 0", "the the DET det 3",
    "palace palace NOUN pobj 1", "Tuesday Tuesday PROPN compound 5 B-DATE",
    "Merkel Merkel PROPN nsubj 6 B-PERSON", "criticized criticize VERB ROOT 6",
    "Norway Norway PROPN dobj 6 B-GPE", ". . PUNCT punct 6",
]


def test_a_glued_weekday_is_not_part_of_the_name():
    doc = build(GLUED)
    assert np_text(doc[5]) == "Merkel"


def test_a_glued_weekday_with_its_possessive_is_dropped_too():
    # "... Friday 's envoy Smith spoke": the time word and its "'s" go, the rest stays
    rows = ["Friday Friday PROPN poss 2 B-DATE", "'s 's PART case 0",
            "envoy envoy NOUN compound 3", "Smith Smith PROPN nsubj 4 B-PERSON",
            "spoke speak VERB ROOT 4", ". . PUNCT punct 4"]
    assert np_text(build(rows)[3]) == "envoy Smith"


def test_a_month_that_is_a_name_stays():
    # "Prime Minister May spoke": "May" is the head (the name), and a month word read
    # as no date before a name is kept
    rows = ["Prime Prime PROPN compound 1", "Minister Minister PROPN compound 2",
            "May May PROPN nsubj 3 B-PERSON", "spoke speak VERB ROOT 3", ". . PUNCT punct 3"]
    assert np_text(build(rows)[2]) == "Prime Minister May"
    rows = ["June June PROPN compound 1 B-PERSON", "Carter Carter PROPN nsubj 2 I-PERSON",
            "spoke speak VERB ROOT 2", ". . PUNCT punct 2"]
    assert np_text(build(rows)[1]) == "June Carter"
