"""Page furniture: lines of an article that are not its story.

Newsletter and subscription pitches ("Get the stories you care about delivered to
your inbox"), photo and gallery captions ("Hide Caption 3 of 12", "FILE - In this
photo ...", "(AP Photo/...)"), related-link lines ("More: ...", "Read more: ..."),
credit lines ("X contributed to this report") and cookie notices stay in the text
(offsets into it must not move) but the event stage takes no event from them.

A line is furniture when it matches one of the page-boilerplate patterns of
acquire/data/boilerplate.txt (any input type, not only HTML pages) or one of the
caption and link patterns below. Only lines of at most MAX_CHARS are tested, so a
story paragraph that quotes such words is never dropped. General patterns of
news pages, not fitted to one text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..acquire.boilerplate import is_boilerplate

MAX_CHARS = 400

_PATTERNS = re.compile("|".join([
    r"\bdelivered (?:straight |right )?to your inbox\b",
    r"\b(?:sign|signing) up (?:for|to) (?:our|the|get|receive)\b",
    r"\bhide caption\b", r"\bcaption \d+ of \d+\b", r"\bphotos?\s?:\s", r"^\s*photos?\b.{0,40}$",
    r"^\s*(?:file|file photo)\s*[-–—:]", r"\((?:ap|afp|reuters|getty|epa)[^)]{0,40}photo",
    r"\bphoto(?:graph)?s? (?:by|courtesy|credit)\b", r"\bimage (?:copyright|caption)\b",
    r"\b(?:getty images|ap photo|reuters/|afp/|afp via getty)\b",
    r"^\s*(?:more|related|read more|read|see also|watch|listen|recommended|also read)\s*:",
    r"\bcontributed (?:to this report|reporting)\b", r"\bcontributed to this (?:story|article)\b",
    r"\bclick (?:here|to)\b", r"\b(?:cookies?|javascript)\b.{0,40}\b(?:enable|use|accept)",
    r"\bfollow (?:us|him|her|them|the author) on (?:twitter|facebook|instagram)\b",
    r"\bsubscribe\b", r"\bnewsletter\b", r"\ball rights reserved\b",
]), re.IGNORECASE)


# Gallery caption markers are never story text, however long the caption runs.
_CAPTION = re.compile(r"\bhide caption\b|\bcaption \d+ of \d+\b", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    if not line.strip():
        return False
    if _CAPTION.search(line):
        return True
    if len(line) > MAX_CHARS:
        return False
    if _PATTERNS.search(line):
        return True
    return is_boilerplate(line.strip())


def furniture_lines(text: str) -> frozenset[int]:
    """Indices (0-based, counted by newline characters) of the furniture lines."""
    out = set()
    for k, line in enumerate(text.split("\n")):
        if line and is_furniture(line):
            out.add(k)
    return frozenset(out)


def line_index(breaks: list[int], offset: int) -> int:
    return bisect_right(breaks, offset)
