"""confpair56 (stop 55): keycode56's joint conferences, made exact.
- a joint conference is a meeting (CONSULT 040) only when its sides name two different
  countries or bodies; one country's own officials standing together to tell the news
  meet no one (events.extract._home_conference);
- an event noun object of a light verb is that noun's event, not the verb's: "gave a
  news conference" is no aid (events.coding._code_token, OCCASION_OBJECTS).
Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _types(pipe, text, word):
    return [(t, c) for t, c, trig, _, _ in coded(pipe, text) if trig == word]


@pytest.mark.parametrize("text", [
    "Mayor Ann Lee held a joint news conference with Police Chief Tom Hart on Tuesday.",
    "The mayor and the police chief held a joint press conference on Tuesday to announce "
    "the arrests.",
    "Senate Majority Leader John Smith and House Speaker Mary Jones held a joint news "
    "conference on Capitol Hill.",
])
def test_a_joint_conference_of_one_countrys_officials_is_no_meeting(pipe, text):
    assert ("CONSULT", "040") not in _types(pipe, text, "conference")


@pytest.mark.parametrize("text", [
    # (controls) two countries' leaders, or a government and an international body
    "President Jean Dupont of France held a joint news conference with Premier Mario "
    "Rossi of Italy on Tuesday.",
    "The French president and the Italian premier held a joint news conference in Rome.",
    "In Brussels, US President Tom Baker gave a joint news conference alongside NATO "
    "chief Jan Berg.",
    # (control) one side named, its partner left to another sentence
    "At a joint news conference on Friday, French President Jean Dupont said both "
    "governments would cooperate.",
])
def test_a_joint_conference_of_two_countries_stays_a_meeting(pipe, text):
    assert ("CONSULT", "040") in _types(pipe, text, "conference")


@pytest.mark.parametrize("text, word", [
    ("The minister gave a news conference in Lyon on Tuesday.", "gave"),
    ("The minister gave reporters a briefing on Monday.", "gave"),
])
def test_a_light_verb_carrying_an_occasion_gives_nothing(pipe, text, word):
    assert ("AID", "070") not in _types(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    # (controls) the aid given stays aid, beside an occasion object too
    ("The United States gave Ukraine aid.", "aid"),
    ("The minister gave a speech and aid to Kenya.", "aid"),
])
def test_aid_given_stays_aid(pipe, text, word):
    assert ("AID", "070") in _types(pipe, text, word)
