"""actors.name_cues: a misspelt title flag is refused, not read as an empty set (stop 44's
reread: `titles_with` ignored an unknown flag, so a typo would drop titles silently)."""

from __future__ import annotations

import pytest

from newsbrief.actors import name_cues


def test_unknown_flag_is_refused():
    with pytest.raises(ValueError, match="unknown title flag 'honorfic'"):
        name_cues.titles_with("honorfic")


def test_every_row_uses_known_flags_and_each_flag_has_titles():
    # control: the shipped table loads and every flag names some titles
    for flag in name_cues.FLAGS:
        assert name_cues.titles_with(flag), flag
    assert all(flags <= name_cues.FLAGS for flags in name_cues.TITLES.values())


def test_layout_reads_its_titles_from_the_one_table():
    # house45: actors.layout's own honorifics list became the rows flagged "layout";
    # the abbreviated ones ("stopped") are read with their full stop too, as before
    from newsbrief.actors import layout

    assert layout.LAYOUT_TITLES is name_cues.LAYOUT_TITLES
    assert {"mr", "mr.", "dr.", "st.", "sir", "madam", "mister"} <= name_cues.LAYOUT_TITLES
    assert "sir." not in name_cues.LAYOUT_TITLES and "gen" not in name_cues.LAYOUT_TITLES
