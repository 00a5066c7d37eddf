"""Judged non-events at the cut of three shapes of language (events.senses, events.furniture,
events.modality), with controls that keep their records:

- a written message sent out with a verb of force or of harsh words ("blasted out a press
  release", "blasted an email to supporters", "shot off a tweet") is no criticism and no
  force; a message the story already knows ("blasted the letter") is what is criticised;
- an opinion piece's author's note ("... Any opinions expressed in this
  newsletter are hers alone") is no story line;
- an event noun that is the subject of a timetable passive told in the present ("a
  meeting ... is scheduled for Friday") lies ahead; told in the past it is left alone.

Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded, events_of, types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("Senator Dana Pruitt blasted out a press release on Monday announcing her support "
     "for the dairy bill.", "blasted"),
    ("Governor Omar Velez blasted an email to his donors on Tuesday asking them to give "
     "before the quarter ends.", "blasted"),
    ("The mayor shot off a tweet on Wednesday praising the new fire chief.", "shot"),
])
def test_message_sent_is_no_criticism_or_force(pipe, text, word):
    assert types_of(pipe, text, word) == []


def test_press_release_releases_no_one(pipe):
    """A "release" that is a written statement frees no one ("issued a press release" is
    no release of captives)."""
    text = "The rebels freed two hostages and issued a press release on Sunday."
    assert types_of(pipe, text, "release") == []
    assert "RETREAT" in types_of(pipe, text, "freed")


@pytest.mark.parametrize("text, word, typ", [
    ("Senator Dana Pruitt blasted the governor on Monday for vetoing the dairy bill.",
     "blasted", "ACCUSE"),
    ("Opposition leaders blasted the letter on Thursday, calling it a cheap stunt.",
     "blasted", "ACCUSE"),
    ("Rebels fired rockets at two border towns on Monday.", "fired", "ASSAULT"),
])
def test_control_criticism_and_force_stay(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


NOTE_ACT = ("Mara Olsen, who hosts the morning show on Radio Nine each weekday, is writing "
            "columns about the royal couple's visit to Canada this month.")
STORY = ("Ottawa welcomed the royal couple on Monday. The prime minister thanked them for "
         "coming.")


def test_authors_note_gives_no_record(pipe):
    text = "\n\n".join([NOTE_ACT + " Any opinions expressed on this "
                        "programme are solely hers.", STORY])
    assert "visit" not in [ev.trigger.text for ev in events_of(pipe, text) if ev.trigger]


def test_control_the_same_line_without_a_note_keeps_its_record(pipe):
    text = "\n\n".join([NOTE_ACT, STORY])
    assert "visit" in [ev.trigger.text for ev in events_of(pipe, text) if ev.trigger]


def test_meeting_on_the_timetable_is_ahead(pipe):
    text = "A meeting between the foreign ministers of Chile and Peru is scheduled for Friday."
    assert types_of(pipe, text, "meeting") == []


def test_control_meeting_held_stays(pipe):
    text = ("The foreign ministers of Chile and Peru held a meeting in Lima on Monday to "
            "settle the fishing dispute.")
    assert "CONSULT" in types_of(pipe, text, "meeting")


def test_talks_set_for_next_week_are_ahead(pipe):
    text = "Talks between the two ministers are set for next week in Cairo, the ministry said on Monday."
    assert types_of(pipe, text, "Talks") == []


def test_control_alert_set_at_a_level_stays(pipe):
    """"set" with no "for" puts nothing on a timetable: an alert raised to a level is told done."""
    text = "France's terrorism alert has been set at \"urgent,\" meaning the police expect an attack."
    assert "MOBILIZE" in types_of(pipe, text, "alert")


# Someone else's message is what is criticised: "blasted a letter from the union", "a memo
# written by the budget office". A new message sent is told with "out"/"off" or "to".
@pytest.mark.parametrize("text", [
    "The mayor blasted a letter from the teachers' union on Monday as dishonest.",
    "The senator blasted a memo written by the budget office on Tuesday.",
])
def test_someone_elses_message_blasted_is_criticism(pipe, text):
    assert "ACCUSE" in types_of(pipe, text, "blasted")


def test_control_a_message_sent_to_someone_is_no_criticism(pipe):
    text = "The mayor blasted an email to city workers on Monday urging them to vote."
    assert types_of(pipe, text, "blasted") == []


def test_message_sent_out_naming_its_target_is_criticism(pipe):
    """The naming ("calling the senator a fraud") gives no record of its own, so the
    sending verb keeps the criticism and its target."""
    text = ("The campaign of Governor Ruth Alder blasted out a long statement late Tuesday "
            "calling the senator a fraud.")
    assert [r for t, _, trig, _, r in coded(pipe, text)
            if trig == "blasted" and t == "ACCUSE"] == [["the senator"]]


def test_control_message_sent_out_calling_for_something_is_none(pipe):
    text = ("The campaign of Governor Ruth Alder blasted out a long statement late Tuesday "
            "calling for unity.")
    assert types_of(pipe, text, "blasted") == []


def test_a_post_blasted_is_no_message(pipe):
    """An army post is a place: what is blasted there keeps a record."""
    assert types_of(pipe, "Insurgents blasted an army post near the river on Sunday.",
                     "blasted") != []


# An event held, then "expected to" bring something, keeps its record; the occasion itself
# "scheduled to begin" lies ahead.
@pytest.mark.parametrize("text, word, typ", [
    ("The arrest of union boss Karl Brandt by police on Friday is expected to spark strikes.",
     "arrest", "COERCE"),
    ("The trial of the former governor, which opened on Tuesday, is expected to last weeks.",
     "trial", "ACCUSE"),
])
def test_event_expected_to_bring_something_stays(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


# An occasion "expected to" go on takes no object: it lies ahead like one "scheduled to
# begin". A trial the sentence has not told as begun is ahead too, whatever the parse
# makes of "to last weeks".
@pytest.mark.parametrize("text, word", [
    ("Negotiations between the two unions are expected to continue on Tuesday in Leeds.",
     "Negotiations"),
    ("The summit of Nordic leaders is expected to conclude on Thursday in Bergen.", "summit"),
    ("The meeting of the two envoys is expected to last three hours on Sunday.", "meeting"),
    ("The trial of the former mayor, who quit in March, is expected to last weeks.", "trial"),
])
def test_occasion_expected_to_go_on_is_ahead(pipe, text, word):
    assert types_of(pipe, text, word) == []


def test_control_visit_expected_to_act_on_something_stays(pipe):
    text = "The visit by the Indian premier on Monday is expected to ease tensions with Nepal."
    assert "CONSULT" in types_of(pipe, text, "visit")


def test_control_trial_scheduled_to_begin_is_ahead(pipe):
    text = "The trial of the former governor is scheduled to begin on Tuesday."
    assert types_of(pipe, text, "trial") == []


def test_meeting_planned_for_a_day_is_ahead(pipe):
    text = "A meeting between the two prime ministers is planned for Monday in Vienna."
    assert types_of(pipe, text, "meeting") == []


@pytest.mark.parametrize("text", [
    "A meeting between the two prime ministers was planned for Monday in Vienna.",
    "A meeting between the two foreign ministers was scheduled for Thursday in Oslo.",
])
def test_control_meeting_told_on_the_timetable_in_the_past_stays(pipe, text):
    assert "CONSULT" in types_of(pipe, text, "meeting")


def test_control_a_message_sent_to_readers_with_dative_to_is_no_criticism(pipe):
    text = "The senator blasted an email to backers on Monday."
    assert types_of(pipe, text, "blasted") == []


def test_control_a_release_that_describes_without_naming_is_no_criticism(pipe):
    text = "The ministry blasted out a press release on Monday describing the new clinic."
    assert types_of(pipe, text, "blasted") == []


# An event the sentence tells as held keeps its record whatever it is "expected to" do,
# with an object or not: a past time counted back on the noun or the participle, or a
# relative clause that tells it begun (active, passive, its pronoun the object, or on the
# noun of a "by" phrase).
@pytest.mark.parametrize("text, word, typ", [
    ("The arrest of the dock workers' leader by police last week is expected to backfire.",
     "arrest", "COERCE"),
    ("The talks between the two premiers yesterday are expected to lead on to a trade pact.",
     "talks", "CONSULT"),
    ("The visit by the Chilean foreign minister, which began on Sunday, is expected to "
     "last four days.", "visit", "CONSULT"),
    ("The trial of the former governor, which was opened on Monday, is expected to last "
     "months.", "trial", "ACCUSE"),
    ("The trial of the former senator, which the court opened on Monday, is expected "
     "to last months.", "trial", "ACCUSE"),
])
def test_event_told_as_held_stays_whatever_it_is_expected_to_do(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


def test_trial_of_those_who_did_something_is_not_begun(pipe):
    """A relative clause on the accused that tells what they did is no trial begun: the
    trial lies ahead."""
    text = "The trial of the cartel, which bribed two judges in May, is expected to last months."
    assert types_of(pipe, text, "trial") == []


@pytest.mark.parametrize("text, word", [
    ("The meeting of the two envoys is expected to culminate in a truce.", "meeting"),
    # arranged, not held: what is done to an occasion in the past is no holding of it
    ("The summit of Baltic premiers, which was announced last month, is expected to last "
     "two days.", "summit"),
])
def test_control_event_not_told_as_held_stays_ahead(pipe, text, word):
    assert types_of(pipe, text, word) == []
