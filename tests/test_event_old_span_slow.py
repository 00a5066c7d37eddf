"""An act its own clause sets in a decade or a century long past ("In the 1990s, she
chaired the board") is background told to explain the news: such a time gives the act no
date, so the check on an old date cannot see it, and the record keeps only a share of its
confidence (events.extract `_old_span`). A decade told of another clause, a span reaching
the news ("since the 1990s") and a recent decade leave the act alone.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of
from newsbrief.events.extract import OLD_SPAN, _old_span
from newsbrief.timexes import tag_timexes

pytestmark = pytest.mark.slow

PUBLISHED = "2019-03-14"


def _old(pipe, text: str, word: str) -> bool:
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == word)
    return _old_span(tok, tag_timexes(text, PUBLISHED, doc=doc), PUBLISHED) is not None


@pytest.mark.parametrize("text, word", [
    ("In the 1990s, the lobbyist Carl Ostrow testified before a Senate panel on housing "
     "grants.", "testified"),
    ("During the 1970s the mayor's father protested against the highway plan.", "protested"),
    # a verb joined to the first shares its time
    ("In the 1990s, Ostrow testified before a Senate panel and conceded that he had "
     "steered grants to friends.", "conceded"),
    # a month told without a year takes the publication year: no day of the act's own
    ("In the 1990s, rebels shelled the port in March.", "shelled"),
])
def test_act_set_in_an_old_decade_is_background(pipe, text, word):
    assert _old(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    # the decade is the time of what she says she saw, not of the allegation
    ("A former aide, Rita Blum, has alleged that in the 1990s she saw Ostrow bribe two "
     "clerks.", "alleged"),
    # a span that reaches the news
    ("Since the 1990s, Ostrow has lobbied the state for builders.", "lobbied"),
    # a decade that is not over
    ("In the 2010s, the senator visited Kiev four times.", "visited"),
    ("On Tuesday, Ostrow testified before a Senate panel on housing grants.", "testified"),
    # an act with a day of its own is news, whatever decade the parse hangs on it or on
    # the verb it is joined to
    ("Detectives on Friday charged a builder over a fire in the 1970s.", "charged"),
    ("Rita Blum was convicted in the 1980s for arson and was freed from jail on Monday.",
     "freed"),
    ("Detectives on Friday charged a builder over a fire in the 1970s and jailed him.",
     "jailed"),
])
def test_act_of_the_news_or_of_another_clause_stays(pipe, text, word):
    assert not _old(pipe, text, word)


def test_background_record_keeps_a_share_of_its_confidence(pipe):
    """The same act told in an old decade and on a day of the story's week: the record
    stays for exports, with its confidence cut by the share, and takes no day of the
    story's (the lead's Monday)."""
    news = "Carl Ostrow, a lobbyist, agreed on Monday to help prosecutors in Virginia.\n\n"
    old = by_trigger(events_of(pipe, news + "In the 1990s, Ostrow testified before a Senate "
                               "panel on housing grants.", PUBLISHED), "testified")
    now = by_trigger(events_of(pipe, news + "On Tuesday, Ostrow testified before a Senate "
                               "panel on housing grants.", PUBLISHED), "testified")
    assert old.confidence <= OLD_SPAN * now.confidence + 0.05
    assert old.date is None and now.date == "2019-03-12"


@pytest.mark.parametrize("text, word", [
    # the decade is the time of the accused act, inside the phrase of another word
    ("The mayor of Tacoma resigned on Tuesday after weeks of claims that he took bribes in "
     "the 1980s.", "resigned"),
    # the decade belongs to a relative clause between the verb and the phrase
    ("The premier toured a farm in Ohio, where he had worked in the 1980s, as a student.",
     "toured"),
])
def test_decade_of_another_clause_leaves_the_act(pipe, text, word):
    assert not _old(pipe, text, word)


def test_a_publication_date_that_is_not_iso_is_no_crash(pipe):
    text = "In the 1990s, Ostrow testified before a Senate panel on housing grants."
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == "testified")
    assert _old_span(tok, tag_timexes(text, PUBLISHED, doc=doc), "14 March 2019") is None
