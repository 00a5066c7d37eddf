"""Stop 37's review of the evening's modality rules (fixN): the real parse of made-up
sentences, since the bugs are in what the parser does with them. Each case names the word
whose standing is read."""

from __future__ import annotations

import pytest

from newsbrief.events.modality import ahead_in_clause, standing

pytestmark = pytest.mark.slow


def _standing(pipe, text: str, word: str) -> str:
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == word)
    return standing(tok).modality


# 1. "X was to VERB" is an act arranged only when X is a doer, not the act itself.
@pytest.mark.parametrize("text, word", [
    ("The rebels' response was to attack the army base near the border.", "attack"),
    ("Their reaction was to block the main road.", "block"),
    ("His only mistake was to trust the militia.", "trust"),
    ("All the army did was to shell the town for three days.", "shell"),
    ("What the army did was to shell the town for three days.", "shell"),
    ("The first thing the army did was to shell the town.", "shell"),
])
def test_an_equative_was_to_tells_the_act_not_an_arrangement(pipe, text, word):
    assert _standing(pipe, text, word) == "asserted"


@pytest.mark.parametrize("text, word, want", [
    ("The envoy was to visit the capital on Monday.", "visit", "future"),
    ("The two leaders were to meet in Vienna.", "meet", "future"),
    ("The plan was to attack the base on Monday.", "attack", "future"),
    ("The envoy was to have met him on Monday.", "met", "conditional"),
])
def test_a_doer_was_to_is_still_arranged(pipe, text, word, want):
    # control: what bound_to was written for (passes on main too)
    assert _standing(pipe, text, word) == want


# 2-4. An object of plan/plot that the sentence tells done is not a plan; an act inside a
# phrase or clause of a schemed act keeps its own standing; the occasion an arranged act
# is for lies ahead with it. Rows marked "control" pass on main too.
@pytest.mark.parametrize("text, word, want", [
    ("Prosecutors said the militia plotted an attack that killed 12 soldiers.", "attack",
     "asserted"),
    ("He was convicted of planning a bombing that killed 30 people.", "bombing", "asserted"),
    ("The group planned an attack on the embassy and carried it out a month later.",
     "attack", "asserted"),
    ("The group was planning a bombing to avenge the arrest of its commander.", "arrest",
     "asserted"),
    # controls: what schemed was written for, and the plan's own purpose
    ("The group was planning a bombing to avenge the arrest of its commander.", "bombing",
     "future"),
    ("The group was planning a bombing to avenge the arrest of its commander.", "avenge",
     "future"),
    ("Police said the men were plotting an attack on a synagogue.", "attack", "future"),
    ("The cell had planned attacks on police stations.", "attacks", "future"),
    ("Police said the cell was plotting a wave of bombings.", "bombings", "future"),
    # controls: a year is no sign of a done act without the publication date
    ("The army planned an offensive on the northern town in 2027.", "offensive", "future"),
    ("The rebels plotted attacks on police stations in 2030.", "attacks", "future"),
    # a noun of the equatives on a present copula or told as the one to come is a plan
    # (the lead's read-through: fixN's list had made these done acts)
    ("The next step is to hold elections in the spring.", "hold", "future"),
    ("The rebels said the next move was to seize the airport.", "seize", "future"),
    ("Their response is to impose tariffs on steel.", "impose", "future"),
    # the occasion of an arranged act
    ("The foreign minister was to travel to Geneva on Friday for talks with the rebels.",
     "talks", "future"),
    ("The premier was to fly to Oslo for a meeting with the Norwegian king on Friday.",
     "meeting", "future"),
])
def test_the_standing_of_a_schemed_or_arranged_act(pipe, text, word, want):
    assert _standing(pipe, text, word) == want


def test_an_act_in_a_phrase_of_the_arranged_act_keeps_its_standing(pipe):
    # control: what the via-phrase guard was written for (passes on main too)
    text = "The envoy was to visit the city in revenge for the killing of the mayor."
    assert _standing(pipe, text, "killing") == "asserted"
    assert _standing(pipe, text, "visit") == "future"


# 5. A span of time put ahead, or a past point in time, is no length of preparation.
_PLANNED = "Unions called off strikes planned by the teachers for {}."


@pytest.mark.parametrize("when", ["the next two weeks", "the coming days", "the days ahead",
                                  "last week"])
def test_an_act_planned_for_a_span_ahead_or_a_point_is_a_plan(pipe, when):
    assert _standing(pipe, _PLANNED.format(when), "strikes") == "future"


@pytest.mark.parametrize("when", ["months", "two weeks", "the past year", "some time"])
def test_an_act_planned_for_a_length_of_time_keeps_its_standing(pipe, when):
    # control: what _duration was written for (passes on main too)
    assert _standing(pipe, _PLANNED.format(when), "strikes") == "asserted"


# 10. Under a verb told in the past, only "after" with a present passive tells done news.
def _ahead(pipe, text: str, word: str) -> str | None:
    doc = pipe.nlp(text)
    return ahead_in_clause(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text, word, mark", [
    ("Protesters blocked the main highway until their leader is released from prison.",
     "released", "until"),
    ("The army closed the crossing until the troops are withdrawn from the border.",
     "withdrawn", "until"),
    ("The army sealed the town before the votes are counted.", "counted", "before"),
])
def test_a_present_passive_under_until_or_before_is_still_ahead(pipe, text, word, mark):
    assert _ahead(pipe, text, word) == mark


def test_a_present_passive_after_a_past_verb_is_done_news(pipe):
    # control: what the past-verb exemption was written for (passes on main too)
    text = "Protesters clashed with police after an activist is arrested in the capital."
    assert _ahead(pipe, text, "arrested") is None


@pytest.mark.parametrize("text, word", [
    ("What matters most for the party is to unseat the governor.", "unseat"),
    ("The wisest course for the police is to catch the gunmen.", "catch"),
    ("What the movement wants to do is to enrol new members.", "enrol"),
])
def test_a_wish_or_advice_is_to_is_still_ahead(pipe, text, word):
    # control: a clause of a wish or an advice is not an act done (passes on main too;
    # it guards the narrowing of the equative to a clause of "did")
    assert _standing(pipe, text, word) == "future"


# The lead's read-through of d1181e9: the when clause's time reaches only an act told in
# the simple past or its passive, and a passive's "be" must itself be past.
@pytest.mark.parametrize("text, word, past", [
    ("The envoy was withdrawn when the talks collapsed on Monday.", "withdrawn", True),
    ("The rebels withdrew when the talks collapsed on Monday.", "withdrew", True),
    ("The envoy will be withdrawn when the talks end on Monday.", "withdrawn", False),
    ("The envoy is withdrawn when talks collapse.", "withdrawn", False),
    ("The rebels had withdrawn when the talks collapsed on Monday.", "withdrawn", False),
])
def test_a_when_clause_reaches_only_a_simple_past_or_its_passive(pipe, text, word, past):
    from newsbrief.events.whenclauses import _simple_past_or_its_passive

    doc = pipe.nlp(text)
    assert _simple_past_or_its_passive(next(t for t in doc if t.text == word)) is past
