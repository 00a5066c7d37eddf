"""Rendering through the package's Jinja2 templates: escaping on, links only http(s)."""

from __future__ import annotations

import re

import pytest

from newsbrief import render
from newsbrief.knowledge.brief import render_html, render_markdown


def _brief(**over):
    brief = {"title": "T", "scope": "1 event", "note": None, "lede": None, "developments": [],
             "claims": [], "commitments": [], "background": [], "actors": [], "sources": []}
    brief.update(over)
    return brief


HOSTILE = {"n": 1, "outlet": "<b>Evil</b>", "published": "2024-12-05",
           "title": "<script>alert(1)</script>", "url": "javascript:alert(1)",
           "article_id": "a", "sentence": 0, "start": 0, "end": 1,
           "evidence": "x\x1b[31mred\x1b[0m [click](http://evil.example) <img src=x>"}


def test_html_escapes_text_and_links_only_http():
    page = render_html(_brief(title="<i>T</i>", sources=[HOSTILE]))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>Evil" not in page and "<i>T" not in page
    assert "javascript:" not in page
    assert "\x1b" not in page
    assert page.startswith("<!doctype html>") and 'name="viewport"' in page


def test_markdown_has_no_raw_html_or_injected_links():
    md = render_markdown(_brief(title="# <b>x</b>", sources=[HOSTILE]))
    assert not re.search(r"<(?!https?://)", md)  # no raw HTML; < only around link targets
    assert not re.search(r"(?<!\\)\]\(http://evil", md) and "javascript:" not in md
    assert "\x1b" not in md
    assert md.startswith("# \\# &lt;b&gt;x&lt;/b&gt;\n")


@pytest.mark.parametrize("url,expected", [
    ("https://www.example.org/news/world/2024/12/05/a-very-long-slug-about-the-treaty-x",
     "example.org/news/world/2024/12/05/a-very-long-s…"),
    ("http://example.org/", "example.org"),
    ("javascript:alert(1)", ""),
    ("data:text/html,x", ""),
    ("ftp://example.org/x", ""),
])
def test_short_link_text(url, expected):
    assert render.link_text(url) == expected


@pytest.mark.parametrize("value,expected", [
    ("2024-12-04", "4 December 2024"), ("2024-06", "June 2024"), ("2022", "2022"),
    ("2024-W49", "the week of 2 December 2024"), ("2025-W01-WE", "the week of 30 December 2024"),
    ("2024-W54", "2024-W54"), ("2024-02-30", "2024-02-30"),
])
def test_long_dates(value, expected):
    assert render.long_date(value) == expected


def test_markdown_text_keeps_words_and_escapes_syntax():
    assert render.markdown_text("1. first") == "1\\. first"
    assert render.markdown_text("a *b* [c]") == "a \\*b\\* \\[c\\]"
    assert render.markdown_text("line\nbreak") == "line break"


def test_base_layout_is_extendable():
    env = render.html_environment()
    page = env.from_string('{% extends "base.html" %}{% block title %}Page{% endblock %}'
                           '{% block content %}<p>{{ x }}</p>{% endblock %}').render(x="<x>")
    assert "<title>Page</title>" in page and "<p>&lt;x&gt;</p>" in page
