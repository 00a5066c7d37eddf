"""fixX (reread X of stop 53): narrowings of three rules that reached past their shape.
- a long-past time after a possessed act leaves the verb undated only for verbs that
  comment now on the act ("defended his vote in 2015"), and only for a real act noun: a
  verb that acts on the act ("confirmed the general's nomination in 2019") or a noun
  spelt "-ing" ("their king", "the army's building") keeps its year, so long-past
  history stays out (events.nountimes._possessed_act_far_time);
- "yearly" on a later joined verb makes a custom of the first only when they share the
  object and the first has no time of its own: "beat and detained the villagers yearly"
  is a custom, "raided the offices on Tuesday and publish their figures yearly" a dated
  raid (events.modality._habit_word);
- an attack noun with a noun compound of its own names the thing hit ("a diplomatic
  compound attack"), and "courtroom" is a place, not a means: both are force
  (events.senses._figurative_attack).
Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of, types_of

pytestmark = pytest.mark.slow

LEAD = ("KABUL - Afghan officials said on Monday that talks with Pakistan on the border "
        "crossings would resume next week. ")


@pytest.mark.parametrize("text, word", [
    ("Protesters overthrew their king in 2011.", "overthrew"),
    ("The army deposed the country's king in 1952.", "deposed"),
    ("The Senate confirmed the general's nomination in 2019.", "confirmed"),
])
def test_an_act_on_a_possessed_thing_long_ago_is_history(pipe, text, word):
    events = events_of(pipe, LEAD + text, "2026-12-07")
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    # kept out as history, or kept with its own year: never undated
    assert all(ev.date_text for ev in found), [(ev.type, ev.date) for ev in found]


@pytest.mark.parametrize("text, word", [
    ("The minister defended her signing of the treaty two years ago, saying she was "
     "proud of it.", "defended"),
    ("The minister defended his vote for the ban in 2015, saying it saved the fleet.",
     "defended"),
])
def test_a_comment_on_a_past_act_is_not_dated_by_it(pipe, text, word):
    """The intended case: undated, or dated by the story's days (after 2020)."""
    ev = by_trigger(events_of(pipe, LEAD + text, "2026-12-07"), word)
    assert ev.date is None or ev.date >= "2026", (ev.date, ev.date_text)


@pytest.mark.parametrize("text, word, typ", [
    ("Police raided the offices on Tuesday and publish their arrest figures yearly.",
     "raided", "COERCE"),
    ("Rebels attacked the convoy on Tuesday and have attacked the route yearly since "
     "2010.", "attacked", "ASSAULT"),
])
def test_a_dated_act_before_a_yearly_one_stays(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    ("Soldiers beat and detained the villagers yearly.", "beat"),
    ("Soldiers beat and detained the villagers yearly.", "detained"),
])
def test_joined_verbs_done_yearly_are_a_custom(pipe, text, word):
    assert types_of(pipe, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("Insurgents launched a diplomatic compound attack in Kabul on Monday.", "attack"),
    ("A man was arrested after a courtroom assault on a judge in Ohio on Monday.",
     "assault"),
])
def test_an_attack_on_a_named_thing_or_in_a_place_is_force(pipe, text, word):
    assert "ASSAULT" in types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    ("The ministry launched a legal attack on the court's ruling on Monday.", "attack"),
    ("The prime minister launched a charm offensive in Brussels on Monday.", "offensive"),
    ("The party began a media blitz against the tax on Tuesday.", "blitz"),
])
def test_a_campaign_by_other_means_stays_no_force(pipe, text, word):
    assert "ASSAULT" not in types_of(pipe, text, word)


def _confidence(pipe, text, word):
    ev = by_trigger(events_of(pipe, text, "2026-12-07"), word)
    return ev.confidence


@pytest.mark.parametrize("noun", ["criticism", "complaint", "assessment"])
def test_a_noun_that_takes_the_act_as_done_does_not_make_it_unchecked(pipe, noun):
    """fixX (reread X, finding 2): a criticism or an assessment of a strike takes the
    strike as done; only a claim's "of" names an act not checked (control below)."""
    given = _confidence(pipe, f"Officials could not confirm the {noun} of the Israeli air "
                              "strike on the hospital on Monday.", "strike")
    claimed = _confidence(pipe, "Officials could not confirm the account of the Israeli "
                                "air strike on the hospital on Monday.", "strike")
    assert given > claimed, (given, claimed)


@pytest.mark.parametrize("text", [
    "The president's discussion of the conflict with the Ukrainian leader lasted two hours.",
    "The prime minister's discussion of the dispute with his Indian counterpart lasted an "
    "hour.",
    "The minister's discussion of the tensions with her Chinese counterpart lasted an hour "
    "on Monday.",
])
def test_a_discussion_with_a_leader_is_a_meeting(pipe, text):
    """fixX (reread X, finding 3): "with" names the partner even after a topic of two
    parties; "between" names the topic's own parties (tests/test_event_fixV54_slow.py)."""
    assert "CONSULT" in types_of(pipe, text, "discussion")


def _recipients(pipe, text, word):
    ev = by_trigger(events_of(pipe, text, "2026-12-07"), word, last=True)
    return [r.text for r in ev.recipient]


WITNESSES = "Witnesses said soldiers had fired on the crowd. "


@pytest.mark.parametrize("second, word", [
    ("The army, which arrived later, denied those claims.", "denied"),
    ("When reporters asked on Monday, the army denied those claims.", "denied"),
    ("The colonel who leads the unit denied those claims.", "denied"),
    ("The army spokesman, who spoke to reporters, rejected that account.", "rejected"),
    # control: a participle clause was read through before, and still is
    ("Asked about it on Monday, the army denied those claims.", "denied"),
])
def test_a_clause_on_the_rejecter_or_of_when_does_not_hide_the_teller(pipe, second, word):
    """fixX (reread X, finding 1): the claims pointed back to are the sentence before's."""
    assert _recipients(pipe, WITNESSES + second, word) == ["Witnesses"]


def test_a_clause_of_another_act_in_the_own_sentence_still_holds_the_claim(pipe):
    """The intended case of the own-sentence rule stays (tests/test_event_fixV54_slow.py)."""
    text = ("Union leaders said the plant would close. The House passed a bill, but the "
            "company rejected those claims.")
    assert _recipients(pipe, text, "rejected") == []


def test_joined_verbs_of_a_yearly_count_are_a_custom(pipe):
    """The conjunct's own "annually" (a DATE to the parser) is not the first verb's time."""
    text = "Police shot and killed about a thousand people annually, the database shows."
    assert types_of(pipe, text, "shot") == []
