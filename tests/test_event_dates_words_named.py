"""dates22b: words named by a noun in a clause told in the past in a story's body
("Norway faced criticism from Sweden", "refused requests by Finland") are a thing the
clause tells of, said at a time the text does not give: undated, not the publication day
a verb of saying told in the past takes as the day's reaction. A noun the clause's verb
utters ("Sweden issued a statement") is that verb's act and keeps its day
(`saying._words_named`, list `uttering_verbs`). Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import saying

from fake_stages import build, coder_with, extract, named_states, timex, with_tags
from dating_helpers import body, dates_by_type, lead_day, news  # noqa: F401  (fixtures)

WORDS = coder_with({"criticism": ("ACCUSE", "111", None), "criticize": ("ACCUSE", "111", None)})
NAMES = ["Norway", "Sweden", "Finland"]


def _story(verb: str, lemma: str):
    """"Norway <verb> criticism from Sweden. On Thursday, Norway met Finland." """
    return [
        "Norway Norway PROPN nsubj 1 B-GPE", f"{verb} {lemma} VERB ROOT 1",
        "criticism criticism NOUN dobj 1", "from from ADP prep 2",
        "Sweden Sweden PROPN pobj 3 B-GPE", ". . PUNCT punct 1",
        "On on ADP prep 10", "Thursday Thursday PROPN pobj 6 B-DATE", ", , PUNCT punct 10",
        "Norway Norway PROPN nsubj 10 B-GPE", "met meet VERB ROOT 10",
        "Finland Finland PROPN dobj 10 B-GPE", ". . PUNCT punct 10",
    ]


def _accuse(rows):
    doc = with_tags(build(rows), {1: "VBD", 10: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 7, 8, "2024-12-05")],
                         coder=WORDS))
    return got["ACCUSE"]


def test_words_a_noun_names_in_a_past_clause_of_the_body_are_undated(body, news, lead_day):
    assert _accuse(_story("faced", "face")) == (None, "none")


def test_a_noun_the_verb_utters_keeps_the_day_of_words_said(body, news, lead_day):
    assert _accuse(_story("voiced", "voice")) == ("2024-12-05", "published")


def test_a_verb_of_words_in_the_body_keeps_the_publication_day(body, news, lead_day):
    # "Sweden criticized Norway. On Thursday, ...": the day's reaction, as before
    rows = ["Sweden Sweden PROPN nsubj 1 B-GPE", "criticized criticize VERB ROOT 1",
            "Norway Norway PROPN dobj 1 B-GPE", ". . PUNCT punct 1",
            "On on ADP prep 8", "Thursday Thursday PROPN pobj 4 B-DATE",
            ", , PUNCT punct 8", "Norway Norway PROPN nsubj 8 B-GPE",
            "met meet VERB ROOT 8", "Finland Finland PROPN dobj 8 B-GPE",
            ". . PUNCT punct 8"]
    doc = with_tags(build(rows), {1: "VBD", 8: "VBD"})
    got = dates_by_type(extract(doc, named_states(doc, NAMES), [timex(doc, 5, 6, "2024-12-05")],
                         coder=WORDS))
    assert got["ACCUSE"] == ("2024-12-05", "published")


def test_words_named_reads_the_uttering_verb():
    doc = with_tags(build(_story("voiced", "voice")), {1: "VBD", 10: "VBD"})
    assert not saying._words_named(doc[2])
    doc = with_tags(build(_story("faced", "face")), {1: "VBD", 10: "VBD"})
    assert saying._words_named(doc[2])
    assert not saying._words_named(doc[1])


def _aimed(verb: str, lemma: str):
    """"Norway <verb> criticism at Sweden. On Thursday, Norway met Finland." (review23)"""
    rows = _story(verb, lemma)
    rows[3] = "at at ADP prep 1"  # the words aimed at someone, not received from them
    return rows



def test_a_verb_that_aims_pours_out_or_revives_its_own_words_utters_them():
    # review23: "directed criticism at X", "heaped criticism on X", "revived the threat"
    # utter the words as "voiced" does (the subject is the speaker); da21179's list had
    # only the plainer verbs, so such words of the day's story lost the publication day
    for verb, lemma in (("directed", "direct"), ("heaped", "heap"), ("aimed", "aim"),
                        ("revived", "revive"), ("aired", "air")):
        doc = with_tags(build(_aimed(verb, lemma)), {1: "VBD", 10: "VBD"})
        assert not saying._words_named(doc[2]), verb
    doc = with_tags(build(_aimed("faced", "face")), {1: "VBD", 10: "VBD"})
    assert saying._words_named(doc[2])  # met, not uttered


def test_words_a_revived_noun_names_keep_the_day_of_words_said(body, news, lead_day):
    assert _accuse(_story("revived", "revive")) == ("2024-12-05", "published")
