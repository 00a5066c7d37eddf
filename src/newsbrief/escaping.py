"""Escaping of article-derived text for every output: HTML, Markdown, terminal.

Titles, sources, URLs and evidence sentences come from inputs anyone can write.
Each output format gets them through one function here, so a `javascript:`
link, a `<script>` tag or a terminal escape sequence in an input is shown as
text, never acted on. The brief's renderers (and their Jinja2 templates: use
`html_text` as the autoescape, `safe_href` for every href, `markdown_text` and
`markdown_url` as filters) and the CLI's tables and lines all use these.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

__all__ = ["html_text", "safe_href", "markdown_text", "markdown_url", "terminal_text",
           "terminal_line", "is_http_url"]

# C0 controls except tab and newline, DEL, C1 controls (0x9b is a one-byte CSI
# to some terminals), and the bidirectional overrides and isolates that make a
# line read differently from what it holds ("Trojan source").
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Whole escape sequences first (CSI "ESC [ ... final", OSC "ESC ] ... BEL|ST",
# two-byte "ESC x"), so their printable tails ("[31m") do not stay behind.
_ESCAPE_SEQ = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI
                         r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC (title, hyperlink)
                         r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"      # DCS, SOS, PM, APC
                         r"|\x1b[ -/]*[0-~]?"                  # other ESC sequences
                         r"|\x9b[0-?]*[ -/]*[@-~]")            # 8-bit CSI
_CONTROLS = re.compile(f"[{_CONTROL}]")
_LINE_BREAKS = re.compile(r"[\t\n\r\v\f\u0085\u2028\u2029]+")


def is_http_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host (no `javascript:`, `data:`,
    `file:`, scheme-relative `//host` or control characters hiding a scheme)."""
    if not url or not isinstance(url, str):
        return False
    if _CONTROLS.search(url) or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def html_text(value: object) -> str:
    """Text for an HTML element or attribute: `& < > " '` escaped, controls dropped."""
    return html.escape(_CONTROLS.sub("", "" if value is None else str(value)), quote=True)


def safe_href(url: str | None) -> str | None:
    """The URL escaped for an href attribute, or None when it is not http(s):
    the caller then shows no link at all."""
    return html.escape(url, quote=True) if is_http_url(url) else None


# Characters that make Markdown links, code, emphasis or table cells; backslash
# escapes work for all of them in CommonMark and GFM. `<` and `>` become
# entities so no renderer sees a tag or an autolink, and `&` does where it would
# start an entity. Sentence punctuation (. - ( ) !) is left alone: with `[`
# escaped it cannot make a link, and the raw Markdown stays readable.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def markdown_text(value: object) -> str:
    """Text for one line of Markdown: no raw HTML, no links, no structure.

    Line breaks become spaces (a title cannot start a new list item or heading),
    `<`, `>` (and `&` before an entity name) become entities, link, code and
    emphasis marks are backslash-escaped.
    """
    text = "" if value is None else str(value)
    text = _CONTROLS.sub("", _LINE_BREAKS.sub(" ", _ESCAPE_SEQ.sub("", text)))
    text = _ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown_url(url: str | None) -> str | None:
    """An http(s) URL as a Markdown autolink `<...>`, or None when it is not one."""
    if not is_http_url(url):
        return None
    assert url is not None
    return "<" + quote(url, safe=":/?#[]@!$&'*+,;=%~-._") + ">"


def terminal_text(value: object) -> str:
    """Text for the terminal: escape sequences and control characters removed
    (line breaks and tabs kept, as in an article's body)."""
    text = "" if value is None else str(value)
    return _CONTROLS.sub("", _ESCAPE_SEQ.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def terminal_line(value: object) -> str:
    """Text for one table cell or line: as `terminal_text`, and on one line."""
    text = "" if value is None else str(value)
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", _ESCAPE_SEQ.sub("", text)))
