"""RSS and Atom feeds: each entry becomes an article.

When `settings.follow_feed_links` is on and an entry links to a page, the page
is fetched and extracted (feeds mostly carry teasers); if that fails and the
entry has its own text, the entry's text is used instead (a feed that carries
full content, or a page that is down), else the entry is one InputFailure.
The entry's title and publication date win over the page's: feeds state them
cleanly. An Atom entry's <updated> date is its last change, taken only when
neither its <published> nor the page gives a date; in RSS and RDF feeds the same
slot holds <dc:date> (feedparser files it under `updated`), the entry's own
publication date, and keeps its place before the page's.
Linked pages are fetched a few at a time; articles still come in feed order.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Generator, Iterator
from urllib.parse import urljoin

import feedparser

from ..errors import InputError, InputFailure
from ..records import Article, make_article_id
from ..settings import Settings
from .dates import feed_date
from .fetch import is_url, map_ahead
from .html import Page, split_authors

PageReader = Callable[[str], Page]  # url -> extracted page; raises InputError


def iter_feed(data: bytes, origin: str, settings: Settings, read_page: PageReader, *,
              published: str | None = None,
              source: str | None = None) -> Iterator[Article | InputFailure]:
    # Always a stream: given a str, feedparser would fetch it if it looked like a
    # URL and open it if it named a file, reaching beyond what the user gave.
    # Bytes also let it honour the feed's own declared encoding.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    if not version:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise InputError(f"not a valid RSS/Atom feed ({_short(reason)})", where=origin,
                             fix="check that the address or file is a feed (XML), not a web page")
        raise InputError("XML but not an RSS or Atom feed", where=origin,
                         fix="give a feed, a web page, plain text or JSONL")
    # a valid feed with no entries yields nothing: nothing to read, nothing wrong
    feed_title = (parsed.feed.get("title") or "").strip() or None
    entries = list(parsed.entries)
    base = origin if is_url(origin) else None
    links = [_entry_link(e, base) for e in entries]
    pages = _fetch_all(links if settings.follow_feed_links else [None] * len(links), read_page)
    try:
        for number, (entry, link, page) in enumerate(zip(entries, links, pages), start=1):
            where = f"{origin}#{number}"
            try:
                yield _entry_article(entry, where, link, page, feed_title,
                                     published=published, source=source,
                                     atom=version.startswith("atom"))
            except InputError as err:
                yield InputFailure.from_error(err, where)
    finally:
        pages.close()


def _entry_link(entry, base: str | None) -> str | None:
    link = (entry.get("link") or "").strip() or None
    if link and base and not is_url(link) and not link.startswith("urn:"):
        link = urljoin(base, link)  # "/world/story.html" in a feed fetched from a URL
    return link if link and is_url(link) else None  # Atom ids like "urn:..." are not pages


def _fetch_all(links: list[str | None],
               read_page: PageReader) -> Generator[Page | InputError | None, None, None]:
    """Pages of the links, in order, fetched a few at a time: a feed of 50
    entries would otherwise wait for 50 round trips one after the other."""
    def one(link: str | None) -> Page | InputError | None:
        if link is None:
            return None
        try:
            return read_page(link)
        except InputError as err:
            return err

    if sum(1 for link in links if link) <= 1:
        return (one(link) for link in links)  # nothing to overlap
    return map_ahead(one, links)


def _entry_article(entry, where: str, link: str | None, fetched: Page | InputError | None,
                   feed_title: str | None, *, published: str | None,
                   source: str | None, atom: bool = False) -> Article:
    own_text = _entry_text(entry)
    page = fetched if isinstance(fetched, Page) else None
    if isinstance(fetched, InputError) and not own_text:
        raise fetched
    if page is None and not own_text:
        raise InputError("feed entry has no text and no link to follow", where=where,
                         fix="the feed carries headlines only; turn on follow_feed_links"
                             if link else "nothing to read in this entry")
    text = page.text if page else own_text
    if published:
        date, how = published, "given"
    else:
        # the entry's publication day (RSS pubDate, Atom published), then the page's
        # own. An Atom entry's `updated` day is when it was last changed, which for a
        # story corrected or relisted is days after it came out: the day only when no
        # other. feedparser also files RSS 1.0 / RSS 2.0 <dc:date> under `updated`
        # (with no `published`), and there it is the entry's own publication day.
        own = feed_date(entry.get("published"), entry.get("published_parsed"))
        changed = feed_date(entry.get("updated"), entry.get("updated_parsed"))
        page_day = page.published if page else None
        date = (own or page_day or changed) if atom else (own or changed or page_day)
        how = "metadata" if date else None
    authors = tuple(a.get("name", "").strip() for a in entry.get("authors", []) if a.get("name"))
    if not authors and entry.get("author"):
        authors = split_authors(entry.get("author"))
    if not authors and page:
        authors = page.authors
    # the page's canonical URL over the feed's link, which often carries
    # tracking parameters: the same story then gets the same id from any source
    url = (page.url if page and page.url else None) or link
    return Article(
        id=make_article_id(url, text),
        origin=link or where,
        text=text,
        title=(entry.get("title") or "").strip() or (page.title if page else None),
        url=url,
        source=source or (page.site_name if page and page.site_name else feed_title),
        published=date,
        published_source=how if date else None,
        authors=authors,
    )


def _entry_text(entry) -> str:
    """Plain text of the entry's content (full text) or else its summary."""
    html = ""
    for content in entry.get("content", []) or []:
        if content.get("value"):
            html = content["value"]
            break
    html = html or entry.get("summary", "") or ""
    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    return _html_fragment_text(html)


def _html_fragment_text(fragment: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types on junk markup
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = []
    for el in root.iter(*_BLOCKS):
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue  # its text is already in the enclosing block
        t = " ".join(el.text_content().split())
        if t:
            blocks.append(t)
    if not blocks:
        return " ".join(root.text_content().split())
    return "\n\n".join(blocks)


_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre")


def _short(reason: object) -> str:
    text = str(reason) if reason else "unreadable"
    return text if len(text) < 120 else text[:117] + "..."
