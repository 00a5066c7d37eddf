"""Related-story link lines with no colon are page furniture (nonev43, events.furniture): a
tabloid's "see also" followed by another story's headline and first words, a wire's or a
paper's "Related Coverage" / "Related Video" / "Related Articles" followed by another
piece's title. Each tells another story's act on that story's own day, so no record is
taken from the line. Controls (true before and after): the colon forms, a story sentence
that opens on "Related" as an ordinary word or on "Related video" / "Related stories" as
its subject (review 44B, item 6), and story lines that tell a suit or an urging.
Every line is made up."""

from __future__ import annotations

import pytest

from newsbrief.events.furniture import is_furniture

LINKS = [
    "see also Mayor sued over the harbour deal A watchdog group sued the mayor on Monday,...",
    "See also Governor vetoes the school bill The governor on Friday vetoed a bill that...",
    "Related Coverage Charity urges inquiry into the port authority",
    "Related Video Video length 40 seconds :40 Minister booed at the rally",
    "Related Articles Regulators probe the power cuts",
]

CONTROLS_FURNITURE = [
    "See also: the full text of the ruling",
    "Related: Senate passes the farm bill",
    "Related Stories:",
    "Related Video: Minister booed at the rally",
    "Related Videos",
]

STORY = [
    "Related searches on the site mostly named two senators, the data showed.",
    "Related by marriage to the minister, the judge stepped aside from the case.",
    "A watchdog group sued the mayor on Monday over the harbour deal.",
    "Seeing also the risk of a strike, the union urged its members to vote.",
    # A story sentence whose subject is "Related video" / "Related stories" (review 44B,
    # item 6): a link line has the end of the line, a colon or a capitalised title
    # after the kind word, never a lower-case verb.
    "Related video showed soldiers firing on protesters on Sunday.",
    "Related stories have emerged of soldiers attacking villagers on Sunday.",
    "Related Stories have emerged of guards beating prisoners at the camp.",
    "Related content posted by the ministry on Friday named three suspects.",
]


@pytest.mark.parametrize("line", LINKS)
def test_link_line_without_colon_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", CONTROLS_FURNITURE)
def test_control_colon_forms(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", STORY)
def test_control_story_lines(line):
    assert not is_furniture(line)
