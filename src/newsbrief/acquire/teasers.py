"""Related-links teasers that a page's text extraction runs into the story.

Some news pages link a name to a card of other stories, and the extractor keeps the
card inline: the person's full name run together with the first headline, the other
headlines, then a closing "MORE" ("... Chairman Ann Berg Ann Louise BergTown votes on
budget Mayor resigns MORE (D-Ohio) said ..."). The marks every such teaser shows are a
word run together with a capital or a figure at the join ("BergTown", "Berg2020") and
the "MORE" that closes it within TEASER_CHARS, with no paragraph break between;
headlines wrap, so a single line break may fall inside. A figure joins a card only to a
name the text has just given ("Ann Berg Ann Louise Berg2020 ..."): a word with a figure
in it ("Covid19", "km2", "Tokyo2020") is no card. The closing "MORE" is The Hill's
link word, which runs into the story ("MORE (D-Ohio)", "MORE's", "MORE, who"): not a
"READ MORE" or "MORE:" link line, not a line's first word, not a word followed by
another in capitals ("NO MORE LAYOFFS").

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
# The closing "MORE" (review 46B, items 3 and 4): The Hill's link word is followed by
# the story's words ("MORE (D-Ohio)", "MORE's", "MORE, who", "MORE said"). A related
# link line ("READ MORE:", "MORE: <headline>", a line opening on "MORE") and a slogan in
# capitals ("NO MORE LAYOFFS", or one quoted to its end: "DO MORE") are no card's
# close; a name's numeral may follow, as the story's name goes on after the card ("Joe
# Ruiz Joseph Ruiz<headlines> MORE III").
_MORE = r'(?<!READ\s)(?<!Read\s)(?<!\n)\bMORE\b(?!["\u201d])(?!\s*:)(?!\s+(?!I{2,3}\b|IV\b)[A-Z]{2,}\b)'
# From the join to the closing "MORE": the join's word, then the first "MORE" within
# TEASER_CHARS, never over a paragraph break (a blank line, spaces on it or not).
_TEASER = re.compile(r"[A-Z0-9][\w'’]*(?:(?!\n[ \t]*\n).){0,%d}?%s" % (TEASER_CHARS, _MORE),
                     re.DOTALL)
# The capitalised word that ends at a join (the card's repeat of the name: "Berg" of
# "Berg2020"), and how many words before it the story's own telling of it may stand
# ("Ann Berg Ann Louise Maria Berg2020": the story's surname at most this many before).
_NAME_AT_JOIN = re.compile(r"(?<![\w'’])[A-Z][\w'’]*$")
_WORD = re.compile(r"[\w'’]+")
_NAME_WORDS = 6


def _name_repeated(text: str, join: int) -> bool:
    """Is the word ending at `join` a capitalised name that also stands among the
    _NAME_WORDS words before it, as a card's repeat of the story's name does ("John Ruiz
    John Paul Ruiz2020 ...")? A figure joins a card only there (review 46B, item 2): a
    word with a figure of its own ("Covid19", "Tokyo2020") names nothing twice."""
    head = text[max(0, join - 200):join]
    m = _NAME_AT_JOIN.search(head)
    if m is None:
        return False
    return m.group(0) in _WORD.findall(head[:m.start()])[-_NAME_WORDS:]


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
        if end is not None and m.group(0).isdigit() and not _name_repeated(text, m.start()):
            end = None
        if end is None:
            at = m.start() + 1
            continue
        out.append((m.start(), end))
        at = end
