"""fixI: "the same month" / "the same week" refer back to the time the text named last,
not to the publication's month; with no time named before them they stay undated."""

from __future__ import annotations

import pytest

from newsbrief.timexes import tag_timexes


def _value_of(text: str, anchor: str, words: str) -> str | None:
    for t in tag_timexes(text, anchor):
        if t.text.lower().endswith(words):
            return t.value
    return None


@pytest.mark.parametrize("text,anchor,words,expected", [
    # a month named in the sentence before: the same month is that one
    ("In March 2011 the council raised its fees. In the same month, the mayor resigned.",
     "2015-06-02", "same month", "2011-03"),
    # a day named before: its month
    ("The plant closed on 4 October 2009. The same month its owner sold the land.",
     "2014-01-20", "same month", "2009-10"),
    # nothing named before: undated, never the publication's month
    ("The same month the owner sold the land.", "2014-01-20", "same month", "XXXX-XX"),
    ("The same week the owner sold the land.", "2014-01-20", "same week", "XXXX-WXX"),
])
def test_same_unit_refers_back(text, anchor, words, expected):
    assert _value_of(text, anchor, words) == expected


@pytest.mark.parametrize("text,anchor,words,expected", [
    # dateund: "that same month" / "that same week" are read as "the same" ones
    ("In March 2011 the council raised its fees. That same month, the mayor resigned.",
     "2015-06-02", "same month", "2011-03"),
    ("The plant closed on 4 October 2009. Its owner sold the land that same week.",
     "2014-01-20", "same week", "2009-W40"),
])
def test_that_same_unit_refers_back(text, anchor, words, expected):
    assert _value_of(text, anchor, words) == expected


@pytest.mark.parametrize("text,words", [
    # controls (dateund): no other unit is read back from "that same"
    ("The plant closed on 4 October 2009. That same quarter its owner sold the land.",
     "same quarter"),
    ("The plant closed on 4 October 2009. That same decade its owner sold the land.",
     "same decade"),
])
def test_that_same_other_units_are_not_read(text, words):
    assert _value_of(text, "2014-01-20", words) is None


def test_this_month_is_still_the_anchor():
    assert _value_of("Prices rose this month.", "2014-01-20", "this month") == "2014-01"
