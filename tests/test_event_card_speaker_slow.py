"""A speaker whose name a related-links card follows (newsbrief/teasers.py: the name run
into a headline, more headlines, a closing "MORE", then the story goes on) keeps the
record: the parser takes the card's words for the subject of the story's verb, and a
pronoun of what the speaker said stood for those words; they stand for the name before
the card (actors/anaphora.py). On the real parse of a made-up page; the targets fail
before, the controls (the same sentences with no card) pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of
from newsbrief.actors import extract_entities
from newsbrief.actors.anaphora import References
from newsbrief.records import Article

pytestmark = pytest.mark.slow

LEAD = "The state senate took up the budget bill on Monday after weeks of delay.\n\n"
CARD = "Ann Louise BergTown votes on budget plan Harbor mayor resigns MORE"


def _actors(pipe, body, word):
    """The actor texts of each record whose trigger is `word` (who acts, whatever type
    the act is read as)."""
    return [[a.text for a in ev.actor] for ev in events_of(pipe, LEAD + body, "2026-11-20")
            if ev.trigger and ev.trigger.text == word]


@pytest.mark.parametrize("card", [CARD, ""], ids=["card", "no card"])
@pytest.mark.parametrize("body, word", [
    # the card's "MORE" is the subject of "said"; "she" stood for it
    ("Senator Ann Berg {card} said on Monday that she would oppose the bill.", "oppose"),
    # the party tag after the card; "said" with no subject, "she" stood for "votes"
    ("Sen. Ann Berg {card} (D-Ohio) said on Monday that she would veto the bill.", "veto"),
    # the story's verb hung under the card's, with the card's "votes" as subject
    ("Sen. Ann Berg {card} (D-Ohio) accused the governor on Monday of hiding the cost.",
     "accused"),
])
def test_the_name_before_a_card_is_the_actor(pipe, card, body, word):
    text = " ".join(body.format(card=card).split())
    found = _actors(pipe, text, word)
    assert [[a.split()[-1] for a in actors] for actors in found] == [["Berg"]], found


def test_a_headline_word_of_a_card_in_another_role_is_no_one(pipe):
    # control: the card's words are no recipient or actor of the story's act, and no
    # name is taken from them
    text = "Sen. Ann Berg " + CARD + " (D-Ohio) accused the governor on Monday of hiding the cost."
    for ev in events_of(pipe, LEAD + text, "2026-11-20"):
        assert not any("mayor" in r.text.lower() or "Louise" in r.text
                       for r in ev.actor + ev.recipient), ev


def test_a_cards_subject_is_its_owner_but_not_a_quoted_pronoun(nlp):
    # the headline quotes an "I": that is the headline's speaker, not the senator
    text = ("Senator Ann Berg Ann Louise BergTown hall: I was slow to act on the budget MORE "
            "said on Monday that she would oppose the bill.")
    doc = nlp(text)
    refs = References(doc, extract_entities(doc, Article(id="t", origin="t", text=text,
                                                         published="2026-11-20")))
    named = {t.text: refs.card_name(t) for t in doc if t.dep_ == "nsubj"}
    assert named["MORE"] is not None and named["MORE"].text == "Berg"
    assert named["I"] is None
    assert named["she"] is None  # (no card word)


@pytest.mark.parametrize("card", [CARD, ""], ids=["card", "no card"])
@pytest.mark.parametrize("head", ["The nephew of", "An aide to"])
def test_a_name_under_a_preposition_before_a_card_is_not_the_party(pipe, card, head):
    # the card's subject stands for the phrase's head (the nephew), not the senator
    text = " ".join(f"{head} Sen. Ann Berg {card} was detained on Monday by state police "
                    "over a fraud case.".split())
    for ev in events_of(pipe, LEAD + text, "2026-11-20"):
        assert not any("Berg" in a.text for a in ev.actor + ev.recipient), ev


def test_a_cards_subject_after_a_named_person_is_still_the_person(pipe):
    # control: the name itself is the subject
    text = " ".join(f"Sen. Ann Berg {CARD} was detained on Monday by state police over a "
                    "fraud case.".split())
    found = [[a.text for a in ev.recipient] for ev in events_of(pipe, LEAD + text, "2026-11-20")
             if ev.trigger and ev.trigger.text == "detained"]
    assert found and all(any("Berg" in r for r in rs) for rs in found), found
