"""nlp.per_doc: what a whole article is or holds, computed once per Doc and kept in its
user_data with the Doc's length, so a Doc whose tokens changed is read again. Docs built
by hand from made-up words; no trained model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsbrief.nlp import datelines, doc_text, doc_words, line_numbers, per_doc


def _doc(words, spaces=None):
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_it_computes_once_per_doc_and_keeps_the_answer():
    doc = _doc(["The", "council", "met", "."])
    calls = []

    def count(d):
        calls.append(d)
        return len(calls)

    assert per_doc(doc, "test.count", count) == 1
    assert per_doc(doc, "test.count", count) == 1
    assert len(calls) == 1
    assert doc.user_data["test.count"] == (4, 1)


def test_a_kept_answer_of_another_length_is_computed_again():
    doc = _doc(["The", "council", "met", "."])
    doc.user_data["test.count"] = (3, "stale")  # kept before the tokens changed
    assert per_doc(doc, "test.count", lambda d: "fresh") == "fresh"
    assert doc.user_data["test.count"] == (4, "fresh")


def test_a_merge_through_a_real_reader_is_read_again():
    doc = _doc(["New", "York", "won", "the", "final", "."])
    assert doc_words(doc)[:2] == ["New", "York"]
    assert doc_text(doc).startswith("New York won")
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    assert doc_words(doc) == ["New York", "won", "the", "final", "."]
    assert doc_text(doc) == doc.text and doc.user_data["newsbrief.text"][0] == 5


def test_an_edit_that_keeps_the_count_keeps_the_old_answer():
    # what the docstring warns of: the length is the only key, so a new sentence start
    # is not seen; a caller asks once the sentences are final
    doc = _doc(["Talks", "ended", "Both", "left"])
    for tok, start in zip(doc, (True, False, False, False)):
        tok.is_sent_start = start
    assert per_doc(doc, "test.sents", lambda d: len(list(d.sents))) == 1
    doc[2].is_sent_start = True
    assert per_doc(doc, "test.sents", lambda d: len(list(d.sents))) == 1


def test_a_dateline_is_found_and_kept():
    words = ["WASHINGTON", "(", "AP", ")", "--", "Talks", "ended", "."]
    doc = _doc(words, [True, False, False, True, True, True, False, False])
    found = datelines(doc)
    assert found and found[0][0] == 0 and doc[found[0][1]].text == "Talks"
    assert doc.user_data["newsbrief.datelines"] == (len(doc), found)


def test_each_key_is_its_own_answer():
    doc = _doc(["Rain", "fell", "."])
    assert per_doc(doc, "test.one", lambda d: 1) == 1
    assert per_doc(doc, "test.two", lambda d: 2) == 2


def test_the_readers_of_the_doc_keep_their_answers_through_it():
    doc = _doc(["Talks", "ended", ".", "\n", "Both", "left", "."],
               [True, False, True, False, True, False, False])
    assert doc_words(doc) == ["Talks", "ended", ".", "\n", "Both", "left", "."]
    assert doc_text(doc) == "Talks ended. \nBoth left."
    assert line_numbers(doc) == [0, 0, 0, 1, 1, 1, 1]
    assert datelines(doc) == []
    for key in ("newsbrief.words", "newsbrief.text", "newsbrief.lines", "newsbrief.datelines"):
        assert doc.user_data[key][0] == len(doc)
