"""otherday55: an act told in a "when" clause of a verb that an earlier adverb places
before the news ("previously made headlines when he asked ...") is set at that earlier
time (`undated._earlier_adverb`), and one told during someone's campaign or term ("During
her second term, the premier accused ...") somewhere in that stretch
(`undated._in_held_stretch`). Controls: a "when" clause of a verb with no such adverb, an
occasion that is no held stretch ("during his visit"), a stretch told with its year.
Hand-built parses, sentences made up."""

from __future__ import annotations

from newsbrief.events import undated

from fake_stages import build


def _doc(rows):
    doc = build(rows)
    for t in doc:
        t.tag_ = {"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP"}.get(t.pos_, "")
    return doc


def _word(doc, text):
    return next(t for t in doc if t.text == text)


# "Smith previously made headlines when he asked shoppers to leave."
PREVIOUSLY = [
    "Smith Smith PROPN nsubj 2", "previously previously ADV advmod 2", "made make VERB ROOT 2",
    "headlines headline NOUN dobj 2", "when when ADV advmod 6", "he he PRON nsubj 6",
    "asked ask VERB advcl 2", "shoppers shopper NOUN dobj 6", "to to PART aux 9",
    "leave leave VERB xcomp 6", ". . PUNCT punct 2",
]
# control: "Smith made headlines when he asked shoppers to leave."
PLAIN = [
    "Smith Smith PROPN nsubj 1", "made make VERB ROOT 1", "headlines headline NOUN dobj 1",
    "when when ADV advmod 5", "he he PRON nsubj 5", "asked ask VERB advcl 1",
    "shoppers shopper NOUN dobj 5", "to to PART aux 8", "leave leave VERB xcomp 5",
    ". . PUNCT punct 1",
]
# "During her second term, the premier accused Sweden."
TERM = [
    "During during ADP prep 7", "her her PRON poss 3", "second second ADJ amod 3",
    "term term NOUN pobj 0", ", , PUNCT punct 7", "the the DET det 6",
    "premier premier NOUN nsubj 7", "accused accuse VERB ROOT 7",
    "Sweden Sweden PROPN dobj 7", ". . PUNCT punct 7",
]
# control: "During her visit, the premier accused Sweden."
VISIT = [
    "During during ADP prep 6", "her her PRON poss 2", "visit visit NOUN pobj 0",
    ", , PUNCT punct 6", "the the DET det 5", "premier premier NOUN nsubj 6",
    "accused accuse VERB ROOT 6", "Sweden Sweden PROPN dobj 6", ". . PUNCT punct 6",
]
# control: "During her 2016 campaign, the premier accused Sweden."
YEAR = [
    "During during ADP prep 7", "her her PRON poss 3", "2016 2016 NUM nummod 3",
    "campaign campaign NOUN pobj 0", ", , PUNCT punct 7", "the the DET det 6",
    "premier premier NOUN nsubj 7", "accused accuse VERB ROOT 7",
    "Sweden Sweden PROPN dobj 7", ". . PUNCT punct 7",
]


# fixXa56 controls: "During its campaign, ...", "During his current term, ...",
# "During his campaign against Sweden, the premier accused Sweden."
ITS = [r.replace("her her PRON", "its its PRON") for r in TERM]
CURRENT = [r.replace("second second ADJ", "current current ADJ") for r in TERM]
AGAINST = [
    "During during ADP prep 7", "his his PRON poss 2", "campaign campaign NOUN pobj 0",
    "against against ADP prep 2", "Norway Norway PROPN pobj 3", ", , PUNCT punct 7",
    "the the DET det 6", "premier premier NOUN nsubj 7", "accused accuse VERB ROOT 7",
    "Sweden Sweden PROPN dobj 7", ". . PUNCT punct 7",
]


def test_a_bodys_running_or_hostile_stretch_is_not_a_held_stretch():
    for rows in (ITS, CURRENT, AGAINST):
        assert not undated._earlier_occasion(_word(_doc(rows), "accused"))


def test_a_when_clause_takes_the_earlier_adverb_of_its_verb():
    assert undated._earlier_adverb(_word(_doc(PREVIOUSLY), "asked"))
    assert not undated._earlier_adverb(_word(_doc(PLAIN), "asked"))


def test_an_act_during_a_held_stretch_is_set_in_it():
    assert undated._earlier_occasion(_word(_doc(TERM), "accused"))


def test_an_occasion_or_a_dated_stretch_is_not_a_held_stretch():
    assert not undated._earlier_occasion(_word(_doc(VISIT), "accused"))
    assert not undated._earlier_occasion(_word(_doc(YEAR), "accused"))
