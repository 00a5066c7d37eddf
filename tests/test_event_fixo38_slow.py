"""fixO (stop 38), the blind review of the rules landed on stop 37: through spaCy's real
parse (and the whole pipeline where the bug shows there), on sentences made up for the
test, each bug the reviewer confirmed fails here before its fix, next to a control for
what the rule was written for."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _events(pipe, text, published="2026-12-03"):
    return events_of(pipe, text, published)


def _token(doc, word):
    return next(t for t in doc if t.text == word)


# item 6: undated._venue, where a column is published and a suit filed

@pytest.mark.parametrize("text, written", [
    ("In a column for The Atlantic, the retired general urged Ottawa to expel the envoy.", True),
    ("In a column for Politico, the retired general urged Ottawa to expel the envoy.", True),
    ("In a suit in Delaware, the oil firm accused Ecuador of fraud.", True),
    # controls (pass on main too): the rule's own case, a file of vehicles sent to a state
    ("In a column to Denmark, the retired general urged Ottawa to expel the envoy.", False),
    ("In a column for Ukraine, the retired general urged Ottawa to expel the envoy.", False),
    ("In a dark suit, the retired general urged Ottawa to expel the envoy.", False),
    # house38 (stop 38): the "for" shape is a column's only (record_published_for_names);
    # a suit "for" a person tells no written sense (fail on main)
    ("Wearing a suit for Giorgio Armani, the actor praised the jury.", False),
    ("In a suit for Brioni, the senator condemned the vote.", False),
])
def test_a_column_for_a_publication_or_a_suit_filed_in_a_state_is_written(pipe, text, written):
    from newsbrief.events.undated import _written_sense

    doc = pipe.nlp(text)
    noun = _token(doc, "column" if "column" in text else "suit")
    assert bool(_written_sense(noun)) is written


# item 7: extract._may_act, a seat of government as a document's sender

def _accusers(pipe, text):
    return [[a.text for a in ev.actor] for ev in _events(pipe, text) if ev.type == "ACCUSE"]


@pytest.mark.parametrize("place", ["the Pentagon", "Downing Street"])
def test_a_letter_from_a_seat_of_government_is_its_senders(pipe, place):
    text = (f"Journalists have obtained a letter from {place}. The letter accuses Iran of "
            "arming the militia.")
    assert [place] in _accusers(pipe, text)


def test_a_letter_from_a_body_or_a_city(pipe):
    # controls (pass on main too): a body the recogniser calls one sends; a city does not
    text = ("Journalists have obtained a letter from the Kremlin. The letter accuses "
            "Ukraine of shelling the plant.")
    assert ["the Kremlin"] in _accusers(pipe, text)
    text = ("Journalists have obtained a letter from Paris. The letter accuses Algeria of "
            "hiding the suspects.")
    assert all("Paris" not in a for a in _accusers(pipe, text))


# item 8: senses._directive, a time between the one ordered and the order

def _types(pipe, text):
    return [(ev.type, ev.trigger.text if ev.trigger else None) for ev in _events(pipe, text)]


@pytest.mark.parametrize("text, verb", [
    ("The governor instructed the police last week to clear the square.", "instructed"),
    ("The minister directed the agency on Monday to audit the accounts.", "directed"),
])
def test_an_order_with_a_time_before_its_to_clause_is_an_order(pipe, text, verb):
    assert ("REQUEST", verb) in _types(pipe, text)


def test_an_order_and_a_purpose_clause(pipe):
    # controls (pass on main too): the order right after the one ordered; a purpose
    # clause after other words orders nothing
    assert ("REQUEST", "instructed") in _types(
        pipe, "The governor instructed the police to clear the square.")
    assert ("REQUEST", "instructed") not in _types(
        pipe, "She instructed students in French for years to earn a living.")


# item 9: senses._push, a refusal told of armed men or of attacks in words

def _rejects(pipe, text):
    return [ev for ev in _events(pipe, text) if ev.type == "REJECT"
            and ev.trigger is not None and ev.trigger.text == "pushed"]


@pytest.mark.parametrize("text", [
    "The navy pushed back against the minister's plan to close the base.",
    "Police unions pushed back against the cabinet's pension reform.",
    "The opposition leader pushed back against attacks from the prime minister over the budget.",
])
def test_pushing_back_against_a_plan_or_attacks_in_words_is_a_refusal(pipe, text):
    assert _rejects(pipe, text)


@pytest.mark.parametrize("text", [
    "The army pushed back against the rebel offensive in the north.",
    "Police pushed back against the crowd outside parliament.",
    "The troops pushed back the rebels.",
])
def test_pushing_back_against_a_fight_or_a_crowd_is_no_refusal(pipe, text):
    # controls (pass on main too): what the rule was written for
    assert not _rejects(pipe, text)


# item 11: storytime._day_told_before, which earlier times move the story elsewhere

def _arrest_date(pipe, text):
    return [ev.date for ev in _events(pipe, text) if ev.type == "COERCE"
            and ev.trigger is not None and ev.trigger.text == "detained"]


@pytest.mark.parametrize("first", [
    "Riot police fired water cannon at marchers in Minsk, in the biggest protest this year.",
    "Students have marched through Minsk every evening since April.",
])
def test_a_current_period_or_a_since_bound_leaves_the_day_the_publication_day(pipe, first):
    text = first + " Earlier in the day, officers detained a leading opposition activist."
    assert _arrest_date(pipe, text) == ["2026-12-03"]


def test_a_year_told_before_moves_the_story(pipe):
    # control (passes on main too): what fixM's rule was for
    text = ("The rebels took the port last year. Earlier in the day, officers detained a "
            "leading opposition activist.")
    assert "2026-12-03" not in _arrest_date(pipe, text)


# item 12: senses._met_with, someone met by someone with force

def _met(pipe, text):
    return [ev.type for ev in _events(pipe, text)
            if ev.trigger is not None and ev.trigger.text == "met"]


@pytest.mark.parametrize("text", [
    "The union leader was met by riot police with batons as he reached the square.",
    "The migrants were met by border guards with gunfire near the fence.",
])
def test_someone_met_by_someone_with_force_is_no_meeting(pipe, text):
    assert _met(pipe, text) == []


def test_someone_met_by_someone_with_honours_is_a_meeting(pipe):
    # control (passes on main too): the by-agent meeting fixM kept
    assert "CONSULT" in _met(pipe, "The visiting premier was met by the king with full "
                                   "honours in Riyadh.")


# item 13: arguments._puts_out, a known document handed on is not the handler's

@pytest.mark.parametrize("text, handler", [
    ("Chile raised the report at the assembly on Tuesday. The report accused Peru of "
     "dumping waste.", "Chile"),
    ("The agency presented the memo to judges on Tuesday. The memo accused the colonel of "
     "lying.", "The agency"),
])
def test_a_known_document_raised_or_presented_is_not_the_handlers(pipe, text, handler):
    assert [handler] not in _accusers(pipe, text)


@pytest.mark.parametrize("text, sender", [
    ("The agency sent a letter to judges on Tuesday. The letter accused the colonel of "
     "lying.", "The agency"),
    ("The commission presented its report on Tuesday. The report accused the police of "
     "torture.", "The commission"),
    ("The agency issued the report on Tuesday. The report accused the colonel of lying.",
     "The agency"),
])
def test_a_document_sent_presented_as_ones_own_or_issued_is_the_senders(pipe, text, sender):
    # controls (pass on main too)
    assert [sender] in _accusers(pipe, text)


# suspected: modality._line_ends_a_sentence, hard-wrapped prose is no headline

def _ahead(pipe, text, word):
    from newsbrief.events.modality import ahead_in_clause

    doc = pipe.nlp(text)
    return ahead_in_clause(_token(doc, word))


def test_a_hard_wrapped_sentence_is_prose(pipe):
    text = ("Farmers will keep blocking the border crossing until their leader is released\n"
            "from custody, organisers said on Monday.")
    assert _ahead(pipe, text, "released") == "until"


def test_a_headline_tells_done_news_in_the_present(pipe):
    # control (passes on main too): what fixM's rule was for
    text = "Police clash with crowd after activist is detained\nThe clashes began on Monday."
    assert _ahead(pipe, text, "detained") is None
