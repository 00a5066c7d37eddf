"""Page extraction: a canned page offline, and quality floors on the shared set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsbrief.acquire import extract_page
from newsbrief.errors import InputError

FIX = Path(__file__).parent / "fixtures" / "acquire"
ROOT = Path(__file__).resolve().parents[1]


def test_page_fields():
    page = extract_page((FIX / "page.html").read_text("utf-8"), None, "page.html")
    # the visible headline, not the rewritten og:title nor "<title> - Site"
    assert page.title == "Senate panel delays vote on Arctic shipping treaty"
    assert page.site_name == "Northern Ledger"
    assert page.url == "https://ledger.example.com/politics/arctic-treaty-vote"
    assert page.published == "2026-10-14"
    assert page.authors == ("Ingrid Solberg",)
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0].startswith("OSLO - A parliamentary committee")  # headline line dropped
    assert paragraphs[-1].startswith("Environmental groups welcomed")
    # navigation, related links, the newsletter pitch and the footer are gone
    for junk in ("Front page", "Budget talks stall", "newsletter", "All rights reserved"):
        assert junk not in page.text


def test_page_url_given_when_page_names_none():
    html = (FIX / "page.html").read_text("utf-8").replace(
        '<link rel="canonical" href="https://ledger.example.com/politics/arctic-treaty-vote">', "")
    page = extract_page(html, "https://ledger.example.com/a?utm=1", "x")
    assert page.url.startswith("https://ledger.example.com/a")


@pytest.mark.parametrize("html", [
    (FIX / "nav_only.html").read_text("utf-8"),
    "<html><body><h1>Ports reopen after the long strike</h1></body></html>",
    "<html></html>",
])
def test_page_without_article_text(html):
    with pytest.raises(InputError) as err:
        extract_page(html, None, "p.html")
    assert "no article text" in err.value.what or "could not be parsed" in err.value.what


# Floors: trafilatura alone scores zyte F1 0.957 (default options), titles
# 77.5%, dates 97.5%; newsbrief measured 0.974 / 97.5% / 97.5% on 2026-11-27
# (EVALUATION.md). Floors sit a little under our figures to absorb library
# patch releases, and above the brief's floors (0.94 / 85% / 95%).
@pytest.mark.slow
def test_html_extraction_quality_floors():
    from conftest import shared_path

    shared_path("data/html/index.jsonl")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import eval_html
    finally:
        sys.path.pop(0)
    result = eval_html.evaluate()
    assert result["zyte"]["text_f1"] >= 0.96, result["zyte"]
    assert result["zyte"]["text_p"] >= 0.96, result["zyte"]
    traf = result["trafilatura"]
    assert traf["title_rate"] >= 0.925, traf
    assert traf["date_rate"] >= 0.95, traf
    assert traf["with_rate"] >= 0.95, traf
    assert traf["without_rate"] >= 0.94, traf
    assert result["newspaper4k"]["text_f1"] >= 0.97, result["newspaper4k"]
