"""Judged non-events at the cut of four shapes of language, with controls that keep
their records:

- "shot to" or "into" a rise with no object ("shot to the top of a poll", "shot to
  national fame", "shot into the spotlight") is a fast rise, no shot (events.senses);
  a suspect shot to death and shots into a crowd or into the front of a house stay;
- notes or themes struck read through a count or a pick ("struck many of the same
  notes") are a manner shown, as "struck a note" is (events.senses); villages struck
  stay;
- a named person "fired on Monday" in an absolute "with" clause (opening the sentence
  or following its verb) with no object, no target after the verb, no adverb and no
  force word in the sentence is one dismissed, no shooting
  (events.senses); soldiers who fired on a day, troops firing at a crowd, and a named
  officer who "fired twice" or fired at a car stay;
- an act a party is petitioned to do, when the parser hangs the infinitive on the
  verb as a clause of its own, is only asked for (events.modality); a meeting called
  to discuss something keeps its purpose, and the asking keeps its record; so does
  caution advised or investment encouraged "to" do something (a thing as the object of
  a verb that may ask a party or an act), while a council advised is asked;
- an act told in the perfect of a number of doers or things over years ("40 officials
  have faced charges since 2009") is a count kept over the years (events.modality); a
  count since a day, and a known group (also one named by a word on its noun: "the
  Norwegian army"), stay.

Each positive asserts the trigger gives no record at all; the controls beside it show
the parse gives one. Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "With one speech in Ohio, Governor Ann Berg shot to the top of a statewide poll.",
    "After the debate in Reno, Senator Jo Park shot to the front of a crowded race.",
    "Governor Ann Berg shot to national fame after she vetoed the budget in March.",
    "Senator Jo Park shot into the spotlight last year with a long speech against the tax "
    "bill.",
])
def test_shot_to_a_rise_is_no_shot(pipe, text):
    assert types_of(pipe, text, "shot") == []


@pytest.mark.parametrize("text", [
    "Police shot the suspect to death outside the bar on Friday.",
    "Soldiers shot into the crowd near the bridge on Sunday.",
    "A gunman shot into the front of the house on Sunday night.",
])
def test_shots_at_people_and_places_stay(pipe, text):
    assert types_of(pipe, text, "shot") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The senator struck many of the same notes in her speech to the union on Tuesday.",
    "In his address the governor struck some of the familiar themes of his campaign.",
])
def test_notes_struck_through_a_count_are_no_force(pipe, text):
    assert types_of(pipe, text, "struck") == []


def test_villages_struck_through_a_count_stay(pipe):
    text = "Rebels struck several of the villages near the border on Sunday."
    assert types_of(pipe, text, "struck") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "With Lee on her way out, Park Service Director Ann Berg fired on Monday and the cabinet "
    "office withdrawing a nominee, the president was asked about a purge.",
    "With the budget chief gone, Treasury Director Ann Berg fired on Monday and the cabinet "
    "in disarray, reporters asked about a shake-up.",
    "The president named a new cabinet on Tuesday, with Director Ann Berg fired on Monday "
    "after the audit.",
    "The board met in secret on Friday, with Treasurer Jo Park fired on Thursday and two aides "
    "gone.",
])
def test_named_one_fired_on_a_day_is_no_shooting(pipe, text):
    assert types_of(pipe, text, "fired") == []


@pytest.mark.parametrize("text", [
    "The soldiers fired on Monday, wounding two men near the market.",
    "Troops fired on Monday at a crowd in the square.",
    "Officer Dan Reyes fired twice, and the man fell near the car.",
    "Dan Reyes fired at the car as it sped away.",
    "Sergeant Tom Reyes fired on Tuesday when the man ran at him.",
    "With the crowd closing in, Sergeant Tom Reyes fired on Monday near the gate.",
    "The crowd broke up on Monday, with Sergeant Tom Reyes fired on by snipers from a roof.",
])
def test_firing_by_force_on_a_day_stays(pipe, text):
    assert types_of(pipe, text, "fired") == ["ASSAULT"]


@pytest.mark.parametrize("text, word", [
    ("The senators petitioned the agency on Monday to deny the permit.", "deny"),
    ("Two unions petitioned the board on Friday to reject the merger of the two airlines.",
     "reject"),
])
def test_act_petitioned_for_is_only_asked(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("The mayor called a meeting on Monday to discuss the strike at the port.", "discuss",
     "CONSULT"),
    ("The senators petitioned the agency on Monday to deny the permit.", "petitioned",
     "REQUEST"),
])
def test_purpose_and_the_asking_stay(pipe, text, word, typ):
    assert types_of(pipe, text, word) == [typ]


@pytest.mark.parametrize("text, word", [
    ("Only 40 city officials have faced criminal charges since 2009, a study by the "
     "university found.", "charges"),
    ("More than 60 mayors have signed the climate pledge since 2015, the group said.",
     "signed"),
    ("Rebels have staged 40 raids on army posts since 2012, the ministry said.", "raids"),
])
def test_count_over_years_is_no_act_told(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("Two senators have signed the pledge since Friday, the group said.", "signed",
     "SUPPORT"),
    ("The two senators have criticized the plan since 2019.", "criticized", "ACCUSE"),
    ("More than 300 protesters have been arrested since Friday, the police said.",
     "arrested", "COERCE"),
    ("Norway has launched about 60 raids on smuggling camps since 2016, its defence chief "
     "said.", "raids", "COERCE"),
    ("A general said that Egypt had launched nearly 200 strikes on militant camps since "
     "2014.", "launched", "ASSAULT"),
    # a party named by a word on its noun is named too
    ("The Norwegian army has launched 60 raids on rebel camps since 2016, its chief said.",
     "raids", "COERCE"),
])
def test_count_since_a_day_and_known_group_stay(pipe, text, word, typ):
    assert types_of(pipe, text, word) == [typ]


@pytest.mark.parametrize("text, word, asking", [
    # a verb whose object may be the act asked for: after a thing, the infinitive the
    # parser hangs on the verb as a clause of its own is a purpose
    ("The minister advised caution on Friday to protect the ceasefire with the rebels.",
     "protect", None),
    ("The mayor encouraged investment on Monday to revive the port.", "revive", None),
    # controls: after a person or a body it is the act asked for, and a verb whose
    # object is always the one asked keeps it
    ("The minister advised the council on Friday to delay the vote.", "delay", "advised"),
    ("The senator cautioned the minister on Friday to avoid the talks.", "avoid",
     "cautioned"),
    ("The union petitioned the agency on Monday to deny the permit.", "deny", "petitioned"),
])
def test_a_purpose_after_a_thing_is_not_asked_for(pipe, text, word, asking):
    from newsbrief.events.modality import asked_for
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == "advcl", [(t.text, t.dep_) for t in doc]
    assert asked_for(tok) == asking
