"""house38 (stop 38): the duplicates and misplaced rules stop 37's read of the source
left, where folding them changes what a rule reads. Through spaCy's real parse (and the
whole pipeline where the rule shows there), on sentences made up for the test; each
behaviour change fails on main before it, next to a control that passes on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _accusers(pipe, text):
    return [[a.text for a in ev.actor]
            for ev in events_of(pipe, text, "2026-12-03") if ev.type == "ACCUSE"]


# item 2: arguments._puts_out reads words.DEFINITE: a plural demonstrative names a known
# document as "the" does, so one handed on is not the handler's own

@pytest.mark.parametrize("det", ["those", "these"])
def test_known_documents_raised_by_a_plural_demonstrative_are_not_the_handlers(pipe, det):
    text = (f"Chile raised {det} reports at the assembly on Tuesday. The reports accused Peru "
            "of dumping waste.")
    assert ["Chile"] not in _accusers(pipe, text)


def test_reports_sent_as_new_are_the_senders(pipe):
    # control (passes on main too): a document named new is the handler's own
    text = ("The agency sent two reports to judges on Tuesday. The reports accused the "
            "colonel of lying.")
    assert ["The agency"] in _accusers(pipe, text)


# item 5: modality._headline_after: on a headline (nlp.line_ends_a_sentence) only a clause
# of "after" tells done news in the present, in either voice; "until" still waits

def _ahead(pipe, text, word):
    from newsbrief.events.modality import ahead_in_clause

    return ahead_in_clause(_token(pipe.nlp(text), word))


@pytest.mark.parametrize("text, word, mark", [
    ("Shares fall in Tokyo after central bank raises rates\nThe index closed lower on Monday.",
     "raises", None),
    ("Farmers block border crossing until their leader is released\nThe protest began on "
     "Monday.", "released", "until"),
    ("Strikers occupy port until wages are paid\nThe strike began on Monday.", "paid", "until"),
    # controls (pass on main too): a headline's future, and prose
    ("Leader to visit Seoul after talks end\nThe trip was announced on Monday.", "end", "after"),
    ("Shares will fall after the bank raises rates next week, analysts said.", "raises",
     "after"),
])
def test_on_a_headline_only_after_tells_done_news_in_the_present(pipe, text, word, mark):
    assert _ahead(pipe, text, word) == mark


# item 6: extract._a_national_body is not narrowed to seats of government: a firm or an
# agency the recogniser calls a place, known to the actor index as an organisation of a
# country, sends its letter too

@pytest.mark.parametrize("sender", ["Petrobras", "Xinhua"])
def test_a_letter_from_an_organisation_called_a_place_is_its_senders(pipe, sender):
    # controls (pass on main too): what a narrowing to state sectors would lose
    text = (f"Journalists have obtained a letter from {sender}. The letter accuses Iran of "
            "arming the militia.")
    assert [sender] in _accusers(pipe, text)


# arguments._senders_of reads words.DEFINITE too: a document told as known by "these" or
# "those" stands for the senders an earlier sentence names, as "the letter" does

@pytest.mark.parametrize("det", ["Those", "These"])
def test_known_documents_told_with_a_plural_demonstrative_stand_for_their_senders(pipe, det):
    text = (f"The senators issued two letters on Friday. {det} letters accused the minister "
            "of lying.")
    assert ["The senators"] in _accusers(pipe, text)


def test_the_letter_stands_for_its_senders(pipe):
    # control (passes on main too)
    text = ("The senators issued a letter on Friday. The letter accused the minister of "
            "lying.")
    assert ["The senators"] in _accusers(pipe, text)
