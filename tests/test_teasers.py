"""One account of a related-links teaser (newsbrief/teasers.py), asked by the events stage
(`teaser_spans`), the entity stage (actors/cards.py, `glued`) and the brief's evidence
checks (knowledge/evidence.py, `teaser_start`). Sentences made up."""

from __future__ import annotations

import spacy

from newsbrief.actors.cards import card_tokens
from newsbrief.knowledge import evidence as ev
from newsbrief.teasers import (closing_more, glued, link_spans, other_story_spans, teaser_spans,
                               teaser_start)


def test_a_teaser_runs_from_the_join_to_its_closing_more():
    text = "Mayor Ana Soto Ana Maria SotoCouncil rejects budget Port strike ends MORE said no."
    (start, end), = teaser_spans(text)
    assert text[start:end] == "Council rejects budget Port strike ends MORE"
    assert closing_more(text, start) == end
    assert closing_more("Ann Louise BergCouncil rejects budget.\n\nMORE news.", 15) is None
    # A blank line holding spaces is a paragraph break too.
    assert closing_more("Ann Louise BergCouncil rejects budget.\n \nMayor MORE (D) said.", 15) is None
    assert teaser_spans("Ann Berg wants MORE money.") == []


def test_a_headline_opening_on_an_acronym_is_a_teaser_for_the_brief_too():
    # "SotoGOP leaders ...": the join is an acronym's capital.
    sent = ("Talks resumed after Senator Ana Soto Ana Maria SotoGOP leaders meet over "
            "budget MORE said so.")
    assert sent[:teaser_start(sent)] == "Talks resumed after "
    assert ev.is_furniture(sent)
    (start, end), = teaser_spans(sent)
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
    (start, end), = teaser_spans(text)
    assert text[start:end] == "2020 hopefuls meet in Lima Port strike ends MORE"
    # Control (before and after): a figure after one lower-case letter is no join.
    assert teaser_spans("Flight a320 landed; MORE later.") == []


def test_a_word_with_a_figure_is_no_join():
    # "Covid19", "km2" have figures of their own.
    for text in ("Doses of Covid19 vaccine went missing, officials said. Later MORE (AP) came.",
                 "Floods covered 30km2 of farmland and soldiers moved MORE than 900 people."):
        assert teaser_spans(text) == [], text


def test_a_read_more_or_a_slogan_closes_no_teaser():
    # A "READ MORE:" link line, a "MORE:" line and a slogan in capitals are no card's
    # closing MORE.
    slogan = 'Staff at the OpenAI office held signs reading "NO MORE CUTS" on Monday.'
    for text in ("YouTube removed the channel on Friday.\nREAD MORE:\nThree shot at a mall",
                 "PayPal froze the account on Monday.\nMORE: Banks tighten rules", slogan):
        assert teaser_spans(text) == [] and teaser_start(text) is None, text
    assert not ev.is_furniture(slogan)
    # Control (before and after): The Hill's MORE runs on into the story's words.
    text = "Rep. Joe Ruiz Joseph Paul RuizSenate passes bill Mayor quits MORE III (D-Ohio) said."
    (start, end), = teaser_spans(text)
    assert text[start:end].endswith("Mayor quits MORE")


def test_the_brief_s_teaser_starts_at_a_capitalised_name():
    # A join inside a lower-case word ("macOS") is no teaser for the brief, and its
    # cut never falls inside a word.
    sent = ('The minister said the macOS flaw let thieves in, and urged users to "ACT NOW '
            'MORE" today.')
    assert teaser_start(sent) is None
    assert not ev.is_furniture(sent)


def test_a_quoted_more_closes_no_card():
    # A slogan or emphasis quoted to its end on MORE is no card's close.
    for text in ('TikTok was fined by EU regulators on Monday and promised to do "MUCH '
                 'MORE" for children.',
                 'Workers at the OpenAI office protested on Monday, holding signs that '
                 'read \u201cWE WANT MORE\u201d.'):
        assert teaser_spans(text) == [], text


def _card(text):
    doc = spacy.blank("en")(text)
    return " ".join(doc[i].text for i in sorted(card_tokens(doc)))


def test_a_short_surname_the_text_repeats_joins_a_teaser_as_it_does_a_card():
    # "WuCity": one lower-case letter before the join, as in "McDonald"; the name said
    # just before makes it a card for events as it is for the entity stage.
    text = "Talks stalled after Senator Amy Wu Amy Lin WuCity council backs park MORE said no."
    assert _card(text) == "Amy Lin WuCity council backs park MORE"
    (start, end), = teaser_spans(text)
    assert text[start:end] == "City council backs park MORE"
    assert text[:teaser_start(text)] == "Talks stalled after "
    # Control (before and after): an inner capital with no name repeated is the name's own.
    assert teaser_spans("Ann Berg met Lee McDonald at the mill; MORE (AP) said so.") == []


