"""fixXb56 (stop 55, reread X findings 3-5 on keycode56's readings):
- an opening participle puts its clause's subject at the meeting only when it is one of
  speaking there or attending (arguments_lists.toml `frame_participles`): "Campaigning in
  Ohio during the summit, the senator said" sets him elsewhere, at its time;
- rallying against something: one person, a pronoun or an office holder opposes it (110);
  a body of people named in the singular ("the crowd", "the union") demonstrates (141);
  a side in a game rallying against its rival is no event;
Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _records(pipe, text, word):
    return [(t, c, actor, recipient) for t, c, trig, actor, recipient in coded(pipe, text)
            if trig == word]


@pytest.mark.parametrize("text", [
    "Campaigning in Iowa during the summit of Nordic leaders, Senator Paul Grant told "
    "voters the bloc was divided.",
    "Watching from his farm after the summit of Nordic leaders, Senator Paul Grant told "
    "voters the bloc was divided.",
])
def test_a_participle_away_from_the_meeting_gives_it_no_doer(pipe, text):
    recs = _records(pipe, text, "summit")
    assert all("Senator Paul Grant" not in actor for _, _, actor, _ in recs), recs


@pytest.mark.parametrize("text, word, actor", [
    # (controls) participles of speaking there or attending keep the clause's subject
    ("Addressing delegates at the summit of Nordic leaders in Oslo, Senator Paul Grant "
     "said the bloc was divided.", "summit", "Senator Paul Grant"),
    ("Speaking to reporters after the talks with Finnish President Anna Lind in Helsinki, "
     "the Swedish foreign minister said trade would grow.", "talks", "the Swedish foreign minister"),
])
def test_a_participle_of_speaking_or_attending_keeps_the_doer(pipe, text, word, actor):
    recs = _records(pipe, text, word)
    assert recs and recs[0][0] == "CONSULT" and recs[0][2] == [actor], recs


@pytest.mark.parametrize("text", [
    "The crowd rallied against the mayor outside city hall on Friday.",
    "The union rallied against the wage freeze in Lyon on Thursday.",
])
def test_a_body_of_people_rallying_against_demonstrates(pipe, text):
    recs = _records(pipe, text, "rallied")
    assert [(t, c) for t, c, _, _ in recs] == [("PROTEST", "141")], recs


def test_a_side_rallying_against_its_rival_is_no_event(pipe):
    assert _records(pipe, "The national team rallied against Portugal in the second "
                    "half.", "rallied") == []


@pytest.mark.parametrize("text", [
    # (controls) one office holder or a named person rallying against something opposes it
    "The governor rallied against the new toll on Friday.",
    "Senator Paul Grant rallied against the farm bill on Tuesday.",
])
def test_one_person_rallying_against_still_opposes(pipe, text):
    recs = _records(pipe, text, "rallied")
    assert [(t, c) for t, c, _, _ in recs] == [("ACCUSE", "110")], recs
