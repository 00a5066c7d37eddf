"""'Town, State' and 'Town, Country' pairs place the town (actors.entities._town_country):
a name that is both a US state and a country, and a place that opens a phrase about the
town instead of ending the pair. Made-up sentences with real place names, tagged by
hand (fix13, review of 9fab62e and 84bcde8, which had no test)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsbrief.actors.entities import _town_country
from newsbrief.actors.gazetteer import gazetteer
from parses import VOCAB


def _country(spec: str):
    words, pos = zip(*(w.rsplit("/", 1) for w in spec.split()))
    doc = Doc(VOCAB, words=list(words), pos=list(pos))
    return _town_country(doc, doc[0:1], gazetteer())


@pytest.mark.parametrize("spec, expected", [
    # "Savannah, Georgia ." : the US state
    ("Savannah/PROPN ,/PUNCT Georgia/PROPN ./PUNCT", "USA"),
    # "Batumi, Georgia ." : the country's own town
    ("Batumi/PROPN ,/PUNCT Georgia/PROPN ./PUNCT", "GEO"),
    # "Pensacola, Florida on Monday": a word after a finished pair leaves it one
    ("Pensacola/PROPN ,/PUNCT Florida/PROPN on/ADP Monday/PROPN", "USA"),
    # "Aleppo, Syria where ..."
    ("Aleppo/PROPN ,/PUNCT Syria/PROPN where/SCONJ", "SYR"),
    # "Beijing, North Korea's neighbor": an appositive about the town
    ("Beijing/PROPN ,/PUNCT North/PROPN Korea/PROPN 's/PART neighbor/NOUN", None),
    # "Kyiv, Ukraine capital": the place modifies a noun about the town
    ("Kyiv/PROPN ,/PUNCT Ukraine/PROPN capital/NOUN", None),
], ids=["us_state", "country_of_its_town", "word_after_the_pair", "clause_after_the_pair",
        "possessive_appositive", "noun_appositive"])
def test_a_town_pair_places_the_town(spec, expected):
    assert _country(spec) == expected


def test_a_list_of_places_is_no_pair():
    # "Paris, Lebanon and Iraq": a list, Paris stays where it is
    assert _country("Paris/PROPN ,/PUNCT Lebanon/PROPN and/CCONJ Iraq/PROPN") is None
