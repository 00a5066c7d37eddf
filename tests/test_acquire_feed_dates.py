"""The publication day of a feed entry (house39, fixH): the entry's own publication date
(Atom `published`, RSS `pubDate`), then the linked page's, and an Atom entry's `updated`
date only when neither gives one: a story corrected or relisted days after it came out
carries the later day there. In RSS and RDF feeds feedparser files <dc:date>, the item's
own publication date, under `updated`: there it stays before the page's.
Feeds made up for the test; the page reader is a stub."""

from __future__ import annotations

from newsbrief.acquire.feeds import iter_feed
from newsbrief.acquire.html import Page

TEXT = "The town council voted on Monday to close the old ferry pier for repairs."


def _atom(dates: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Post</title>'
            '<id>urn:example:harbour</id><updated>2026-04-20T08:00:00Z</updated>'
            '<entry><title>Pier to close</title><id>urn:example:harbour:1</id>'
            '<link href="https://news.example.org/pier"/>' + dates +
            '<summary>Teaser.</summary></entry></feed>').encode()


def _rss(dates: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>'
            '<item><title>Pier to close</title><link>https://news.example.org/pier</link>'
            + dates + '<description>Teaser.</description></item></channel></rss>').encode()


def _page(published):
    return lambda link: Page(text=TEXT, title=None, authors=(), published=published,
                             site_name=None, url=None)


def _only(data, settings, published):
    got = list(iter_feed(data, "https://news.example.org/feed",
                         settings.replace(follow_feed_links=True), _page(published)))
    assert len(got) == 1, got
    return got[0]


def test_the_pages_day_wins_over_an_entrys_updated_day(settings):
    # fails on main: the entry's last change (April 19) was taken for its day
    art = _only(_atom("<updated>2026-04-19T09:00:00Z</updated>"), settings, "2026-04-13")
    assert (art.published, art.published_source) == ("2026-04-13", "metadata")


def test_control_the_entrys_published_day_wins_over_the_pages(settings):
    # passes on main too: the feed's publication day is its own
    art = _only(_atom("<published>2026-04-13T16:00:00Z</published>"
                      "<updated>2026-04-19T09:00:00Z</updated>"), settings, "2026-04-12")
    assert art.published == "2026-04-13"


def test_control_an_rss_pubdate_wins_over_the_pages(settings):
    # passes on main too
    art = _only(_rss("<pubDate>Mon, 13 Apr 2026 16:00:00 -0400</pubDate>"), settings,
                "2026-04-12")
    assert art.published == "2026-04-13"


def test_control_the_updated_day_when_nothing_else_gives_one(settings):
    # passes on main too: a page with no day of its own leaves the entry's updated day
    art = _only(_atom("<updated>2026-04-19T09:00:00Z</updated>"), settings, None)
    assert (art.published, art.published_source) == ("2026-04-19", "metadata")


def _rdf(dates: str) -> bytes:
    # an RSS 1.0 (RDF) feed: its items carry their day only as <dc:date>
    return ('<?xml version="1.0"?>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
            ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<channel rdf:about="https://news.example.org/feed"><title>Harbour Post</title>'
            '<link>https://news.example.org/</link><description>News.</description></channel>'
            '<item rdf:about="https://news.example.org/pier"><title>Pier to close</title>'
            '<link>https://news.example.org/pier</link><description>Teaser.</description>'
            + dates + '</item></rdf:RDF>').encode()


def test_an_rdf_items_dc_date_wins_over_the_pages(settings):
    # fails on main 18c8a0e: feedparser files <dc:date> under `updated`, which was put
    # after the page's day (April 12) though it is the item's own publication day
    art = _only(_rdf("<dc:date>2026-04-13T16:00:00Z</dc:date>"), settings, "2026-04-12")
    assert (art.published, art.published_source) == ("2026-04-13", "metadata")


def test_an_rss2_items_dc_date_wins_over_the_pages(settings):
    # fails on main 18c8a0e: an RSS 2.0 item dated with <dc:date> and no <pubDate>
    data = _rss("<dc:date>2026-04-13T16:00:00Z</dc:date>").replace(
        b'<rss version="2.0">',
        b'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">')
    art = _only(data, settings, "2026-04-12")
    assert art.published == "2026-04-13"


def test_control_an_atom_entrys_published_day_over_its_updated_day(settings):
    # passes on main too: with both, and a page with no day, the entry's publication day
    art = _only(_atom("<published>2026-04-13T16:00:00Z</published>"
                      "<updated>2026-04-19T09:00:00Z</updated>"), settings, None)
    assert art.published == "2026-04-13"


def test_control_the_rdf_items_page_day_when_it_has_no_dc_date(settings):
    # passes on main too
    art = _only(_rdf(""), settings, "2026-04-12")
    assert art.published == "2026-04-12"
