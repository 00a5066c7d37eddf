"""pubday: where the publication day does not stand in for an act no time expression
governs. An act told in the present perfect in the lead takes it ("Norway has warned
Sweden"), but not one told in a relative clause on a person or thing ("the envoy, who
has warned Sweden, ..."): what someone has done, told to say who they are, is
background. An act told in the past in a story's body whose own "in" phrase names a
written record ("urged Sweden in a letter") was written before the story, on a day the
text does not give; words said in a speech or a statement keep the day's date.
Hand-built parses, sentences made up."""

from __future__ import annotations

from dating_helpers import body, dates_by_type, lead_day, news  # noqa: F401 (fixtures)
from fake_stages import build, coder_with, extract, named_states, with_tags

WORDS = coder_with({"warn": ("THREATEN", "130", None), "meet": ("CONSULT", "040", None),
                    "urge": ("REQUEST", "020", None)})
NAMES = ["Norway", "Sweden", "Finland"]


def _lead(relative: bool):
    """"The envoy, who has warned Sweden, met Finland." or "Norway has warned Sweden."."""
    if not relative:
        rows = ["Norway Norway PROPN nsubj 2 B-GPE", "has have AUX aux 2",
                "warned warn VERB ROOT 2", "Sweden Sweden PROPN dobj 2 B-GPE",
                ". . PUNCT punct 2"]
        return with_tags(build(rows), {1: "VBZ", 2: "VBN"})
    rows = ["The the DET det 1", "envoy envoy NOUN nsubj 8", ", , PUNCT punct 1",
            "who who PRON nsubj 5", "has have AUX aux 5", "warned warn VERB relcl 1",
            "Sweden Sweden PROPN dobj 5 B-GPE", ", , PUNCT punct 1",
            "met meet VERB ROOT 8", "Finland Finland PROPN dobj 8 B-GPE", ". . PUNCT punct 8"]
    return with_tags(build(rows), {4: "VBZ", 5: "VBN", 8: "VBD"})


def test_a_lead_act_in_the_present_perfect_keeps_the_publication_day():
    doc = _lead(relative=False)
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [], coder=WORDS))
    assert got["THREATEN"] == ("2024-12-05", "published")


def test_a_lead_act_told_in_a_relative_clause_in_the_present_perfect_is_undated():
    doc = _lead(relative=True)
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [], coder=WORDS))
    assert got["THREATEN"] == (None, "none")


def _urged_in(medium: str, tail: tuple = ()):
    """"Norway urged Sweden in a <medium> <tail>." in a story's body."""
    rows = ["Norway Norway PROPN nsubj 1 B-GPE", "urged urge VERB ROOT 1",
            "Sweden Sweden PROPN dobj 1 B-GPE", "in in ADP prep 1", "a a DET det 5",
            f"{medium} {medium} NOUN pobj 3", *tail, ". . PUNCT punct 1"]
    doc = with_tags(build(rows), {1: "VBD"})
    return dates_by_type(extract(doc, named_states(doc, NAMES), [], coder=WORDS))["REQUEST"]


def test_words_put_in_a_written_record_in_the_body_are_undated(body, news, lead_day):
    assert _urged_in("letter") == (None, "none")
    # "... in a column for a weekly." (fixJ: a column needs a sign it is a text)
    assert _urged_in("column", ("for for ADP prep 5", "a a DET det 8",
                                "weekly weekly NOUN pobj 6")) == (None, "none")


def test_a_suit_or_a_column_in_its_other_sense_keeps_the_publication_day(body, news,
                                                                          lead_day):
    # (fixJ) "... in a suit." (clothing), "... in a column of trucks." (a file of vehicles)
    assert _urged_in("suit") == ("2024-12-05", "published")
    assert _urged_in("column", ("of of ADP prep 5", "trucks truck NOUN pobj 6")) == \
        ("2024-12-05", "published")


def test_a_column_to_a_state_is_no_publication(body, news, lead_day):
    # (fixK) "... in a column to Denmark.": a file of vehicles headed there, not a text
    # for a publication; "... in a column to a weekly." is one, as is "... for
    # Commentary." (a name the recogniser left unmarked)
    assert _urged_in("column", ("to to ADP prep 5", "Denmark Denmark PROPN pobj 6 B-GPE")) == \
        ("2024-12-05", "published")
    assert _urged_in("column", ("to to ADP prep 5", "a a DET det 8",
                                "weekly weekly NOUN pobj 6")) == (None, "none")
    assert _urged_in("column", ("for for ADP prep 5", "Commentary Commentary PROPN pobj 6")) \
        == (None, "none")


def test_words_said_in_a_speech_keep_the_publication_day(body, news, lead_day):
    assert _urged_in("speech") == ("2024-12-05", "published")
    # an inquiry is an occasion the act was done in, not a text it was written in
    assert _urged_in("investigation") == ("2024-12-05", "published")
