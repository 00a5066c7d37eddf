"""Related-links teasers that a page's text extraction runs into the story.

Some news pages link a name to a card of other stories, and the extractor keeps the
card inline: the person's full name run together with the first headline, the other
headlines, then a closing "MORE" ("... Chairman Ann Berg Ann Louise BergTown votes on
budget Mayor resigns MORE (D-Ohio) said ..."). The marks every such teaser shows are a
word run together with a capital or a figure at the join ("BergTown", "Berg2020") and
the "MORE" that closes it within TEASER_CHARS, with no paragraph break between;
headlines wrap, so a single line break may fall inside.

This is the one place that says what a teaser is. Each reader asks it for what it
needs: the events stage takes no act from a teaser's span (events/furniture.py
`teaser_spans`), the entity stage takes no name from a card (actors/cards.py, which
adds where the card's repeat of the name starts), and a brief cites no words of one
(knowledge/evidence.py `teaser_start`, through events/furniture.py: knowledge may not
import acquire). It lives here, under both stages, because the events stage imports the
actors stage: cards importing events/furniture.py would be an import cycle.
"""

from __future__ import annotations

import re

# A teaser is at most this long from the join to its closing "MORE".
TEASER_CHARS = 700

# The join: a capital or a figure right after two lower-case letters ("BergTown", a
# first headline opening on a year or a count: "Berg2020 hopefuls ...", "Berg3 ways
# ..."; after one letter, as in "McDonald", a capital is the name's own).
_JOIN = re.compile(r"(?<=[a-z]{2})[A-Z0-9]")
# From the join to the closing "MORE": the join's word, then the first "MORE" within
# TEASER_CHARS, never over a paragraph break.
_TEASER = re.compile(r"[A-Z0-9][\w'’]*(?:(?!\n\n).){0,%d}?\bMORE\b" % TEASER_CHARS, re.DOTALL)


def closing_more(text: str, join: int) -> int | None:
    """The offset just after the "MORE" that closes a teaser whose join (the capital
    run into the word before it) is at `join`, or None when no "MORE" closes it within
    TEASER_CHARS before a paragraph break."""
    m = _TEASER.match(text, join)
    return m.end() if m else None


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """(join, end) character spans of the teasers run into `text`, in order and not
    overlapping: from the run-together join to just after the closing "MORE"."""
    if "MORE" not in text:
        return []
    out: list[tuple[int, int]] = []
    at = 0
    while True:
        m = _JOIN.search(text, at)
        if m is None:
            return out
        end = closing_more(text, m.start())
        if end is None:
            at = m.start() + 1
            continue
        out.append((m.start(), end))
        at = end
