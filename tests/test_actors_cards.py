"""A name's related-links card run into the text (actors/cards.py): the card's tokens,
from its repeat of the name through the closing "MORE", on a tokenizer-only Doc.
Sentences made up."""

from __future__ import annotations

import spacy

from newsbrief.actors.cards import card_tokens


def _card(text):
    doc = spacy.blank("en")(text)
    return " ".join(doc[i].text for i in sorted(card_tokens(doc)))


def test_the_card_runs_from_the_repeated_name_to_more():
    text = ("Committee Chairman Ann Berg Ann Louise BergTown votes on budget Mayor quits "
            "MORE (D-Ohio) told members on Monday.")
    assert _card(text) == ("Ann Louise BergTown votes on budget Mayor quits MORE")


def test_a_card_glued_to_a_figure_or_closing_on_the_name():
    assert _card("Senator Tom Welling Tom Welling2020 hopefuls meet MORE said no.") == \
        "Tom Welling2020 hopefuls meet MORE"
    assert _card("Aide Tom Welling Tom Arthur WellingMORE, who left, said no.") == \
        "Tom Arthur WellingMORE"


def test_no_card_without_each_of_its_marks():
    # no closing MORE; no repeated given name; a paragraph break before MORE
    assert _card("Chairman Ann Berg Ann Louise BergTown votes on budget today.") == ""
    assert _card("Chairman Ann Berg Louise BergTown votes on budget MORE said no.") == ""
    assert _card("Chairman Ann Berg Ann Louise BergTown votes on budget.\n\nMORE news.") == ""
    # an ordinary text with a capitalised MORE
    assert _card("Ann Berg wants MORE money for McDonald schools.") == ""
