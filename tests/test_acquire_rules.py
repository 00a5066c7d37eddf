"""Rules of acquisition as tables: content sniffing, title lines, site-name
stripping, visible headlines, dates and the boilerplate patterns."""

from __future__ import annotations

import pytest

from newsbrief.acquire.boilerplate import is_boilerplate
from newsbrief.acquire.dates import iso_date
from newsbrief.acquire.detect import decode_html, sniff
from newsbrief.acquire.text import split_title
from newsbrief.acquire.titles import clean_title, visible_headline
from newsbrief.errors import InputError


@pytest.mark.parametrize("data, name, content_type, kind", [
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "", "", "html"),
    (b"\xef\xbb\xbf<html><p>x</p></html>", "", "", "html"),
    (b"<!-- saved page --><html><p>x</p></html>", "a.txt", "", "html"),  # content beats .txt
    (b"<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>", "", "", "feed"),
    (b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "", "", "feed"),
    (b"<rdf:RDF xmlns:rdf='x'><channel/></rdf:RDF>", "x.html", "", "feed"),
    (b"<?xml version='1.0'?><!DOCTYPE html><html><p>x</p></html>", "", "", "html"),  # XHTML
    (b"<?xml version='1.0'?><inventory/>", "", "", "feed"),  # other XML: feed reader refuses
    (b"Not available", "news.rss", "", "feed"),  # says feed, is not XML: feed reader refuses
    (b"Not available", "", "application/rss+xml", "feed"),
    (b'{"text": "x"}\n{"text": "y"}\n', "", "", "jsonl"),
    (b'\n{"text": "x"}', "", "", "jsonl"),
    (b"[{\"text\": \"x\"}]", "", "", "json"),
    (b"Talks resume\n\nThe talks resumed.", "", "", "text"),
    (b"Talks resume\n\nThe talks resumed.", "a.html", "", "text"),  # no markup at all
    (b"Web guide\n\nWrap each paragraph in <p> and the page in <div>.", "", "", "text"),
    (b"HTTP/1.1 200 OK\n\n<!DOCTYPE html><html><p>x</p></html>", "", "", "html"),
])
def test_sniff(data, name, content_type, kind):
    assert sniff(data, "x", name=name, content_type=content_type) == kind


@pytest.mark.parametrize("data, what", [
    (b"", "empty"),
    (b" \n\t\n", "empty"),
    (b"%PDF-1.7\n...", "PDF"),
    (b"PK\x03\x04rest", "ZIP"),
    (b"abc\x00def", "binary"),
    (bytes(range(1, 32)) * 10, "binary"),
])
def test_sniff_refuses(data, what):
    with pytest.raises(InputError) as err:
        sniff(data, "in.dat")
    assert what in err.value.what and err.value.where == "in.dat" and err.value.fix


def test_decode_html_uses_declared_charset():
    page = "<html><head><meta charset='windows-1252'></head><p>Caf\u00e9 \u2013 talks</p></html>"
    assert "Caf\u00e9 \u2013" in decode_html(page.encode("cp1252"), "x")
    assert "Caf\u00e9" in decode_html(page.encode("cp1252"), "x", "text/html; charset=cp1252")


def test_decode_html_tolerates_a_stray_byte():
    page = ("<html><p>" + "Ministers met in Lisbon. " * 100 + "</p></html>").encode()
    text = decode_html(page.replace(b"met", b"m\xe9t", 1), "x")
    assert "Lisbon" in text and text.count("\ufffd") == 1


def test_decode_html_unlabelled_latin1_reads_as_windows_1252():
    page = ("<html><p>" + "D\u00e9j\u00e0 vu \u2013 encore. " * 50 + "</p></html>").encode("cp1252")
    assert "D\u00e9j\u00e0 vu \u2013 encore." in decode_html(page, "x")


def test_decode_html_prefers_valid_utf8_over_a_wrong_label():
    page = "<html><head><meta charset='iso-8859-1'></head><p>S\u00e3o Paulo \u2019</p></html>"
    assert "S\u00e3o Paulo \u2019" in decode_html(page.encode("utf-8"), "x")


