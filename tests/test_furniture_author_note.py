"""An opinion piece's author's note is page furniture (events.furniture): who the writer is
and that the views are the writer's own. Its acts are the writer's career or the subject of
the series, not the story's. Controls: the views of others told in a story line. Every
line is made up."""

from __future__ import annotations

import pytest

from newsbrief.events.furniture import is_furniture

NOTES = [
    "Mara Olsen hosts the morning show on Radio Nine. Any opinions expressed in this "
    "commentary stay hers alone.",
    "Opinions expressed by columnists belong to each writer alone.",
    "Our views expressed here are mine only.",
    "Views expressed in this article belong to its author.",
    "All views expressed are his own, he notes.",
    "This is an opinion piece; its author teaches history at a state college.",
]

STORY = [
    "The opinions expressed by the protesters were condemned by the mayor on Monday.",
    "Diplomats said the views expressed in the envoy's letter were his own.",
    "The senator said the views expressed at the hearing alarmed her.",
    "This is an opinion the court has rejected twice, the lawyer said.",
]


@pytest.mark.parametrize("line", NOTES)
def test_authors_note_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", STORY)
def test_control_views_told_in_a_story_line(line):
    assert not is_furniture(line)
