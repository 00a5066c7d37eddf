"""No record from a related-story link line set in a story's body with no colon
(nonev43, events.furniture): "see also" and another story's headline and first words,
"Related Coverage" and another story's title. The same acts told in the story's own
sentences stay (a suit filed, an inquiry urged). Every sentence is made up; the real
parse is read (slow)."""

from __future__ import annotations

import pytest

from made_up import events_of

pytestmark = pytest.mark.slow

STORY = "The city council met on Tuesday to weigh the harbour contract."
TAIL = "The council will vote on the contract next month."


def _triggers(pipe, text: str) -> list[str]:
    return [ev.trigger.text for ev in events_of(pipe, text) if ev.trigger]


def test_see_also_line_gives_no_suit(pipe):
    text = "\n\n".join([STORY, "see also Mayor sued over harbour deal A watchdog group sued "
                        "the mayor on Monday,...", TAIL])
    assert "sued" not in _triggers(pipe, text)


def test_related_coverage_line_gives_no_urging(pipe):
    text = "\n\n".join([STORY, "Related Coverage Mayor urges inquiry into port authority",
                        TAIL])
    assert "urges" not in _triggers(pipe, text)


def test_control_the_suit_told_in_the_story_stays(pipe):
    text = "\n\n".join([STORY, "A watchdog group sued the mayor on Monday over the harbour "
                        "deal.", TAIL])
    assert "sued" in _triggers(pipe, text)


def test_control_the_urging_told_in_the_story_stays(pipe):
    text = "\n\n".join([STORY, "The opposition leader urged the council on Monday to open an "
                        "inquiry into the port deal.", TAIL])
    assert "urged" in _triggers(pipe, text)


def test_story_sentence_whose_subject_is_related_video_stays(pipe):
    """Review 44B, item 6: "Related video" as a sentence's subject, with a lower-case
    verb after it, is the story's own line, not a link line."""
    text = "\n\n".join(["Rebels attacked a convoy on Monday.",
                        "Related video showed soldiers firing on protesters on Sunday.", TAIL])
    assert "firing" in _triggers(pipe, text)


def test_story_sentence_whose_subject_is_related_stories_stays(pipe):
    text = "\n\n".join(["Rebels attacked a convoy on Monday.",
                        "Related stories have emerged of soldiers attacking villagers on "
                        "Sunday.", TAIL])
    assert "attacking" in _triggers(pipe, text)
