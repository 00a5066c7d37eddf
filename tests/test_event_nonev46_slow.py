"""Judged non-events at the cut of three shapes of language (events.senses, events.furniture,
events.modality), with controls that keep their records:

- a written message sent out with a verb of force or of harsh words ("blasted out a press
  release", "blasted an email to supporters", "shot off a tweet") is no criticism and no
  force; a message the story already knows ("blasted the letter") is what is criticised;
- an opinion piece's author's note ("... Any views expressed in this column stay
  hers") is no story line;
- an event noun that is the subject of a timetable passive told in the present ("a
  meeting ... is scheduled for Friday") lies ahead; told in the past it is left alone.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded, events_of

pytestmark = pytest.mark.slow


def _types_of(pipe, text: str, word: str) -> list[str]:
    return [t for t, _, trig, _, _ in coded(pipe, text) if trig == word]


@pytest.mark.parametrize("text, word", [
    ("Senator Dana Pruitt blasted out a press release on Monday announcing her support "
     "for the dairy bill.", "blasted"),
    ("Governor Omar Velez blasted an email to his donors on Tuesday asking them to give "
     "before the quarter ends.", "blasted"),
    ("The mayor shot off a tweet on Wednesday praising the new fire chief.", "shot"),
])
def test_message_sent_is_no_criticism_or_force(pipe, text, word):
    assert _types_of(pipe, text, word) == []


def test_press_release_releases_no_one(pipe):
    text = ("Senator Dana Pruitt blasted out a press release on Monday announcing her "
            "support for the dairy bill.")
    assert _types_of(pipe, text, "release") == []


@pytest.mark.parametrize("text, word, typ", [
    ("Senator Dana Pruitt blasted the governor on Monday for vetoing the dairy bill.",
     "blasted", "ACCUSE"),
    ("Opposition leaders blasted the letter on Thursday, calling it a cheap stunt.",
     "blasted", "ACCUSE"),
    ("Rebels fired rockets at two border towns on Monday.", "fired", "ASSAULT"),
])
def test_control_criticism_and_force_stay(pipe, text, word, typ):
    assert typ in _types_of(pipe, text, word)


NOTE_ACT = ("Mara Olsen, who hosts the morning show on Radio Nine each weekday, is writing "
            "columns about the royal couple's visit to Canada this month.")
STORY = ("Ottawa welcomed the royal couple on Monday. The prime minister thanked them for "
         "coming.")


def test_authors_note_gives_no_record(pipe):
    text = "\n\n".join([NOTE_ACT + " Any opinions expressed in this commentary stay "
                        "hers alone.", STORY])
    assert "visit" not in [ev.trigger.text for ev in events_of(pipe, text) if ev.trigger]


def test_control_the_same_line_without_a_note_keeps_its_record(pipe):
    text = "\n\n".join([NOTE_ACT, STORY])
    assert "visit" in [ev.trigger.text for ev in events_of(pipe, text) if ev.trigger]


def test_meeting_on_the_timetable_is_ahead(pipe):
    text = "A meeting between the foreign ministers of Chile and Peru is scheduled for Friday."
    assert _types_of(pipe, text, "meeting") == []


def test_control_meeting_held_stays(pipe):
    text = ("The foreign ministers of Chile and Peru held a meeting in Lima on Monday to "
            "settle the fishing dispute.")
    assert "CONSULT" in _types_of(pipe, text, "meeting")


def test_talks_set_for_next_week_are_ahead(pipe):
    text = "Talks between the two ministers are set for next week in Cairo, the ministry said on Monday."
    assert _types_of(pipe, text, "Talks") == []


def test_control_alert_set_at_a_level_stays(pipe):
    """"set" with no "for" puts nothing on a timetable: an alert raised to a level is told done."""
    text = "France's terrorism alert has been set at \"urgent,\" meaning the police expect an attack."
    assert "MOBILIZE" in _types_of(pipe, text, "alert")
