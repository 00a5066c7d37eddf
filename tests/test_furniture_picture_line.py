"""fixB41: which furniture lines are a picture's, a clip's or a page pattern's
(furniture.picture_line, read by events.extract's layout to set their days aside), and
which are furniture only by being set in capitals (a title or deck, whose day is the
story's). Made-up lines."""

from __future__ import annotations

import pytest

from newsbrief.events.furniture import is_furniture, picture_line

PICTURES = [
    "A crowd gathers at the square on Monday. (AP Photo/Ann Lee)",
    "Rescue teams search the rubble in the old town Ann Lee/AP",
    "Media caption Residents describe the flood",
    "Hide Caption 3 of 12",
]


@pytest.mark.parametrize("line", PICTURES)
def test_a_picture_line_is_set_aside(line):
    assert is_furniture(line) and picture_line(line)


@pytest.mark.parametrize("line", ["TROOPS SHELL THE HARBOUR ON MONDAY",
                                  "PORT CITY, ALBANIA - NOV. 3, 2026"])
def test_a_line_in_capitals_is_furniture_but_no_picture(line):
    assert is_furniture(line) and not picture_line(line)