def test_decode_html_declared_charset_that_does_not_fit():
    page = b"<html><head><meta charset='shift_jis'></head><p>" + bytes(range(0x80, 0x100)) * 40
    with pytest.raises(InputError) as err:
        decode_html(page, "x")
    assert "shift_jis" in err.value.what


@pytest.mark.parametrize("text, title, body_start", [
    ("Talks resume in Geneva\n\nThe talks resumed.", "Talks resume in Geneva", "The talks"),
    ("Talks resume in Geneva\nThe talks resumed.", "Talks resume in Geneva", "The talks"),
    ("Will the truce hold?\n\nNobody knows.", "Will the truce hold?", "Nobody"),
    ("The talks resumed on Monday.\nThey ended on Friday.", None, "The talks"),
    ("GENEVA:\nThe talks resumed.", None, "GENEVA:"),
    ("Only one line without a period", None, "Only one"),
    ("  \n\nTalks resume\n\n\nBody here.  \n", "Talks resume", "Body here."),
    ("1998\n\nThe year the treaty was signed.", None, "1998"),
    ("# Talks resume\n\nThe talks resumed.", "Talks resume", "The talks"),
    (("word " * 40).strip() + "\n\nBody.", None, "word"),
])
def test_split_title(text, title, body_start):
    got_title, body = split_title(text)
    assert got_title == title
    assert body.startswith(body_start)


@pytest.mark.parametrize("title, site, host, expected", [
    ("Ports reopen after strike | The Harbor Tribune", "The Harbor Tribune", None,
     "Ports reopen after strike"),
    ("Ports reopen after strike - BBC News", "BBC News", "www.bbc.co.uk", "Ports reopen after strike"),
    ("Ports reopen after strike - BBC News", None, "www.bbc.com", "Ports reopen after strike"),
    ("Harbor Tribune :: Ports reopen after strike", "Harbor Tribune", None,
     "Ports reopen after strike"),
    ("Ports reopen after strike | The Daily Ledger", None, "dailyledger.example",
     "Ports reopen after strike"),
    ("Ports reopen - a story of strikes | Ledger", "Ledger", None, "Ports reopen - a story of strikes"),
    # the site name in pieces, each glued on
    ("Ports reopen - KXYZ 9News | City News, Weather | Bayport",
     "KXYZ 9News | City News, Weather | Bayport", None, "Ports reopen"),
    # no site name match: a dash inside a headline stays
    ("Sino-Indian talks - what comes next", "Ledger", "ledger.example", "Sino-Indian talks - what comes next"),
    ("Ledger", "Ledger", None, "Ledger"),  # never emptied
    (None, "Ledger", None, None),
])
def test_clean_title(title, site, host, expected):
    assert clean_title(title, site_name=site, host=host) == expected


@pytest.mark.parametrize("h1s, metas, expected", [
    # the shown headline is inside the <title>: take it over a rewritten og:title
    (["Storm: Ports close along the coast"],
     ["Ports shut as storm nears", "Storm: Ports close along the coast | Ledger"],
     "Storm: Ports close along the coast"),
    # a logo h1 (the site name) is never the headline
    (["LEDGER", "Ports close along the coast"], ["Ports close along the coast - LEDGER"],
     "Ports close along the coast"),
    # a section banner glued to the headline is not in any meta title
    (["Politics | Ports close along the coast"], ["Ports close along the coast"], None),
    # too short to trust
    (["Ports close"], ["Ports close - Ledger"], None),
    ([], ["Ports close along the coast"], None),
])
def test_visible_headline(h1s, metas, expected):
    assert visible_headline(h1s, metas, site_name="Ledger", host="ledger.example") == expected


def test_visible_headline_skips_a_long_logo():
    # no og:site_name, and the host does not spell the name: only the word
    # overlap with the meta title tells the logo from the headline
    h1s = ["The Valley Morning Herald", "Ports close along the coast"]
    metas = ["Ports close along the coast | The Valley Morning Herald"]
    current = "Ports close along the coast | The Valley Morning Herald"
    got = visible_headline(h1s, metas, site_name=None, host="vmh.example", current=current)
    assert got == "Ports close along the coast"
    assert visible_headline(h1s[:1], metas, site_name=None, host="vmh.example",
                            current="Ports close along the coast") is None


