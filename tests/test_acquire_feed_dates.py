"""The publication day of a feed entry (house39): the entry's own publication date
(Atom `published`, RSS `pubDate`), then the linked page's, and the entry's `updated`
date only when neither gives one: a story corrected or relisted days after it came out
carries the later day there. Feeds made up for the test; the page reader is a stub."""

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
