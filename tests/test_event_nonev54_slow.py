"""Two shapes that tell no act of the news:
- an attack noun whose modifier names the means of a campaign tells no force
  (events.senses._figurative_attack): "a legal assault on the deal" is lawsuits, "a
  charm offensive" is courting, "a media blitz" is appearances. An attack of armed men,
  a ground offensive and an attack in words ("a personal attack on the judge":
  criticism) stay as they were;
- an adverb of a yearly recurrence on the verb, before or after it ("the villagers
  wounded yearly by the soldiers", "annually condemns") tells a custom or a yearly count
  (events.modality.habitual); an annual thing acted on on its day ("condemned the annual
  resolution on Monday") stays.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("The administration has launched a sweeping legal assault on a deal the state struck "
     "with three oil firms.", "assault"),
    ("The ministry launched a legal attack on the court's ruling on Monday.", "attack"),
    ("The prime minister launched a charm offensive in Brussels on Monday.", "offensive"),
    ("The ministry began a diplomatic offensive against the sanctions on Tuesday.",
     "offensive"),
])
def test_a_campaign_by_other_means_is_no_force(pipe, text, word):
    assert "ASSAULT" not in types_of(pipe, text, word)


@pytest.mark.parametrize("text, word, typ", [
    ("Rebels launched a fresh assault on the town on Monday, killing six soldiers.",
     "assault", "ASSAULT"),
    ("The army launched a ground offensive in the north on Monday.", "offensive",
     "ASSAULT"),
    ("The senator launched a personal attack on the judge on Monday.", "attack", "ACCUSE"),
])
def test_attacks_of_force_and_of_words_stay(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    ("Nearly half of the villagers wounded yearly by the soldiers are women, the charity "
     "said.", "wounded"),
    ("Thousands of people are arrested yearly by the secret police, the report said.",
     "arrested"),
    ("Israel annually condemns the resolution at the assembly.", "condemns"),
])
def test_a_yearly_recurrence_is_a_habit(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word, typ", [
    ("Police shot and killed a man in Denver on Monday.", "killed", "ASSAULT"),
    ("Israel condemned the annual resolution at the assembly on Monday.", "condemned",
     "ACCUSE"),
    ("Police arrested the yearly march's organisers on Monday.", "arrested", "COERCE"),
    ("Protesters have marched daily since Monday against the new law.", "marched",
     "PROTEST"),
])
def test_an_act_on_its_day_stays(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)
