"""fixY55 (stop 54): the review items left from stop 53 (reread Y items 3, 4 and 7;
recip54's dative).
- "yearly" on a later joined verb makes a custom of the first only when the first has no
  complement of its own: "clashed with protesters in the square and have banned such
  marches annually" tells a clash, then a custom (events.modality._habit_word);
- a clause of when before a verb of rejecting ("When the ministry said ..., the police
  denied those claims") is the occasion of the denial, not the claim it points back to
  (events.arguments._claim_told_before);
- a verb of sending whose thing sent is the noun of its relative clause ("the files that
  the ministry declined to send lawmakers") gives its one object as the recipient
  (events.arguments._datives);
- a comment verb on a possessed noun merely spelt "-ing" ("praised the army's building
  in 2025") keeps its year (events.nountimes, reread Y item 7: untested before).
Every sentence is made up; the real parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of, types_of

pytestmark = pytest.mark.slow

LEAD = ("KABUL - Afghan officials said on Monday that talks with Pakistan on the border "
        "crossings would resume next week. ")


@pytest.mark.parametrize("text, word, typ", [
    ("Police clashed with protesters in the square and have banned such marches "
     "annually.", "clashed", "ASSAULT"),
    ("Rebels attacked near the border and raid the area yearly.", "attacked", "ASSAULT"),
    ("Protesters rallied outside parliament and hold such rallies yearly.", "rallied",
     "PROTEST"),
    ("Militias fought with the army near the river and burn the fields annually.",
     "fought", "ASSAULT"),
])
def test_a_whole_act_before_a_yearly_custom_stays(pipe, text, word, typ):
    assert typ in types_of(pipe, text, word)


@pytest.mark.parametrize("text, word", [
    # (controls) joined verbs sharing one object, done yearly: a custom
    ("Soldiers beat and detained the villagers yearly.", "beat"),
    ("Soldiers beat up and detained the villagers yearly.", "beat"),
    ("Police shot and killed about a thousand people annually, the database shows.",
     "shot"),
])
def test_joined_verbs_sharing_the_object_yearly_stay_a_custom(pipe, text, word):
    assert types_of(pipe, text, word) == []


def _recipients(pipe, text, trigger):
    return [r.text for r in by_trigger(events_of(pipe, text, "2026-12-07"),
                                        trigger).recipient]


@pytest.mark.parametrize("text, trigger, teller", [
    ("The opposition said police had beaten protesters. When the ministry said it had "
     "opened an inquiry, the police denied those claims.", "denied", "The opposition"),
    ("Witnesses said soldiers had fired on the crowd. After officials said the curfew "
     "would end, the army denied those claims.", "denied", "Witnesses"),
    ("Union leaders said the plant would close. Once the governor told reporters the "
     "talks had failed, the company rejected those claims.", "rejected", "Union leaders"),
])
def test_a_telling_of_when_is_not_the_claim_rejected(pipe, text, trigger, teller):
    assert _recipients(pipe, text, trigger) == [teller]


@pytest.mark.parametrize("text, trigger, teller", [
    # (controls) a clause of when that tells nothing, and a subject's own clause
    ("Witnesses said soldiers had fired on the crowd. When reporters asked, the army "
     "denied those claims.", "denied", "Witnesses"),
    ("Witnesses said soldiers had fired on the crowd. The army, which said it was "
     "investigating, denied those claims.", "denied", "Witnesses"),
    # (control) a clause of although that tells is what is pointed back to
    ("Union leaders said the plant would close. Although the mayor says the plant is "
     "safe, the company rejected those claims.", "rejected", "the mayor"),
    # (control) a clause of when told by the claim's own verb is the claim
    ("When the opposition alleged fraud, the commission rejected those allegations.",
     "rejected", "the opposition"),
])
def test_the_teller_pointed_back_to_otherwise_is_kept(pipe, text, trigger, teller):
    assert _recipients(pipe, text, trigger) == [teller]


@pytest.mark.parametrize("text, trigger, want", [
    ("Senators sought the memo that the cabinet had declined to send Congress.",
     "declined", ["Congress"]),
    ("Democrats demanded the files that the ministry declined to send lawmakers.",
     "declined", ["lawmakers"]),
    ("Democrats demanded the files that the ministry declined to send lawmakers.",
     "send", ["lawmakers"]),
])
def test_whom_a_relative_thing_is_sent_to_is_the_recipient(pipe, text, trigger, want):
    assert _recipients(pipe, text, trigger) == want


@pytest.mark.parametrize("text, trigger, want", [
    # (controls) the bare dative, the "to", and what is sent under a clause of where,
    # or of a whole sending
    ("The cabinet declined to send Congress the memo.", "declined", ["Congress"]),
    ("The cabinet has declined to send it to Congress.", "declined", ["Congress"]),
    ("Officials welcomed the deal under which Germany agreed to send troops.", "agreed",
     []),
    ("The region where Germany agreed to send troops is calm.", "agreed", []),
    ("Germany agreed to send 400 troops.", "agreed", []),
])
def test_what_is_sent_stays_no_recipient(pipe, text, trigger, want):
    assert _recipients(pipe, text, trigger) == want


@pytest.mark.parametrize("text, word", [
    # (a year close to publication, so that the record is kept, not dropped as history)
    ("The governor praised the army's building in 2025.", "praised"),
    ("The mayor praised the company's building in 2025.", "praised"),
])
def test_a_comment_on_a_possessed_thing_spelt_ing_keeps_its_year(pipe, text, word):
    events = events_of(pipe, LEAD + text, "2026-12-07")
    found = [ev for ev in events if ev.trigger and ev.trigger.text == word]
    assert found and all(ev.date_text == "2025" for ev in found), \
        [(ev.type, ev.date) for ev in found]
