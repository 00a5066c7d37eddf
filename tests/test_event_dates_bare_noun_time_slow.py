"""Issue 11: a bare time told straight after the object of a preposition belongs to
that object when the verb above the phrase has a time of its own besides.

"After a tense rally Saturday, the mayor urged the college on Tuesday to cancel the
debate": the parser hangs "Saturday" on the verb (or on the rally), and read in text
order it dated the urging; the urging is Tuesday's (`nountimes._noun_ahead_of_bare_time`).
With no other time on the verb the bare one still dates the act. Made-up reports through
the whole pipeline (the real parse)."""

from __future__ import annotations

import pytest

from newsbrief.records import Article

pytestmark = pytest.mark.slow

# Two sentences before the one tested, so that it is read as the body, not the lead.
_LEAD = ("The harbour town braced for more street marches this week.\n\n"
         "The town council has closed the seafront road to traffic.\n\n")
# Friday; the Tuesday before is 2021-03-09, the Monday 2021-03-08
_PUBLISHED = "2021-03-12"


def _dates(pipe, sentence):
    text = _LEAD + sentence
    art = Article(id="barenoun", origin="test", text=text, published=_PUBLISHED,
                  published_source="given")
    events = pipe.analyse_doc(pipe.nlp(art.text), art).events
    return {ev.trigger.text: (ev.date, ev.date_source) for ev in events
            if ev.trigger and ev.trigger.start >= len(_LEAD)}


@pytest.mark.parametrize("sentence, trigger", [
    # the parser hangs the weekday on the verb
    ("After a tense rally Saturday, Mayor Lena Ortiz urged the college on Tuesday to "
     "cancel the debate.", "urged"),
    # the parser hangs the weekday on the fire, inside "in the hours after"
    ("In the hours after a fire Saturday that gutted two warehouses, Governor Ruth Amani "
     "accused the port authority on Tuesday of ignoring safety rules.", "accused"),
])
def test_the_verbs_own_time_beats_a_bare_time_after_a_phrases_noun(pipe, sentence, trigger):
    # Saturday on main
    assert _dates(pipe, sentence).get(trigger) == ("2021-03-09", "text")


def test_a_bare_time_after_a_place_dates_the_act_when_it_is_the_verbs_only_one(pipe):
    # control: each joined verb keeps the time told with it
    dates = _dates(pipe, "The union protested outside the plant Monday and blocked the "
                         "gates on Tuesday.")
    assert dates.get("protested") == ("2021-03-08", "text")
    assert dates.get("blocked") == ("2021-03-09", "text")


def test_a_time_on_the_verb_alone_is_unchanged(pipe):
    # control
    assert _dates(pipe, "Mayor Lena Ortiz urged the college on Tuesday to cancel the "
                        "debate.").get("urged") == ("2021-03-09", "text")


@pytest.mark.parametrize("sentence, trigger, day", [
    # a bound on the verb is how long or since when, not the act's own time
    ("At a hearing Tuesday, the judge jailed the poet until Friday.", "jailed", "2021-03-09"),
    ("At a rally Monday, the governor criticised the blockade since January.", "criticised",
     "2021-03-08"),
])
def test_a_bound_on_the_verb_leaves_the_opening_phrases_time_to_the_act(pipe, sentence, trigger, day):
    # undated on main: the bound took the act's place and was then dropped as a bound
    assert _dates(pipe, sentence).get(trigger) == (day, "text")


@pytest.mark.parametrize("sentence, trigger", [
    # a place after the verb, then a second day joined on: the first is the act's
    ("Cleaners protested outside the hospital Monday and again on Wednesday.", "protested"),
    ("Students marched outside the parliament Monday and again on Wednesday.", "marched"),
])
def test_a_bare_time_after_a_phrase_behind_the_verb_stays_the_acts(pipe, sentence, trigger):
    # Wednesday on main
    assert _dates(pipe, sentence).get(trigger) == ("2021-03-08", "text")
