"""Recipients left empty where the sentence names the target, through spaCy's real parse
and the whole pipeline, on sentences made up for the test:

- a thing acted on stands for its owner through a count of its members ("stalled three
  of X's appointments") and through a passive participle that names its maker with
  "by" ("struck down the rules put in place by X");
- a "to" infinitive that completes the act names its target under a preposition
  ("refused to testify before the committee", "refused to meet with X");
- a verb of doubting names whom the doubt is about as its content clause's subject
  ("questioned whether X had the authority").

Each positive case fails before the change; the controls (marked) pass on both."""

from __future__ import annotations

import pytest

from made_up import by_trigger, events_of

pytestmark = pytest.mark.slow


def _recipients(pipe, text, trigger):
    return [r.text for r in by_trigger(events_of(pipe, text, "2026-12-06"), trigger).recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    # the owner of the members counted
    ("On Tuesday, Senate Democrats voted to stall three of Governor Alan Pike's "
     "appointments to the state board.", "stall", "Alan Pike"),
    # the maker named by a passive participle on the thing acted on
    ("A federal judge in Denver on Monday struck down the rules put in place by "
     "Governor Alan Pike last year.", "struck", "Alan Pike"),
    ("Party leaders on Friday condemned a raid carried out by rebel fighters.",
     "condemned", "fighters"),
    # a preposition of the infinitive that completes the act
    ("The senator on Monday again refused to testify before a state ethics committee.",
     "refused", "committee"),
    ("The mayor on Monday refused to meet with Governor Alan Pike.", "refused", "Alan Pike"),
    # the subject of the clause a verb of doubting questions
    ("On Monday the senator questioned whether the governor had the authority to close "
     "the schools.", "questioned", "governor"),
    ("The union on Friday disputed that the company had paid its workers on time.",
     "disputed", "company"),
])
def test_the_target_named_in_the_sentence_is_the_recipient(pipe, text, trigger, recipient):
    got = _recipients(pipe, text, trigger)
    assert any(recipient in r for r in got), got


@pytest.mark.parametrize("text, trigger", [
    # (controls, pass on main too) members of no one's, a maker not named, a march's
    # companions under "with"
    ("Senator Ruth Kane on Monday blocked two of the bills passed last spring.", "blocked"),
    ("A federal judge on Monday struck down the rules put in place last year.", "struck"),
    ("The union on Monday refused to march with the strikers in Denver.", "refused"),
    # a doubt about a thing, no one named
    ("The mayor on Tuesday questioned the decision.", "questioned"),
    # a purpose clause's target is not the main act's (only a complement completes it)
    ("The senator resigned on Monday to campaign against the governor.", "resigned"),
    ("The mayor arrived on Monday to speak with the striking workers.", "arrived"),
])
def test_control_no_target_named_stays_empty(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []


@pytest.mark.parametrize("text, trigger", [
    # a participle of getting, seeing or holding names who has the thing, not its maker
    ("The governor on Tuesday rejected a budget memo obtained by a local newspaper.",
     "rejected"),
    ("The mayor on Friday denounced a draft plan seen by reporters last week.", "denounced"),
    # parties settling among themselves: whom their plan names stands outside it
    ("Three cabinet ministers on Thursday agreed not to discuss the audit with Prime "
     "Minister Lena Ross.", "agreed"),
])
def test_a_holder_or_an_outsider_is_not_the_recipient(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []


@pytest.mark.parametrize("text, trigger, recipient", [
    # (controls) a maker named by "by"; one party agreeing to meet another
    ("The council on Monday condemned a policy drafted by Governor Alan Pike.",
     "condemned", "Alan Pike"),
    ("The prime minister on Thursday agreed to meet with President Omar Haddad in Geneva.",
     "agreed", "Omar Haddad"),
])
def test_control_a_maker_or_a_partner_stays(pipe, text, trigger, recipient):
    got = _recipients(pipe, text, trigger)
    assert any(recipient in r for r in got), got


# An article of several acts, one of them with a target named only through the owner
# of a thing acted on; the others' roles do not depend on it.
_ARTICLE = ("Russia on Tuesday expelled two French diplomats from Moscow. A federal judge "
            "in Denver on Monday struck down the rules put in place by Governor Ruth Kane "
            "last year. The mayor of Lyon on Wednesday met the French foreign minister "
            "in Paris.")


def test_a_further_target_moves_only_its_own_record(pipe, monkeypatch):
    from newsbrief.events import arguments

    with_it = {ev.id: ev for ev in events_of(pipe, _ARTICLE, "2026-12-06")}
    struck = by_trigger(list(with_it.values()), "struck")
    assert any("Ruth Kane" in r.text for r in struck.recipient)
    monkeypatch.setattr(arguments, "_further_targets", lambda verb, actorish: [])
    without = {ev.id: ev for ev in events_of(pipe, _ARTICLE, "2026-12-06")}
    assert set(without) == set(with_it)
    assert not by_trigger(list(without.values()), "struck").recipient
    others = [i for i in with_it if i != struck.id]
    assert others
    assert [with_it[i].confidence for i in others] == [without[i].confidence for i in others]


# Two refusals by one doer in one sentence: the one whose target is named only through
# an infinitive's preposition would outrank the other with that target counted.
_TWO_REFUSALS = ("The mayor of Dayton on Monday rejected the budget plan and refused to "
                 "meet with Governor Alan Pike.")
# A lead in which the act with the further target is the main act either way.
_CONTROL_LEAD = ("The mayor of Dayton on Monday refused to meet with Governor Alan Pike "
                 "and criticized the budget plan.")


def _keys_with_and_without(pipe, monkeypatch, text):
    from newsbrief.events import arguments

    with_it = events_of(pipe, text, "2026-12-06")
    monkeypatch.setattr(arguments, "_further_targets", lambda verb, actorish: [])
    without = events_of(pipe, text, "2026-12-06")
    return with_it, {ev.id: ev.key for ev in with_it}, {ev.id: ev.key for ev in without}


def test_a_further_target_leaves_the_main_act_where_it_was(pipe, monkeypatch):
    with_it, keys, keys_without = _keys_with_and_without(pipe, monkeypatch, _TWO_REFUSALS)
    assert by_trigger(with_it, "refused").recipient  # the further target is read
    assert keys == keys_without
    assert by_trigger(with_it, "rejected").key


def test_control_the_main_act_with_a_further_target_keeps_its_mark(pipe, monkeypatch):
    with_it, keys, keys_without = _keys_with_and_without(pipe, monkeypatch, _CONTROL_LEAD)
    refused = by_trigger(with_it, "refused")
    assert refused.recipient and refused.key
    assert keys == keys_without
