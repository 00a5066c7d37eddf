"""Recipients left empty where the sentence names the target, through spaCy's real parse
and the whole pipeline, on sentences made up for the test:

- a thing acted on stands for its owner through a count of its members ("stalled three
  of X's appointments") and through a passive participle that names its maker with
  "by" ("struck down the rules put in place by X");
- a "to" infinitive that completes the act names its target under a preposition
  ("refused to testify before the committee", "refused to meet with X").

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
])
def test_control_no_target_named_stays_empty(pipe, text, trigger):
    assert _recipients(pipe, text, trigger) == []
