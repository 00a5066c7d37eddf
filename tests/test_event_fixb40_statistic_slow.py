"""fixB40 (review 41B item 8), on the parser's real parse of sentences made up for the
test: modality.statistic counts a "to"/"by"/"from" as a measure only when its object is
the number, share or level itself, and a multiple told of one day is that day's act."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


# Item 8 (modality.statistic): a "to"/"by"/"from" measures only when its object is the
# number, share or level itself; a multiple told of one day is that day's act. Controls
# (counted on both trees): a figure "to" a number, "by" a share, and a multiple over a
# year.
@pytest.mark.parametrize("text, word, counted", [
    ("Opposition protests tripled on Sunday as tens of thousands marched on parliament.",
     "protests", False),
    ("Strikes by rail workers jumped to 12 cities on Monday.", "Strikes", False),
    ("Arrests at the border rose to 900 last year, officials said.", "Arrests", True),
    ("Deportations fell by a third last year, the ministry said.", "Deportations", True),
    ("Deportations doubled last year, the ministry said.", "Deportations", True),
])
def test_statistic_needs_a_figure(pipe, text, word, counted):
    from newsbrief.events.modality import statistic

    tok = next(t for t in pipe.nlp(text) if t.text == word)
    assert (statistic(tok) is not None) == counted
