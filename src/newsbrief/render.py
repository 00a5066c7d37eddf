"""Rendering through Jinja2 templates: the HTML and Markdown briefs, and the web pages.

One template folder (`newsbrief/templates/`) serves every output that a person
reads: `base.html` is the layout (inline CSS, no network, printable, readable on
a phone) that the brief and the web app's pages extend; `brief.md` is the
Markdown brief over the same record as `brief.html`.

Escaping is on everywhere, through newsbrief.escaping: HTML templates autoescape
(`html_text`); in Markdown templates every `{{ value }}` passes through
`markdown_text` (no raw HTML, no link or emphasis syntax smuggled in by a
headline), unless the template marks it `|safe`. Links are written only for
http(s) URLs (`|link_url`, `|markdown_url`), and text is stripped of terminal
escape sequences before either escape.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from . import escaping

__all__ = ["render_html", "render_markdown", "html_environment", "markdown_environment",
           "link_url", "link_text", "long_date", "short_date", "markdown_text", "markdown_url"]

_MONTHS = ("January February March April May June July August September October "
           "November December").split()


def plain(value: Any) -> str:
    """Text with terminal escape sequences and control characters removed."""
    return escaping.terminal_line(value)


def markdown_text(value: Any) -> str:
    """Text safe in Markdown (escaping.markdown_text): no raw HTML, links or structure.
    A line starting like a list item or heading is escaped too."""
    if isinstance(value, Markup):
        return str(value)
    text = escaping.markdown_text(plain(value)).strip()
    m = re.match(r"(\d+)([.)])(?=\s|$)|([-+=#>])(?=\s|$)", text)
    if m:
        text = (m[1] + "\\" + m[2] + text[m.end():]) if m[1] else "\\" + text
    return text


def link_url(url: Any) -> str | None:
    """The URL when it is an absolute http(s) link, else None (no javascript:, data:)."""
    return url if isinstance(url, str) and escaping.is_http_url(url) else None


def markdown_url(url: Any) -> str:
    """An http(s) URL as a Markdown link target (`<...>`), else an empty string."""
    return escaping.markdown_url(url if isinstance(url, str) else None) or ""


def link_text(url: Any, limit: int = 48) -> str:
    """A short label for a link: host and the start of the path ("bbc.co.uk/news/…")."""
    safe = link_url(url)
    if not safe:
        return ""
    parts = urlsplit(safe)
    host = (parts.hostname or "").removeprefix("www.")
    label = host + parts.path.rstrip("/")
    if len(label) > limit:
        label = label[:limit - 1].rstrip("/-_.") + "…"
    return label


def _monday(text: str) -> date | None:
    """The Monday of an ISO week value ("2024-W49", "2024-W49-WE"), else None."""
    week = re.fullmatch(r"(\d{4})-W(\d{1,2})(?:-WE)?", text)
    if not week:
        return None
    try:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1)
    except ValueError:
        return None


def short_date(value: Any) -> str:
    """A date value as a table or a page shows it: an ISO week as people read it
    ("week of 30 Nov 2026"), any other value as it is ("2026-12-01", "2026-12");
    exports and JSON keep the ISO value."""
    text = plain(value)
    monday = _monday(text)
    if monday is None:
        return text
    return f"week of {monday.day} {_MONTHS[monday.month - 1][:3]} {monday.year}"


def long_date(value: Any) -> str:
    """ISO date, week, month or year as a reader writes it: 4 December 2024, the week
    of 2 December 2024, June 2024."""
    text = plain(value)
    monday = _monday(text)
    if monday is not None:
        return f"the week of {long_date(monday.isoformat())}"
    if re.fullmatch(r"(\d{4})-W(\d{1,2})(?:-WE)?", text):
        return text
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        return text
    year, month, day = m[1], m[2], m[3]
    if not month or not 1 <= int(month) <= 12:
        return year
    name = _MONTHS[int(month) - 1]
    if not day:
        return f"{name} {year}"
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return text
    return f"{int(day)} {name} {year}"


def full_stop(text: str | None) -> str:
    """A statement as a sentence: its text with one full stop ("... the U.S." ends with
    the abbreviation's own)."""
    text = text or ""
    return text if text.endswith(".") else text + "."


def _filters(env: jinja2.Environment) -> None:
    env.filters.update(link_url=link_url, link_text=link_text, long_date=long_date,
                       short_date=short_date,
                       markdown_url=markdown_url, full_stop=full_stop,
                       plain=plain)
    env.globals.update(today=lambda: date.today().isoformat())


@lru_cache(maxsize=1)
def html_environment() -> jinja2.Environment:
    """Autoescaping environment for HTML templates (`base.html` and what extends it)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsbrief", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=lambda v: v if isinstance(v, Markup) else
        Markup(escaping.html_text(plain(v))) if v is not None else "")
    _filters(env)
    return env


@lru_cache(maxsize=1)
def markdown_environment() -> jinja2.Environment:
    """Environment for Markdown templates: every value escaped for Markdown."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsbrief", "templates"),
        autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        finalize=lambda v: "" if v is None else markdown_text(v))
    _filters(env)
    env.filters["md"] = markdown_text
    return env


def render_html(template: str, **context: Any) -> str:
    return html_environment().get_template(template).render(**context)


def render_markdown(template: str, **context: Any) -> str:
    return markdown_environment().get_template(template).render(**context)
