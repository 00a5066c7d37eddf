"""Quantities: number parsing and unit/qualifier reading on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.events.quantities import find_quantities, number_value, units

VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize("words, value", [
    (["10,000"], 10000), (["300"], 300), (["1.5", "million"], 1500000),
    (["two"], 2), (["two", "hundred"], 200), (["twenty-five"], 25), (["5", "billion"], 5 * 10**9),
    (["a", "dozen"], 12), (["3.5"], 3.5),
])
def test_number_value(words, value):
    assert number_value(words, units()) == value


def build(rows: list[str]) -> Doc:
    cols = [r.split() for r in rows]
    return Doc(VOCAB, words=[c[0] for c in cols], lemmas=[c[1] for c in cols],
               pos=[c[2] for c in cols], deps=[c[3] for c in cols],
               heads=[int(c[4]) for c in cols],
               ents=[c[5] if len(c) > 5 else "O" for c in cols])


CASES = [
    (["Rebels rebel NOUN nsubj 1", "killed kill VERB ROOT 1", "at at ADP advmod 3",
      "least least ADJ advmod 4", "12 12 NUM nummod 5", "civilians civilian NOUN dobj 1"],
     (12, "civilians", "at least", "at least 12 civilians")),
    (["About about ADV advmod 1", "300 300 NUM nummod 2", "people people NOUN nsubj 3",
      "fled flee VERB ROOT 3"], (300, "people", "about", "About 300 people")),
    (["Donors donor NOUN nsubj 1", "pledged pledge VERB ROOT 1", "$ $ SYM nmod 4",
      "5 5 NUM compound 4", "billion billion NUM dobj 1"], (5 * 10**9, "USD", None, "$ 5 billion")),
    (["Two two NUM nummod 1", "soldiers soldier NOUN nsubj 2", "died die VERB ROOT 2"],
     (2, "soldiers", None, "Two soldiers")),
    (["Thousands thousand NOUN nsubj 3", "of of ADP prep 0", "troops troop NOUN pobj 1",
      "arrived arrive VERB ROOT 3"], (2000, "troops", "thousands", "Thousands of troops")),
    (["Prices price NOUN nsubj 1", "rose rise VERB ROOT 1", "4 4 NUM nummod 3",
      "percent percent NOUN dobj 1"], (4, "percent", None, "4 percent")),
]


@pytest.mark.parametrize("rows, expected", CASES)
def test_find_quantities(rows, expected):
    doc = build(rows)
    found = find_quantities(doc, doc, set())
    assert len(found) == 1
    q = found[0][1]
    assert (q.value, q.unit, q.qualifier, q.text) == expected


def test_dates_and_unitless_numbers_are_not_quantities():
    doc = build(["Talks talk NOUN nsubj 1", "began begin VERB ROOT 1", "in in ADP prep 1",
                 "2019 2019 NUM pobj 2 B-DATE", "with with ADP prep 1", "one one NUM pobj 4"])
    assert find_quantities(doc, doc, set()) == []
    # Tokens inside a time expression (given by index) are skipped even when untagged.
    doc2 = build(["Talks talk NOUN nsubj 1", "lasted last VERB ROOT 1", "3 3 NUM nummod 3",
                  "days day NOUN dobj 1"])
    assert find_quantities(doc2, doc2, {2, 3}) == []
