"""A month word the article uses as a person's name is not the month (own sentences)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsbrief.timexes import tag_timexes


def _values(text, doc=None, anchor="2019-06-12"):
    return [(t.text, t.value) for t in tag_timexes(text, anchor, doc=doc)]


def test_a_titled_person_makes_the_bare_word_a_person():
    text = "Mrs May flew to Brussels. The plan, backed by May, failed in March."
    assert _values(text) == [("March", "2019-03")]


def test_a_clear_month_cue_keeps_the_month_in_such_an_article():
    text = "Mrs May flew to Brussels. Talks stalled in May and since May nothing moved."
    assert [v for _, v in _values(text)] == ["2019-05", "2019-05"]


def test_without_the_person_the_word_stays_a_month():
    text = "The plan, backed by May, failed in March."  # nobody called May: the month, as before
    assert [v for _, v in _values(text)] == ["2019-05", "2019-03"]


def test_a_person_the_parse_names_makes_the_bare_word_a_person():
    words = ["Theresa", "May", "met", "Varadkar", ".", "He", "and", "May", "talked", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[True, False, True, False, True, True, True, True, False, False])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    assert _values(doc.text, doc=doc) == []
    plain = Doc(spacy.blank("en").vocab, words=words,
                spaces=[True, False, True, False, True, True, True, True, False, False])
    assert _values(plain.text, doc=plain) == [("May", "2019-05")]  # no person: as before


def test_a_possessive_the_parse_tags_person_is_no_name():
    # "Obama's June trip" tagged PERSON by the model: June stays the month
    words = ["Obama", "'s", "June", "trip", "began", "in", "May", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[False, True, True, True, True, True, False, False])
    for t, tag in zip(doc, ["NNP", "POS", "NNP", "NN", "VBD", "IN", "NNP", "."]):
        t.tag_ = tag
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [v for _, v in _values(doc.text, doc=doc)] == ["2019-06", "2019-05"]
