"""keycode56 (stop 55): key events with no record of their type.
- a participle opening the sentence ("Speaking at a summit in Riga, the chancellor said
  ...") is set at the meeting with the subject of the clause it hangs on, as the same
  participle set after the subject is (events.arguments._opening_participle_subject);
- a joint news conference is a meeting of its hosts (lexicon "joint conference", CONSULT
  040); a conference alone is no meeting;
- one person or office holders rallying against something oppose it (ACCUSE 110), while
  a crowd rallying against it demonstrates (events.senses._rally).
Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import coded

pytestmark = pytest.mark.slow


def _records(pipe, text, word):
    return [(t, c, actor, recipient) for t, c, trig, actor, recipient in coded(pipe, text)
            if trig == word]


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("Speaking at a summit of Baltic nations in Riga on Monday, German Chancellor Hans "
     "Weber said energy security was vital.", "summit", "German Chancellor Hans Weber",
     "Baltic nations"),
    ("Speaking after talks with Chinese President Li Wei in Beijing, German Chancellor "
     "Hans Weber said trade would grow.", "talks", "German Chancellor Hans Weber",
     "Chinese President Li Wei"),
    ("Speaking during a visit to Kenya, the British foreign secretary said aid would "
     "rise.", "visit", "the British foreign secretary", "Kenya"),
])
def test_an_opening_participle_is_at_the_meeting_with_its_clause_subject(
        pipe, text, word, actor, recipient):
    recs = _records(pipe, text, word)
    assert recs and recs[0][0] == "CONSULT", recs
    assert recs[0][2] == [actor] and recs[0][3] == [recipient], recs


@pytest.mark.parametrize("text, word, actor", [
    # (controls) the subject told before the participle, and a frame phrase with no
    # participle: read so before the change too
    ("German Chancellor Hans Weber, speaking at a summit of Baltic nations in Riga on "
     "Monday, said energy security was vital.", "summit", "German Chancellor Hans Weber"),
    ("At a summit of Baltic nations in Riga on Monday, German Chancellor Hans Weber said "
     "energy security was vital.", "summit", "German Chancellor Hans Weber"),
])
def test_a_subject_before_the_frame_is_at_the_meeting(pipe, text, word, actor):
    recs = _records(pipe, text, word)
    assert recs and recs[0][0] == "CONSULT" and recs[0][2] == [actor], recs


def test_talks_told_in_the_content_stay_without_the_speaker(pipe):
    # (control) the meeting is in what the minister said, not where he spoke: no doer
    # is borrowed for it from an opening participle of speaking to reporters
    recs = _records(pipe, "Speaking to reporters on Monday, the minister said the talks "
                    "with Iran had stalled.", "talks")
    assert all(actor == [] for _, _, actor, _ in recs), recs


@pytest.mark.parametrize("text, actor, recipient", [
    ("President Jean Dupont of France held a joint news conference with Premier Mario "
     "Rossi of Italy on Tuesday.", "President Jean Dupont", "Premier Mario Rossi"),
    ("Speaking at the joint news conference with Premier Mario Rossi of Italy on Tuesday, "
     "President Jean Dupont of France said both governments would cooperate on migration.",
     "President Jean Dupont", "Premier Mario Rossi"),
])
def test_a_joint_news_conference_is_a_meeting(pipe, text, actor, recipient):
    recs = _records(pipe, text, "conference")
    assert recs and recs[0][:2] == ("CONSULT", "040"), recs
    assert recs[0][2] == [actor] and recs[0][3] == [recipient], recs


@pytest.mark.parametrize("text", [
    # (controls) one side's news conference is no meeting
    "President Jean Dupont of France held a news conference in Lyon.",
    "Speaking at a Lyon news conference on Tuesday, President Jean Dupont of France said "
    "both governments would cooperate on migration.",
])
def test_a_news_conference_alone_is_no_meeting(pipe, text):
    assert _records(pipe, text, "conference") == []


@pytest.mark.parametrize("text, actor", [
    ("House Speaker Maria Lopez rallied against the prospect of the governor declaring a "
     "state of emergency.", "House Speaker Maria Lopez"),
    ("Several senators rallied against the spending bill on Tuesday.", "Several senators"),
])
def test_rallying_against_by_officials_or_one_person_is_opposing(pipe, text, actor):
    recs = _records(pipe, text, "rallied")
    assert [(t, c) for t, c, _, _ in recs] == [("ACCUSE", "110")], recs
    assert recs[0][2] == [actor], recs


@pytest.mark.parametrize("text, typ", [
    # (controls) a crowd rallying against something demonstrates; rallying behind a
    # leader or to do something is no opposition
    ("Thousands of students rallied against the tuition increase in the capital on "
     "Saturday.", "PROTEST"),
    ("The governor rallied to block the new pipeline on Friday.", "SUPPORT"),
])
def test_crowds_and_campaigns_rallying_keep_their_reading(pipe, text, typ):
    recs = _records(pipe, text, "rallied")
    assert [t for t, _, _, _ in recs] == [typ], recs


def test_a_joint_conference_is_where_the_news_is_said_not_the_main_act(pipe):
    # the conference is recorded, but the act said at it keeps the main act's mark
    from made_up import events_of
    text = ("PARIS - Speaking at the joint press conference with Premier Mario Rossi of Italy "
            "in Paris on Tuesday, President Jean Dupont of France said France would send more "
            "aid to Lebanon.\n\nDupont also criticized Russia's role in Syria. The two "
            "leaders discussed migration.")
    events = events_of(pipe, text)
    conference = [ev for ev in events if ev.trigger and ev.trigger.text == "conference"]
    assert conference and conference[0].type == "CONSULT", events
    assert not conference[0].key
    assert any(ev.key for ev in events if ev.trigger and ev.trigger.text != "conference")
