"""Main text and metadata of a web page, with trafilatura.

trafilatura finds the body, title, authors, date and site name; on top of it
we clean titles (site names glued to headlines) and pick options measured on
the shared HTML set (see EVALUATION.md, "HTML extraction").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from ..errors import InputError
from .boilerplate import drop_boilerplate
from .dates import iso_date
from .fetch import same_site
from .titles import clean_title, fold, visible_headline

# The library never prints: the CLI reports. Without a handler, Python's
# last-resort handler would write trafilatura's warnings to stderr.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Dates: the original publication date, not the last-modified one; the
# extensive search also reads dates in the URL and the page's visible header.
_DATE_PARAMS = {"extensive_search": True, "original_date": True}
# trafilatura options, chosen by measurement on the shared HTML set
# (scripts/eval_html.py --option NAME=VALUE tries others; see EVALUATION.md).
EXTRACT_OPTIONS: dict[str, object] = {
    "include_comments": False,  # reader comments are not the article
    "include_tables": True,
    "favor_precision": True,  # +0.005 zyte F1, +0.015 precision; loses 2 of 120 `with` snippets
    "favor_recall": False,
    # no readability/jusText fallback comparison: +40% pages/s for -0.002 zyte F1;
    # the short-page retry below still runs the fallbacks where they matter
    "fast": True,
}
# Precision mode now and then drops nearly the whole body (a page whose
# paragraphs it judges as boilerplate); below this many characters the page
# is extracted again without it, with the fallback extractors, and the
# longer text kept if much longer.
_RETRY_BELOW = 600
DROP_BOILERPLATE = True  # data/boilerplate.txt; measured in EVALUATION.md
_MIN_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?:\s|$)")
# Byline debris: a trailing job title or "Published", and placeholder names.
_ROLE_TAIL = re.compile(r"(?:\s+(?:staff|staff writer|published|updated|correspondent))+$", re.I)
_NOT_A_NAME = re.compile(r"^(?:no author|unknown|admin|anonymous|staff|"
                         r"(?:ap|afp|upi)?\s*(?:sports |auto |business )?writer)$", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:[;,]|\band\b|&)\s*")


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
        tree = load_html(html)
        if tree is None:
            raise ValueError("empty document")
        h1s, metas = _title_candidates(tree)
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS,
            **EXTRACT_OPTIONS)
        text = (doc.text or "").strip() if doc is not None else ""
        if len(text) < _RETRY_BELOW and EXTRACT_OPTIONS.get("favor_precision"):
            options = {**EXTRACT_OPTIONS, "favor_precision": False, "fast": False}
            again = trafilatura.bare_extraction(tree, url=url, **options)
            longer = (again.text or "").strip() if again is not None else ""
            if len(longer) > 2 * len(text):
                text = longer
    except Exception as err:  # noqa: BLE001 - any failure of third-party parsing on odd markup
        # is this page's problem, not the run's: one InputFailure, the run goes on
        raise InputError(f"page could not be parsed ({err})", where=where,
                         fix="check that the file is a complete HTML page") from None
    if not text or doc is None:
        raise InputError("no article text found in the page", where=where,
                         fix="give the article's own page, not an index, search or login page")
    page_url = _trusted_url(url, doc.url)
    site = (doc.sitename or "").strip() or None
    host = urlsplit(page_url).hostname if page_url else None
    cleaned = clean_title(doc.title, site_name=site, host=host)
    title = visible_headline(h1s, metas + [doc.title or ""], site_name=site, host=host,
                             current=cleaned) or cleaned
    text = _paragraphs(text, {fold(t) for t in (title, doc.title, *h1s[:1]) if t})
    if not _is_prose(text):
        raise InputError("no article text found in the page", where=where,
                         fix="give the article's own page, not an index, search or login page")
    return Page(
        text=text,
        title=title,
        authors=split_authors(doc.author, site),
        published=iso_date(doc.date),
        site_name=site,
        url=page_url,
    )


def _trusted_url(fetched: str | None, canonical: str | None) -> str | None:
    """The page's canonical URL when it is on the domain the page came from,
    else the address it was fetched from: the canonical URL decides duplicates,
    and a page must not claim another outlet's article (which would then be
    skipped as already stored). A saved file has no address to check against:
    its canonical URL is what the user gave."""
    if not fetched:
        return canonical
    if canonical and same_site(fetched, canonical):
        return canonical
    return fetched


def _is_prose(text: str) -> bool:
    """At least a sentence of text: enough words and an end of sentence. What
    extraction returns from index, search or login pages (menu labels,
    "Home News") is neither."""
    return len(text.split()) >= _MIN_WORDS and _SENTENCE_END.search(text) is not None


def _paragraphs(text: str, headlines: set[str]) -> str:
    """Body with the headline line removed (it is Article.title, and would
    otherwise read as a verbless first sentence) and paragraphs separated by
    blank lines, as in plain-text and JSONL articles."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if lines and fold(lines[0]) in headlines:
        lines = lines[1:]
    if DROP_BOILERPLATE:
        lines = drop_boilerplate(lines)
    return "\n\n".join(lines)


def _title_candidates(tree) -> tuple[list[str], list[str]]:
    """Texts of the first <h1>s and of the <title>/og:title/twitter:title."""
    h1s = [" ".join(h.text_content().split()) for h in tree.iterfind(".//h1")][:3]
    metas = [" ".join(t.split()) for t in _META_TITLES(tree) if isinstance(t, str)]
    return h1s, metas


_META_TITLES = etree.XPath('//title/text()|//meta[@property="og:title" or @name="twitter:title"'
                           ' or @name="title"]/@content')


def split_authors(value: str | None, site_name: str | None = None) -> tuple[str, ...]:
    """"A; B and C" -> names; drops placeholders ("No Author") and job
    titles glued to bylines ("Ap Sports Writer", "Jane Roe Staff")."""
    if not value:
        return ()
    site = fold(site_name) if site_name else None
    seen: dict[str, None] = {}
    for name in _AUTHOR_SPLIT.split(value):
        name = _ROLE_TAIL.sub("", name.strip(" ,")).strip(" ,")
        key = fold(name)
        if (not key or _NOT_A_NAME.match(name) or key == site
                or key in (fold(n) for n in seen)):
            continue
        seen[name] = None
    return tuple(seen)
