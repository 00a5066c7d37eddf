"""Article-derived text is escaped in every output (issue 9, item 4).

Hostile values stand in every slot an input can fill: titles, sources, URLs,
evidence sentences, actor names. No test needs the language model.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from newsbrief.escaping import (html_text, is_http_url, markdown_text, markdown_url, safe_href,
                                terminal_line, terminal_text)
from newsbrief.knowledge.brief import render_html, render_markdown

SCRIPT = '<script>alert(1)</script><img src=x onerror="alert(2)">'
ESC = "\x1b]0;pwned\x07\x1b[31mRED\x1b[0m\x9b2J"


@pytest.mark.parametrize("url, ok", [
    ("https://example.com/a", True), ("HTTP://example.com", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    (" javascript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<script>", False), ("file:///etc/passwd", False),
    ("//evil.example/x", False), ("vbscript:x", False), ("http://", False),
    ("http://exa mple.com", False), ("", False), (None, False),
])
def test_only_http_urls_are_links(url, ok):
    assert is_http_url(url) is ok
    assert (safe_href(url) is not None) is ok
    assert (markdown_url(url) is not None) is ok


def test_html_text_escapes_markup_and_quotes():
    out = html_text(SCRIPT + "'\x00")
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out
    assert "\x00" not in out


def test_markdown_text_lets_no_html_or_link_through():
    out = markdown_text(SCRIPT + " [click](javascript:alert(1)) `code` **b**\n# heading")
    assert "<" not in out and ">" not in out
    assert "\n" not in out
    assert "](" not in out.replace("\\](", "")  # every bracket escaped
    assert "\\`code\\`" in out and "\\*\\*b\\*\\*" in out
    assert markdown_text("AT&T & Co &amp; more") == "AT&T & Co &amp;amp; more"


def test_terminal_text_strips_escape_sequences_and_controls():
    out = terminal_text("Title " + ESC + "\u202eevil\x07 end\nline two")
    assert out == "Title REDevil end\nline two"
    assert terminal_line("a\nb\tc\x1b[2Jd") == "a b cd"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", terminal_text(bytes(range(256))
                                                                          .decode("latin-1")))


def _hostile_brief() -> dict:
    item = {"date_label": "5 May 2024" + SCRIPT, "text": "Rebels " + SCRIPT + ESC,
            "standing": "alleged", "n_sources": 2,
            "sources": ["Evil " + SCRIPT], "cites": [1], "claimants": ["x"],
            "confirmed": False, "disputed_by": [{"text": SCRIPT, "cites": [1]}]}
    return {"title": "Head " + SCRIPT, "scope": "1 event " + SCRIPT, "note": SCRIPT,
            "about": ["X"], "since": None, "until": None,
            "lede": {"text": "Lede " + SCRIPT, "cites": [1]},
            "developments": [item], "commitments": [item], "background": [item],
            "claims": [item],
            "actors": [{"name": "Actor " + SCRIPT, "country": None, "sector": None,
                        "role": SCRIPT, "events": 1}],
            "sources": [{"n": 1, "outlet": "Evil " + SCRIPT, "published": "2024-05-05",
                         "title": "T " + SCRIPT, "sentence": 0,
                         "evidence": "Said " + SCRIPT, "url": "javascript:alert(1)",
                         "article_id": "abc123"}]}


def test_html_brief_makes_no_javascript_link_and_no_tag():
    page = render_html(_hostile_brief())
    assert "javascript:" not in page.lower()
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "onerror=\"" not in page
    assert "\x1b" not in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs)


def test_html_brief_keeps_real_links():
    brief = _hostile_brief()
    brief["sources"][0]["url"] = "https://news.example/a?b=1&c=2"
    assert 'href="https://news.example/a?b=1&amp;c=2"' in render_html(brief)


def test_markdown_brief_passes_no_raw_html():
    md = render_markdown(_hostile_brief())
    assert "<script" not in md.lower() and "<img" not in md.lower()
    assert "javascript:" not in md.lower()
    assert "\x1b" not in md
    # the rendered Markdown has no HTML element either
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(md)
    assert "<script" not in rendered and "<img" not in rendered
    assert "javascript:" not in rendered


def _store_with_hostile_article(tmp_path):
    from newsbrief.records import AnalysedArticle, Article
    from newsbrief.store import Store

    db = tmp_path / "x.db"
    with Store(db) as store:
        art = Article(id="evil0000000001", origin="in.txt", text="Body " + ESC + "\nmore",
                      title="Title " + ESC, source="Src\x1b[2J", url="https://e.example/x",
                      published="2024-01-02")
        store.write(AnalysedArticle(article=art, pipeline_version="0"))
    return db


@pytest.mark.parametrize("command", [
    ["articles"], ["show", "evil0000"], ["runs"], ["search", "Body"],
    ["articles", "--format", "csv"], ["articles", "--format", "md"],
    ["articles", "--format", "json"], ["articles", "--format", "jsonl"],
    ["show", "evil0000", "--format", "json"]])
def test_terminal_output_has_no_escape_sequences(tmp_path, command):
    """In every format: JSON escapes the controls (the data stays the same), CSV,
    Markdown and tables drop escape sequences, as article text is never run."""
    from newsbrief.cli import main

    db = _store_with_hostile_article(tmp_path)
    result = CliRunner().invoke(main, command + ["--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output
    if command[0] not in ("runs", "search"):
        assert "Title" in result.output
    if "md" in command:
        assert "[2J" not in result.output  # the whole sequence goes, not only ESC
    if "json" in command or "jsonl" in command:  # the same data, escaped
        import json

        first = json.loads(result.output.splitlines()[0] if "jsonl" in command
                           else result.output)
        record = first[0] if isinstance(first, list) else first
        assert record["title"].startswith("Title \x1b]0;") and "\x9b" in record["title"]
