"""Main text and metadata of a web page, with trafilatura.

trafilatura finds the body, title, authors, date and site name; on top of it
we clean titles (site names glued to headlines) and pick options measured on
the shared HTML set (see EVALUATION.md, "HTML extraction").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from ..errors import InputError
from .dates import iso_date
from .titles import clean_title

# Dates: the original publication date, not the last-modified one; the
# extensive search also reads dates in the URL and the page's visible header.
_DATE_PARAMS = {"extensive_search": True, "original_date": True}
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\band\b|&)\s*")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    site_name: str | None
    url: str | None  # canonical URL when the page names one


def extract_page(html: str, url: str | None, where: str) -> Page:
    """Extract a page; raise InputError when it holds no article text."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            include_tables=True, date_extraction_params=_DATE_PARAMS)
    except (ValueError, TypeError, AttributeError) as err:  # malformed markup deep in lxml
        raise InputError(f"page could not be parsed ({err})", where=where,
                         fix="check that the file is a complete HTML page") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise InputError("no article text found in the page", where=where,
                         fix="give the article's own page, not an index, search or login page")
    page_url = doc.url or url
    site = (doc.sitename or "").strip() or None
    host = urlsplit(page_url).hostname if page_url else None
    title = clean_title(doc.title, site_name=site, host=host)
    return Page(
        text=text,
        title=title,
        authors=split_authors(doc.author),
        published=iso_date(doc.date),
        site_name=site,
        url=page_url,
    )


def split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    seen: dict[str, None] = {}
    for name in _AUTHOR_SPLIT.split(value):
        name = name.strip(" ,")
        if name and name.casefold() not in (n.casefold() for n in seen):
            seen[name] = None
    return tuple(seen)
