"""Plain-text articles: an optional title line, then the body."""

from __future__ import annotations

import re

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
# A title does not end like a sentence or a clause; "?" and "!" are allowed
# because headlines ask and exclaim ("Will the ceasefire hold?").
_NOT_TITLE_END = (".", ",", ";", ":", "…")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")


UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str | None) -> str | None:
    """`value` without NUL characters (C tools and some drivers cut strings
    there; they are never stored) and with lone surrogates (a JSON "\\ud800")
    replaced, as they cannot be encoded as UTF-8."""
    if value is None or not UNSTORABLE.search(value):
        return value
    return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def split_title(text: str) -> tuple[str | None, str]:
    """Return (title, body). The first line is a title when it is short, does
    not end with a period (or comma, colon...), and a body follows it.

    Line endings are normalised to "\\n" and the body is stripped, so
    evidence offsets point into exactly the text that is stored.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    first, sep, rest = text.partition("\n")
    first = _MD_HEADING.sub("", first).strip()  # "# Title" in Markdown notes
    body = rest.strip()
    if (sep and body and first
            and len(first) <= _TITLE_MAX_CHARS
            and len(first.split()) <= _TITLE_MAX_WORDS
            and not first.endswith(_NOT_TITLE_END)
            and any(c.isalpha() for c in first)):
        return first, body
    return None, text
