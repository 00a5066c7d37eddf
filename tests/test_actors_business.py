"""Organisations found by their suffix or company context (hand-built Docs, no
model): newsbrief.actors.business and data/org_words.tsv."""

from __future__ import annotations

from test_actors_sports import labels, make

from newsbrief.actors.business import org_words


def test_lexicon_has_every_position_and_no_spaces():
    w = org_words()
    assert set(w) == {"suffix", "sports", "after", "before"}
    assert all(w[k] for k in w)
    assert "Inc" in w["suffix"] and "shares" in w["after"] and "giant" in w["before"]
    assert all(" " not in x for k in w for x in w[k])


def test_name_ending_in_a_corporate_word_is_an_organisation():
    doc = make("Officials at Marrow Valley Industries Inc and the Green Dawn Party met on Monday .",
               [("Marrow", 4, "PERSON"), ("Green", 3, "PERSON")])
    assert labels(doc) == [("Marrow Valley Industries Inc", "ORG"), ("Green Dawn Party", "ORG")]


def test_suffix_right_after_a_name_joins_it():
    doc = make("Tavoletti SpA said on Friday profits rose .", [("Tavoletti", 1, "PERSON")])
    assert labels(doc) == [("Tavoletti SpA", "ORG")]


def test_company_context_makes_a_one_word_person_a_company_everywhere():
    doc = make("Italian tyre giant Corvano said sales rose . Corvano shares gained 2 percent , "
               "and Corvano expects more orders .",
               [("Corvano", 1, "PERSON"), ("Corvano", 1, "PERSON"), ("Corvano", 1, "PERSON")])
    assert [x for x in labels(doc) if x[0] == "Corvano"] == [("Corvano", "ORG")] * 3


def test_a_surname_next_to_shares_stays_a_person():
    doc = make("Analyst Dana Okafor said Okafor shares the view of the board .",
               [("Dana", 2, "PERSON"), ("Okafor", 1, "PERSON")])
    assert labels(doc) == [("Dana Okafor", "PERSON"), ("Okafor", "PERSON")]


def test_places_ending_in_union_or_bank_stay_places():
    doc = make("Troops left the West Bank after the Soviet Union collapsed .",
               [("West", 2, "GPE"), ("Soviet", 2, "GPE")])
    assert labels(doc) == [("West Bank", "GPE"), ("Soviet Union", "GPE")]


def test_abbreviations_the_model_types_org_are_dropped():
    doc = make("Trading closed at 1800 GMT , price range N / A , said Corvano Corp .",
               [("GMT", 1, "ORG"), ("N", 1, "ORG"), ("Corvano", 2, "ORG")])
    assert labels(doc) == [("Corvano Corp", "ORG")]
