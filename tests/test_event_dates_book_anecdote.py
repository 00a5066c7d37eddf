"""anecdote56: an anecdote told from a book or memoir ("In her memoir, the envoy writes
that Sweden attacked Finland", "The book says ...", "According to the memoir, ...") was
done before the book was written, on no day the text gives: `undated._documented_act`
reads a book, a memoir or a diary as a written record, and "write", "recount" and
"recall" as verbs a record tells by when the record is the subject or is named under
"in". Controls: the same verbs with no record ("The envoy writes that ...") and spoken
words ("In her speech, the envoy says that ..."). Hand-built parses, sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.events import undated

from fake_stages import build, with_tags


def _in_noun_writes(noun: str, verb: str = "writes write"):
    """ "In her <noun>, the envoy <verb> that Sweden attacked Finland." """
    rows = [
        "In in ADP prep 5", "her her PRON poss 2", f"{noun} {noun} NOUN pobj 0",
        ", , PUNCT punct 5", "envoy envoy NOUN nsubj 5", f"{verb} VERB ROOT 5",
        "that that SCONJ mark 8", "Sweden Sweden PROPN nsubj 8 B-GPE",
        "attacked attack VERB ccomp 5", "Finland Finland PROPN dobj 8 B-GPE",
        ". . PUNCT punct 5",
    ]
    doc = with_tags(build(rows), {5: "VBZ", 8: "VBD"})
    return doc[8]


@pytest.mark.parametrize("noun", ["memoir", "book", "diary", "autobiography"])
def test_an_act_a_book_tells_is_undated(noun):
    assert undated._documented_act(_in_noun_writes(noun))


@pytest.mark.parametrize("verb", ["recounts recount", "recalls recall"])
def test_the_verbs_a_book_tells_by(verb):
    assert undated._documented_act(_in_noun_writes("memoir", verb))


@pytest.mark.parametrize("noun", ["speech", "interview"])
def test_words_of_a_speech_are_no_book(noun):
    assert not undated._documented_act(_in_noun_writes(noun))
    assert not undated._documented_act(_in_noun_writes(noun, "says say"))


def test_writing_with_no_record_named_is_no_record():
    # "The envoy writes that Sweden attacked Finland."
    rows = ["The the DET det 1", "envoy envoy NOUN nsubj 2", "writes write VERB ROOT 2",
            "that that SCONJ mark 5", "Sweden Sweden PROPN nsubj 5 B-GPE",
            "attacked attack VERB ccomp 2", "Finland Finland PROPN dobj 5 B-GPE",
            ". . PUNCT punct 2"]
    doc = with_tags(build(rows), {2: "VBZ", 5: "VBD"})
    assert not undated._documented_act(doc[5])
    # "The book says that Sweden attacked Finland."
    rows[1] = "book book NOUN nsubj 2"
    rows[2] = "says say VERB ROOT 2"
    doc = with_tags(build(rows), {2: "VBZ", 5: "VBD"})
    assert undated._documented_act(doc[5])


def test_according_to_a_memoir():
    # "According to the memoir, Sweden attacked Finland"; "... to the minister, ..." not
    rows = ["According accord VERB prep 5", "to to ADP prep 0", "the the DET det 3",
            "memoir memoir NOUN pobj 1", "Sweden Sweden PROPN nsubj 5 B-GPE",
            "attacked attack VERB ROOT 5", "Finland Finland PROPN dobj 5 B-GPE",
            ". . PUNCT punct 5"]
    doc = with_tags(build(rows), {5: "VBD"})
    assert undated._documented_act(doc[5])
    rows[3] = "minister minister NOUN pobj 1"
    doc = with_tags(build(rows), {5: "VBD"})
    assert not undated._documented_act(doc[5])