@pytest.mark.parametrize("value, expected", [
    ("2026-03-05", "2026-03-05"),
    ("2026-03-05T10:00:00Z", "2026-03-05"),
    ("2026-03-05 10:00", "2026-03-05"),
    ("2026-02-30", None),
    ("05/03/2026", None),
    ("March 5, 2026", None),
    ("", None),
    (None, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("paragraph, drop", [
    ("Sign up for our free morning newsletter.", True),
    ("Never miss the latest news by signing up to our alerts today!", True),
    ("Subscribe now for full access.", True),
    ("We want to hear what you think about this article.", True),
    ("Follow us on Twitter and Facebook.", True),
    ("\u00a9 2026 Example Media. All rights reserved.", True),
    ("Read more: Ports reopen after the strike", True),
    ("Click here to subscribe to breaking news alerts.", True),
    # article prose that shares words with the patterns stays
    ("The minister said voters could sign up for postal ballots until Friday.", False),
    ("Protesters chanted as the president refused to share the stage with rivals.", False),
    ("The union said it would subscribe to the agreement if wages rose.", False),
    ("Sign up for our newsletter " + "and read on about the long negotiations " * 8, False),
])
def test_boilerplate(paragraph, drop):
    assert is_boilerplate(paragraph) is drop


@pytest.mark.parametrize("value, site, expected", [
    ("Ana Ruiz; Tom Lang", None, ("Ana Ruiz", "Tom Lang")),
    ("Ana Ruiz and Tom Lang", None, ("Ana Ruiz", "Tom Lang")),
    ("Ana Ruiz, AP Sports Writer", None, ("Ana Ruiz",)),
    ("Ana Ruiz Staff Writer", None, ("Ana Ruiz",)),
    ("No Author", None, ()),
    ("Northern Ledger", "Northern Ledger", ()),
    ("Ana Ruiz; ana ruiz", None, ("Ana Ruiz",)),
    (None, None, ()),
])
def test_split_authors(value, site, expected):
    from newsbrief.acquire.html import split_authors

    assert split_authors(value, site) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Mon, 05 Oct 2026 21:30:00 -0500", "2026-10-05"),  # UTC would say 10-06
    ("Tue, 06 Oct 2026 01:30:00 +0900", "2026-10-06"),
    ("2026-09-11T22:20:00-07:00", "2026-09-11"),
    ("Mon, 31 Feb 2026 10:00:00 GMT", None),
    ("sometime last week", None),
])
def test_feed_date_keeps_the_publishers_day(raw, expected):
    from newsbrief.acquire.dates import feed_date

    assert feed_date(raw, None) == expected


@pytest.mark.parametrize("fragment, expected", [
    ("<p>The council met.</p><p>It voted.</p>", "The council met.\n\nIt voted."),
    ("<ul><li><p>First point.</p></li><li>Second point.</li></ul>", "First point.\n\nSecond point."),
    ("<div>No blocks, just <b>text</b>.</div>", "No blocks, just text."),
    ("<p>Kept.</p><script>var x = 1;</script>", "Kept."),
])
def test_feed_entry_html_to_text(fragment, expected):
    from newsbrief.acquire.feeds import _html_fragment_text

    assert _html_fragment_text(fragment) == expected


def test_map_ahead_keeps_order_and_bounds_lookahead():
    import threading
    import time

    from newsbrief.acquire.fetch import LOOKAHEAD, map_ahead

    started: list[int] = []
    lock = threading.Lock()

    def slow_square(n: int) -> int:
        with lock:
            started.append(n)
        time.sleep(0.01 * (n % 3))  # finish out of order
        return n * n

    gen = map_ahead(slow_square, list(range(40)))
    assert [next(gen) for _ in range(3)] == [0, 1, 4]
    time.sleep(0.1)
    assert len(started) <= 3 + LOOKAHEAD  # never races through the whole list
    assert list(gen) == [n * n for n in range(3, 40)]
