"""A habit told by an adjective of frequency (nonev42, events.modality.habitual): on the
act noun ("his frequent complaint that ...", "frequent attacks") or on the role a
participle's doer is given ("became a frequent detractor of X, faulting ..."): no one act.
Controls keep an act told with its own verb beside a habitual role ("A frequent critic
of X, the senator accused him on Monday"), the same noun with no adjective, and the same
participle after an act of the day. Every sentence is made up; the real parse is read
(slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow


def _typed(pipe, text: str, word: str) -> list[str]:
    return [ev.type for ev in events_of(pipe, text) if ev.trigger and ev.trigger.text == word]


NOT_THIS = [
    ("The chancellor rejected the president's frequent complaint that the allies spend "
     "too little on their armies.", "complaint", "ACCUSE"),
    ("The envoy said the senator's frequent criticism had changed how the allies spend.",
     "criticism", "ACCUSE"),
    ("The former minister has become a frequent detractor of the governor, faulting his decision "
     "to cut the school budget.", "faulting", "ACCUSE"),
]


@pytest.mark.parametrize("text, word, typ", NOT_THIS)
def test_not_this_event(pipe, text, word, typ):
    assert typ not in _typed(pipe, text, word)


# Controls: acts of the same words that stay (they pass on main too).
KEPT = [
    ("A frequent critic of the governor, the senator accused him on Monday of lying about "
     "the budget.", "accused", "ACCUSE"),
    ("The senator's complaint that the country spends too little drew a reply on Monday.",
     "complaint", "ACCUSE"),
    ("The former minister criticized the governor on Monday, faulting his decision to cut "
     "the school budget.", "faulting", "ACCUSE"),
]


@pytest.mark.parametrize("text, word, typ", KEPT)
def test_still_this_event(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


# fixN42 (review A item 6): a participle after a frequent critic's role told on one day
# or at one occasion is the day's act (these fail on main 8aa8266..f73da03); the habit
# told with no day and no occasion stays out (a control, it passes on both).
DAY_ACTS = [
    ("On Monday the senator was again a frequent critic of the mayor, faulting his "
     "budget at a council hearing.", "faulting", "ACCUSE"),
    ("The premier remained a frequent critic of the bloc on Tuesday, blasting the trade "
     "pact at a summit in Vienna.", "blasting", "ACCUSE"),
]


@pytest.mark.parametrize("text, word, typ", DAY_ACTS)
def test_day_act_after_habitual_role(pipe, text, word, typ):
    assert typ in _typed(pipe, text, word)


def test_habit_participle_still_out(pipe):
    text = ("The former minister has become a frequent detractor of the governor, faulting "
            "his decision in weekly columns.")
    assert "ACCUSE" not in _typed(pipe, text, "faulting")


# fixN42 (review A suspect): "customary" names a kind of act, not a habit; the day's
# customary visit is a visit (fails on main).
def test_customary_visit_kept(pipe):
    text = "The queen's customary visit to the hospital on Thursday drew large crowds."
    assert _typed(pipe, text, "visit")
