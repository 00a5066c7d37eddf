"""Judged non-events at the cut of four shapes of language (events.senses), each a trigger
word read in a sense it does not have in its frame, with controls that keep their records:

- "lead the charge" (or "head" it, or "the charge was led by") is an idiom for being at the
  front of a push, no accusation ("charge"); a charge whose content is told (a noun before
  it, "the contempt charge", an "of" phrase or a "that" clause) is one brought and stays;
- "visit" a website ("visited the agency's website", "visit Vote.gov") is reading a page,
  no visit to anyone;
- "admit" someone "to" or "into" a place ("admitted forty children to the hospital"), or
  patients (or the wounded, the sick), lets them in, no admission of guilt; "admitted to
  lying", "admitted his role to the panel", a misdeed owned up "to the hospital" stay
  admissions;
- "hit town" with no article arrives in it; "shells hit the town", "hit towns", "hit town
  after town" are force.

Each positive asserts the trigger gives no record at all; the controls beside it, of the
same verbs in their own sense, show the parse gives one.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("Senator Dana Pruitt is leading the charge among state senators to raise the tax on yachts.",
     "charge"),
    ("Governor Omar Velez led the charge against the dairy bill last spring.", "charge"),
    ("Mayor Tessa Lund headed the charge against the parking levy in the council.", "charge"),
    ("The charge against the parking levy was led by Mayor Tessa Lund.", "charge"),
])
def test_lead_the_charge_is_no_accusation(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("Nearly three million people visited Vote.gov on Tuesday to check where to cast "
     "their ballots.", "visited"),
    ("More than 40,000 farmers visited the ministry's website on Monday to apply for the "
     "grants.", "visited"),
])
def test_website_visit_is_no_visit(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("Doctors in Tulsa admitted forty boys and girls to the county hospital on Sunday.",
     "admitted"),
    ("The senator was admitted to a hospital in Denver on Friday after a fall.", "admitted"),
    ("Hospital officials in Fargo admitted 420 patients on Saturday, a spokesman said.",
     "admitted"),
    ("The field hospital in Mosul admitted scores of wounded fishermen on Thursday.",
     "admitted"),
    ("The retired judge was admitted to the emergency room in Boise on Saturday.", "admitted"),
    ("Of the cyclists, 12 were admitted to a county hospital on Sunday, officials said.",
     "admitted"),
    # a capitalised plural tagged as a proper noun keeps the plural as its lemma
    ("The governor admitted forty flood victims to the state Universities on Monday.",
     "admitted"),
    ("The mayor admitted sixty stranded passengers to the city Academies on Sunday.",
     "admitted"),
])
def test_admitted_to_a_place_is_no_admission(pipe, text, word):
    assert types_of(pipe, text, word) == []


def test_hit_town_is_an_arrival(pipe):
    text = "The former governor hit town on Wednesday to open his campaign office."
    assert types_of(pipe, text, "hit") == []


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
    # what the charge says is told: a charge brought, not a push
    ("The county prosecutor led the charge that the sheriff had hidden the ledgers.",
     "charge", "ACCUSE"),
    ("The county prosecutor led the charge of perjury against the former sheriff.", "charge",
     "ACCUSE"),
    # a misdeed owned up to an institution that is also a place one is let into
    ("The porter admitted the burglaries to the hospital on Wednesday.", "admitted",
     "CONCEDE"),
    # a company named by its web address is visited in person
    ("The trade commissioner visited Booking.com in Amsterdam on Monday for talks.",
     "visited", "CONSULT"),
    # the plural, and one town after another, are places struck
    ("Rebel fighters hit towns near the border on Sunday.", "hit", "ASSAULT"),
    ("Rebel gunners hit town after town in the east on Tuesday.", "hit", "ASSAULT"),
    # the victims of a misdeed owned up to are not people let in, nor is a count of misdeeds
    ("The militia admitted the deaths of nine injured hostages in its camp on Friday.",
     "admitted", "CONCEDE"),
    ("A police cadet admitted four thefts to the academy on Thursday.", "admitted",
     "CONCEDE"),
    ("A police cadet admitted dozens of thefts to the academy on Thursday.", "admitted",
     "CONCEDE"),
])
def test_control_event_senses_stay(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)