def test_a_lower_case_word_is_no_join_for_any_reader():
    # "macOS", "iPhoneX": a capital inside a lower-case word names no one, for events
    # as for the cards and the brief.
    for text in ("Users of the new iPhoneX model complained, and MORE (AP) said so.",
                 "The macOS update broke printers, and MORE (AP) reported it."):
        assert teaser_spans(text) == [] and _card(text) == "" and teaser_start(text) is None
    # Control (before and after): a capitalised name's join is one.
    text = "Mayor Ana Soto Ana Maria SotoCouncil rejects budget MORE said no."
    assert len(teaser_spans(text)) == 1 and _card(text).startswith("Ana Maria SotoCouncil")


def test_an_accented_surname_joins_for_every_reader():
    # "PeñaTown": a card for the entity stage as for events.
    text = "Mayor Ana Peña Ana Maria PeñaTown votes on budget Port strike ends MORE said no."
    assert ("Peña", "Town") in glued("PeñaTown")
    assert _card(text) == "Ana Maria PeñaTown votes on budget Port strike ends MORE"
    (start, end), = teaser_spans(text)
    assert text[start:end] == "Town votes on budget Port strike ends MORE"


def test_a_headline_opening_on_a_name_with_an_inner_capital_joins_after_the_surname():
    # "DaleMcKay wins ...": the card's name is "Dale", run into a headline that opens on
    # "McKay", not "DaleMc" run into "Kay".
    text = "Senator Ann Dale Ann Marie DaleMcKay wins seat Port strike ends MORE said no."
    assert _card(text) == "Ann Marie DaleMcKay wins seat Port strike ends MORE"
    (start, end), = teaser_spans(text)
    assert text[start:end] == "McKay wins seat Port strike ends MORE"
    # Control (before and after): a name's own inner capital after its surname's
    # repeat is no split of the card ("Ann Lee McDonald Ann Marie McDonaldTown").
    text = "Mayor Ann McDonald Ann Marie McDonaldTown votes on budget MORE said no."
    assert _card(text) == "Ann Marie McDonaldTown votes on budget MORE"


def test_a_name_that_opens_on_an_accented_capital_is_one_teaser_for_every_reader():
    # "Élise Ñúñez Élise Marie Ñúñez...": the brief finds where the card's name starts
    # and events find a figure's join, as cards do.
    text = ("Talks stalled after Mayor Élise Ñúñez Élise Marie ÑúñezTown votes on budget "
            "MORE said no.")
    assert text[:teaser_start(text)] == "Talks stalled after "
    assert ev.is_furniture(text)
    text = ("Talks stalled after Mayor Élise Ñúñez Élise Marie Ñúñez2020 hopefuls meet "
            "MORE said no.")
    (start, end), = teaser_spans(text)
    assert text[start:end] == "2020 hopefuls meet MORE"
    assert _card(text) == "Élise Marie Ñúñez2020 hopefuls meet MORE"
    # Control (before and after): an accented word with a figure of its own names no one.
    assert teaser_spans("Fans of Ñúñez2020 cheered, and MORE (AP) said so.") == []


def test_a_sign_after_a_letter_is_no_join():
    # "÷" sits among the accented lower-case letters of Latin-1 but is no letter.
    assert glued("Berg÷Town") == []
    # Control (before and after): an accented letter before the join is one.
    assert glued("PeñaTown") == [("Peña", "Town")]


def test_a_link_inside_a_teaser_is_merged_into_it():
    # a related link set in parentheses inside a run-in card: one span, so the words
    # after the link and before the closing "MORE" are inside it too
    text = ("Senator Ann Berg Ann Louise BergTown votes on budget (RELATED: Mayor Quits) "
            "Lima talks stall MORE said on Monday that the plan would fail.")
    [teaser] = teaser_spans(text)
    [link] = link_spans(text)
    assert teaser[0] < link[0] and link[1] < teaser[1]
    assert other_story_spans(text) == [teaser]


def test_control_spans_apart_stay_apart():
    text = ("Senator Ann Berg Ann Louise BergTown votes on budget MORE said on Monday that "
            "the plan would fail. (RELATED: Mayor Quits) The vote is next week.")
    assert other_story_spans(text) == sorted(teaser_spans(text) + link_spans(text))
    assert len(other_story_spans(text)) == 2
