"""Judged non-events at the cut of four shapes of language (events.senses), each a trigger
word read in a sense it does not have in its frame, with controls that keep their records:

- "lead the charge" is an idiom for being at the front of a push, no accusation ("charge");
  a charge named by a noun before it ("the contempt charge") may be one brought and stays;
- "visit" a website ("visited the agency's website", "visit Vote.gov") is reading a page,
  no visit to anyone;
- "admit" someone "to" or "into" a place ("admitted forty children to the hospital"), or
  patients, lets them in, no admission of guilt; "admitted to lying", "admitted his role
  to the panel" stay admissions;
- "hit town" with no article arrives in it; "shells hit the town" is force.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _types_of(pipe, text: str, word: str) -> list[str]:
    return [t for t, _, trig, _, _ in coded(pipe, text) if trig == word]


@pytest.mark.parametrize("text, word", [
    ("Senator Dana Pruitt is leading the charge among state senators to raise the tax on yachts.",
     "charge"),
    ("Governor Omar Velez led the charge against the dairy bill last spring.", "charge"),
])
def test_lead_the_charge_is_no_accusation(pipe, text, word):
    assert "ACCUSE" not in _types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    ("Nearly three million people visited Vote.gov on Tuesday to check where to cast "
     "their ballots.", "visited"),
    ("More than 40,000 farmers visited the ministry's website on Monday to apply for the "
     "grants.", "visited"),
])
def test_website_visit_is_no_visit(pipe, text, word):
    assert "CONSULT" not in _types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    ("Doctors in Tulsa admitted forty boys and girls to the county hospital on Sunday.",
     "admitted"),
    ("The senator was admitted to a hospital in Denver on Friday after a fall.", "admitted"),
    ("Hospital officials in Fargo admitted 420 patients on Saturday, a spokesman said.",
     "admitted"),
])
def test_admitted_to_a_place_is_no_admission(pipe, text, word):
    assert "CONCEDE" not in _types_of(pipe, text, word)


def test_hit_town_is_an_arrival(pipe):
    text = "The former governor hit town on Wednesday to open his campaign office."
    assert "ASSAULT" not in _types_of(pipe, text, "hit")


@pytest.mark.parametrize("text, word, typ", [
    ("Senator Dana Pruitt charged the governor with lying to the voters on Monday.",
     "charged", "ACCUSE"),
    ("The prime minister visited Berlin on Monday for talks with the chancellor.",
     "visited", "CONSULT"),
    ("The mayor admitted on Tuesday that his budget figures were false.", "admitted",
     "CONCEDE"),
    ("The minister admitted his role in the scheme to the inquiry on Friday.", "admitted",
     "CONCEDE"),
    ("Rebel shells hit the town of Kelo on Sunday, killing four people.", "hit", "ASSAULT"),
    ("Representative Lena Ortiz is leading the contempt charge against the attorney general "
     "in the House.", "charge", "ACCUSE"),
])
def test_control_event_senses_stay(pipe, text, word, typ):
    assert typ in _types_of(pipe, text, word)
