"""fixX55 (stop 54): reread X's confirmed over-reaches in actorc55's "led by" rule and
fixY55's three rules.
- a telling clause of when before a verb of rejecting ("When the opposition said the
  vote was rigged, the commission rejected those claims") is set aside only when an
  earlier telling can stand for the claim; with none, its teller made the claim
  (events.arguments._claim_told_before);
- a group "led by" a foreigner does not take his country over the place its clause
  names ("protesters led by an American activist marched in Caracas"), and a regional
  modifier ("European lawmakers") makes a group of many states (events.actorrefs);
- a force sent, or a stranded preposition, in a relative clause of sending is no
  recipient ("the mission that Germany agreed to send troops", "the operation that
  France agreed to send soldiers for": events.arguments._datives);
- a stranded preposition is not the first joined verb's own complement: "shot at and
  beat protesters yearly" is a custom (events.modality._habit_word).
Every sentence is made up; the real parse is read (slow). The fix cases fail on
8821bb6c; the controls pass on both."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

PUB = "2026-12-07"


def _found(pipe, text, word):
    return [ev for ev in events_of(pipe, text, PUB) if ev.trigger and ev.trigger.text == word]


def _recipients(pipe, text, word):
    found = _found(pipe, text, word)
    assert found, f"no {word!r} record"
    return [r.text for ev in found for r in ev.recipient]


@pytest.mark.parametrize("text, word, teller", [
    ("When the opposition said the vote was rigged, the commission rejected those "
     "claims.", "rejected", "the opposition"),
    ("When the opposition charged that the vote was rigged, the commission rejected "
     "those claims.", "rejected", "the opposition"),
    ("After the rebels said they had taken the dam, the army denied those claims.",
     "denied", "the rebels"),
    ("Once the rebels insisted they held the town, the army dismissed those claims.",
     "dismissed", "the rebels"),
    ("Before the farmers insisted the dam had flooded their fields, the ministry "
     "dismissed those claims.", "dismissed", "the farmers"),
])
def test_a_telling_when_clause_with_no_earlier_telling_names_the_claimant(
        pipe, text, word, teller):
    assert _recipients(pipe, text, word) == [teller]


@pytest.mark.parametrize("text, word, teller", [
    # (controls) an earlier telling stands for the claim; the claim's own verb keeps it
    ("The opposition says the count was fixed. Hours after the ministry said it had "
     "opened an inquiry, the police denied those claims.", "denied", "The opposition"),
    ("After the rebels claimed they held the town, the army denied those claims.",
     "denied", "the rebels"),
])
def test_control_an_earlier_telling_or_the_claims_own_verb(pipe, text, word, teller):
    assert _recipients(pipe, text, word) == [teller]


def _actor_countries(pipe, text, word):
    found = _found(pipe, text, word)
    assert found, f"no {word!r} record"
    return [a.country for ev in found for a in ev.actor[:1]]


@pytest.mark.parametrize("text, word, country", [
    ("Demonstrators led by American actor Sean Penn marched to the palace in "
     "Port-au-Prince on Monday.", "marched", "HTI"),
    ("Protesters led by American activist Cindy Sheehan marched in Caracas on Monday.",
     "marched", "VEN"),
    # (control) a leader of the place's own country
    ("Protesters led by Venezuelan opposition leader Juan Guaido marched in Caracas on "
     "Monday.", "marched", "VEN"),
])
def test_a_place_of_the_clause_outweighs_a_foreign_leader(pipe, text, word, country):
    assert _actor_countries(pipe, text, word) == [country]


@pytest.mark.parametrize("text, word", [
    ("European lawmakers led by French legislator Nathalie Loiseau criticized the vote "
     "on Monday.", "criticized"),
    ("African lawmakers led by Nigerian senator Bukola Saraki condemned the coup on "
     "Monday.", "condemned"),
])
def test_a_regional_group_led_by_someone_is_of_many_states(pipe, text, word):
    assert _actor_countries(pipe, text, word) == [None]


@pytest.mark.parametrize("text, word", [
    ("The operation that France agreed to send soldiers for was cancelled on Monday.",
     "agreed"),
    ("The mission that Germany agreed to send troops was cancelled on Monday.", "agreed"),
    ("The campaign that Britain promised to send marines for was called off on "
     "Friday.", "send"),
])
def test_a_force_sent_or_a_stranded_preposition_is_no_recipient(pipe, text, word):
    assert _recipients(pipe, text, word) == []


@pytest.mark.parametrize("text, word, want", [
    # (controls) whom the thing is sent to
    ("The aid that the United States pledged to send Ukraine arrived on Monday.", "send",
     ["Ukraine"]),
    ("The aircraft that Moscow refused to give the rebels were grounded on Monday.",
     "give", ["the rebels"]),
    ("The files that the ministry refused to give Congress were released on Monday.",
     "give", ["Congress"]),
])
def test_control_whom_a_relativised_thing_goes_to(pipe, text, word, want):
    assert _recipients(pipe, text, word) == want


@pytest.mark.parametrize("text, word", [
    ("Soldiers shot at and beat protesters yearly.", "shot"),
    ("Police fired at and beat marchers annually.", "fired"),
    ("Troops fired on and beat villagers yearly.", "fired"),
])
def test_a_stranded_preposition_shares_the_yearly_object(pipe, text, word):
    assert _found(pipe, text, word) == []


def test_control_a_preposition_with_its_own_object_is_a_whole_act(pipe):
    found = _found(pipe, "Police clashed with protesters and detain them annually.",
                   "clashed")
    assert [ev.type for ev in found] == ["ASSAULT"]
