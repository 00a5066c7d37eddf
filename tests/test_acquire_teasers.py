"""One account of a related-links teaser (acquire/teasers.py), asked by the events stage
(events/furniture.py `teaser_spans`), the entity stage (actors/cards.py) and the brief's
evidence checks (knowledge/evidence.py). Sentences made up."""

from __future__ import annotations

import spacy

from newsbrief.acquire.teasers import closing_more, teaser_spans
from newsbrief.actors.cards import card_tokens
from newsbrief.events import furniture
from newsbrief.knowledge import evidence as ev


def test_a_teaser_runs_from_the_join_to_its_closing_more():
    text = "Mayor Ana Soto Ana Maria SotoCouncil rejects budget Port strike ends MORE said no."
    (start, end), = teaser_spans(text)
    assert text[start:end] == "Council rejects budget Port strike ends MORE"
    assert closing_more(text, start) == end
    assert closing_more("Ann Louise BergCouncil rejects budget.\n\nMORE news.", 15) is None
    # fixF45 (review 46B, item 7): a blank line holding spaces is a paragraph break too.
    assert closing_more("Ann Louise BergCouncil rejects budget.\n \nMayor MORE (D) said.", 15) is None
    assert teaser_spans("Ann Berg wants MORE money.") == []


def test_a_headline_opening_on_an_acronym_is_a_teaser_for_the_brief_too():
    # "SotoGOP leaders ...": the join is an acronym's capital.
    sent = ("Talks resumed after Senator Ana Soto Ana Maria SotoGOP leaders meet over "
            "budget MORE said so.")
    assert sent[:ev.teaser_start(sent)] == "Talks resumed after "
    assert ev.is_furniture(sent)
    (start, end), = furniture.teaser_spans(sent)
    assert sent[start:end] == "GOP leaders meet over budget MORE"


def test_the_card_closes_on_the_same_more():
    text = ("Senator Ana Soto Ana Maria SotoCouncil rejects budget Port strike ends\n"
            "Mayor quits MORE said on Monday.")
    doc = spacy.blank("en")(text)
    card = " ".join(doc[i].text for i in sorted(card_tokens(doc)))
    assert card.startswith("Ana Maria SotoCouncil") and card.endswith("Mayor quits MORE")
    (start, end), = teaser_spans(text)
    assert text[start:end].endswith("Mayor quits MORE")


def test_a_headline_opening_on_a_figure_is_a_teaser_for_events():
    # "Soto2020 hopefuls ...": the card's first headline opens on a year.
    text = ("Senator Ana Soto Ana Maria Soto2020 hopefuls meet in Lima Port strike ends "
            "MORE said on Monday that talks would resume.")
    (start, end), = furniture.teaser_spans(text)
    assert text[start:end] == "2020 hopefuls meet in Lima Port strike ends MORE"
    # Control (before and after): a figure after one lower-case letter is no join.
    assert furniture.teaser_spans("Flight a320 landed; MORE later.") == []


def test_a_word_with_a_figure_is_no_join():
    # fixF45 (review 46B, item 2): "Covid19", "km2" have figures of their own.
    for text in ("Doses of Covid19 vaccine went missing, officials said. Later MORE (AP) came.",
                 "Floods covered 30km2 of farmland and soldiers moved MORE than 900 people."):
        assert teaser_spans(text) == [], text


def test_a_read_more_or_a_slogan_closes_no_teaser():
    # fixF45 (review 46B, items 3 and 4): a "READ MORE:" link line, a "MORE:" line and
    # a slogan in capitals are no card's closing MORE.
    slogan = 'Staff at the OpenAI office held signs reading "NO MORE CUTS" on Monday.'
    for text in ("YouTube removed the channel on Friday.\nREAD MORE:\nThree shot at a mall",
                 "PayPal froze the account on Monday.\nMORE: Banks tighten rules", slogan):
        assert teaser_spans(text) == [] and ev.teaser_start(text) is None, text
    assert not ev.is_furniture(slogan)
    # Control (before and after): The Hill's MORE runs on into the story's words.
    text = "Rep. Joe Ruiz Joseph Paul RuizSenate passes bill Mayor quits MORE III (D-Ohio) said."
    (start, end), = teaser_spans(text)
    assert text[start:end].endswith("Mayor quits MORE")


def test_the_brief_s_teaser_starts_at_a_capitalised_name():
    # fixF45 (review 46B, item 4): a join inside a lower-case word ("macOS") is no
    # teaser for the brief, and its cut never falls inside a word.
    sent = ('The minister said the macOS flaw let thieves in, and urged users to "ACT NOW '
            'MORE" today.')
    assert ev.teaser_start(sent) is None
    assert not ev.is_furniture(sent)


def test_a_quoted_more_closes_no_card():
    # fixR45: a slogan or emphasis quoted to its end on MORE is no card's close
    for text in ('TikTok was fined by EU regulators on Monday and promised to do "MUCH '
                 'MORE" for children.',
                 'Workers at the OpenAI office protested on Monday, holding signs that '
                 'read \u201cWE WANT MORE\u201d.'):
        assert teaser_spans(text) == [], text
