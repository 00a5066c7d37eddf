"""The countries keyactor45's two rules give, on the real parse (fixK45): a bare "the
country's X" is the story's home country only when the text last spoke of it (not a
city or a state abroad named just before); a relative named by "of" ("the father of X")
is of X's country, but not a parent company ("the parent of a carmaker") nor the family
of someone described by a hyphenated origin ("a Canadian-born ..."). Sentences made up;
the controls pass on main too."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

# Four American mentions and no other country: a story clearly about the United States.
LEAD = ("Governor Gavin Newsom met mayors in Sacramento on Tuesday to discuss a housing "
        "bill. The White House said the measure would help American renters. Senator Alex "
        "Padilla urged Democrats in Congress to pass it. ")


def _countries(pipe, text, start):
    """The actor countries of the records whose actor text opens with `start`."""
    return [a.country for ev in events_of(pipe, text, "2026-11-20") for a in ev.actor
            if a.text.startswith(start)]


def test_the_countrys_carmakers_after_a_paragraph_in_a_foreign_city_are_not_the_home_country(pipe):
    text = LEAD + ("\n\nIn Osaka, the trade ministry raised fees on imported rice. Farmers "
                   "have waited for weeks. The country's biggest carmakers criticized the "
                   "decision.")
    assert "USA" not in _countries(pipe, text, "The country's")


def test_the_nations_bishops_after_a_country_two_sentences_back_are_not_the_home_country(pipe):
    text = LEAD + ("\n\nAbroad, Nicaragua held a local election on Sunday. Few people voted "
                   "and the polls closed early. The nation's bishops condemned the "
                   "result.")
    assert "USA" not in _countries(pipe, text, "The nation's")


def test_the_countrys_carmakers_after_the_home_country_are_its_own(pipe):
    # control: the text spoke of the United States last (passes on main too)
    text = LEAD + ("Speaker Mike Johnson said the chamber would vote next week. The "
                   "country's biggest carmakers criticized the bill.")
    assert _countries(pipe, text, "The country's") == ["USA"]


def test_the_parent_of_a_carmaker_is_not_given_the_carmakers_country(pipe):
    text = "The parent of a Swedish truck maker accused the regulator of bias on Monday."
    assert _countries(pipe, text, "The parent") in ([], [None])


def test_the_parents_of_a_soldier_are_of_the_soldiers_country(pipe):
    # control: the plural is family (passes on main too)
    text = "The parents of a Canadian soldier killed in Mali sued the army on Monday."
    assert set(_countries(pipe, text, "The parents")) == {"CAN"}


def test_the_family_of_a_hyphen_born_scientist_is_not_given_the_birth_country(pipe):
    text = "The family of a Canadian-born Iraqi engineer accused Turkey of torturing him."
    assert _countries(pipe, text, "The family") in ([], [None])


def test_the_family_of_a_hyphenated_pair_is_not_given_one_country(pipe):
    text = ("The family of an Iranian-British teacher jailed in Tehran urged Downing "
            "Street to help.")
    assert set(_countries(pipe, text, "The family")) <= {None}


def test_the_family_of_a_plain_national_is_of_that_country(pipe):
    # control: one plain nationality (keyactor45's case; fails on the base before it)
    text = "The family of a Canadian engineer accused Turkey of torturing him."
    assert set(_countries(pipe, text, "The family")) == {"CAN"}


def test_the_father_of_a_faith_hyphen_national_is_of_that_country(pipe):
    # control: a faith word before the hyphen is no second country (passes on main too)
    text = "The father of a Hindu-Canadian soldier killed in Mali criticized the minister."
    assert set(_countries(pipe, text, "The father")) == {"CAN"}
