"""anecdote56: an anecdote told in the body from a book or memoir takes no day the lead
names; controls: the same verbs told with a day of their own or of spoken words keep
that day. Through the whole pipeline on a report made up for the test."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

PUB = "2019-06-12"
LEAD = ("OSLO - Norway's fisheries minister said on Monday that talks with Sweden on the "
        "shared fishing grounds would resume next month. The talks stalled in the spring "
        "over the cod quota. Trawler crews in both countries have protested the delay.\n\n"
        "The minister has long doubted the deal. ")


def _event(pipe, text, word):
    art = Article(id="book-anecdote", origin="test", text=LEAD + text, published=PUB,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word
             and ev.trigger.start >= len(LEAD)]
    assert found, [(ev.type, ev.trigger and ev.trigger.text) for ev in events]
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("In the book, the aide writes that the president urged the governor to run for the "
     "Senate.", "urged"),
    ("The former envoy writes in her memoir that the minister threatened Sweden with "
     "sanctions.", "threatened"),
    ("In his new book, Mr. Dahl recounts how the premier accused Denmark of spying on the "
     "fleet.", "accused"),
])
def test_an_anecdote_from_a_book_takes_no_day_of_the_lead(pipe, text, word):
    ev = _event(pipe, text, word)
    assert (ev.date, ev.date_source) == (None, "none"), (ev.date, ev.date_text)


@pytest.mark.parametrize("text, word", [
    ("The envoy wrote on Tuesday that the minister pressed Sweden to cut its quota.",
     "pressed"),
    ("On Tuesday, the envoy said in a speech that the minister pressed Sweden to cut its "
     "quota.", "pressed"),
])
def test_a_day_of_its_own_is_kept(pipe, text, word):
    ev = _event(pipe, text, word)
    assert ev.date == "2019-06-11", (ev.date, ev.date_text)
