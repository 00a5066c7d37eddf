"""An opinion piece's author's note is page furniture (events.furniture): who the writer is
and that the views are the writer's own. Its acts are the writer's career or the subject of
the series, not the story's. Controls: the views of others told in a story line. Every
line is made up."""

from __future__ import annotations

import pytest

from newsbrief.events.furniture import is_furniture

NOTES = [
    "Mara Olsen hosts the morning show on Radio Nine. The opinions expressed on this "
    "programme are solely hers.",
    "The opinions expressed by our contributors are theirs, not the magazine's.",
    "Opinions expressed here are the contributor's alone.",
    "Views expressed on the blog are the author's own, she adds.",
    "All opinions expressed are entirely his, not the station's.",
    "This is an opinion piece. Its writer coaches chess at a state college.",
    "Any opinions expressed are those of the writers, not the editors.",
    "Ana Ruiz teaches law in Lima. The views expressed in this essay are solely those of Ana Ruiz.",
    "Opinions expressed on these pages do not necessarily reflect the publisher's.",
    # the example events.furniture's docstring gives
    "Any opinions expressed in this newsletter are hers alone.",
]

STORY = [
    "The opinions expressed by the protesters were condemned by the mayor on Monday.",
    "Diplomats said the views expressed in the envoy's letter were his own.",
    "The senator said the views expressed at the hearing alarmed her.",
    "This is an opinion the court has rejected twice, the lawyer said.",
    # views told of in a story line: what is done about them is the story's act
    "The ministry condemned the views expressed in the column on Friday and recalled its envoy.",
    "Police detained the preacher on Sunday over views expressed in a sermon he posted online.",
    "The club suspended the coach on Monday; its chairman said the views expressed were his own and nobody else's.",
    "The views expressed here are reckless, the governor said after the riot on Tuesday.",
    "The judges on Monday dismissed the opinions expressed by the authors of the appeal.",
]


@pytest.mark.parametrize("line", NOTES)
def test_authors_note_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", STORY)
def test_control_views_told_in_a_story_line(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", [
    "The views expressed in the letter do not reflect party policy, an aide said on Monday after "
    "the party expelled the senator.",
    "The views expressed in the video are those of the cleric, police said on Friday after they "
    "arrested him.",
])
def test_control_a_story_document_views_disowned_by_a_spokesman(line):
    assert not is_furniture(line)
