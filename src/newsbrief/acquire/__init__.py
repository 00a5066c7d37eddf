"""Acquisition: read articles from files, folders, URLs, feeds and stdin.

    from newsbrief.acquire import iter_articles
    for item in iter_articles(["samples/"], settings):
        ...  # an Article, or an InputFailure(where, what, fix) to report

Each input's kind (HTML, plain text, JSONL, RSS/Atom) is found from its
content; see inputs.py for the rules on dates, sources and failures.
"""

from .html import Page, extract_page
from .inputs import iter_articles, iter_data
from .text import split_title
from .titles import clean_title

__all__ = ["iter_articles", "iter_data", "extract_page", "Page", "clean_title", "split_title"]
